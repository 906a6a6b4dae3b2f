/** One record per village: the identity rules of SPEC §2 applied to the villages sheet. */
import type { VillageRef, VillageRow } from '../dataset/types.js';
import { nameKey } from '../text/names.js';
import { villageKey } from '../checks/identity.js';
import { Memo } from '../util/memo.js';

/**
 * The identity key of each village row. District is part of it only when it tells two
 * villages apart: a row without a district joins the one village of that name that has one.
 */
function villageIdentity(rows: readonly VillageRef[], memo: Memo = new Memo()): (row: VillageRef) => string {
  return villageMatcher(rows, memo).key;
}

/**
 * `key`: as villageIdentity. `matches`: every key a row stands for. District is compared
 * only when both sides have it (SPEC §2), so a pairing without one matches each village of
 * that commune and name, in whichever district.
 */
export function villageMatcher(rows: readonly VillageRef[], memo: Memo = new Memo()): { key: (row: VillageRef) => string; matches: (row: VillageRef) => string[] } {
  const districts = new Map<string, Set<string>>();
  for (const row of rows) {
    const base = villageKey(row.commune, row.village, memo);
    const set = districts.get(base) ?? new Set<string>();
    if (row.district) set.add(nameKey(row.district, 'district', memo));
    districts.set(base, set);
  }
  const key = (row: VillageRef): string => {
    const base = villageKey(row.commune, row.village, memo);
    const set = districts.get(base);
    if (!set || set.size <= 1) return base;
    const d = row.district ? nameKey(row.district, 'district', memo) : '';
    return `${base}\u0000${d}`;
  };
  const matches = (row: VillageRef): string[] => {
    const base = villageKey(row.commune, row.village, memo);
    const set = districts.get(base);
    if (row.district || !set || set.size <= 1) return [key(row)];
    return [`${base}\u0000`, ...[...set].map((d) => `${base}\u0000${d}`)];
  };
  return { key, matches };
}

/** Each village's latest row with year ≤ `lastYear`, in first-seen order. */
export function latestRows(rows: readonly VillageRow[], lastYear: number, memo: Memo = new Memo()): VillageRow[] {
  const identity = villageIdentity(rows, memo);
  const latest = new Map<string, VillageRow>();
  for (const row of rows) {
    if (row.year > lastYear) continue;
    const key = identity(row);
    const current = latest.get(key);
    if (!current || row.year > current.year) latest.set(key, row);
  }
  return [...latest.values()];
}

/** The latest year of village rows not after `toYear`; null without any. */
export function latestVillageYear(rows: readonly VillageRow[], toYear: number): number | null {
  let year: number | null = null;
  for (const v of rows) if (v.year <= toYear && (year === null || v.year > year)) year = v.year;
  return year;
}
