/** One record per village: the identity rules of SPEC §2 applied to the villages sheet. */
import type { VillageRow } from '../dataset/types.js';
import { nameKey } from '../text/names.js';
import { villageKey } from '../checks/identity.js';

/**
 * The identity key of each village row. District is part of it only when it tells two
 * villages apart: a row without a district joins the one village of that name that has one.
 */
export function villageIdentity(rows: readonly { district?: string; commune: string; village: string }[]): (row: { district?: string; commune: string; village: string }) => string {
  const districts = new Map<string, Set<string>>();
  for (const row of rows) {
    const base = villageKey(row.commune, row.village);
    const set = districts.get(base) ?? new Set<string>();
    if (row.district) set.add(nameKey(row.district, 'district'));
    districts.set(base, set);
  }
  return (row) => {
    const base = villageKey(row.commune, row.village);
    const set = districts.get(base);
    if (!set || set.size <= 1) return base;
    const d = row.district ? nameKey(row.district, 'district') : '';
    return `${base}\u0000${d}`;
  };
}

/** Each village's latest row with year ≤ `lastYear`, in first-seen order. */
export function latestRows(rows: readonly VillageRow[], lastYear: number): VillageRow[] {
  const identity = villageIdentity(rows);
  const latest = new Map<string, VillageRow>();
  for (const row of rows) {
    if (row.year > lastYear) continue;
    const key = identity(row);
    const current = latest.get(key);
    if (!current || row.year > current.year) latest.set(key, row);
  }
  return [...latest.values()];
}
