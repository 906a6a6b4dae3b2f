/**
 * Reading a data row under a recognised layout: each mapped cell read as its field says,
 * the row checked for consistency and level, findings reported and the parsed row emitted;
 * a totals row's sums noted for the sheet's totals check. Not pure: one `RowParser` per
 * sheet keeps a reused column array, the running totals, and calls `report` and `emit`.
 */
import { finding, type Finding } from '../findings/finding.js';
import { SHEETS } from '../schema/fields.js';
import type { MappedColumn } from '../workbook/header.js';
import { writtenForm, type RawCell, type RawRow, type RawValue } from '../workbook/raw.js';
import type { ParsedRow, SheetInfo } from '../model/types.js';
import { readCell, type CellIssue } from './cells.js';
import { checkTargetLevel } from './level.js';
import { checkRowConsistency } from './row.js';
import { fieldLabel, type Layout } from './sheet-recognise.js';
import { isSummed, TotalsCheck } from './totals.js';
import { withDecimalComma } from '../format/vi.js';

export interface RowSink {
  readonly file: string;
  readonly sheet: string;
  readonly report: (finding: Finding) => void;
  readonly emit: (row: ParsedRow) => void;
}

/** A row's values by column number (undefined where blank); valid until the next row is read. */
export type RowValues = ReadonlyArray<RawValue | undefined>;

export class RowParser {
  /** Reused for every row: the row's values by column number. */
  private byColumn: Array<RawValue | undefined> = [];
  private filled: readonly RawCell[] = [];
  private readonly issues: CellIssue[] = [];
  /** The sheet's own totals row against the sum of its rows. */
  private readonly totals = new TotalsCheck();

  constructor(private readonly sink: RowSink) {}

  /** The row's values by column, or undefined when no recognised column holds anything (a blank row). */
  values(row: RawRow, layout: Layout): RowValues | undefined {
    if (this.byColumn.length < layout.maxCol + 1) this.byColumn = new Array<RawValue | undefined>(layout.maxCol + 1).fill(undefined);
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

  /** The summed columns of a totals row, read as the data rows are (same unit); nothing is reported on it. */
  totalsRow(row: number, values: RowValues, layout: Layout): void {
    const cells = [];
    for (let i = 0; i < layout.mapped.length; i++) {
      const column = layout.mapped[i];
      const context = layout.contexts[i];
      if (column === undefined || context === undefined) continue;
      const raw = values[column.col];
      if (!isSummed(column) || raw === undefined) continue;
      const value = readCell(column.field, raw, context, []);
      if (typeof value === 'number') cells.push({ column, raw, value });
    }
    this.totals.totalsRow(row, cells);
  }

  parse(info: SheetInfo, row: number, values: RowValues, layout: Layout): ParsedRow {
    const parsed: ParsedRow = { sheet: info, row, values: {}, errors: 0 };
    // A sheet without its required columns cannot yield usable rows: each is rejected.
    if (layout.header.missing.length > 0) parsed.errors++;
    const issues = this.issues;
    for (let i = 0; i < layout.mapped.length; i++) {
      const column = layout.mapped[i];
      const context = layout.contexts[i];
      if (column === undefined || context === undefined) continue;
      const raw = values[column.col];
      const value = readCell(column.field, raw, context, issues);
      parsed.values[column.field.key] = value;
      if (value !== undefined && isSummed(column)) this.totals.cell(column, raw, value);
      if (issues.length > 0) {
        for (const issue of issues) this.reportCell(parsed, column, raw, issue);
        issues.length = 0;
      }
    }
    for (const issue of checkRowConsistency(info.kind, parsed.values)) {
      // Consistency is checked between columns the row has, so the column is there.
      const column = layout.columns.get(issue.field);
      this.reportCell(parsed, column, column ? values[column.col] : undefined, issue);
    }
    for (const issue of checkTargetLevel(info.kind, parsed.values)) {
      // The column may be absent (a district-level row on a sheet with no district column): the finding names the field.
      const column = layout.columns.get(issue.field);
      this.reportCell(parsed, column, column ? values[column.col] : undefined, issue);
    }
    this.sink.emit(parsed);
    return parsed;
  }

  /** Reports the totals row(s) against the sum of the rows read: once, at the end of the sheet. */
  finish(): void {
    this.totals.report(this.sink.file, this.sink.sheet, this.sink.report, (column) => fieldLabel(column.field));
  }

  /** @param column the cell's column; a level finding about a column the sheet lacks names the field's header only. */
  private reportCell(parsed: ParsedRow, column: MappedColumn | undefined, raw: RawValue | undefined, issue: CellIssue & { field?: string }): void {
    const field = column?.field ?? SHEETS[parsed.sheet.kind].fields.find((f) => f.key === issue.field);
    if (field === undefined) throw new Error(`no field ${issue.field ?? '?'} on a ${parsed.sheet.kind} sheet`);
    const f = finding(issue.code, {
      file: this.sink.file,
      sheet: this.sink.sheet,
      row: parsed.row,
      ...(column ? { column: column.letter } : {}),
      field: field.key,
      ...(raw !== undefined ? { value: writtenForm(raw) } : {}),
      ...(issue.suggestion !== undefined ? { suggestion: issue.suggestion } : {}),
      ...(issue.severity ? { severity: issue.severity } : {}),
      params: {
        field: fieldLabel(field),
        // A fraction stored as a number reads "12,5" in Vietnamese, as Excel shows it there.
        ...(raw?.t === 'n' && !Number.isInteger(raw.v) ? { value: { vi: withDecimalComma(raw.v), en: String(raw.v) } } : {}),
        ...issue.params,
      },
    });
    if (f.severity === 'error') parsed.errors++;
    this.sink.report(f);
  }
}
