/**
 * One sheet, row by row, as the reader streams it: find the header among the first rows,
 * then sort each row under it (blank, totals, heading, signature block, a header again,
 * data) and read the data rows. The processor is a small state machine over `Phase`; what
 * a row is comes from the pure functions of `sheet-recognise.ts`, reading it from the
 * `RowParser` of `sheet-rows.ts`. Not pure: it keeps the phase and the counts, and hands
 * findings and rows to the context's `report` and `emit` as it goes.
 */
import type { Finding } from '../findings/finding.js';
import type { SheetKind } from '../schema/fields.js';
import type { CalendarDate } from '../values/calendar.js';
import { HEADER_SEARCH_ROWS } from '../workbook/header.js';
import type { MergeRange } from '../workbook/merge-range.js';
import type { RawRow } from '../workbook/raw.js';
import type { ParsedRow, SheetInfo } from '../model/types.js';
import type { Value } from './cells.js';
import { MergeMemory, mergedAmountFindings } from './sheet-merges.js';
import {
  headerFindings,
  lastHeaderRow,
  layoutOf,
  looksLikeHeader,
  noHeaderFindings,
  recogniseHeader,
  resolveHeld,
  rowKind,
  type Layout,
} from './sheet-recognise.js';
import { RowParser } from './sheet-rows.js';
import { readTitle } from './title.js';
import { Memo } from '../util/memo.js';

export { fieldLabel } from './sheet-recognise.js';

export interface SheetContext {
  readonly file: string;
  readonly sheet: string;
  readonly today: CalendarDate;
  /** The run's memo (util/memo.ts); the sheet's own when none is given. */
  readonly memo?: Memo;
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

/** A recognised table being read: its layout (a second table replaces it) and the reading position. */
interface Table {
  readonly info: SheetInfo;
  layout: Layout;
  /** Last row number seen below the header: gaps before the next row are blank rows. */
  lastRow: number;
  /** Inside the signature block under the table. */
  inFooter: boolean;
}

/**
 * Where the processor is: gathering the first rows to find the header; past them with no
 * header (every later row ignored); reading rows under a header; or holding the rows after
 * one that looks like a header again (a page's header copied in, a second table) until
 * enough have come to tell.
 */
type Phase =
  | { readonly phase: 'seeking-header'; readonly buffer: RawRow[] }
  | { readonly phase: 'unrecognised' }
  | { readonly phase: 'reading'; readonly table: Table }
  | { readonly phase: 'held'; readonly table: Table; readonly rows: RawRow[] };

/** Rows read ahead when a row looks like a header again: it may span two rows and a numbering row. */
const HEADER_LOOKAHEAD = 3;

export class SheetProcessor {
  private phase: Phase = { phase: 'seeking-header', buffer: [] };
  private readonly parser: RowParser;
  private readonly merges = new MergeMemory();
  private readonly memo: Memo;

  constructor(private readonly ctx: SheetContext) {
    this.parser = new RowParser(ctx);
    this.memo = ctx.memo ?? new Memo();
  }

  feed(row: RawRow): void {
    if (this.phase.phase !== 'seeking-header') {
      this.dataRow(row);
      return;
    }
    const { buffer } = this.phase;
    buffer.push(row);
    if (buffer.length >= HEADER_SEARCH_ROWS + 2) this.decide(buffer);
  }

  /**
   * @param merges the sheet's merged ranges (they come after the rows in the file): a blank
   *   name cell inside a merge takes the value at the top of the merge.
   */
  end(merges: readonly MergeRange[] = []): SheetOutcome {
    if (this.phase.phase === 'seeking-header') this.decide(this.phase.buffer);
    // Rows held at the very end are resolved until none is held: a header-like row among them holds
    // the rows after it again, and no row may be lost. Each pass reads at least its first row.
    while (this.phase.phase === 'held') this.flushHeld(this.phase.table, this.phase.rows);
    const phase = this.phase as Phase; // widened again: the calls above moved it on
    const table = phase.phase === 'reading' || phase.phase === 'held' ? phase.table : undefined;
    for (const { row, layout } of this.merges.release(merges)) {
      const values = this.parser.values(row, layout);
      if (table && values) this.parser.parse(table.info, row.row, values, layout);
    }
    if (table) for (const f of mergedAmountFindings(table.info, merges)) this.ctx.report(f);
    this.parser.finish();
    return table ? { recognised: true, info: table.info } : { recognised: false };
  }

  private decide(buffer: readonly RawRow[]): void {
    const { file, sheet, kind } = this.ctx;
    const header = recogniseHeader(buffer, kind);
    if (!header) {
      if (kind) for (const f of noHeaderFindings(kind, file, sheet)) this.ctx.report(f);
      this.phase = { phase: 'unrecognised' };
      return;
    }
    const layout = layoutOf(header, buffer, this.ctx.today, this.memo);
    const title = readTitle(buffer, header.headerRows[0] ?? 0);
    const info: SheetInfo = {
      file,
      name: sheet,
      kind: header.def.kind,
      ...(this.ctx.hidden ? { hidden: true } : {}),
      headerRows: header.headerRows,
      columns: layout.columns,
      counts: { rows: 0, used: 0, blank: 0, totals: 0, headings: 0, footer: 0, rejected: 0, hidden: 0 },
      ...(title.reportingUnit || title.years ? { title } : {}),
    };
    for (const f of headerFindings(header, file, sheet)) this.ctx.report(f);
    const last = lastHeaderRow(header);
    this.phase = { phase: 'reading', table: { info, layout, lastRow: last, inFooter: false } };
    for (const row of buffer) if (row.row > last) this.dataRow(row);
  }

  private dataRow(row: RawRow): void {
    const state = this.phase;
    if (state.phase === 'held') {
      state.rows.push(row);
      if (state.rows.length >= HEADER_LOOKAHEAD) this.flushHeld(state.table, state.rows);
    } else if (state.phase === 'reading') {
      if (looksLikeHeader(row, state.table.layout)) this.phase = { phase: 'held', table: state.table, rows: [row] };
      else this.classify(state.table, row);
    }
  }

  /** The rows held after a header-like row: a header (skipped, its layout taken up) or data after all. */
  private flushHeld(table: Table, rows: readonly RawRow[]): void {
    this.phase = { phase: 'reading', table };
    const held = resolveHeld(rows, table.layout);
    if (held.kind !== 'header') {
      // A lone numbering row is part of the repeated header too; anything else is data.
      const [first, ...rest] = rows;
      if (first && held.kind === 'numbering') this.skipAsHeading(table, first);
      else if (first) this.classify(table, first);
      for (const row of rest) this.dataRow(row);
      return;
    }
    for (const row of rows) if (row.row <= held.last) this.skipAsHeading(table, row);
    if (held.changed) {
      table.layout = layoutOf(held.found, rows, this.ctx.today, this.memo);
      (table.info.layouts ??= []).push({ fromRow: held.last + 1, columns: table.layout.columns });
      for (const f of headerFindings(held.found, this.ctx.file, this.ctx.sheet)) this.ctx.report(f);
    }
    for (const row of rows) if (row.row > held.last) this.dataRow(row);
  }

  private skipAsHeading(table: Table, row: RawRow): void {
    this.account(table, row);
    table.info.counts.headings++;
  }

  /** Counts the row, and the blank rows the streaming reader skipped before it. */
  private account(table: Table, row: RawRow): void {
    const counts = table.info.counts;
    if (row.row > table.lastRow + 1) {
      const gap = row.row - table.lastRow - 1;
      counts.rows += gap;
      counts.blank += gap;
    }
    table.lastRow = row.row;
    counts.rows++;
    if (row.hidden) counts.hidden++;
  }

  private classify(table: Table, row: RawRow): void {
    const { counts } = table.info;
    const { layout } = table;
    this.account(table, row);
    const values = this.parser.values(row, layout);
    if (values === undefined) {
      counts.blank++;
      return;
    }
    const kind = rowKind(row, layout, table.inFooter);
    if (kind === 'totals') {
      counts.totals++;
      this.parser.totalsRow(row.row, values, layout);
    } else if (kind === 'heading') {
      counts.headings++;
    } else if (kind === 'footer') {
      table.inFooter = true;
      counts.footer++;
    } else {
      table.inFooter = false;
      if (!this.merges.hold(row, values, layout)) this.parser.parse(table.info, row.row, values, layout);
    }
  }
}

export type { Value };
