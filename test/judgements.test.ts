/**
 * The report's judgements (issue 9, SPEC §5–§6) on small hand-made data: inactivity judged
 * only over years in force with activity data, years without data absent, poverty compared
 * within a poverty standard, materiality, and the config's sentences checked.
 */
import { describe, expect, it } from 'vitest';
import type { ActivityRow, Dataset, PairingRow, VillageRow } from '../src/model/types.js';
import { computeIndicators } from '../src/indicators/compute.js';
import { ConfigSchema } from '../src/config/schema.js';
import { buildContext } from '../src/report/context.js';
import { configWarnings } from '../src/report/checks.js';

const origin = { file: 'f.xlsx', sheet: 's', row: 1 };
const village = (commune: string, name: string, year: number, households: number, poor: number): VillageRow => ({ origin, commune, village: name, year, households, poorHouseholds: poor });
const pairing = (unit: string, name: string, startDate: string, endDate?: string): PairingRow => ({ origin, unit, targetLevel: 'village', commune: 'Ia Mơ', village: name, startDate, ...(endDate ? { endDate } : {}) });
const activity = (date: string, unit: string, name: string, cash = 1_000_000): ActivityRow => ({ origin, date, unit, targetLevel: 'village', commune: 'Ia Mơ', village: name, type: 'visits-gifts', cash });

function dataset(villages: VillageRow[], pairings: PairingRow[], activities: ActivityRow[]): Dataset {
  return { villages, units: [], pairings, activities, communes: [], householdPairings: [], present: { villages: true, units: false, pairings: true, activities: true, communes: false, householdPairings: false } };
}

// Villages 2018–2022 except 2020 (no data that year); activities 2019 and 2021–2022 only.
const villages = [2018, 2019, 2021, 2022].flatMap((year) => [
  village('Ia Mơ', 'Plei A', year, 100, year < 2021 ? 40 - (year - 2018) * 10 : 30 - (year - 2021) * 5),
  village('Ia Mơ', 'Plei B', year, 100, 10),
  // Never paired: coverage 2/3.
  village('Ia Mơ', 'Plei C', year, 100, 10),
]);
const pairings = [
  pairing('Sở Tư pháp', 'Plei A', '2010-01-01'),
  // Ended before the activity data begin: never "hình thức".
  pairing('Sở Xây dựng', 'Plei B', '2010-01-01', '2018-06-30'),
  // In force from 2021, no activity at all: judged over 2021–2022.
  pairing('Hội Phụ nữ', 'Plei B', '2021-03-01'),
];
const activities = [activity('2019-05-01', 'Sở Tư pháp', 'Plei A'), activity('2021-05-01', 'Sở Tư pháp', 'Plei A'), activity('2022-05-01', 'Sở Tư pháp', 'Plei A')];
const data = dataset(villages, pairings, activities);
const period = { from: '2018-01-01', to: '2022-12-31' };
const ind = computeIndicators(data, period, { povertyStandardYears: [2016, 2021] });

describe('judgements on hand-made data', () => {
  it('data years: what the workbooks hold inside the period', () => {
    expect(ind.data).toEqual({ activityYears: [2019, 2021, 2022], villageYears: [2018, 2019, 2021, 2022] });
  });

  it('a year without data is absent from every byYear, never 0', () => {
    expect(Object.keys(ind.funds.byYear)).toEqual(['2019', '2021', '2022']);
    expect(Object.keys(ind.poverty.byYear)).toEqual(['2018', '2019', '2021', '2022']);
  });

  it('not reported is not inactive: a pairing is judged only over the years its unit reported', () => {
    // Hội Phụ nữ sent nothing for 2021–2022: "chưa báo cáo", never "hình thức" (SPEC §5).
    expect(ind.activities.inactivePairings).toEqual([]);
    expect(ind.reporting.unreported).toEqual([{ unit: 'Hội Phụ nữ', years: [2021, 2022] }]);
    // Sở Xây dựng ended in 2018, before the reports begin: expected in no year reports exist for.
    expect(ind.reporting.byYear).toEqual({ '2019': { reported: 1, expected: 1 }, '2021': { reported: 1, expected: 2 }, '2022': { reported: 1, expected: 2 } });
    // Its report for 2022 says "no activity": 2022 is judged, 2021 still is not.
    const title = (unit: string, year: number) => ({ file: `${unit}.xlsx`, sheet: 'Hoạt động', rows: 0, title: { reportingUnit: { name: unit, row: 1, column: 'A' }, years: { from: year, to: year } } });
    const reported = computeIndicators(data, period, { sheets: [title('Hội Phụ nữ', 2022)] });
    expect(reported.activities.inactivePairings).toEqual([{ unit: 'Hội Phụ nữ', commune: 'Ia Mơ', village: 'Plei B', years: [2022] }]);
    expect(reported.reporting.unreported).toEqual([{ unit: 'Hội Phụ nữ', years: [2021] }]);
    // An activity row of the unit elsewhere is a report for its year too; one dated before the
    // pairing does not count for it.
    const late = computeIndicators(
      dataset(villages, [pairing('Hội Phụ nữ', 'Plei B', '2021-03-01'), pairing('Hội Phụ nữ', 'Plei A', '2010-01-01')], [activity('2019-01-01', 'Hội Phụ nữ', 'Plei B'), activity('2022-01-01', 'Hội Phụ nữ', 'Plei A')]),
      period,
    );
    expect(late.activities.inactivePairings).toEqual([{ unit: 'Hội Phụ nữ', commune: 'Ia Mơ', village: 'Plei B', years: [2022] }]);
    // With two activities a pairing needs, Sở Tư pháp (three over its reported years) is still active.
    const strict = computeIndicators(data, period, { minActivities: 2 });
    expect(strict.activities.inactivePairings).toEqual([]);
  });

  it('poverty is compared within each poverty-standard stretch, never across the change', () => {
    expect(ind.poverty.segments.map((s) => [s.from, s.to, s.first.poor, s.last.poor])).toEqual([
      [2018, 2019, 60, 50],
      [2021, 2022, 50, 45],
    ]);
    expect(ind.poverty.segments[0]!.change).toBeCloseTo(50 / 300 - 60 / 300, 12);
    const one = computeIndicators(data, period, { povertyStandardYears: [2016] });
    expect(one.poverty.segments).toHaveLength(1);
  });
});

describe('the report context says only what is true', () => {
  const context = (config: Record<string, unknown>, ind2 = ind, p = period) =>
    buildContext({ kind: 'tong-ket', indicators: ind2, dataset: data, period: p, config: ConfigSchema.parse(config), today: '2023-01-10' }) as Record<string, any>;

  it('a rate within the materiality threshold of the province is "tương đương", not a weakness', () => {
    // Last year 2022: 45 poor of 300 households = 15 %.
    const same = context({ provincialPovertyRate: { '2022': 14.7 } });
    expect(same.poverty.province.relation).toBe('same');
    expect(same.has.povertyAboveProvince).toBe(false);
    const above = context({ provincialPovertyRate: { '2022': 14.4 } });
    expect(above.poverty.province.relation).toBe('above');
    expect(above.poverty.province.points).toBe(0.6);
    expect(above.has.povertyAboveProvince).toBe(true);
    const wider = context({ provincialPovertyRate: { '2022': 14.4 }, thresholds: { materialityPoints: 1 } });
    expect(wider.poverty.province.relation).toBe('same');
  });

  it('poverty falls are stated per stretch from the rounded rates printed', () => {
    const c = context({ povertyStandardYears: [2016, 2021] });
    expect(c.poverty.segments.map((s: any) => [s.from, s.to, s.points, s.trend])).toEqual([
      [2018, 2019, 3.33, 'down'],
      [2021, 2022, 1.67, 'down'],
    ]);
    expect(c.poverty.standardChanges).toEqual([2021]);
  });

  it('names the data years when the period is longer than the data', () => {
    const c = context({});
    expect(c.data.activityNote).toBe('các năm 2019, 2021–2022; năm 2018, 2020 chưa có số liệu');
    expect(c.data.villageNote).toBe('các năm 2018–2019, 2021–2022; năm 2020 chưa có số liệu');
    expect(c.funds.years.find((y: any) => y.year === '2020')).toMatchObject({ hasData: false, total: null });
    const wide = context({}, computeIndicators(data, { from: '2012-01-01', to: '2022-12-31' }), { from: '2012-01-01', to: '2022-12-31' });
    expect(wide.data.villageNote).toBe('các năm 2018–2019, 2021–2022; năm 2012–2017, 2020 chưa có số liệu');
    // The period covered by the data: no note.
    expect(context({}, computeIndicators(data, { from: '2021-01-01', to: '2022-12-31' }), { from: '2021-01-01', to: '2022-12-31' }).data.villageNote).toBeNull();
  });

  it('compares with the year or stage before only when each of its years has data', () => {
    const stage = (from: number, to: number) => {
      const p = { from: `${from}-01-01`, to: `${to}-12-31` };
      return buildContext({ kind: 'so-ket', indicators: computeIndicators(data, p), dataset: data, period: p, config: ConfigSchema.parse({}), today: '2023-01-10' }) as Record<string, any>;
    };
    // 2021 against 2020: 2020 holds no activity rows.
    expect(stage(2021, 2021).previous).toBeNull();
    expect(stage(2022, 2022).previous).toMatchObject({ fromYear: 2021, activities: 1, activitiesDiff: 0 });
    // 2021–2022 against 2019–2020: 2020 holds none.
    expect(stage(2021, 2022).previous).toBeNull();
    // 2020 against 2019: one activity then.
    expect(stage(2020, 2020).previous).toMatchObject({ fromYear: 2019, activities: 1, activitiesDiff: -1 });
  });

  it('counts the programme years inclusively from the directive', () => {
    expect(context({ programme: { directiveDate: '2004-05-10' } }).programme.years).toBe(19);
    expect(context({ programme: { directiveDate: '2018-01-10' } }).programme.years).toBe(5);
  });

  it('uses the config’s word for the villages and fits the default signer to the issuing body', () => {
    const c = context({ villageTerm: 'plei', issuingBody: 'Ban Dân vận Tỉnh ủy' });
    expect(c.villageTerm).toBe('plei');
    expect(c.signer).toMatchObject({ onBehalfOf: [], title: 'TRƯỞNG BAN' });
    expect(context({ issuingBody: 'Huyện ủy Chư Sê' }).signer).toMatchObject({ onBehalfOf: ['T/M BAN THƯỜNG VỤ'] });
    expect(context({ style: 'nha-nuoc', issuingBody: 'Ủy ban nhân dân huyện Chư Sê' }).signer).toMatchObject({ onBehalfOf: ['TM. ỦY BAN NHÂN DÂN'], title: 'CHỦ TỊCH' });
  });

  it('checks the config’s own sentences against the data', () => {
    const warnings = configWarnings(ConfigSchema.parse({ directions: ['Duy trì 100% plei có đơn vị kết nghĩa'], programme: { area: 'huyện Krông Pa' } }), ind, data).map((t) => t.vi);
    expect(warnings.join('\n')).toContain('100%');
    expect(warnings.join('\n')).toContain('Krông Pa');
  });

  it('visits and gifts are a weakness only when they lead: a third of three activities of three kinds is not', () => {
    const p = { from: '2022-01-01', to: '2022-12-31' };
    const typed = (type: string, date: string): ActivityRow => ({ ...activity(date, 'Sở Tư pháp', 'Plei A'), type });
    const contextOf = (types: string[]) => {
      const d = dataset(villages, pairings, types.map((type, i) => typed(type, `2022-0${i + 1}-10`)));
      return buildContext({ kind: 'nam', indicators: computeIndicators(d, p), dataset: d, period: p, config: ConfigSchema.parse({}), today: '2023-01-10' }) as Record<string, any>;
    };
    const even = contextOf(['visits-gifts', 'livelihood', 'training']);
    expect(even.activities.giftShare).toBeCloseTo(1 / 3);
    expect(even.has.manyGifts).toBe(false);
    expect(even.judgements.directions.map((j: { code: string }) => j.code)).not.toContain('shift-from-gifts');
    const leading = contextOf(['visits-gifts', 'visits-gifts', 'livelihood', 'training', 'culture-sports']);
    expect(leading.has.manyGifts).toBe(true);
    expect(leading.judgements.directions.map((j: { code: string }) => j.code)).toContain('shift-from-gifts');
  });
});
