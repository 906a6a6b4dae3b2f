/**
 * Calendar dates as `YYYY-MM-DD` strings. A date in these workbooks is a day on the
 * calendar, not an instant: keeping it as a string (never a local `Date`) means the
 * machine's timezone can never shift it, and string order is date order.
 *
 * Not date-fns: its functions work on `Date`s in the local timezone (UTC needs another
 * package), which is the shift this module exists to avoid; the arithmetic needed here
 * (a month's days, Excel serials, years of a period) is a few lines on the strings.
 */
export type CalendarDate = string;

// Excel's day 0 is 1899-12-30 (it counts the non-existent 29 February 1900).
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the (proleptic) Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1]!;
}

/** `YYYY-MM-DD` when the parts name a real day, else undefined (31/02 is not a day). */
export function makeDate(year: number, month: number, day: number): CalendarDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/**
 * exceljs builds dates as UTC midnight of the calendar day (plus the time of day), so the
 * UTC fields are the calendar date whatever the local timezone.
 */
export function fromUtcDate(date: Date): CalendarDate | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return makeDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** An Excel serial day number (time of day dropped) as a calendar date. */
export function fromSerial(serial: number): CalendarDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return undefined;
  return fromUtcDate(new Date(EXCEL_EPOCH_UTC + Math.floor(serial + 1e-9) * DAY_MS));
}

export function toSerial(date: CalendarDate): number {
  const { year, month, day } = parts(date);
  return Math.round((Date.UTC(year, month - 1, day) - EXCEL_EPOCH_UTC) / DAY_MS);
}

/** A JS Date at UTC midnight, the form exceljs writes as a date cell without shifting it. */
export function toUtcDate(date: CalendarDate): Date {
  const { year, month, day } = parts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

export function parts(date: CalendarDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/** Today on the local calendar of the person running the tool. */
export function localToday(now: Date = new Date()): CalendarDate {
  return makeDate(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
}

/** dd/mm/yyyy, the form Vietnamese documents write. */
export function formatVi(date: CalendarDate): string {
  const { year, month, day } = parts(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
