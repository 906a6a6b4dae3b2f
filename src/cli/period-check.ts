/**
 * Whether a period can be reported on (SPEC §4): a period wholly after today is a typo
 * (2030 for 2020) and a usage error; a period in which the workbooks hold no data at all
 * stops, naming the years the data do cover; a period partly without data goes on and
 * names the years without. Pure: "today" is passed in.
 */
import type { Dataset } from '../dataset/types.js';
import { UsageError } from '../errors.js';
import type { Lang } from '../findings/finding.js';
import { render } from '../messages/render.js';
import { RUN } from '../messages/run.js';
import { allDataYears, dataYears, yearsWithoutData } from '../indicators/data-years.js';
import { yearsOf, type Period } from '../indicators/period.js';
import { formatVi, type CalendarDate } from '../values/calendar.js';

export type PeriodData =
  | { readonly kind: 'ok' }
  | { readonly kind: 'partly'; readonly missing: readonly number[] }
  | { readonly kind: 'none'; readonly held: readonly number[] };

/** Throws a usage error when the period lies wholly after today. */
export function refuseFuturePeriod(period: Period, today: CalendarDate, lang: Lang): void {
  if (period.from <= today) return;
  throw new UsageError(render(lang, RUN.futurePeriod, { from: formatVi(period.from), today: formatVi(today) }));
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

/** "2016, 2018–2020": years as ranges. */
export function yearRanges(years: readonly number[]): string {
  const parts: string[] = [];
  let start = years[0];
  for (let i = 0; i < years.length; i++) {
    const y = years[i]!;
    const next = years[i + 1];
    if (next === y + 1) continue;
    parts.push(start === y ? String(y) : `${start}–${y}`);
    start = next;
  }
  return parts.join(', ');
}

export function periodDataMessage(data: Exclude<PeriodData, { kind: 'ok' }>, period: Period, lang: Lang): string {
  const span = `${formatVi(period.from)}–${formatVi(period.to)}`;
  if (data.kind === 'none') {
    return render(lang, RUN.periodEmpty, { span, held: yearRanges(data.held) });
  }
  if (data.missing.length === yearsOf(period).length) {
    // Only pairings in force: coverage can be told, no figure of villages or activities.
    return render(lang, RUN.periodPairingsOnly, { span });
  }
  return render(lang, RUN.periodPartly, { span, missing: yearRanges(data.missing) });
}
