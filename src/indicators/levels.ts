/**
 * The figures of SPEC §8: coverage of communes and districts, household pairs, and the
 * split of funds and activity counts by the level of what a unit is paired with. Pure,
 * like the rest of the indicators stage.
 */
import { TARGET_LEVEL_KEYS, type TargetLevel } from '../checks/level.js';
import type { ActivityRow, CommuneRow, Dataset, HouseholdPairingRow, PairingRow, VillageRow } from '../dataset/types.js';
import { nameKey } from '../text/names.js';
import { yearOf } from '../values/calendar.js';
import type { Period } from './period.js';
import type { AreaPairing, CommuneCoverageLevel, DistrictCoverageLevel, HouseholdIndicators, UncoveredCommune } from './types.js';
import { latestRows, villageMatcher } from './villages.js';
import { Memo } from '../util/memo.js';
import { activeAt, activeDuring, rate } from './rows.js';
import { yearsInForce } from './inactive.js';


/** A commune of the list, with what makes it needy. */
interface CommuneEntry {
  readonly district?: string;
  readonly commune: string;
  readonly extremelyDifficult: boolean;
  readonly border: boolean;
  readonly minorityCommune: boolean;
  readonly households: number | null;
  readonly poor: number | null;
}

/** Each commune's latest row up to `lastYear`, from the communes sheet when given, else from the villages sheet. */
export function communeList(dataset: Dataset, lastYear: number, memo: Memo = new Memo()): CommuneEntry[] {
  if (dataset.present.communes) {
    const rows = latestCommuneRows(dataset.communes, lastYear, memo);
    return rows.map((c) => ({
      ...(c.district ? { district: c.district } : {}),
      commune: c.commune,
      extremelyDifficult: c.extremelyDifficult === true,
      border: c.border === true,
      minorityCommune: c.minorityCommune === true,
      households: c.households ?? null,
      poor: c.households !== undefined ? (c.poorHouseholds ?? null) : null,
    }));
  }
  const { key } = villageMatcher(dataset.villages.map((v) => asPlace(v)), memo);
  const byCommune = new Map<string, { district?: string; commune: string; households: number; poor: number }>();
  for (const v of latestRows(dataset.villages, lastYear, memo)) {
    const k = key(asPlace(v));
    const entry = byCommune.get(k) ?? { ...(v.district ? { district: v.district } : {}), commune: v.commune, households: 0, poor: 0 };
    entry.households += v.households;
    entry.poor += v.poorHouseholds;
    byCommune.set(k, entry);
  }
  // A village list says nothing of a commune's own status (ĐBKK, border): left false, not guessed.
  return [...byCommune.values()].map((c) => ({ ...c, extremelyDifficult: false, border: false, minorityCommune: false }));
}

const asPlace = (row: { district?: string; commune: string }): { district?: string; commune: string; village: string } => ({
  ...(row.district ? { district: row.district } : {}),
  commune: row.commune,
  village: '',
});

function latestCommuneRows(rows: readonly CommuneRow[], lastYear: number, memo: Memo): CommuneRow[] {
  const { key } = villageMatcher(rows.map(asPlace), memo);
  const latest = new Map<string, CommuneRow>();
  for (const row of rows) {
    if (row.year > lastYear) continue;
    const k = key(asPlace(row));
    const current = latest.get(k);
    if (!current || row.year > current.year) latest.set(k, row);
  }
  return [...latest.values()];
}

/** Most needy first (SPEC §8): ĐBKK, border, thuần DTTS, then the highest poverty rate. */
function communeByNeed(a: UncoveredCommune, b: UncoveredCommune): number {
  return (
    Number(b.extremelyDifficult) - Number(a.extremelyDifficult) ||
    Number(b.border) - Number(a.border) ||
    Number(b.minorityCommune) - Number(a.minorityCommune) ||
    (b.povertyRate ?? -1) - (a.povertyRate ?? -1) ||
    (a.district ?? '').localeCompare(b.district ?? '', 'vi') ||
    a.commune.localeCompare(b.commune, 'vi')
  );
}

/** `coverage.communes`: a commune is covered when a commune pairing is in force at the end of the period. */
export function communeCoverage(dataset: Dataset, period: Period, memo: Memo = new Memo()): CommuneCoverageLevel {
  const list = communeList(dataset, yearOf(period.to), memo);
  const active = dataset.pairings.filter((p) => p.targetLevel === 'commune' && activeAt(p, period.to));
  const units = new Set(active.map((p) => nameKey(p.unit, 'unit', memo))).size;
  const { key, matches } = villageMatcher([...list.map(asPlace), ...active.map((p) => asPlace({ ...p, commune: p.commune! }))], memo);
  const coveredKeys = new Set(active.flatMap((p) => matches(asPlace({ ...p, commune: p.commune! }))));
  if (list.length === 0) {
    return { communes: null, covered: new Set(active.map((p) => key(asPlace({ ...p, commune: p.commune! })))).size, rate: null, units, pairings: active.length, uncovered: [] };
  }
  let covered = 0;
  const uncovered: UncoveredCommune[] = [];
  for (const c of list) {
    if (coveredKeys.has(key(asPlace(c)))) {
      covered++;
      continue;
    }
    uncovered.push({
      ...(c.district ? { district: c.district } : {}),
      commune: c.commune,
      extremelyDifficult: c.extremelyDifficult,
      border: c.border,
      minorityCommune: c.minorityCommune,
      povertyRate: c.households !== null && c.poor !== null ? rate(c.poor, c.households) : null,
    });
  }
  uncovered.sort(communeByNeed);
  return { communes: list.length, covered, rate: rate(covered, list.length), units, pairings: active.length, uncovered };
}

/** The districts the lists name, keyed, first spelling kept. */
function districtList(dataset: Dataset, memo: Memo): Map<string, string> {
  const districts = new Map<string, string>();
  for (const row of [...dataset.communes, ...dataset.villages] as ReadonlyArray<CommuneRow | VillageRow>) {
    if (!row.district) continue;
    const k = nameKey(row.district, 'district', memo);
    if (!districts.has(k)) districts.set(k, row.district);
  }
  return districts;
}

/** `coverage.districts`, only when there are district pairings (undefined otherwise). */
export function districtCoverage(dataset: Dataset, period: Period, memo: Memo = new Memo()): DistrictCoverageLevel | undefined {
  if (!dataset.pairings.some((p) => p.targetLevel === 'district')) return undefined;
  const active = dataset.pairings.filter((p) => p.targetLevel === 'district' && activeAt(p, period.to));
  const units = new Set(active.map((p) => nameKey(p.unit, 'unit', memo))).size;
  const coveredKeys = new Set(active.map((p) => nameKey(p.district!, 'district', memo)));
  const list = districtList(dataset, memo);
  if (list.size === 0) return { districts: null, covered: coveredKeys.size, rate: null, units, pairings: active.length, uncovered: [] };
  const uncovered = [...list].filter(([k]) => !coveredKeys.has(k)).map(([, district]) => ({ district }));
  uncovered.sort((a, b) => a.district.localeCompare(b.district, 'vi'));
  const covered = list.size - uncovered.length;
  return { districts: list.size, covered, rate: rate(covered, list.size), units, pairings: active.length, uncovered };
}

/** `households`: pairs in force at some time in the period; exits in a year inside it. */
export function householdIndicators(pairs: readonly HouseholdPairingRow[], period: Period): HouseholdIndicators {
  const during = pairs.filter((p) => activeDuring(p, period));
  const first = yearOf(period.from);
  const last = yearOf(period.to);
  // Only households still poor when the period starts (SPEC §8): one that left poverty before it is no exit of this period.
  const helpedPoor = during.filter((p) => p.helpedWasPoor === true && (p.exitYear === undefined || p.exitYear >= first));
  const exited = helpedPoor.filter((p) => p.exitYear !== undefined && p.exitYear >= first && p.exitYear <= last).length;
  return {
    pairs: during.length,
    active: during.filter((p) => activeAt(p, period.to)).length,
    helpedPoor: helpedPoor.length,
    exited,
    exitRate: rate(exited, helpedPoor.length),
  };
}

/** Funds and activity counts by level; the parts add up to `funds.total` and `activities.count`. */
export function byLevel(activities: readonly ActivityRow[]): { funds: Record<TargetLevel, number>; activities: Record<TargetLevel, { count: number; funds: number }> } {
  const funds = Object.fromEntries(TARGET_LEVEL_KEYS.map((k) => [k, 0])) as Record<TargetLevel, number>;
  const counts = Object.fromEntries(TARGET_LEVEL_KEYS.map((k) => [k, { count: 0, funds: 0 }])) as Record<TargetLevel, { count: number; funds: number }>;
  for (const a of activities) {
    const amount = (a.cash ?? 0) + (a.inKind ?? 0);
    funds[a.targetLevel] += amount;
    counts[a.targetLevel].count++;
    counts[a.targetLevel].funds += amount;
  }
  return { funds, activities: counts };
}

/**
 * Where each commune lies, from the lists: an activity without a district still falls in
 * the district of its commune.
 */
function communeDistricts(dataset: Dataset, memo: Memo = new Memo()): (commune: string) => ReadonlySet<string> {
  const map = new Map<string, Set<string>>();
  for (const row of [...dataset.communes, ...dataset.villages] as ReadonlyArray<CommuneRow | VillageRow>) {
    if (!row.district) continue;
    const k = nameKey(row.commune, 'commune', memo);
    const set = map.get(k) ?? new Set<string>();
    set.add(nameKey(row.district, 'district', memo));
    map.set(k, set);
  }
  const none = new Set<string>();
  return (commune) => map.get(nameKey(commune, 'commune', memo)) ?? none;
}

/**
 * Commune and district pairings in force during the period with fewer than `minActivities`
 * activities of their unit inside their area (any village of the commune counts).
 */
export function inactiveAreaPairings(
  dataset: Dataset,
  activities: readonly ActivityRow[],
  period: Period,
  reportedYears: (unit: string) => ReadonlySet<number>,
  minActivities: number,
  unitName: (name: string) => string,
  memo: Memo = new Memo(),
): AreaPairing[] {
  const wide = dataset.pairings.filter((p) => p.targetLevel !== 'village' && activeDuring(p, period));
  if (wide.length === 0) return [];
  const districtsOf = communeDistricts(dataset, memo);
  const inside = (p: PairingRow, a: ActivityRow): boolean => {
    if (nameKey(p.unit, 'unit', memo) !== nameKey(a.unit, 'unit', memo)) return false;
    if (p.targetLevel === 'commune') {
      if (!a.commune || nameKey(a.commune, 'commune', memo) !== nameKey(p.commune!, 'commune', memo)) return false;
      return !p.district || !a.district || nameKey(p.district, 'district', memo) === nameKey(a.district, 'district', memo);
    }
    const d = nameKey(p.district!, 'district', memo);
    if (a.district) return nameKey(a.district, 'district', memo) === d;
    return a.commune !== undefined && districtsOf(a.commune).has(d);
  };
  const seen = new Set<string>();
  const result: AreaPairing[] = [];
  for (const p of wide) {
    const key = `${p.targetLevel}\u0000${nameKey(p.unit, 'unit', memo)}\u0000${p.district ? nameKey(p.district, 'district', memo) : ''}\u0000${p.commune ? nameKey(p.commune, 'commune', memo) : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // Not reported is not inactive (SPEC §5): judged on the years in force its unit reported.
    const reported = reportedYears(p.unit);
    const judged = new Set(yearsInForce(p, period).filter((y) => reported.has(y)));
    if (judged.size === 0) continue;
    let count = 0;
    for (const a of activities) if (judged.has(yearOf(a.date)) && inside(p, a) && ++count >= minActivities) break;
    if (count < minActivities) {
      result.push({ unit: unitName(p.unit), targetLevel: p.targetLevel as 'commune' | 'district', ...(p.district ? { district: p.district } : {}), ...(p.commune ? { commune: p.commune } : {}) });
    }
  }
  return result;
}

/**
 * Which levels the data speak of: a level is present when some pairing is at it (communes
 * also when a communes sheet is given, households when household pairs are). Outputs say
 * nothing of an absent level.
 */
export function levelsPresent(dataset: Dataset): { village: boolean; commune: boolean; district: boolean; households: boolean } {
  const has = (level: TargetLevel): boolean => dataset.pairings.some((p) => p.targetLevel === level) || dataset.activities.some((a) => a.targetLevel === level);
  return { village: has('village'), commune: has('commune') || dataset.communes.length > 0, district: has('district'), households: dataset.householdPairings.length > 0 };
}
