/**
 * Reporting periods (SPEC §5): `from`..`to` inclusive; a year means 1 January to
 * 31 December. Parsed from `--year`, `--from`/`--to` as years or full dates.
 */
import type { Lang } from '../findings/finding.js';
import { UsageError } from '../errors.js';
import { makeDate, yearOf, type CalendarDate } from '../values/calendar.js';
import { parseDateText } from '../values/date.js';

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

/**
 * The period asked for, or undefined when none was given (the caller then uses the
 * years the data covers). Throws a usage error for a period that makes no sense.
 */
export function parsePeriod(input: PeriodInput, lang: Lang): Period | undefined {
  const vi = lang === 'vi';
  if (input.year !== undefined) {
    if (input.from !== undefined || input.to !== undefined) {
      throw new UsageError(vi ? 'Dùng --year hoặc --from/--to, không dùng cả hai.' : 'Use --year or --from/--to, not both.');
    }
    if (!/^\d{4}$/.test(input.year.trim())) throw new UsageError(vi ? `--year cần một năm, ví dụ 2024 (không phải "${input.year}").` : `--year needs a year such as 2024 (not "${input.year}").`);
    const from = parseBound(input.year, false);
    const to = parseBound(input.year, true);
    if (!from || !to) throw new UsageError(vi ? `Năm không hợp lệ: ${input.year}` : `Invalid year: ${input.year}`);
    return { from, to };
  }
  if (input.from === undefined && input.to === undefined) return undefined;
  const from = input.from !== undefined ? parseBound(input.from, false) : undefined;
  const to = input.to !== undefined ? parseBound(input.to, true) : undefined;
  if (input.from !== undefined && !from) throw new UsageError(vi ? `--from không hợp lệ: "${input.from}" (ví dụ 2017 hoặc 2017-07-01).` : `Invalid --from: "${input.from}" (e.g. 2017 or 2017-07-01).`);
  if (input.to !== undefined && !to) throw new UsageError(vi ? `--to không hợp lệ: "${input.to}" (ví dụ 2020 hoặc 2020-06-30).` : `Invalid --to: "${input.to}" (e.g. 2020 or 2020-06-30).`);
  if (!from || !to) throw new UsageError(vi ? 'Cần cả --from và --to (hoặc dùng --year).' : 'Give both --from and --to (or use --year).');
  if (from > to) throw new UsageError(vi ? `Kỳ báo cáo không hợp lệ: từ ${input.from} đến ${input.to} (ngày bắt đầu sau ngày kết thúc).` : `Invalid period: ${input.from} to ${input.to} (the start is after the end).`);
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
