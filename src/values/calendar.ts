/**
 * Calendar dates as `YYYY-MM-DD` strings. A date in these workbooks is a day on the
 * calendar, not an instant: keeping it as a string (never a local `Date`) means the
 * machine's timezone can never shift it, and string order is date order.
 *
 * The calendar's arithmetic (a month's days, Excel serials) is date-fns's, on `UTCDate`s
 * (@date-fns/utc): their fields are UTC, so no local timezone enters. Plain date-fns on a
 * `Date` reads local fields, and an Excel date (UTC midnight) then falls on the day before
 * west of Greenwich — test/calendar.test.ts shows that failure under America/Los_Angeles,
 * and that these functions hold there and under Asia/Ho_Chi_Minh; and that counting days
 * between plain `Date`s is one too many where the local calendar skipped a day
 * (Pacific/Kiritimati had no 31 December 1994), while between `UTCDate`s it is exact.
 */
import { UTCDate } from '@date-fns/utc';
import { addDays, differenceInCalendarDays, format, getDaysInMonth } from 'date-fns';

export type CalendarDate = string;

// Excel's day 0 is 1899-12-30 (it counts the non-existent 29 February 1900).
const EXCEL_EPOCH = new UTCDate(1899, 11, 30);

/** `YYYY-MM-DD` when the parts name a real day, else undefined (31/02 is not a day). */
export function makeDate(year: number, month: number, day: number): CalendarDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  // Day 1 of the month: setFullYear keeps years under 100 as written (the Date constructor would read 99 as 1999).
  const first = new UTCDate(2000, 0, 1);
  first.setFullYear(year, month - 1, 1);
  if (day > getDaysInMonth(first)) return undefined;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/**
 * exceljs builds dates as UTC midnight of the calendar day (plus the time of day), so the
 * UTC fields are the calendar date whatever the local timezone.
 */
export function fromUtcDate(date: Date): CalendarDate | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const utc = new UTCDate(date.getTime());
  return makeDate(utc.getFullYear(), utc.getMonth() + 1, utc.getDate());
}

/** An Excel serial day number (time of day dropped) as a calendar date. */
export function fromSerial(serial: number): CalendarDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return undefined;
  return fromUtcDate(addDays(EXCEL_EPOCH, Math.floor(serial + 1e-9)));
}

/** Days since Excel's day 0; both days as `UTCDate`s (with a plain `Date` on one side, the local offsets enter: see the test). */
export function toSerial(date: CalendarDate): number {
  return differenceInCalendarDays(new UTCDate(toUtcDate(date).getTime()), EXCEL_EPOCH);
}

/** A JS Date at UTC midnight, the form exceljs writes as a date cell without shifting it. */
export function toUtcDate(date: CalendarDate): Date {
  const { year, month, day } = parts(date);
  const utc = new UTCDate(2000, 0, 1);
  utc.setFullYear(year, month - 1, day);
  return new Date(utc.getTime());
}

export function parts(date: CalendarDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/** Today on the local calendar of the person running the tool (a plain `Date`: here the local day is the point). */
export function localToday(now: Date = new Date()): CalendarDate {
  return format(now, 'yyyy-MM-dd');
}

/** dd/mm/yyyy, the form Vietnamese documents write (the one date form of the program's words). */
export function formatVi(date: CalendarDate): string {
  const { year, month, day } = parts(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
