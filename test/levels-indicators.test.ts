/**
 * SPEC §8 indicators: coverage of communes and districts, household pairs, funds and
 * activity counts by level — hand-computed on a small mixed dataset, as properties on
 * generated ones, and, on today's village-only samples, byte for byte what main printed
 * before levels existed (fixtures written by main's `stats --json`), once the new keys are
 * taken out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { TargetLevel } from '../src/checks/level.js';
import type { ActivityRow, CommuneRow, Dataset, HouseholdPairingRow, PairingRow, VillageRow } from '../src/dataset/types.js';
import { computeIndicators } from '../src/indicators/compute.js';
import type { Indicators } from '../src/indicators/types.js';
import { Rng } from '../scripts/samples/rng.js';
import { capture } from './helpers/io.js';
import { tempDir } from './helpers/workbook.js';

const origin = { file: 'f.xlsx', sheet: 's', row: 1 };

function dataset(parts: Partial<Pick<Dataset, 'villages' | 'pairings' | 'activities' | 'communes' | 'householdPairings'>>): Dataset {
  return {
    villages: parts.villages ?? [],
    units: [],
    pairings: parts.pairings ?? [],
    activities: parts.activities ?? [],
    communes: parts.communes ?? [],
    householdPairings: parts.householdPairings ?? [],
    present: { villages: !!parts.villages, units: false, pairings: !!parts.pairings, activities: !!parts.activities, communes: !!parts.communes, householdPairings: !!parts.householdPairings },
  };
}

const place = (level: TargetLevel, district: string, commune?: string, village?: string) => ({
  targetLevel: level,
  district,
  ...(commune ? { commune } : {}),
  ...(village ? { village } : {}),
});

const NG = 'Huyện Nam Giang';
const TG = 'Huyện Tây Giang';
const villages: VillageRow[] = [
  { origin, district: NG, commune: 'Xã Đắc Tôi', village: 'Thôn Pà Ia', year: 2023, households: 120, poorHouseholds: 60 },
  { origin, district: NG, commune: 'Xã Đắc Tôi', village: 'Thôn Đắc Ră', year: 2023, households: 90, poorHouseholds: 40 },
  { origin, district: NG, commune: 'Xã Tà Bhing', village: 'Thôn Pà Păng', year: 2023, households: 100, poorHouseholds: 30 },
  { origin, district: TG, commune: 'Xã A Xan', village: 'Thôn Ga Lêê', year: 2023, households: 80, poorHouseholds: 50 },
];
const communes: CommuneRow[] = [
  { origin, district: NG, commune: 'Xã Đắc Tôi', year: 2023, extremelyDifficult: true, border: false, minorityCommune: true, households: 1200, poorHouseholds: 400 },
  { origin, district: NG, commune: 'Xã Tà Bhing', year: 2023, extremelyDifficult: false, border: false, minorityCommune: true, households: 900, poorHouseholds: 450 },
  { origin, district: TG, commune: 'Xã A Xan', year: 2023, extremelyDifficult: true, border: true, minorityCommune: true, households: 700, poorHouseholds: 100 },
  { origin, district: NG, commune: 'Xã La Dêê', year: 2023, extremelyDifficult: true, border: true, minorityCommune: true, households: 600, poorHouseholds: 300 },
];
const pairings: PairingRow[] = [
  { origin, unit: 'Công an tỉnh', ...place('village', NG, 'Xã Đắc Tôi', 'Thôn Pà Ia'), startDate: '2021-01-01' },
  { origin, unit: 'Công ty Xăng dầu Quảng Nam', ...place('commune', NG, 'Xã Đắc Tôi'), startDate: '2021-01-01' },
  // Ended before the end of the period: covers nothing at the end.
  { origin, unit: 'Sở Y tế', ...place('commune', NG, 'Xã Tà Bhing'), startDate: '2021-01-01', endDate: '2023-06-30' },
  { origin, unit: 'Sở Tài chính', ...place('district', TG), startDate: '2021-01-01' },
];
const activities: ActivityRow[] = [
  { origin, date: '2023-02-01', unit: 'Công an tỉnh', ...place('village', NG, 'Xã Đắc Tôi', 'Thôn Pà Ia'), type: 'visits-gifts', cash: 1_000_000 },
  { origin, date: '2023-03-01', unit: 'Công ty Xăng dầu Quảng Nam', ...place('commune', NG, 'Xã Đắc Tôi'), type: 'infrastructure', cash: 50_000_000, inKind: 10_000_000 },
  { origin, date: '2023-04-01', unit: 'Sở Tài chính', ...place('district', TG), type: 'training', cash: 5_000_000 },
];
const households: HouseholdPairingRow[] = [
  { origin, helper: 'Hộ A', helped: 'Hộ B', commune: 'Xã Đắc Tôi', startDate: '2021-05-01', helpedWasPoor: true, exitYear: 2023 },
  { origin, helper: 'Hộ C', helped: 'Hộ D', commune: 'Xã Đắc Tôi', startDate: '2021-05-01', helpedWasPoor: true, exitYear: 2022 },
  { origin, helper: 'Hộ E', helped: 'Hộ F', commune: 'Xã A Xan', startDate: '2021-05-01', endDate: '2023-03-01', helpedWasPoor: true },
  { origin, helper: 'Hộ G', helped: 'Hộ H', commune: 'Xã A Xan', startDate: '2022-05-01', helpedWasPoor: false },
  // Ended before the period: not a pair of it.
  { origin, helper: 'Hộ I', helped: 'Hộ K', commune: 'Xã A Xan', startDate: '2020-05-01', endDate: '2022-12-31', helpedWasPoor: true, exitYear: 2022 },
];
const period = { from: '2023-01-01', to: '2023-12-31' };

describe('SPEC §8 indicators, hand-computed', () => {
  const ind = computeIndicators(dataset({ villages, communes, pairings, activities, householdPairings: households }), period);

  it('village coverage counts village pairings only', () => {
    expect(ind.coverage).toMatchObject({ villages: 4, covered: 1, units: 1, pairings: 1 });
  });

  it('communes from the communes sheet; covered by a commune pairing in force at the end; most needy first', () => {
    expect(ind.coverage.communes).toEqual({
      communes: 4,
      covered: 1,
      rate: 0.25,
      units: 1,
      pairings: 1,
      uncovered: [
        { district: NG, commune: 'Xã La Dêê', extremelyDifficult: true, border: true, minorityCommune: true, povertyRate: 0.5 },
        { district: TG, commune: 'Xã A Xan', extremelyDifficult: true, border: true, minorityCommune: true, povertyRate: 100 / 700 },
        { district: NG, commune: 'Xã Tà Bhing', extremelyDifficult: false, border: false, minorityCommune: true, povertyRate: 0.5 },
      ],
    });
  });

  it('without a communes sheet the communes are those of the villages sheet', () => {
    const c = computeIndicators(dataset({ villages, pairings }), period).coverage.communes;
    expect(c).toMatchObject({ communes: 3, covered: 1 });
    expect(c.uncovered.map((u) => [u.commune, u.povertyRate])).toEqual([
      ['Xã A Xan', 50 / 80],
      ['Xã Tà Bhing', 30 / 100],
    ]);
  });

  it('communes.outcomes: each commune of the list with its partners in the period, from the communes sheet', () => {
    const year = (households: number, poor: number) => ({ year: 2023, households, poor, rate: poor / households });
    expect(ind.communes!.outcomes).toEqual([
      { district: NG, commune: 'Xã Đắc Tôi', units: ['Công ty Xăng dầu Quảng Nam'], poverty: { from: year(1200, 400), to: year(1200, 400) } },
      // Ended in mid-2023: still its partner during the period.
      { district: NG, commune: 'Xã Tà Bhing', units: ['Sở Y tế'], poverty: { from: year(900, 450), to: year(900, 450) } },
      { district: TG, commune: 'Xã A Xan', units: [], poverty: { from: year(700, 100), to: year(700, 100) } },
      { district: NG, commune: 'Xã La Dêê', units: [], poverty: { from: year(600, 300), to: year(600, 300) } },
    ]);
    // No commune pairing, no communes key.
    expect(computeIndicators(dataset({ villages, pairings: pairings.slice(0, 1) }), period).communes).toBeUndefined();
  });

  it('districts only with district pairings', () => {
    expect(ind.coverage.districts).toEqual({ districts: 2, covered: 1, rate: 0.5, units: 1, pairings: 1, uncovered: [{ district: NG }] });
    expect(computeIndicators(dataset({ villages, pairings: pairings.slice(0, 3) }), period).coverage.districts).toBeUndefined();
  });

  it('households: pairs of the period, those in force at its end, poor ones helped, exits inside it', () => {
    // Hộ D left poverty in 2022, before the period: not a poor household this period helped (SPEC §8).
    expect(ind.households).toEqual({ pairs: 4, active: 3, helpedPoor: 2, exited: 1, exitRate: 1 / 2 });
  });

  it('funds and activity counts include every level; byLevel splits them', () => {
    expect(ind.funds.total).toBe(66_000_000);
    expect(ind.funds.byLevel).toEqual({ village: 1_000_000, commune: 60_000_000, district: 5_000_000 });
    expect(ind.activities.count).toBe(3);
    expect(ind.activities.byLevel).toEqual({ village: { count: 1, funds: 1_000_000 }, commune: { count: 1, funds: 60_000_000 }, district: { count: 1, funds: 5_000_000 } });
    // "Số thôn" of a unit counts villages: a commune-wide activity names none.
    expect(ind.funds.byUnit.find((u) => u.unit === 'Công ty Xăng dầu Quảng Nam')).toMatchObject({ activities: 1, villages: 0 });
  });

  it('a commune or district pairing with no activity in its area is listed apart, once its unit reported', () => {
    // Sở Y tế sent nothing for 2023: "chưa báo cáo", not an idle pairing (SPEC §5).
    expect(ind.activities.inactiveAreaPairings).toEqual([]);
    expect(ind.reporting.unreported).toEqual([{ unit: 'Sở Y tế', years: [2023] }]);
    // Its report for 2023, with no activity in it: now the pairing is judged, and idle.
    const sheet = { file: 'so-y-te.xlsx', sheet: 'Hoạt động', rows: 0, title: { reportingUnit: { name: 'Sở Y tế', row: 1, column: 'A' }, years: { from: 2023, to: 2023 } } };
    const reported = computeIndicators(dataset({ villages, communes, pairings, activities, householdPairings: households }), period, { sheets: [sheet] });
    expect(reported.activities.inactiveAreaPairings).toEqual([{ unit: 'Sở Y tế', targetLevel: 'commune', district: NG, commune: 'Xã Tà Bhing' }]);
    expect(reported.activities.inactivePairings).toEqual([]);
    expect(reported.reporting).toEqual({ byYear: { '2023': { reported: 4, expected: 4 } }, unreported: [] });
  });
});

describe('properties on generated mixed datasets', () => {
  const NAMES = { districts: ['Huyện A', 'Huyện B', 'Huyện C'], communes: ['Xã 1', 'Xã 2', 'Xã 3', 'Xã 4'], villages: ['Thôn 1', 'Thôn 2', 'Thôn 3'] };
  const TYPES = ['visits-gifts', 'livelihood', 'infrastructure', 'training', 'other'];

  function generate(seed: number): Dataset {
    const rng = new Rng(seed);
    const date = (): string => `${rng.int(2018, 2024)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    const target = () => {
      const level = rng.pick<TargetLevel>(['village', 'commune', 'district']);
      const d = rng.pick(NAMES.districts);
      return place(level, d, level === 'district' ? undefined : `${rng.pick(NAMES.communes)} ${d.slice(-1)}`, level === 'village' ? rng.pick(NAMES.villages) : undefined);
    };
    const vs: VillageRow[] = [];
    const cs: CommuneRow[] = [];
    for (const d of NAMES.districts) {
      for (const c of NAMES.communes) {
        const commune = `${c} ${d.slice(-1)}`;
        if (rng.chance(0.8)) cs.push({ origin, district: d, commune, year: rng.int(2018, 2024), extremelyDifficult: rng.chance(0.3), border: rng.chance(0.2), minorityCommune: rng.chance(0.5), households: 500, poorHouseholds: rng.int(0, 500) });
        for (const v of NAMES.villages) vs.push({ origin, district: d, commune, village: v, year: rng.int(2018, 2024), households: 100, poorHouseholds: rng.int(0, 100) });
      }
    }
    const ps: PairingRow[] = Array.from({ length: rng.int(0, 25) }, () => {
      const start = date();
      const end = rng.chance(0.3) ? date() : undefined;
      return { origin, unit: `Đơn vị ${rng.int(1, 8)}`, ...target(), startDate: start, ...(end && end >= start ? { endDate: end } : {}) };
    });
    const as: ActivityRow[] = Array.from({ length: rng.int(0, 60) }, () => ({
      origin, date: date(), unit: `Đơn vị ${rng.int(1, 8)}`, ...target(), type: rng.pick(TYPES), cash: rng.int(0, 5) * 1_000_000, inKind: rng.int(0, 3) * 250_000,
    }));
    const hs: HouseholdPairingRow[] = Array.from({ length: rng.int(0, 12) }, (_, i) => {
      const start = date();
      const poor = rng.chance(0.7);
      const exit = poor && rng.chance(0.5) ? Number(start.slice(0, 4)) + rng.int(0, 3) : undefined;
      return { origin, helper: `Hộ khá ${i}`, helped: `Hộ nghèo ${i}`, commune: 'Xã 1 A', startDate: start, helpedWasPoor: poor, ...(exit !== undefined ? { exitYear: exit } : {}) };
    });
    return dataset({ villages: vs, communes: rng.chance(0.5) ? cs : undefined, pairings: ps, activities: as, householdPairings: hs });
  }

  const sum = (values: Iterable<number>): number => [...values].reduce((a, b) => a + b, 0);

  it('totals equal the sums of their splits, and covered + uncovered = all, at every level', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const data = generate(seed);
      const p = { from: `${2019 + (seed % 3)}-01-01`, to: `${2021 + (seed % 4)}-12-31` };
      const ind: Indicators = computeIndicators(data, p);
      expect(sum(Object.values(ind.funds.byLevel)), `seed ${seed}`).toBe(ind.funds.total);
      expect(sum(Object.values(ind.activities.byLevel).map((l) => l.count))).toBe(ind.activities.count);
      expect(sum(Object.values(ind.activities.byLevel).map((l) => l.funds))).toBe(ind.funds.total);
      expect(sum(Object.values(ind.funds.byType))).toBe(ind.funds.total);
      expect(ind.coverage.covered + ind.coverage.uncovered.length).toBe(ind.coverage.villages);
      const c = ind.coverage.communes;
      expect(c.covered + c.uncovered.length).toBe(c.communes);
      const d = ind.coverage.districts;
      expect(d === undefined).toBe(!data.pairings.some((x) => x.targetLevel === 'district'));
      if (d) expect(d.covered + d.uncovered.length).toBe(d.districts);
      const h = ind.households;
      expect(h.exited).toBeLessThanOrEqual(h.helpedPoor);
      expect(h.helpedPoor).toBeLessThanOrEqual(h.pairs);
      expect(h.active).toBeLessThanOrEqual(h.pairs);
      expect(h.exitRate).toBe(h.helpedPoor > 0 ? h.exited / h.helpedPoor : null);
    }
  });
});

describe('village-only data: stats --json as before levels, plus the new keys', () => {
  const SAMPLES = ['ayunpa-danh-muc', 'ayunpa-hoat-dong-khoi-chinh-quyen', 'ayunpa-hoat-dong-khoi-dang', 'ayunpa-hoat-dong-khoi-luc-luong-vu-trang-doanh-nghiep', 'ayunpa-hoat-dong-khoi-mat-tran'].map((f) =>
    join(process.cwd(), 'samples', `${f}.xlsx`),
  );

  /** The output without SPEC §8's keys, printed as stats prints it. */
  function withoutLevels(json: Record<string, Record<string, unknown>>): string {
    const copy = structuredClone(json);
    delete copy.households;
    delete copy.reporting;
    delete copy.villages!.outcomes;
    delete copy.coverage!.communes;
    delete copy.coverage!.districts;
    delete copy.funds!.byLevel;
    delete copy.activities!.byLevel;
    delete copy.activities!.inactiveAreaPairings;
    return JSON.stringify(copy, null, 2) + '\n';
  }

  for (const [args, fixture] of [
    [['--from', '2016', '--to', '2020'], 'stats-main-ayunpa-2016-2020.json'],
    [['--year', '2019'], 'stats-main-ayunpa-2019.json'],
  ] as const) {
    it(`${args.join(' ')}: byte-identical to main's output once SPEC §8's keys are removed`, async () => {
      const out = capture(tempDir());
      expect(await main(['stats', ...SAMPLES, ...args, '--json'], out)).toBe(0);
      const json = JSON.parse(out.stdout) as Record<string, Record<string, unknown>>;
      expect(withoutLevels(json)).toBe(readFileSync(join(process.cwd(), 'test', 'fixtures', fixture), 'utf8'));
      // The new keys, on village-only data: every activity is a village one, no district figures.
      expect(json.funds!.byLevel).toEqual({ village: json.funds!.total, commune: 0, district: 0 });
      expect(json.coverage!.districts).toBeUndefined();
      expect(json.households).toEqual({ pairs: 0, active: 0, helpedPoor: 0, exited: 0, exitRate: null });
      expect(json.coverage!.communes).toMatchObject({ communes: 4, covered: 0, pairings: 0 });
    });
  }
});
