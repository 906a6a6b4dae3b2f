/**
 * What `fix` writes into one cell, decided from the cell as read and `readCell`'s verdict
 * on it. Only a cell that reads as a valid value is rewritten, only into the form that
 * reads back as the same value; anything else (blank, unreadable, a formula, an error)
 * is left for `validate` to report. Pure.
 */
import { readCell, type CellContext, type CellIssue, type Value } from '../checks/cells.js';
import { CATALOGUE } from '../findings/catalogue.js';
import { choiceByKey } from '../schema/choices.js';
import type { FieldDef } from '../schema/fields.js';
import { cleanText } from '../text/normalize.js';
import { toUtcDate, type CalendarDate } from '../values/calendar.js';
import { parseNumberText } from '../values/number.js';
import type { RawValue } from '../workbook/raw.js';
import { NO, YES } from '../schema/sheet-names.js';

/** One cell the copy changed, as `fix` lists it. */
export interface CellChange {
  sheet: string;
  /** A1-style address. */
  cell: string;
  /** Canonical key of the column's field. */
  field?: string;
  /** The cell as written before. */
  before: string;
  /** The value written: text, a number (`1500000`) or a date (`2022-03-15`). */
  after: string;
  reason: FixReason;
}

export type FixReason = 'nfc' | 'spaces' | 'legacy-encoding' | 'number-text' | 'date-text' | 'choice-label' | 'boolean' | 'merge-split' | 'merge-amount';

export interface CellFix {
  /** The value to store: text, a number, or a date at UTC midnight. */
  readonly value: string | number | Date;
  /** The value as `readCell` gives it, for the change list (`2022-03-15`, `1500000`). */
  readonly shown: string;
  readonly reason: FixReason;
  /** Number format to give the cell, when the value's kind changes. */
  readonly numFmt?: string;
  /** The text was in a legacy font: the cell needs a Unicode font to show it. */
  readonly unicodeFont?: boolean;
}

export const DATE_FORMAT = 'dd/mm/yyyy';
const MONEY_FORMAT = '#,##0';

/** The rewrite a cell needs, or undefined to leave it as it is. */
export function fixCell(field: FieldDef, raw: RawValue, ctx: CellContext): CellFix | undefined {
  if (raw.formula || raw.t === 'e') return undefined;
  const issues: CellIssue[] = [];
  const value = readCell(field, raw, ctx, issues);
  if (value === undefined || issues.some(isError)) return undefined;
  const legacy = issues.some((i) => i.code === 'legacy-encoding');
  const fix = proposal(field, raw, value, issues);
  if (fix === undefined || !readsTheSame(field, fix.value, value, ctx)) return undefined;
  return legacy ? { ...fix, reason: 'legacy-encoding', unicodeFont: true } : fix;
}

function proposal(field: FieldDef, raw: RawValue, value: Value, issues: readonly CellIssue[]): CellFix | undefined {
  switch (field.type) {
    case 'text':
      return raw.t === 's' ? text(raw.v, value as string, undefined) : undefined;
    case 'ethnicity':
      // An unlisted group (a warning) keeps its spelling; only its text is cleaned.
      return raw.t === 's' ? text(raw.v, value as string, issues.some((i) => i.code === 'invalid-choice') ? undefined : 'choice-label') : undefined;
    case 'choice': {
      const label = choiceByKey(field.choices!, value as string)?.label;
      return raw.t === 's' && label !== undefined ? text(raw.v, label, 'choice-label') : undefined;
    }
    case 'boolean': {
      const written = value ? YES : NO;
      if (raw.t === 's') return text(raw.v, written, 'boolean');
      return { value: written, shown: written, reason: 'boolean' };
    }
    case 'integer':
    case 'number':
    case 'money': {
      if (raw.t !== 's') return undefined;
      // The number as written, in the column's own unit: a "(triệu đồng)" header stays true.
      const number = parseNumberText(raw.v, { wholeExpected: field.type !== 'number' });
      if (number === undefined) return undefined;
      // Grouped digits for whole đồng; a fraction (2,5 triệu) keeps General so it is not shown rounded.
      const numFmt = field.type === 'money' && Number.isInteger(number) ? MONEY_FORMAT : 'General';
      return { value: number, shown: String(number), reason: 'number-text', numFmt };
    }
    case 'date': {
      if (raw.t !== 's' && raw.t !== 'n') return undefined;
      const date = value as CalendarDate;
      return { value: toUtcDate(date), shown: date, reason: 'date-text', numFmt: DATE_FORMAT };
    }
  }
}

/** Clean text in place of `before`, or undefined when nothing changes. */
function text(before: string, after: string, typeReason: FixReason | undefined): CellFix | undefined {
  if (before === after) return undefined;
  const reason = typeReason !== undefined && cleanText(before) !== after ? typeReason : before.normalize('NFC') !== before ? 'nfc' : 'spaces';
  return { value: after, shown: after, reason };
}

function isError(issue: CellIssue): boolean {
  return (issue.severity ?? CATALOGUE[issue.code].severity) === 'error';
}

/** The safety net: the new cell must read back as exactly the old value, with no legacy warning. */
function readsTheSame(field: FieldDef, value: string | number | Date, expected: Value, ctx: CellContext): boolean {
  const raw: RawValue = typeof value === 'string' ? { t: 's', v: value } : typeof value === 'number' ? { t: 'n', v: value } : { t: 'd', v: value };
  const issues: CellIssue[] = [];
  const again = readCell(field, raw, ctx, issues);
  return again === expected && !issues.some((i) => isError(i) || i.code === 'legacy-encoding');
}
