/**
 * The period of a run, settled in one place for every use case and both faces (SPEC §4):
 * the one asked for (a period wholly after today is a typo, 2030 for 2020, and a usage
 * error), else the years the data cover; an annual report without one is about the latest
 * year. Whether the data hold the period: none at all stops, naming the years they do
 * cover; partly goes on and names the years without. Pure: "today" is passed in.
 */
import type { Dataset } from '../model/types.js';
import { allDataYears, dataYears, yearsWithoutData } from '../model/data-years.js';
import { parsePeriod, PeriodError, yearPeriod, type Period, type PeriodInput } from '../values/period.js';
import { yearOf, type CalendarDate } from '../values/calendar.js';

export type PeriodData =
  | { readonly kind: 'ok' }
  | { readonly kind: 'partly'; readonly missing: readonly number[] }
  | { readonly kind: 'none'; readonly held: readonly number[] };

/**
 * The period asked for, checked before a file is read (a usage error should not wait for a
 * big file); undefined when none was asked. Throws a coded `PeriodError`.
 */
export function askedPeriod(input: PeriodInput, today: CalendarDate): Period | undefined {
  const asked = parsePeriod(input);
  if (asked && asked.from > today) throw new PeriodError({ code: 'future', from: asked.from, today });
  return asked;
}

export interface PeriodChoice {
  /** What `askedPeriod` returned. */
  readonly asked: Period | undefined;
  readonly dataset: Dataset;
  readonly today: CalendarDate;
  /** Without a period asked, only the latest year of the data (the annual report). */
  readonly latestYear?: boolean;
}

/** The period a run reports on. */
export function resolvePeriod(choice: PeriodChoice): Period {
  if (choice.asked) return choice.asked;
  const covered = dataPeriod(choice.dataset, choice.today);
  return choice.latestYear ? yearPeriod(yearOf(covered.to), yearOf(covered.to)) : covered;
}

/** Without a period asked: the years the data cover. */
function dataPeriod(dataset: Dataset, today: CalendarDate): Period {
  // Pairings often began years before the figures; they set the period only when nothing else does.
  let years = [...dataset.villages.map((v) => v.year), ...dataset.activities.map((a) => Number(a.date.slice(0, 4)))];
  if (years.length === 0) years = dataset.pairings.map((p) => Number(p.startDate.slice(0, 4)));
  const thisYear = Number(today.slice(0, 4));
  if (years.length === 0) return yearPeriod(thisYear, thisYear);
  let first = Infinity;
  let last = -Infinity;
  for (const y of years) {
    if (y < first) first = y;
    if (y > last) last = y;
  }
  return yearPeriod(first, last);
}

export function periodData(dataset: Dataset, period: Period): PeriodData {
  const held = allDataYears(dataset);
  // Pairings and units alone carry no year of figures: coverage can still be told.
  if (held.length === 0) return { kind: 'ok' };
  const years = dataYears(dataset, period);
  // Pairings in force during the period still tell its coverage: then the period is only
  // partly without data (every year of figures missing), not empty.
  const inForce = dataset.pairings.some((p) => p.startDate <= period.to && (p.endDate === undefined || p.endDate >= period.from));
  if (years.activityYears.length + years.villageYears.length === 0 && !inForce) return { kind: 'none', held };
  const missing = yearsWithoutData(period, years);
  return missing.length > 0 ? { kind: 'partly', missing } : { kind: 'ok' };
}
