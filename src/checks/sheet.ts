/**
 * One sheet, row by row: find the header among the first rows, then turn each data row
 * into a parsed row or count it as blank or a totals row. Pure: rows in, rows and
 * findings out; the reader feeds it as the file streams.
 */
import { finding, type Finding, type Param } from '../findings/finding.js';
import { SHEETS, type FieldDef, type SheetDef, type SheetKind } from '../schema/fields.js';
import type { CalendarDate } from '../values/calendar.js';
import { detectHeader, HEADER_SEARCH_ROWS, isNumberingRow, type HeaderResult, type MappedColumn } from '../workbook/header.js';
import { mergeAbove, type MergeRange } from '../workbook/sheet-scan.js';
import { writtenForm, type RawCell, type RawRow, type RawValue } from '../workbook/raw.js';
import type { ParsedRow, SheetInfo } from '../dataset/types.js';
import { readCell, TextCache, type CellContext, type CellIssue, type Value } from './cells.js';
import { checkRowConsistency } from './row.js';
import { readTitle } from './title.js';
import { isSummed, TotalsCheck } from './totals.js';
import { isFooterRow, isFooterStart, isHeadingRow, isTotalsRow, type RowShape } from './row-kind.js';

export interface SheetContext {
  readonly file: string;
  readonly sheet: string;
  readonly today: CalendarDate;
  /** Kind implied by the sheet's name, if any; otherwise the header decides. */
  readonly kind?: SheetKind;
  /** The sheet is hidden in the workbook. */
  readonly hidden?: boolean;
  readonly report: (finding: Finding) => void;
  readonly emit: (row: ParsedRow) => void;
}

export type SheetOutcome =
  | { readonly recognised: true; readonly info: SheetInfo }
  | { readonly recognised: false };


/** Field types whose merged value applies to every row of the merge. */
const FILLED_TYPES: ReadonlySet<string> = new Set(['text', 'choice', 'date', 'boolean', 'ethnicity']);

const NO_FILLS: Array<{ col: number; row: number; value: RawValue }> = [];
const MAX_DEFERRED = 20_000;

export function fieldLabel(field: FieldDef): Param {
  return { vi: field.header, en: field.en };
}

/**
 * How the rows under one header are read. A sheet has one, or more when a second table
 * with its own header follows the first (another column order, another unit).
 */
interface Layout {
  readonly header: HeaderResult;
  readonly columns: ReadonlyMap<string, MappedColumn>;
  readonly mapped: readonly MappedColumn[];
  /** Per column: what a cell reads as depends only on its text, the field and the unit. */
  readonly contexts: readonly CellContext[];
  readonly isMapped: readonly boolean[];
  readonly shape: RowShape;
  readonly maxCol: number;
  /**
   * Columns whose value, merged down over rows, belongs to each of them: names, and any
   * text, choice, date or yes/no ("Loại hoạt động", "Nguồn kinh phí" merged over two rows).
   * Amounts and counts are not among them: merged, they are counted once (see `end`).
   */
  readonly nameColumns: readonly MappedColumn[];
  /** The header's cell texts and the canonical headers, lower case: a row holding two is a header again. */
  readonly headerTexts: ReadonlySet<string>;
}

/** Rows read ahead when a row looks like a header again: it may span two rows and a numbering row. */
const HEADER_LOOKAHEAD = 3;

export class SheetProcessor {
  private readonly buffer: RawRow[] = [];
  private layout: Layout | undefined;
  private info: SheetInfo | undefined;
  private decided = false;
  /** Reused for every row: the row's values by column number. */
  private byColumn: Array<RawValue | undefined> = [];
  private filled: readonly RawCell[] = [];
  private readonly issues: CellIssue[] = [];
  /** Last row number seen below the header: gaps before the next row are blank rows. */
  private lastRow = 0;
  /** Inside the signature block under the table. */
  private inFooter = false;
  /** Rows held after one that looks like a header again (a page's header copied in, a second table). */
  private pending: RawRow[] | undefined;
  /** The last value seen in each name column, and its row: the top of a possible merge. */
  private readonly lastName = new Map<number, { row: number; value: RawValue; through: number }>();
  /** Rows with a blank name under a named one, held until the sheet's merges are known. */
  private readonly deferred: Array<{ row: RawRow; layout: Layout; fills: Array<{ col: number; row: number; value: RawValue }> }> = [];

  /** The sheet's own totals row against the sum of its rows. */
  private readonly totals = new TotalsCheck();

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
    if (this.pending) this.flushPending();
    for (const { row, layout, fills } of this.deferred) {
      const added: RawCell[] = [];
      for (const fill of fills) if (mergeAbove(merges, row.row, fill.col)?.top === fill.row) added.push({ col: fill.col, value: fill.value });
      const cells = added.length > 0 ? [...row.cells, ...added].sort((a, b) => a.col - b.col) : row.cells;
      this.parseRow({ row: row.row, cells }, this.cellsByColumn({ row: row.row, cells }, layout)!, layout);
    }
    this.deferred.length = 0;
    this.reportMergedAmounts(merges);
    this.totals.report(this.ctx.file, this.ctx.sheet, this.ctx.report, (column) => fieldLabel(column.field));
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
    this.layout = this.layoutOf(header, this.buffer);
    const title = readTitle(this.buffer, header.headerRows[0]!);
    this.info = {
      file: this.ctx.file,
      name: this.ctx.sheet,
      kind: header.def.kind,
      ...(this.ctx.hidden ? { hidden: true } : {}),
      headerRows: header.headerRows,
      columns: this.layout.columns,
      counts: { rows: 0, used: 0, blank: 0, totals: 0, headings: 0, footer: 0, rejected: 0, hidden: 0 },
      ...(title.reportingUnit || title.years ? { title } : {}),
    };
    this.reportHeader(header);
    const lastHeader = header.numberingRow ?? header.headerRows[header.headerRows.length - 1]!;
    this.lastRow = lastHeader;
    for (const row of this.buffer) if (row.row > lastHeader) this.dataRow(row);
    this.buffer.length = 0;
  }

  private layoutOf(header: HeaderResult, rows: readonly RawRow[]): Layout {
    const headerTexts = new Set(header.def.fields.map((f) => f.header.toLowerCase()));
    for (const row of rows) {
      if (!header.headerRows.includes(row.row)) continue;
      for (const cell of row.cells) if (cell.value.t === 's') headerTexts.add(cell.value.v.trim().toLowerCase());
    }
    const maxCol = Math.max(0, ...header.columns.map((c) => c.col));
    const isMapped = new Array<boolean>(maxCol + 1).fill(false);
    for (const c of header.columns) isMapped[c.col] = true;
    if (this.byColumn.length < maxCol + 1) this.byColumn = new Array<RawValue | undefined>(maxCol + 1).fill(undefined);
    return {
      header,
      columns: new Map(header.columns.map((c) => [c.field.key, c])),
      mapped: header.columns,
      contexts: header.columns.map((column) => ({ today: this.ctx.today, scale: column.scale, cache: new TextCache() })),
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
  private looksLikeHeader(row: RawRow, layout: Layout): boolean {
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

  /** The rows held after a header-like row: a header (skipped, its layout taken up) or data after all. */
  private flushPending(): void {
    const rows = this.pending!;
    this.pending = undefined;
    const layout = this.layout!;
    const found = isNumberingRow(rows[0]!) ? undefined : detectHeader(rows, [layout.header.def]);
    if (!found || found.headerRows[0] !== rows[0]!.row) {
      // A lone numbering row is part of the repeated header too; anything else is data.
      if (isNumberingRow(rows[0]!)) this.skipAsHeading(rows[0]!);
      else this.classify(rows[0]!);
      for (const row of rows.slice(1)) this.dataRow(row);
      return;
    }
    const last = found.numberingRow ?? found.headerRows[found.headerRows.length - 1]!;
    for (const row of rows) if (row.row <= last) this.skipAsHeading(row);
    if (!sameLayout(found, layout.header)) {
      this.layout = this.layoutOf(found, rows);
      (this.info!.layouts ??= []).push({ fromRow: last + 1, columns: this.layout.columns });
      this.reportHeader(found);
    }
    for (const row of rows) if (row.row > last) this.dataRow(row);
  }

  private skipAsHeading(row: RawRow): void {
    this.account(row);
    this.info!.counts.headings++;
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
    const layout = this.layout;
    if (!this.info || !layout) return;
    if (this.pending) {
      this.pending.push(row);
      if (this.pending.length >= HEADER_LOOKAHEAD) this.flushPending();
      return;
    }
    if (this.looksLikeHeader(row, layout)) {
      this.pending = [row];
      return;
    }
    this.classify(row);
  }

  /** Counts the row, and the blank rows the streaming reader skipped before it. */
  private account(row: RawRow): void {
    const counts = this.info!.counts;
    if (row.row > this.lastRow + 1) {
      const gap = row.row - this.lastRow - 1;
      counts.rows += gap;
      counts.blank += gap;
    }
    this.lastRow = row.row;
    counts.rows++;
    if (row.hidden) counts.hidden++;
  }

  private classify(row: RawRow): void {
    const info = this.info!;
    const layout = this.layout!;
    this.account(row);
    const values = this.cellsByColumn(row, layout);
    if (values === undefined) {
      info.counts.blank++;
      return;
    }
    if (isTotalsRow(row, layout.shape)) {
      info.counts.totals++;
      this.noteTotals(row.row, values, layout);
      return;
    }
    if (isHeadingRow(row, layout.shape)) {
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
    const fills = this.mergeCandidates(row, values, layout);
    // Held rows wait in memory: a sheet that leaves a name blank on every row is read as it is.
    if (fills.length > 0 && this.deferred.length < MAX_DEFERRED) {
      this.deferred.push({ row, layout, fills });
      return;
    }
    this.parseRow(row, values, layout);
  }

  /**
   * An amount or count merged down over several data rows is read once, on the top row
   * (never multiplied): said with the merge's range, so the clerk can split it.
   */
  private reportMergedAmounts(merges: readonly MergeRange[]): void {
    const info = this.info;
    if (!info) return;
    const firstData = (info.headerRows[info.headerRows.length - 1] ?? 0) + 1;
    for (const range of merges) {
      if (range.bottom <= range.top || range.top < firstData) continue;
      const columns = [...(info.layouts ?? [])].reverse().find((l) => l.fromRow <= range.top)?.columns ?? info.columns;
      for (const column of columns.values()) {
        if (column.col < range.left || column.col > range.right || !isSummed(column)) continue;
        const area = `${column.letter}${range.top}:${column.letter}${range.bottom}`;
        this.ctx.report(
          finding('merged-amount', {
            file: this.ctx.file,
            sheet: this.ctx.sheet,
            row: range.top,
            column: column.letter,
            field: column.field.key,
            params: { field: fieldLabel(column.field), detail: area, other: range.top, expected: range.bottom - range.top + 1 },
          }),
        );
      }
    }
  }

  /** The summed columns of a totals row, read as the data rows are (same unit); nothing is reported on it. */
  private noteTotals(row: number, values: ReadonlyArray<RawValue | undefined>, layout: Layout): void {
    const cells = [];
    for (let i = 0; i < layout.mapped.length; i++) {
      const column = layout.mapped[i]!;
      const raw = values[column.col];
      if (!isSummed(column) || raw === undefined) continue;
      const value = readCell(column.field, raw, layout.contexts[i]!, []);
      if (typeof value === 'number') cells.push({ column, raw, value });
    }
    this.totals.totalsRow(row, cells);
  }

  /** Blank name cells under a filled one: maybe a merged cell, decided at the end of the sheet. */
  private mergeCandidates(row: RawRow, values: ReadonlyArray<RawValue | undefined>, layout: Layout): Array<{ col: number; row: number; value: RawValue }> {
    let fills: Array<{ col: number; row: number; value: RawValue }> | undefined;
    for (const column of layout.nameColumns) {
      const value = values[column.col];
      if (value !== undefined) {
        this.lastName.set(column.col, { row: row.row, value, through: row.row });
        continue;
      }
      const last = this.lastName.get(column.col);
      if (!last) continue;
      // Optional columns are often blank: only a run of blanks right under a value may be a
      // merge, so that a sheet with a sparse "Nội dung" column is not held row after row.
      if (column.field.nameOf === undefined && last.through !== row.row - 1) continue;
      last.through = row.row;
      (fills ??= []).push({ col: column.col, row: last.row, value: last.value });
    }
    return fills ?? NO_FILLS;
  }

  private parseRow(row: RawRow, values: ReadonlyArray<RawValue | undefined>, layout: Layout): void {
    const info = this.info!;
    const parsed: ParsedRow = { sheet: info, row: row.row, values: {}, errors: 0 };
    // A sheet without its required columns cannot yield usable rows: each is rejected.
    if (layout.header.missing.length > 0) parsed.errors++;
    const issues = this.issues;
    for (let i = 0; i < layout.mapped.length; i++) {
      const column = layout.mapped[i]!;
      const raw = values[column.col];
      const value = readCell(column.field, raw, layout.contexts[i]!, issues);
      parsed.values[column.field.key] = value;
      if (value !== undefined && isSummed(column)) this.totals.cell(column, raw, value);
      if (issues.length > 0) {
        for (const issue of issues) this.reportCell(parsed, column, raw, issue);
        issues.length = 0;
      }
    }
    for (const issue of checkRowConsistency(info.kind, parsed.values)) {
      const column = layout.columns.get(issue.field)!;
      this.reportCell(parsed, column, values[column.col], issue);
    }
    this.ctx.emit(parsed);
  }

  /** The row's values by column, or undefined when no recognised column holds anything. */
  private cellsByColumn(row: RawRow, layout: Layout): Array<RawValue | undefined> | undefined {
    const values = this.byColumn;
    // The array is reused from row to row: clear what the last row put in it.
    for (const cell of this.filled) if (cell.col < values.length) values[cell.col] = undefined;
    this.filled = row.cells;
    let any = false;
    for (const cell of row.cells) {
      if (cell.col > layout.maxCol) break;
      if (cell.value.t === 's' && cell.value.v.trim() === '') continue;
      values[cell.col] = cell.value;
      if (layout.isMapped[cell.col]) any = true;
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

/** Two headers read the same way: each field in the same column with the same unit. */
function sameLayout(a: HeaderResult, b: HeaderResult): boolean {
  if (a.columns.length !== b.columns.length) return false;
  const byField = new Map(b.columns.map((c) => [c.field.key, c]));
  return a.columns.every((c) => byField.get(c.field.key)?.col === c.col && byField.get(c.field.key)?.scale === c.scale);
}

export type { Value };
