/**
 * What changed in each village and commune (SPEC §5 `villages.outcomes`, `communes.outcomes`):
 * poverty from the first to the last year with rows inside the period *and* inside the latest
 * poverty-standard segment (a rate is never compared across a standard change), and the
 * infrastructure the village had at each end. Computed from rows, rates from their parts.
 */
import type { CommuneRow, Dataset, PairingRow, VillageRow } from '../dataset/types.js';
import { nameKey } from '../text/names.js';
import { Memo } from '../util/memo.js';
import { standardOf } from './poverty.js';
import { activeDuring, rate, unitDisplay } from './rows.js';
import type { Period } from './period.js';
import { yearOf } from '../values/calendar.js';
import { villageMatcher } from './villages.js';

export const INFRASTRUCTURE_FIELDS = ['hasGrid', 'hasCulturalHouse', 'hasKindergarten', 'hasPartyCell', 'newRural'] as const;

export interface OutcomeYear {
  readonly year: number;
  readonly households: number;
  readonly poor: number;
  readonly rate: number | null;
}

export interface VillageOutcome {
  readonly district?: string;
  readonly commune: string;
  readonly village: string;
  /** Units paired with it at some time in the period. */
  readonly units: readonly string[];
  /** null when it has no row in the latest standard's years of the period. */
  readonly poverty: { readonly from: OutcomeYear; readonly to: OutcomeYear } | null;
  /** Per infrastructure column known at either end: whether the village had it then (null: not filled). */
  readonly infrastructure: Readonly<Record<string, { readonly from: boolean | null; readonly to: boolean | null }>>;
}

export interface CommuneOutcome {
  readonly district?: string;
  readonly commune: string;
  readonly units: readonly string[];
  readonly poverty: { readonly from: OutcomeYear; readonly to: OutcomeYear } | null;
}

/** The years of the period under the standard of its latest year with data. */
function latestSegment(years: readonly number[], standardYears: readonly number[]): Set<number> {
  if (years.length === 0) return new Set();
  const last = Math.max(...years);
  return new Set(years.filter((y) => standardOf(y, standardYears) === standardOf(last, standardYears)));
}

const yearOfRow = <T extends { year: number; households?: number; poorHouseholds?: number }>(row: T): OutcomeYear | null =>
  row.households === undefined ? null : { year: row.year, households: row.households, poor: row.poorHouseholds ?? 0, rate: rate(row.poorHouseholds ?? 0, row.households) };

/** Rows of one place, first seen order, grouped by `key`. */
function groups<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

export function villageOutcomes(dataset: Dataset, period: Period, standardYears: readonly number[], memo: Memo = new Memo()): VillageOutcome[] {
  const first = yearOf(period.from);
  const last = yearOf(period.to);
  const rows = dataset.villages.filter((v) => v.year >= first && v.year <= last);
  const segment = latestSegment([...new Set(rows.map((v) => v.year))], standardYears);
  const pairings = dataset.pairings.filter((p) => p.targetLevel === 'village' && activeDuring(p, period));
  const { key, matches } = villageMatcher([...dataset.villages, ...(pairings as unknown as VillageRow[])], memo);
  const name = unitDisplay(dataset, memo);
  const unitsOf = new Map<string, string[]>();
  for (const p of pairings as ReadonlyArray<PairingRow & { village: string; commune: string }>) {
    for (const k of matches(p)) {
      const list = unitsOf.get(k) ?? [];
      if (!list.includes(name(p.unit))) list.push(name(p.unit));
      unitsOf.set(k, list);
    }
  }
  return [...groups(rows, key)].map(([k, list]) => {
    const inSegment = list.filter((v) => segment.has(v.year)).sort((a, b) => a.year - b.year);
    const from = inSegment[0];
    const to = inSegment[inSegment.length - 1];
    const infrastructure: Record<string, { from: boolean | null; to: boolean | null }> = {};
    for (const field of INFRASTRUCTURE_FIELDS) {
      const a = from?.[field] ?? null;
      const b = to?.[field] ?? null;
      if (a !== null || b !== null) infrastructure[field] = { from: a, to: b };
    }
    const v = list[list.length - 1]!;
    return {
      ...(v.district ? { district: v.district } : {}),
      commune: v.commune,
      village: v.village,
      units: unitsOf.get(k) ?? [],
      poverty: from && to ? { from: yearOfRow(from)!, to: yearOfRow(to)! } : null,
      infrastructure,
    };
  });
}

/**
 * Per commune of the programme's commune pairings: from the communes sheet, else the sum of its
 * villages' rows year by year. Empty when the programme pairs no commune.
 */
export function communeOutcomes(dataset: Dataset, period: Period, standardYears: readonly number[], memo: Memo = new Memo()): CommuneOutcome[] {
  const pairings = dataset.pairings.filter((p) => p.targetLevel === 'commune' && activeDuring(p, period));
  if (pairings.length === 0) return [];
  const first = yearOf(period.from);
  const last = yearOf(period.to);
  const place = (r: { district?: string; commune: string }) => ({ ...(r.district ? { district: r.district } : {}), commune: r.commune, village: '' });
  let rows: CommuneRow[] = dataset.communes.filter((c) => c.year >= first && c.year <= last && c.households !== undefined);
  if (!dataset.present.communes) {
    const sums = new Map<string, CommuneRow & { households: number; poorHouseholds: number }>();
    for (const v of dataset.villages) {
      if (v.year < first || v.year > last) continue;
      const k = `${nameKey(v.commune, 'commune', memo)}\u0000${v.district ? nameKey(v.district, 'district', memo) : ''}\u0000${v.year}`;
      const entry = sums.get(k) ?? { origin: v.origin, ...(v.district ? { district: v.district } : {}), commune: v.commune, year: v.year, households: 0, poorHouseholds: 0 };
      entry.households += v.households;
      entry.poorHouseholds += v.poorHouseholds;
      sums.set(k, entry);
    }
    rows = [...sums.values()];
  }
  const { key, matches } = villageMatcher([...rows, ...pairings.map((p) => ({ ...(p.district ? { district: p.district } : {}), commune: p.commune! }))].map(place), memo);
  const name = unitDisplay(dataset, memo);
  const unitsOf = new Map<string, string[]>();
  for (const p of pairings) {
    for (const k of matches(place({ ...(p.district ? { district: p.district } : {}), commune: p.commune! }))) {
      const list = unitsOf.get(k) ?? [];
      if (!list.includes(name(p.unit))) list.push(name(p.unit));
      unitsOf.set(k, list);
    }
  }
  const segment = latestSegment([...new Set(rows.map((r) => r.year))], standardYears);
  return [...groups(rows, (r) => key(place(r)))].map(([k, list]) => {
    const inSegment = list.filter((r) => segment.has(r.year)).sort((a, b) => a.year - b.year);
    const from = inSegment[0];
    const to = inSegment[inSegment.length - 1];
    const c = list[list.length - 1]!;
    return { ...(c.district ? { district: c.district } : {}), commune: c.commune, units: unitsOf.get(k) ?? [], poverty: from && to ? { from: yearOfRow(from)!, to: yearOfRow(to)! } : null };
  });
}
