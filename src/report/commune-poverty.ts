/**
 * Poverty from the communes sheet (SPEC §8), for a programme that pairs units with whole
 * communes and keeps no village list: the report then states the communes' poor households
 * instead of "Chưa có số liệu hộ nghèo". Compared first year to last only within one
 * poverty standard; the change in rate is taken between the printed rates.
 */
import type { Dataset } from '../dataset/types.js';
import { pointsBetween } from '../format/vi.js';
import type { Period } from '../indicators/period.js';
import { yearOf } from '../values/calendar.js';

export interface CommunePovertyYear {
  readonly year: number;
  /** Communes with both figures that year. */
  readonly communes: number;
  readonly households: number;
  readonly poor: number;
  readonly rate: number | null;
}

export interface CommunePovertyContext {
  readonly first: CommunePovertyYear;
  readonly last: CommunePovertyYear;
  /** First and last years differ and fall under one poverty standard. */
  readonly comparable: boolean;
  /** Points between the printed rates, unsigned; null when not comparable. */
  readonly points: number | null;
  readonly trend: 'down' | 'up' | 'same' | null;
  /** The poverty standard change between them, when there is one. */
  readonly standardChange: number | null;
}

export function communePoverty(dataset: Dataset, period: Period, standardYears: readonly number[], materialityPoints: number): CommunePovertyContext | null {
  if (!dataset.present.communes) return null;
  const from = yearOf(period.from);
  const to = yearOf(period.to);
  const byYear = new Map<number, { communes: number; households: number; poor: number }>();
  for (const c of dataset.communes) {
    if (c.year < from || c.year > to || c.households === undefined || c.poorHouseholds === undefined) continue;
    const entry = byYear.get(c.year) ?? { communes: 0, households: 0, poor: 0 };
    entry.communes += 1;
    entry.households += c.households;
    entry.poor += c.poorHouseholds;
    byYear.set(c.year, entry);
  }
  const years = [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, e]) => ({ year, ...e, rate: e.households > 0 ? e.poor / e.households : null }));
  if (years.length === 0) return null;
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const standardChange = standardYears.find((y) => y > first.year && y <= last.year) ?? null;
  const comparable = first.year !== last.year && standardChange === null && first.rate !== null && last.rate !== null;
  const signed = comparable ? pointsBetween(first.rate!, last.rate!) : null;
  const points = signed === null ? null : Math.abs(signed);
  const trend = signed === null ? null : points! < materialityPoints ? 'same' : signed < 0 ? 'down' : 'up';
  return { first, last, comparable, points, trend, standardChange };
}
