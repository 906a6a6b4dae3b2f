/**
 * One sheet, row by row: find the header among the first rows, then turn each data row
 * into a parsed row or count it as blank or a totals row. Pure: rows in, rows and
 * findings out; the reader feeds it as the file streams.
 */
import { finding, type Finding, type Param } from '../findings/finding.js';
import { SHEETS, type FieldDef, type SheetDef, type SheetKind } from '../schema/fields.js';
import type { CalendarDate } from '../values/calendar.js';
import { detectHeader, HEADER_SEARCH_ROWS, type HeaderResult, type MappedColumn } from '../workbook/header.js';
import { mergeAbove, type MergeRange } from '../workbook/sheet-scan.js';
import { writtenForm, type RawCell, type RawRow, type RawValue } from '../workbook/raw.js';
import type { ParsedRow, SheetInfo } from '../dataset/types.js';
import { readCell, TextCache, type CellContext, type CellIssue, type Value } from './cells.js';
import { checkRowConsistency } from './row.js';
import { isFooterRow, isFooterStart, isHeadingRow, isTotalsRow, type RowShape } from './row-kind.js';

export interface SheetContext {
  readonly file: string;
  readonly sheet: string;
  readonly today: CalendarDate;
  /** Kind implied by the sheet's name, if any; otherwise the header decides. */
  readonly kind?: SheetKind;
  readonly report: (finding: Finding) => void;
  readonly emit: (row: ParsedRow) => void;
}

export type SheetOutcome =
  | { readonly recognised: true; readonly info: SheetInfo }
  | { readonly recognised: false };


const NO_FILLS: Array<{ col: number; row: number; value: RawValue }> = [];
const MAX_DEFERRED = 20_000;

export function fieldLabel(field: FieldDef): Param {
  return { vi: field.header, en: field.en };
}

export class SheetProcessor {
  private readonly buffer: RawRow[] = [];
  private header: HeaderResult | undefined;
  private info: SheetInfo | undefined;
  private decided = false;
  private readonly mapped: MappedColumn[] = [];
  /** Per column: what a cell reads as depends only on its text, the field and the unit. */
  private readonly contexts: CellContext[] = [];
  private isMapped: boolean[] = [];
  private shape: RowShape | undefined;
  /** Reused for every row: the row's values by column number. */
  private byColumn: Array<RawValue | undefined> = [];
  private filled: readonly RawCell[] = [];
  private readonly issues: CellIssue[] = [];
  /** Last row number seen below the header: gaps before the next row are blank rows. */
  private lastRow = 0;
  /** Inside the signature block under the table. */
  private inFooter = false;
  private maxCol = 0;
  /** Name columns (unit, district, commune, village), which offices merge down over rows. */
  private nameColumns: MappedColumn[] = [];
  /** The last value seen in each name column, and its row: the top of a possible merge. */
  private readonly lastName = new Map<number, { row: number; value: RawValue }>();
  /** Rows with a blank name under a named one, held until the sheet's merges are known. */
  private readonly deferred: Array<{ row: RawRow; fills: Array<{ col: number; row: number; value: RawValue }> }> = [];

  constructor(private readonly ctx: SheetContext) {}

  feed(row: RawRow): void {
    if (this.decided) {
      this.dataRow(row);
      return;
    }
    this.buffer.push(row);
    if (this.buffer.length >= HEADER_SEARCH_ROWS + 2) this.decide();
  }

  /**
   * @param merges the sheet's merged ranges (they come after the rows in the file): a blank
   *   name cell inside a merge takes the value at the top of the merge.
   */
  end(merges: readonly MergeRange[] = []): SheetOutcome {
    if (!this.decided) this.decide();
    for (const { row, fills } of this.deferred) {
      const added: RawCell[] = [];
      for (const fill of fills) if (mergeAbove(merges, row.row, fill.col)?.top === fill.row) added.push({ col: fill.col, value: fill.value });
      const cells = added.length > 0 ? [...row.cells, ...added].sort((a, b) => a.col - b.col) : row.cells;
      this.parseRow({ row: row.row, cells }, this.cellsByColumn({ row: row.row, cells })!);
    }
    this.deferred.length = 0;
    return this.info ? { recognised: true, info: this.info } : { recognised: false };
  }

  private decide(): void {
    this.decided = true;
    const defs: SheetDef[] = this.ctx.kind ? [SHEETS[this.ctx.kind]] : Object.values(SHEETS);
    const header = detectHeader(this.buffer, defs);
    // Without a name that says what it is, a sheet needs a convincing header: two columns that
    // happen to match ("Xã", "Ghi chú") do not make a list of villages.
    const convincing = header && (this.ctx.kind !== undefined || header.missing.length === 0 || header.columns.length >= 3);
    if (!header || !convincing) {
      if (this.ctx.kind) this.noHeader(SHEETS[this.ctx.kind]);
      this.buffer.length = 0;
      return;
    }
    this.header = header;
    const columns = new Map(header.columns.map((c) => [c.field.key, c]));
    this.info = {
      file: this.ctx.file,
      name: this.ctx.sheet,
      kind: header.def.kind,
      headerRows: header.headerRows,
      columns,
      counts: { rows: 0, used: 0, blank: 0, totals: 0, headings: 0, footer: 0, rejected: 0 },
    };
    this.mapped.push(...header.columns);
    for (const column of header.columns) this.contexts.push({ today: this.ctx.today, scale: column.scale, cache: new TextCache() });
    this.maxCol = Math.max(0, ...header.columns.map((c) => c.col));
    this.nameColumns = header.columns.filter((c) => c.field.nameOf !== undefined);
    this.isMapped = new Array<boolean>(this.maxCol + 1).fill(false);
    this.byColumn = new Array<RawValue | undefined>(this.maxCol + 1).fill(undefined);
    for (const c of header.columns) this.isMapped[c.col] = true;
    this.shape = {
      mapped: this.isMapped,
      nameColumns: new Set(header.columns.filter((c) => c.field.nameOf && c.field.required).map((c) => c.col)),
      ordinal: new Set(header.ordinal),
    };
    this.reportHeader(header);
    const lastHeader = header.numberingRow ?? header.headerRows[header.headerRows.length - 1]!;
    this.lastRow = lastHeader;
    for (const row of this.buffer) if (row.row > lastHeader) this.dataRow(row);
    this.buffer.length = 0;
  }

  private noHeader(def: SheetDef): void {
    for (const field of def.fields.filter((f) => f.required)) {
      this.ctx.report(finding('column-missing', { file: this.ctx.file, sheet: this.ctx.sheet, field: field.key, params: { field: fieldLabel(field) } }));
    }
  }

  private reportHeader(header: HeaderResult): void {
    const base = { file: this.ctx.file, sheet: this.ctx.sheet };
    for (const u of header.unknown) {
      this.ctx.report(finding('column-unknown', { ...base, row: u.row, column: u.letter, value: u.header, ...(u.suggestion ? { suggestion: u.suggestion } : {}) }));
    }
    for (const d of header.duplicates) {
      this.ctx.report(finding('column-duplicate', { ...base, row: d.row, column: d.letter, field: d.field.key, value: d.header, params: { field: fieldLabel(d.field), other: d.first } }));
    }
    const firstHeader = header.headerRows[0]!;
    for (const field of header.missing) {
      this.ctx.report(finding('column-missing', { ...base, row: firstHeader, field: field.key, params: { field: fieldLabel(field) } }));
    }
  }

  private dataRow(row: RawRow): void {
    const info = this.info;
    const header = this.header;
    if (!info || !header) return;
    // The streaming reader skips rows with nothing in them; between data rows they are blank rows.
    if (row.row > this.lastRow + 1) {
      const gap = row.row - this.lastRow - 1;
      info.counts.rows += gap;
      info.counts.blank += gap;
    }
    this.lastRow = row.row;
    info.counts.rows++;
    const values = this.cellsByColumn(row);
    if (values === undefined) {
      info.counts.blank++;
      return;
    }
    if (isTotalsRow(row, this.shape!)) {
      info.counts.totals++;
      return;
    }
    if (isHeadingRow(row, this.shape!)) {
      info.counts.headings++;
      return;
    }
    // Once the signature block under the table begins, its titles and names are not data.
    if (this.inFooter ? isFooterRow(row) : isFooterStart(row)) {
      this.inFooter = true;
      info.counts.footer++;
      return;
    }
    this.inFooter = false;
    const fills = this.mergeCandidates(row, values);
    // Held rows wait in memory: a sheet that leaves a name blank on every row is read as it is.
    if (fills.length > 0 && this.deferred.length < MAX_DEFERRED) {
      this.deferred.push({ row, fills });
      return;
    }
    this.parseRow(row, values);
  }

  /** Blank name cells under a filled one: maybe a merged cell, decided at the end of the sheet. */
  private mergeCandidates(row: RawRow, values: ReadonlyArray<RawValue | undefined>): Array<{ col: number; row: number; value: RawValue }> {
    let fills: Array<{ col: number; row: number; value: RawValue }> | undefined;
    for (const column of this.nameColumns) {
      const value = values[column.col];
      if (value !== undefined) {
        this.lastName.set(column.col, { row: row.row, value });
        continue;
      }
      const last = this.lastName.get(column.col);
      if (last) (fills ??= []).push({ col: column.col, row: last.row, value: last.value });
    }
    return fills ?? NO_FILLS;
  }

  private parseRow(row: RawRow, values: ReadonlyArray<RawValue | undefined>): void {
    const info = this.info!;
    const header = this.header!;
    const parsed: ParsedRow = { sheet: info, row: row.row, values: {}, errors: 0 };
    // A sheet without its required columns cannot yield usable rows: each is rejected.
    if (header.missing.length > 0) parsed.errors++;
    const issues = this.issues;
    for (let i = 0; i < this.mapped.length; i++) {
      const column = this.mapped[i]!;
      const raw = values[column.col];
      const value = readCell(column.field, raw, this.contexts[i]!, issues);
      parsed.values[column.field.key] = value;
      if (issues.length > 0) {
        for (const issue of issues) this.reportCell(parsed, column, raw, issue);
        issues.length = 0;
      }
    }
    for (const issue of checkRowConsistency(info.kind, parsed.values)) {
      const column = info.columns.get(issue.field)!;
      this.reportCell(parsed, column, values[column.col], issue);
    }
    this.ctx.emit(parsed);
  }

  /** The row's values by column, or undefined when no recognised column holds anything. */
  private cellsByColumn(row: RawRow): Array<RawValue | undefined> | undefined {
    const values = this.byColumn;
    // The array is reused from row to row: clear what the last row put in it.
    for (const cell of this.filled) if (cell.col <= this.maxCol) values[cell.col] = undefined;
    this.filled = row.cells;
    let any = false;
    for (const cell of row.cells) {
      if (cell.col > this.maxCol) break;
      if (cell.value.t === 's' && cell.value.v.trim() === '') continue;
      values[cell.col] = cell.value;
      if (this.isMapped[cell.col]) any = true;
    }
    return any ? values : undefined;
  }

  private reportCell(parsed: ParsedRow, column: MappedColumn, raw: RawValue | undefined, issue: CellIssue): void {
    const f = finding(issue.code, {
      file: this.ctx.file,
      sheet: this.ctx.sheet,
      row: parsed.row,
      column: column.letter,
      field: column.field.key,
      ...(raw !== undefined ? { value: writtenForm(raw) } : {}),
      ...(issue.suggestion !== undefined ? { suggestion: issue.suggestion } : {}),
      ...(issue.severity ? { severity: issue.severity } : {}),
      params: {
        field: fieldLabel(column.field),
        // A fraction stored as a number reads "12,5" in Vietnamese, as Excel shows it there.
        ...(raw?.t === 'n' && !Number.isInteger(raw.v) ? { value: { vi: String(raw.v).replace('.', ','), en: String(raw.v) } } : {}),
        ...issue.params,
      },
    });
    if (f.severity === 'error') parsed.errors++;
    this.ctx.report(f);
  }
}

export type { Value };
