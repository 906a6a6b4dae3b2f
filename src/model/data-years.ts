/**
 * Which years of a period the workbooks hold data for (SPEC §5 `data`). A year of the
 * period without data is "chưa có số liệu", never 0: the indicators leave it out of every
 * `byYear`, the report names the years its figures come from, and the CLI refuses a period
 * with no data at all. One home for this fact, shared by those three.
 */
import type { Dataset } from './types.js';
import { yearOf } from '../values/calendar.js';
import { inPeriod, yearsOf, type Period } from '../values/period.js';

export interface DataYears {
  /** Years of the period with at least one activity row dated in the period, ascending. */
  readonly activityYears: readonly number[];
  /** Years of the period with at least one village row, ascending. */
  readonly villageYears: readonly number[];
}

export function dataYears(dataset: Dataset, period: Period): DataYears {
  const activity = new Set<number>();
  for (const a of dataset.activities) if (inPeriod(a.date, period)) activity.add(yearOf(a.date));
  const inside = new Set(yearsOf(period));
  const village = new Set<number>();
  for (const v of dataset.villages) if (inside.has(v.year)) village.add(v.year);
  return {
    activityYears: [...activity].sort((a, b) => a - b),
    villageYears: [...village].sort((a, b) => a - b),
  };
}

/** Every year any activity or village row of the dataset falls in, whatever the period. */
export function allDataYears(dataset: Dataset): readonly number[] {
  const years = new Set<number>();
  for (const a of dataset.activities) years.add(yearOf(a.date));
  for (const v of dataset.villages) years.add(v.year);
  return [...years].sort((a, b) => a - b);
}

/** The years of the period with neither activity nor village data. */
export function yearsWithoutData(period: Period, years: DataYears): number[] {
  const held = new Set([...years.activityYears, ...years.villageYears]);
  return yearsOf(period).filter((y) => !held.has(y));
}
