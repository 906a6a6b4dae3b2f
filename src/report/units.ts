/**
 * The units in the report: every unit has its row in the per-unit appendix (a unit with
 * no activity shows 0, it never silently drops out), with the fall of poverty in its
 * villages that the đơn vị tiêu biểu show beside their ranking (judgements/commendation.ts).
 */
import type { Dataset } from '../dataset/types.js';
import { activeDuring, isVillagePairing, unitDisplay } from '../indicators/compute.js';
import type { Period } from '../indicators/period.js';
import { standardOf } from '../indicators/poverty.js';
import type { Indicators } from '../indicators/types.js';
import { villageMatcher } from '../indicators/villages.js';
import { pointsBetween } from '../format/vi.js';
import { nameKey } from '../text/names.js';
import { yearOf } from '../values/calendar.js';

export interface UnitRow {
  readonly unit: string;
  readonly activities: number;
  readonly villages: number;
  readonly total: number;
  /** Fall of the poverty rate in the villages it is paired with, in points (positive = fell); null when not comparable. */
  readonly povertyFall: number | null;
}

/** Every unit of the units sheet and of the pairings in force during the period, with its figures (0 when none). */
export function unitRows(dataset: Dataset, period: Period, ind: Indicators, standardYears: readonly number[]): UnitRow[] {
  const name = unitDisplay(dataset);
  const rows = new Map<string, UnitRow>();
  const add = (unit: string) => {
    const key = nameKey(unit, 'unit');
    if (!rows.has(key)) rows.set(key, { unit: name(unit), activities: 0, villages: 0, total: 0, povertyFall: null });
  };
  for (const u of dataset.units) add(u.unit);
  for (const p of dataset.pairings) if (activeDuring(p, period)) add(p.unit);
  for (const u of ind.funds.byUnit) {
    const key = nameKey(u.unit, 'unit');
    rows.set(key, { unit: u.unit, activities: u.activities, villages: u.villages, total: u.total, povertyFall: null });
  }
  const falls = povertyFalls(dataset, period, standardYears);
  return [...rows.entries()]
    .map(([key, row]) => ({ ...row, povertyFall: falls.get(key) ?? null }))
    .sort((a, b) => b.total - a.total || b.activities - a.activities || a.unit.localeCompare(b.unit, 'vi'));
}

/**
 * Per unit, the fall of the poverty rate over its paired villages within the last poverty
 * standard stretch of the period (first and last year of village data in that stretch).
 */
function povertyFalls(dataset: Dataset, period: Period, standardYears: readonly number[]): Map<string, number> {
  const toYear = yearOf(period.to);
  const fromYear = yearOf(period.from);
  const years = [...new Set(dataset.villages.map((v) => v.year))].filter((y) => y >= fromYear && y <= toYear).sort((a, b) => a - b);
  const result = new Map<string, number>();
  if (years.length < 2) return result;
  const last = years[years.length - 1]!;
  const first = years.find((y) => standardOf(y, standardYears) === standardOf(last, standardYears))!;
  if (first === last) return result;
  // The villages a unit is paired with: village pairings (SPEC §8 levels have no village figures).
  const pairings = dataset.pairings.filter(isVillagePairing);
  const { key: identity, matches } = villageMatcher([...dataset.villages, ...pairings]);
  const villagesOf = new Map<string, Set<string>>();
  for (const p of pairings) {
    if (!activeDuring(p, period)) continue;
    const key = nameKey(p.unit, 'unit');
    const set = villagesOf.get(key) ?? new Set<string>();
    for (const v of matches(p)) set.add(v);
    villagesOf.set(key, set);
  }
  for (const [unit, villages] of villagesOf) {
    const sums = [first, last].map((year) => {
      let households = 0;
      let poor = 0;
      for (const v of dataset.villages) {
        if (v.year !== year || !villages.has(identity(v))) continue;
        households += v.households;
        poor += v.poorHouseholds;
      }
      return households > 0 ? poor / households : null;
    });
    // "0 - x": a fall of nothing is 0, never -0.
    if (sums[0] != null && sums[1] != null) result.set(unit, 0 - pointsBetween(sums[0], sums[1]));
  }
  return result;
}
