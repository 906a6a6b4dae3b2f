/**
 * Number, money and date cells: the typed value, or the finding that says why the cell is
 * not one (invalid, negative, out of range, a date in the future). readCell (cells.ts)
 * dispatches here by the field's type.
 */
import type { FieldDef } from '../schema/fields.js';
import { cleanText } from '../text/normalize.js';
import { fromSerial, fromUtcDate, yearOf, formatVi, type CalendarDate } from '../values/calendar.js';
import { parseDateText } from '../values/date.js';
import { hasOwnUnit, parseNumberText, scale } from '../values/number.js';
import type { RawValue } from '../workbook/raw.js';
import type { FindingCode, Severity } from '../findings/catalogue.js';
import type { Param } from '../findings/finding.js';

/** A problem met reading one cell, before it becomes a finding with its place. */
export interface CellIssue {
  readonly code: FindingCode;
  readonly params?: Record<string, Param>;
  readonly suggestion?: string;
  readonly severity?: Severity;
}

/** What reading a number or a date needs to know (cells.ts's `CellBasics` adds the column's text cache). */
export interface CellBasics {
  /** Today on the user's calendar; later dates are `future-date`. */
  readonly today: CalendarDate;
  /** Multiplier from the header's unit. */
  readonly scale: number;
}


/** Dates before this year are typing mistakes in this domain (the programme began after 1975). */
export const EARLIEST_YEAR = 1975;
export const LATEST_YEAR = 2100;

export function readNumber(field: FieldDef, raw: RawValue, ctx: CellBasics, issues: CellIssue[]): number | undefined {
  const whole = field.type !== 'number';
  let number: number | undefined;
  if (raw.t === 'n') number = raw.v;
  else if (raw.t === 's') {
    if (cleanText(raw.v) === '') return undefined;
    number = parseNumberText(raw.v, { wholeExpected: whole });
  }
  if (number === undefined) {
    issues.push({ code: field.type === 'integer' ? 'invalid-integer' : 'invalid-number' });
    return undefined;
  }
  // "1,5 triệu" in a "(nghìn đồng)" column is 1.500.000 đồng: the cell's own unit wins.
  const ownUnit = raw.t === 's' && field.type === 'money' && hasOwnUnit(raw.v);
  if (!ownUnit) number = scale(number, ctx.scale);
  if (field.type === 'money') {
    // Typed "2,5" in a đồng column is almost surely 2,5 triệu: not a whole đồng, say so — and
    // the same for a number typed as 1.000.000,4 (text or number alike). Only a formula's
    // result (=B5*0,3) is rounded: a computed share of an amount is a fraction by nature.
    // Binary floating point leaves 1e-7-sized crumbs on scaled values; those are not fractions.
    const fraction = Math.abs(number - Math.round(number)) > 1e-6;
    if (fraction && !raw.formula) {
      issues.push({ code: 'invalid-integer' });
      return undefined;
    }
    number = Math.round(number);
  }
  if (field.type === 'integer') {
    const rounded = Math.round(number);
    if (Math.abs(number - rounded) > 1e-9) {
      issues.push({ code: 'invalid-integer' });
      return undefined;
    }
    number = rounded;
  }
  if (number < 0 && (field.min ?? 0) >= 0) {
    issues.push({ code: 'negative-value' });
    return undefined;
  }
  if ((field.min !== undefined && number < field.min) || (field.max !== undefined && number > field.max)) {
    issues.push({ code: 'out-of-range', params: { min: field.min ?? '', max: field.max ?? '' } });
    return undefined;
  }
  return number;
}

// Serial numbers typed as text ("44635") from CSV round trips: plausible dates only.
const SERIAL_TEXT = /^\d{5}$/;

export function readDate(raw: RawValue, ctx: CellBasics, issues: CellIssue[]): CalendarDate | undefined {
  let date: CalendarDate | undefined;
  if (raw.t === 'd') date = fromUtcDate(raw.v);
  else if (raw.t === 'n') date = fromSerial(raw.v);
  else if (raw.t === 's') {
    const text = cleanText(raw.v);
    if (text === '') return undefined;
    date = SERIAL_TEXT.test(text) ? fromSerial(Number(text)) : parseDateText(text);
  }
  if (date === undefined) {
    issues.push({ code: 'invalid-date' });
    return undefined;
  }
  const year = yearOf(date);
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    issues.push({ code: 'out-of-range', params: { min: `01/01/${EARLIEST_YEAR}`, max: `31/12/${LATEST_YEAR}` } });
    return undefined;
  }
  if (date > ctx.today) {
    issues.push({ code: 'future-date', params: { detail: formatVi(ctx.today) } });
    return undefined;
  }
  return date;
}
