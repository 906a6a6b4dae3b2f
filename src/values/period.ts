/**
 * Reporting periods (SPEC §5): `from`..`to` inclusive; a year means 1 January to
 * 31 December. Parsed from `--year`, `--from`/`--to` as years or full dates.
 */
import { UsageError } from '../errors.js';
import { makeDate, yearOf, type CalendarDate } from './calendar.js';
import { parseDateText } from './date.js';

export interface Period {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

export interface PeriodInput {
  readonly year?: string;
  readonly from?: string;
  readonly to?: string;
}

/** A bound as typed: `2017`, `2017-07-01`, `01/07/2017`. */
function parseBound(text: string, end: boolean): CalendarDate | undefined {
  const trimmed = text.trim();
  if (/^\d{4}$/.test(trimmed)) {
    const year = Number(trimmed);
    if (year < 1900 || year > 2100) return undefined;
    return end ? `${trimmed}-12-31` : `${trimmed}-01-01`;
  }
  return parseDateText(trimmed);
}

/** Why a period cannot be read: a code and what was typed, rendered by the CLI (messages/period.ts). */
export type PeriodProblem =
  | { readonly code: 'year-and-range' }
  | { readonly code: 'bad-year' | 'year-out-of-range' | 'bad-from' | 'bad-to'; readonly value: string }
  | { readonly code: 'half-range' }
  | { readonly code: 'reversed'; readonly from: string; readonly to: string }
  | { readonly code: 'future'; readonly from: CalendarDate; readonly today: CalendarDate };

/** A period that makes no sense: a usage error whose words the edge chooses (see `usageText`). */
export class PeriodError extends UsageError {
  constructor(readonly problem: PeriodProblem) {
    super(problem.code);
  }
}

/**
 * The period asked for, or undefined when none was given (the caller then uses the
 * years the data covers). Throws a `PeriodError` for a period that makes no sense.
 */
export function parsePeriod(input: PeriodInput): Period | undefined {
  if (input.year !== undefined) {
    if (input.from !== undefined || input.to !== undefined) throw new PeriodError({ code: 'year-and-range' });
    if (!/^\d{4}$/.test(input.year.trim())) throw new PeriodError({ code: 'bad-year', value: input.year });
    const from = parseBound(input.year, false);
    const to = parseBound(input.year, true);
    if (!from || !to) throw new PeriodError({ code: 'year-out-of-range', value: input.year });
    return { from, to };
  }
  if (input.from === undefined && input.to === undefined) return undefined;
  const from = input.from !== undefined ? parseBound(input.from, false) : undefined;
  const to = input.to !== undefined ? parseBound(input.to, true) : undefined;
  if (input.from !== undefined && !from) throw new PeriodError({ code: 'bad-from', value: input.from });
  if (input.to !== undefined && !to) throw new PeriodError({ code: 'bad-to', value: input.to });
  if (!from || !to) throw new PeriodError({ code: 'half-range' });
  if (from > to) throw new PeriodError({ code: 'reversed', from: input.from!, to: input.to! });
  return { from, to };
}

export function yearPeriod(firstYear: number, lastYear: number): Period {
  return { from: makeDate(firstYear, 1, 1)!, to: makeDate(lastYear, 12, 31)! };
}

export function inPeriod(date: CalendarDate, period: Period): boolean {
  return date >= period.from && date <= period.to;
}

export function yearsOf(period: Period): number[] {
  const years: number[] = [];
  for (let y = yearOf(period.from); y <= yearOf(period.to); y++) years.push(y);
  return years;
}
