/**
 * One template column per field of SPEC §2: its header (required ones marked " *"), width,
 * number format and the data validation Excel and LibreOffice enforce while people type.
 * Pure: the bounds are the ones `readCell` applies, so what the sheet lets through reads clean.
 */
import { EARLIEST_YEAR, LATEST_YEAR } from '../checks/cells.js';
import type { Lang } from '../findings/finding.js';
import { VALIDATION as T } from '../messages/init.js';
import { render } from '../messages/render.js';
import type { FieldDef, SheetDef } from '../schema/fields.js';
import { toUtcDate } from '../values/calendar.js';
import { columnLetter } from '../workbook/raw.js';
import { listIdOf, listRange, NO, villagesOfCommuneFormula, YES, type ListColumn } from './lists.js';
import { firstDataRowOf } from './rows.js';

/** The data validation of a column, in exceljs's shape (dates as UTC-midnight `Date`s). */
export interface ValidationSpec {
  readonly type: 'list' | 'whole' | 'decimal' | 'date' | 'any';
  readonly operator?: 'between' | 'greaterThanOrEqual';
  readonly formulae: ReadonlyArray<string | number | Date>;
  /** 'warning' lets a name outside the list through after a question; default stops it. */
  readonly errorStyle?: 'warning';
  readonly promptTitle: string;
  readonly prompt: string;
  readonly errorTitle?: string;
  readonly error?: string;
}

export interface ColumnSpec {
  readonly field: FieldDef;
  readonly header: string;
  readonly width: number;
  readonly numFmt?: string;
  /** Long free text (content, notes) wraps inside its column. */
  readonly wrap: boolean;
  readonly validation: ValidationSpec;
}

/** The last row the validations cover, below the header (from `firstDataRowOf`): a generous year of activities. */
export const LAST_DATA_ROW = 1000;

export const REQUIRED_MARK = ' *';

// Excel refuses a file whose validation titles exceed 32 characters or texts exceed 255.
const TITLE_MAX = 32;
const TEXT_MAX = 255;

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

const WIDE_TEXT = new Set(['content', 'note', 'inKindDescription']);

function widthOf(field: FieldDef): number {
  if (WIDE_TEXT.has(field.key)) return 40;
  if (field.nameOf === 'unit') return 32;
  if (field.nameOf) return 22;
  if (field.key === 'year') return 9;
  const base: Record<FieldDef['type'], number> = { text: 18, integer: 12, number: 13, money: 17, date: 14, boolean: 12, choice: 26, ethnicity: 14 };
  return base[field.type];
}

function numFmtOf(field: FieldDef): string | undefined {
  if (field.type === 'date') return 'dd/mm/yyyy';
  if (field.type === 'money') return '#,##0';
  if (field.type === 'integer') return field.key === 'year' ? '0' : '#,##0';
  // Names typed as text stay text: "1/5" must not become 1 May.
  if (field.type === 'text' || field.type === 'choice' || field.type === 'ethnicity') return '@';
  return undefined;
}

export function columnSpecs(def: SheetDef, lists: readonly ListColumn[], lang: Lang): ColumnSpec[] {
  return def.fields.map((field) => {
    const numFmt = numFmtOf(field);
    return {
      field,
      header: field.header + (field.required && !field.levelDependent ? REQUIRED_MARK : ''),
      width: Math.max(widthOf(field), Math.min(field.header.length + 4, 20)),
      ...(numFmt ? { numFmt } : {}),
      wrap: WIDE_TEXT.has(field.key),
      validation: validationOf(field, lists, lang, communeCellOf(def, field)),
    };
  });
}

/** For a village column beside a commune column: the commune cell of the first data row ("$C2"). */
function communeCellOf(def: SheetDef, field: FieldDef): string | undefined {
  if (field.nameOf !== 'village') return undefined;
  const index = def.fields.findIndex((f) => f.nameOf === 'commune');
  return index < 0 ? undefined : `$${columnLetter(index + 1)}${firstDataRowOf(def.kind)}`;
}

function validationOf(field: FieldDef, lists: readonly ListColumn[], lang: Lang, communeCell?: string): ValidationSpec {
  const help = (field.required && !field.levelDependent ? render(lang, T.required) : '') + field.help[lang] + (field.example ? ` ${render(lang, T.example)}${field.example}` : '');
  const base = { promptTitle: clip(field.header, TITLE_MAX), prompt: clip(help, TEXT_MAX) };
  const listId = listIdOf(field);
  // A village's list narrows to the villages of the row's commune when the master says which those are.
  const range = (communeCell && villagesOfCommuneFormula(lists, communeCell)) || (listId ? listRange(lists, listId) : undefined);
  if (range) {
    // Names and ethnic groups have spellings the reader accepts beyond the list: warn, not stop.
    const loose = field.type === 'text' || field.type === 'ethnicity';
    const error = field.type === 'boolean' ? render(lang, T.booleanError, { yes: YES, no: NO }) : loose && field.type === 'text' ? render(lang, T.nameWarning) : render(lang, T.listError);
    return {
      type: 'list',
      formulae: [range],
      ...(loose ? { errorStyle: 'warning' as const } : {}),
      ...base,
      ...(field.type === 'boolean' ? { prompt: clip(`${booleanLead(field, lang)} ${render(lang, T.booleanPrompt, { yes: YES, no: NO })}`, TEXT_MAX) } : {}),
      errorTitle: clip(render(lang, T.listErrorTitle), TITLE_MAX),
      error: clip(error, TEXT_MAX),
    };
  }
  const errorTitle = clip(render(lang, T.numberErrorTitle), TITLE_MAX);
  switch (field.type) {
    case 'date':
      // Calendar days as UTC midnight, which exceljs turns into the serial without a timezone shift.
      return { type: 'date', operator: 'between', formulae: [toUtcDate(`${EARLIEST_YEAR}-01-01`), toUtcDate(`${LATEST_YEAR}-12-31`)], ...base, errorTitle, error: render(lang, T.dateError, { first: EARLIEST_YEAR, last: LATEST_YEAR }) };
    case 'integer':
      if (field.max !== undefined) {
        const min = field.min ?? 0;
        return { type: 'whole', operator: 'between', formulae: [min, field.max], ...base, errorTitle, error: render(lang, T.rangeError, { min, max: field.max }) };
      }
      return { type: 'whole', operator: 'greaterThanOrEqual', formulae: [field.min ?? 0], ...base, errorTitle, error: render(lang, T.wholeError) };
    case 'number':
    case 'money':
      return { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [field.min ?? 0], ...base, errorTitle, error: render(lang, T.decimalError) };
    default:
      // Free text: no rule, but the input message still explains the column.
      return { type: 'any', formulae: [], ...base };
  }
}

/**
 * The help of a yes/no field without its own "x or có" sentence: the dropdown offers exactly
 * "x" and "không", and the prompt should not promise a "có" the list then refuses.
 */
function booleanLead(field: FieldDef, lang: Lang): string {
  return lang === 'vi' ? field.help.vi.replace(/\s*Ghi ".*$/, '') : `${field.en}.`;
}
