/**
 * Recognising a sheet's structure from its rows: which header it has (and whether it is
 * convincing), how the rows under it are read (a layout; a second table brings another),
 * whether a row is the header again, and what kind of row a row is (blank, totals,
 * section heading, signature block, data). Pure functions: rows in, answers and findings
 * out; nothing here reads a cell's value as data (that is `sheet-rows.ts`).
 */
import { finding, type Finding, type Param } from '../findings/finding.js';
import { SHEETS, type FieldDef, type SheetDef, type SheetKind } from '../schema/fields.js';
import type { CalendarDate } from '../values/calendar.js';
import { detectHeader, isNumberingRow, type HeaderResult, type MappedColumn } from '../workbook/header.js';
import type { RawRow } from '../workbook/raw.js';
import { TextCache, type CellContext } from './cells.js';
import { Memo } from '../util/memo.js';
import { isFooterRow, isFooterStart, isHeadingRow, isTotalsRow, type RowShape } from './row-kind.js';

/** Field types whose merged value applies to every row of the merge. */
const FILLED_TYPES: ReadonlySet<string> = new Set(['text', 'choice', 'date', 'boolean', 'ethnicity']);

export function fieldLabel(field: FieldDef): Param {
  return { vi: field.header, en: field.en };
}

/**
 * How the rows under one header are read. A sheet has one, or more when a second table
 * with its own header follows the first (another column order, another unit).
 */
export interface Layout {
  readonly header: HeaderResult;
  readonly columns: ReadonlyMap<string, MappedColumn>;
  readonly mapped: readonly MappedColumn[];
  /** Per column: what a cell reads as depends only on its text, the field and the unit (each holds a memo of texts read). */
  readonly contexts: readonly CellContext[];
  readonly isMapped: readonly boolean[];
  readonly shape: RowShape;
  readonly maxCol: number;
  /**
   * Columns whose value, merged down over rows, belongs to each of them: names, and any
   * text, choice, date or yes/no ("Loại hoạt động", "Nguồn kinh phí" merged over two rows).
   * Amounts and counts are not among them: merged, they are counted once (see `sheet-merges.ts`).
   */
  readonly nameColumns: readonly MappedColumn[];
  /** The header's cell texts and the canonical headers, lower case: a row holding two is a header again. */
  readonly headerTexts: ReadonlySet<string>;
}

/**
 * The header among the first rows, when it is convincing. Without a name that says what
 * it is (`kind`), a sheet needs more than two columns that happen to match ("Xã", "Ghi chú"
 * do not make a list of villages).
 */
export function recogniseHeader(rows: readonly RawRow[], kind: SheetKind | undefined): HeaderResult | undefined {
  const defs: SheetDef[] = kind ? [SHEETS[kind]] : Object.values(SHEETS);
  const header = detectHeader(rows, defs);
  if (!header) return undefined;
  const convincing = kind !== undefined || header.missing.length === 0 || header.columns.length >= 3;
  return convincing ? header : undefined;
}

/** The last row that belongs to the header: its numbering row, else its last row. */
export function lastHeaderRow(header: HeaderResult): number {
  return header.numberingRow ?? header.headerRows[header.headerRows.length - 1] ?? 0;
}

/** `memo`: the run's (util/memo.ts), where each column's texts are remembered; a fresh one when none is given. */
export function layoutOf(header: HeaderResult, rows: readonly RawRow[], today: CalendarDate, memo: Memo = new Memo()): Layout {
  const headerTexts = new Set(header.def.fields.map((f) => f.header.toLowerCase()));
  for (const row of rows) {
    if (!header.headerRows.includes(row.row)) continue;
    for (const cell of row.cells) if (cell.value.t === 's') headerTexts.add(cell.value.v.trim().toLowerCase());
  }
  const maxCol = Math.max(0, ...header.columns.map((c) => c.col));
  const isMapped = new Array<boolean>(maxCol + 1).fill(false);
  for (const c of header.columns) isMapped[c.col] = true;
  return {
    header,
    columns: new Map(header.columns.map((c) => [c.field.key, c])),
    mapped: header.columns,
    contexts: header.columns.map((column) => ({ today, scale: column.scale, cache: new TextCache(memo) })),
    isMapped,
    maxCol,
    nameColumns: header.columns.filter((c) => c.field.nameOf !== undefined || FILLED_TYPES.has(c.field.type)),
    headerTexts,
    shape: {
      mapped: isMapped,
      nameColumns: new Set(header.columns.filter((c) => c.field.nameOf && c.field.required).map((c) => c.col)),
      ordinal: new Set(header.ordinal),
    },
  };
}

/**
 * A row that names at least two of the sheet's columns, or a numbering row: the header
 * again (a printed page's header copied in) or the header of a second table.
 */
export function looksLikeHeader(row: RawRow, layout: Layout): boolean {
  if (isNumberingRow(row)) return true;
  // Texts compared as they are (a set lookup per cell): this runs on every data row.
  let same = 0;
  for (const cell of row.cells) {
    if (cell.value.t !== 's') {
      // An ordinal ("1") may stand in a header row's STT column; any other number or date is data.
      if (layout.shape.ordinal.has(cell.col)) continue;
      return false;
    }
    if (cell.value.v.length <= 80 && layout.headerTexts.has(cell.value.v.trim().toLowerCase()) && ++same >= 2) return true;
  }
  return false;
}

/**
 * What the rows held after a header-like row turn out to be: a header repeated or a second
 * table's header (`last` is its last row; `changed` when its columns differ), a lone
 * numbering row (part of a repeated header), or data after all.
 */
export type HeldRows =
  | { readonly kind: 'header'; readonly found: HeaderResult; readonly last: number; readonly changed: boolean }
  | { readonly kind: 'numbering' }
  | { readonly kind: 'data' };

export function resolveHeld(rows: readonly RawRow[], layout: Layout): HeldRows {
  const first = rows[0];
  if (first === undefined) return { kind: 'data' };
  if (isNumberingRow(first)) return { kind: 'numbering' };
  const found = detectHeader(rows, [layout.header.def]);
  if (!found || found.headerRows[0] !== first.row) return { kind: 'data' };
  return { kind: 'header', found, last: lastHeaderRow(found), changed: !sameLayout(found, layout.header) };
}

/** Two headers read the same way: each field in the same column with the same unit. */
function sameLayout(a: HeaderResult, b: HeaderResult): boolean {
  if (a.columns.length !== b.columns.length) return false;
  const byField = new Map(b.columns.map((c) => [c.field.key, c]));
  return a.columns.every((c) => byField.get(c.field.key)?.col === c.col && byField.get(c.field.key)?.scale === c.scale);
}

/** A row under the header that holds something in a recognised column: what it is. */
export type RowKind = 'totals' | 'heading' | 'footer' | 'data';

/** @param inFooter the row above was in the signature block: its titles and names are not data. */
export function rowKind(row: RawRow, layout: Layout, inFooter: boolean): RowKind {
  if (isTotalsRow(row, layout.shape)) return 'totals';
  if (isHeadingRow(row, layout.shape)) return 'heading';
  if (inFooter ? isFooterRow(row) : isFooterStart(row)) return 'footer';
  return 'data';
}

/** Findings about a header's columns: unknown, duplicated, missing. */
export function headerFindings(header: HeaderResult, file: string, sheet: string): Finding[] {
  const base = { file, sheet };
  const found: Finding[] = [];
  for (const u of header.unknown) {
    found.push(finding('column-unknown', { ...base, row: u.row, column: u.letter, value: u.header, ...(u.suggestion ? { suggestion: u.suggestion } : {}) }));
  }
  for (const d of header.duplicates) {
    found.push(finding('column-duplicate', { ...base, row: d.row, column: d.letter, field: d.field.key, value: d.header, params: { field: fieldLabel(d.field), other: d.first } }));
  }
  const firstHeader = header.headerRows[0];
  for (const field of header.missing) {
    found.push(finding('column-missing', { ...base, ...(firstHeader !== undefined ? { row: firstHeader } : {}), field: field.key, params: { field: fieldLabel(field) } }));
  }
  return found;
}

/** A sheet named for a kind whose header was not found: each required column is missing. */
export function noHeaderFindings(kind: SheetKind, file: string, sheet: string): Finding[] {
  return SHEETS[kind].fields
    .filter((f) => f.required && !f.levelDependent)
    .map((field) => finding('column-missing', { file, sheet, field: field.key, params: { field: fieldLabel(field) } }));
}
