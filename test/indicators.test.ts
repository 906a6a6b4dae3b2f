import { describe, expect, it } from 'vitest';
import type { ActivityRow, Dataset, PairingRow, UnitRow, VillageRow } from '../src/dataset/types.js';
import { computeIndicators, unitsWithoutPairing } from '../src/indicators/compute.js';
import { parsePeriod, type PeriodError } from '../src/indicators/period.js';
import { UsageError } from '../src/errors.js';

const origin = { file: 'f.xlsx', sheet: 's', row: 1 };
const village = (v: Partial<VillageRow> & Pick<VillageRow, 'commune' | 'village' | 'year' | 'households' | 'poorHouseholds'>): VillageRow => ({ origin, ...v });
const pairing = (p: Partial<PairingRow> & Pick<PairingRow, 'unit' | 'commune' | 'village' | 'startDate'>): PairingRow => ({ origin, targetLevel: 'village', ...p });
const activity = (a: Partial<ActivityRow> & Pick<ActivityRow, 'date' | 'unit' | 'commune' | 'village' | 'type'>): ActivityRow => ({ origin, targetLevel: 'village', ...a });

function dataset(parts: { villages?: VillageRow[]; units?: UnitRow[]; pairings?: PairingRow[]; activities?: ActivityRow[] }): Dataset {
  return {
    villages: parts.villages ?? [],
    units: parts.units ?? [],
    pairings: parts.pairings ?? [],
    activities: parts.activities ?? [],
    communes: [],
    householdPairings: [],
    present: { villages: !!parts.villages, units: !!parts.units, pairings: !!parts.pairings, activities: !!parts.activities, communes: false, householdPairings: false },
  };
}

// Three villages in two communes; B has no row for 2019; C is extremely difficult and border.
const villages = [
  village({ commune: 'Ia Sao', village: 'Bôn A', year: 2018, households: 100, population: 500, poorHouseholds: 40 }),
  village({ commune: 'Ia Sao', village: 'Bôn A', year: 2019, households: 110, population: 520, poorHouseholds: 30, hasGrid: true, hasPartyCell: true }),
  village({ commune: 'Ia Sao', village: 'Bôn B', year: 2018, households: 50, population: 260, poorHouseholds: 25, hasGrid: false, hasPartyCell: true }),
  village({ commune: 'Ia Rtô', village: 'Bôn C', year: 2018, households: 80, population: 400, poorHouseholds: 40, extremelyDifficult: true, border: true }),
  village({ commune: 'Ia Rtô', village: 'Bôn C', year: 2019, households: 90, population: 450, poorHouseholds: 45, extremelyDifficult: true, border: true, hasGrid: true, hasPartyCell: false }),
];
const pairings = [
  pairing({ unit: 'Ban Dân vận', commune: 'Ia Sao', village: 'Bôn A', startDate: '2015-01-01' }),
  // Ends inside the period: covers nothing at the end, but counts for inactivity.
  pairing({ unit: 'Hội Nông dân', commune: 'Xã Ia Sao', village: 'Bôn B', startDate: '2015-01-01', endDate: '2019-06-30' }),
  // Starts after the period: covers nothing.
  pairing({ unit: 'Thị đoàn', commune: 'Ia Rtô', village: 'Bôn C', startDate: '2020-02-01' }),
];
const activities = [
  activity({ date: '2018-02-01', unit: 'Ban Dân vận', commune: 'Ia Sao', village: 'Bôn A', type: 'visits-gifts', cash: 1_000_000, inKind: 500_000, source: 'own' }),
  activity({ date: '2019-12-31', unit: 'Ban Dân vận', commune: 'Ia Sao', village: 'Bôn A', type: 'infrastructure', cash: 20_000_000, source: 'socialized' }),
  activity({ date: '2019-03-03', unit: 'Ban Dân vận', commune: 'Ia Sao', village: 'Bôn A', type: 'visits-gifts', inKind: 2_000_000 }),
  // Outside the period.
  activity({ date: '2020-01-01', unit: 'Thị đoàn', commune: 'Ia Rtô', village: 'Bôn C', type: 'training', cash: 9_999 }),
];
const data = dataset({ villages, pairings, activities, units: [{ origin, unit: 'Ban Dân vận' }, { origin, unit: 'Phòng Y tế' }] });
const period = { from: '2018-01-01', to: '2019-12-31' };

describe('indicators (SPEC §5), hand-computed', () => {
  const ind = computeIndicators(data, period);

  it('villages: each village’s latest year not after the end', () => {
    expect(ind.villages).toMatchObject({ total: 3, households: 110 + 50 + 90, population: 520 + 260 + 450, extremelyDifficult: 1, border: 1 });
  });

  it('villages.outcomes: each village from its first to its last year under the latest standard, with its partners', () => {
    expect(ind.villages.outcomes).toEqual([
      {
        commune: 'Ia Sao',
        village: 'Bôn A',
        units: ['Ban Dân vận'],
        poverty: { from: { year: 2018, households: 100, poor: 40, rate: 0.4 }, to: { year: 2019, households: 110, poor: 30, rate: 30 / 110 } },
        infrastructure: { hasGrid: { from: null, to: true }, hasPartyCell: { from: null, to: true } },
      },
      // Paired until mid-2019 (in force during the period); one year of rows: from = to.
      {
        commune: 'Ia Sao',
        village: 'Bôn B',
        units: ['Hội Nông dân'],
        poverty: { from: { year: 2018, households: 50, poor: 25, rate: 0.5 }, to: { year: 2018, households: 50, poor: 25, rate: 0.5 } },
        infrastructure: { hasGrid: { from: false, to: false }, hasPartyCell: { from: true, to: true } },
      },
      // Thị đoàn starts after the period: no partner in it.
      {
        commune: 'Ia Rtô',
        village: 'Bôn C',
        units: [],
        poverty: { from: { year: 2018, households: 80, poor: 40, rate: 0.5 }, to: { year: 2019, households: 90, poor: 45, rate: 0.5 } },
        infrastructure: { hasGrid: { from: null, to: true }, hasPartyCell: { from: null, to: false } },
      },
    ]);
    // A new standard from 2019: only 2019 is compared with itself; Bôn B has no row under it.
    const changed = computeIndicators(data, period, { povertyStandardYears: [2016, 2019] }).villages.outcomes;
    expect(changed.map((o) => [o.village, o.poverty?.from.year ?? null, o.poverty?.to.year ?? null])).toEqual([
      ['Bôn A', 2019, 2019],
      ['Bôn B', null, null],
      ['Bôn C', 2019, 2019],
    ]);
  });

  it('coverage at the end of the period, most needy uncovered first', () => {
    expect(ind.coverage).toMatchObject({ villages: 3, covered: 1, rate: 1 / 3, units: 1, pairings: 1 });
    expect(ind.coverage.uncovered).toEqual([
      { commune: 'Ia Rtô', village: 'Bôn C', extremelyDifficult: true, border: true, povertyRate: 45 / 90 },
      { commune: 'Ia Sao', village: 'Bôn B', extremelyDifficult: false, border: false, povertyRate: 25 / 50 },
    ]);
    expect(ind.coverage.byCommune).toEqual([
      { commune: 'Ia Rtô', villages: 1, covered: 0, rate: 0 },
      { commune: 'Ia Sao', villages: 2, covered: 1, rate: 0.5 },
    ]);
  });

  it('funds inside the period, in whole đồng, by year, type, source and unit', () => {
    expect(ind.funds).toEqual({
      cash: 21_000_000,
      inKind: 2_500_000,
      total: 23_500_000,
      byYear: { '2018': 1_500_000, '2019': 22_000_000 },
      byType: expect.objectContaining({ 'visits-gifts': 3_500_000, infrastructure: 20_000_000, training: 0 }),
      bySource: { own: 1_500_000, socialized: 20_000_000, 'state-budget': 0, other: 0, unspecified: 2_000_000 },
      byUnit: [{ unit: 'Ban Dân vận', total: 23_500_000, activities: 3, villages: 1 }],
      // SPEC §8: every activity here is with a village.
      byLevel: { village: 23_500_000, commune: 0, district: 0 },
    });
  });

  it('activities: by type, the share of visits and gifts, inactive pairings', () => {
    expect(ind.activities.count).toBe(3);
    expect(ind.activities.byType['visits-gifts']).toEqual({ count: 2, funds: 3_500_000 });
    expect(ind.activities.giftShare).toBeCloseTo(2 / 3, 12);
    // Hội Nông dân was in force in the period and sent nothing: "chưa báo cáo", not inactive
    // (SPEC §5); Thị đoàn started after it.
    expect(ind.activities.inactivePairings).toEqual([]);
    expect(ind.reporting.unreported).toEqual([{ unit: 'Hội Nông dân', years: [2018, 2019] }]);
  });

  it('poverty: sums per year from rows, rates from their parts', () => {
    expect(ind.poverty.byYear).toEqual({
      '2018': { households: 230, poor: 105, rate: 105 / 230 },
      '2019': { households: 200, poor: 75, rate: 75 / 200 },
    });
    expect(ind.poverty.first).toMatchObject({ year: 2018, poor: 105 });
    expect(ind.poverty.last).toMatchObject({ year: 2019, poor: 75 });
    expect(ind.poverty.change).toBeCloseTo(75 / 200 - 105 / 230, 12);
  });

  it('infrastructure for the latest year, only columns that were filled', () => {
    expect(ind.infrastructure).toEqual({ hasGrid: { yes: 2, of: 3 }, hasPartyCell: { yes: 2, of: 3 } });
  });

  it('lists units with no active pairing', () => {
    expect(unitsWithoutPairing(data, period)).toEqual([{ unit: 'Phòng Y tế' }]);
  });

  it('makes no coverage claim without a villages list', () => {
    const noList = computeIndicators(dataset({ pairings, activities }), period);
    expect(noList.coverage).toMatchObject({ villages: null, rate: null, covered: 1, uncovered: [] });
  });

  it('makes no coverage claim for a period before the first year of the villages list', () => {
    const before = computeIndicators(data, { from: '2017-01-01', to: '2017-12-31' });
    expect(before.coverage).toMatchObject({ villages: null, rate: null, covered: 2, uncovered: [], byCommune: [] });
  });

  it('lets a pairing without a district cover each village of that name, in whichever district', () => {
    const twin = (district: string) => village({ district, commune: 'Xã C1', village: 'Thôn V1', year: 2019, households: 10, poorHouseholds: 1 });
    const other = village({ district: 'Huyện D1', commune: 'Xã C1', village: 'Thôn V2', year: 2019, households: 10, poorHouseholds: 1 });
    const i = computeIndicators(
      dataset({ villages: [twin('Huyện D1'), twin('Huyện D2'), other], pairings: [pairing({ unit: 'U3', commune: 'Xã C1', village: 'Thôn V1', startDate: '2015-01-01' })] }),
      period,
    );
    expect(i.coverage).toMatchObject({ villages: 3, covered: 2, units: 1, pairings: 1 });
    expect(i.coverage.uncovered.map((u) => u.village)).toEqual(['Thôn V2']);
    // With a district it covers only its own.
    const own = computeIndicators(
      dataset({ villages: [twin('Huyện D1'), twin('Huyện D2'), other], pairings: [pairing({ unit: 'U3', district: 'Huyện D2', commune: 'Xã C1', village: 'Thôn V1', startDate: '2015-01-01' })] }),
      period,
    );
    expect(own.coverage.uncovered.map((u) => [u.district, u.village])).toEqual([['Huyện D1', 'Thôn V1'], ['Huyện D1', 'Thôn V2']]);
  });

  it('names each unit the way the units sheet spells it, in every list', () => {
    const i = computeIndicators(
      dataset({
        units: [{ origin, unit: 'Phòng Tài chính - Kế hoạch' }],
        pairings: [pairing({ unit: 'Phòng Tài chính – Kế hoạch', commune: 'Ia Sao', village: 'Bôn A', startDate: '2015-01-01' })],
        activities: [activity({ date: '2018-05-05', unit: 'phòng tài chính – kế hoạch', commune: 'Ia Sao', village: 'Bôn B', type: 'training', cash: 5 })],
      }),
      period,
    );
    expect(i.funds.byUnit.map((u) => u.unit)).toEqual(['Phòng Tài chính - Kế hoạch']);
    expect(i.activities.inactivePairings.map((p) => p.unit)).toEqual(['Phòng Tài chính - Kế hoạch']);
  });

  it('totals equal the sums of their breakdowns; covered + uncovered = villages', () => {
    for (const p of [period, { from: '2015-01-01', to: '2020-12-31' }, { from: '2019-06-30', to: '2019-06-30' }]) {
      const i = computeIndicators(data, p);
      const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
      expect(sum(i.funds.byYear)).toBe(i.funds.total);
      expect(sum(i.funds.byType)).toBe(i.funds.total);
      expect(sum(i.funds.bySource)).toBe(i.funds.total);
      expect(i.funds.byUnit.reduce((a, u) => a + u.total, 0)).toBe(i.funds.total);
      expect(i.coverage.covered + i.coverage.uncovered.length).toBe(i.coverage.villages);
    }
  });
});

describe('periods', () => {
  it('reads years and full dates', () => {
    expect(parsePeriod({ year: '2024' })).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(parsePeriod({ from: '2017', to: '2020' })).toEqual({ from: '2017-01-01', to: '2020-12-31' });
    expect(parsePeriod({ from: '2017-07-01', to: '30/06/2020' })).toEqual({ from: '2017-07-01', to: '2020-06-30' });
    expect(parsePeriod({})).toBeUndefined();
  });
  it.each([
    [{ from: '2020', to: '2017' }, 'reversed'],
    [{ year: '2024', from: '2020' }, 'year-and-range'],
    [{ from: '2017' }, 'half-range'],
    [{ year: '24' }, 'bad-year'],
    [{ from: '2017-02-30', to: '2020' }, 'bad-from'],
  ] as const)('refuses %o with the code %s, as a usage error', (input, code) => {
    expect(() => parsePeriod(input)).toThrow(UsageError);
    const thrown = (() => {
      try {
        parsePeriod(input);
      } catch (error) {
        return error;
      }
    })();
    expect((thrown as PeriodError).problem.code).toBe(code);
  });
});
