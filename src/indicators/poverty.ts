/**
 * Poverty per year over the villages sheet, and its stretches under one national poverty
 * standard (SPEC §5 `poverty`). Counts of poor households are only comparable under one
 * standard, so a first-to-last comparison is only ever made inside a segment.
 */
import type { VillageRow } from '../model/types.js';
import { yearOf } from '../values/calendar.js';
import type { Period } from '../values/period.js';
import { rate } from '../model/rows.js';
import type { Indicators, PovertySegment, PovertyYear } from './types.js';


/** The standard in force in a year: the latest standard year not after it (−∞ before the first). */
export function standardOf(year: number, standardYears: readonly number[]): number {
  let standard = Number.NEGATIVE_INFINITY;
  for (const s of standardYears) if (s <= year && s > standard) standard = s;
  return standard;
}

export function poverty(villages: readonly VillageRow[], period: Period, standardYears: readonly number[]): Indicators['poverty'] {
  const byYear: Record<string, PovertyYear> = {};
  const first = yearOf(period.from);
  const last = yearOf(period.to);
  const sums = new Map<number, { households: number; poor: number }>();
  for (const v of villages) {
    if (v.year < first || v.year > last) continue;
    const entry = sums.get(v.year) ?? { households: 0, poor: 0 };
    entry.households += v.households;
    entry.poor += v.poorHouseholds;
    sums.set(v.year, entry);
  }
  const years = [...sums.keys()].sort((a, b) => a - b);
  for (const year of years) {
    const s = sums.get(year)!;
    byYear[String(year)] = { households: s.households, poor: s.poor, rate: rate(s.poor, s.households) };
  }
  const entry = (year: number) => ({ year, ...byYear[String(year)]! });
  const firstEntry = years.length > 0 ? entry(years[0]!) : null;
  const lastEntry = years.length > 0 ? entry(years[years.length - 1]!) : null;
  return { byYear, first: firstEntry, last: lastEntry, change: difference(firstEntry, lastEntry), segments: segments(years, standardYears, entry) };
}

function difference(first: PovertyYear | null, last: PovertyYear | null): number | null {
  return first?.rate != null && last?.rate != null ? last.rate - first.rate : null;
}

function segments(years: readonly number[], standardYears: readonly number[], entry: (year: number) => PovertyYear & { year: number }): PovertySegment[] {
  const groups: number[][] = [];
  for (const year of years) {
    const group = groups[groups.length - 1];
    if (group && standardOf(group[0]!, standardYears) === standardOf(year, standardYears)) group.push(year);
    else groups.push([year]);
  }
  return groups.map((group) => {
    const first = entry(group[0]!);
    const last = entry(group[group.length - 1]!);
    return { from: first.year, to: last.year, first, last, change: group.length > 1 ? difference(first, last) : null };
  });
}
