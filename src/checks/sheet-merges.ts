/**
 * Merged cells on a streamed sheet. The merges are stored after the rows, so a row with a
 * blank name under a named one is held until they are known: inside a merge, the blank
 * takes the value at the merge's top. An amount merged down is counted once and reported.
 * Not pure: one `MergeMemory` per sheet remembers the last names and the rows it holds.
 */
import { finding, type Finding } from '../findings/finding.js';
import type { SheetInfo } from '../model/types.js';
import { mergeAbove, type MergeRange } from '../workbook/merge-range.js';
import type { RawCell, RawRow, RawValue } from '../workbook/raw.js';
import { fieldLabel, type Layout } from './sheet-recognise.js';
import type { RowValues } from './sheet-rows.js';
import { isSummed } from './totals.js';

/** A name cell that may take the value at the top of a merge. */
export interface Fill {
  readonly col: number;
  readonly row: number;
  readonly value: RawValue;
}

const NO_FILLS: Fill[] = [];
const MAX_DEFERRED = 20_000;

export class MergeMemory {
  /** The last value seen in each name column, and its row: the top of a possible merge. */
  private readonly lastName = new Map<number, { row: number; value: RawValue; through: number }>();
  /** Rows with a blank name under a named one, held until the sheet's merges are known. */
  private readonly deferred: Array<{ row: RawRow; layout: Layout; fills: readonly Fill[] }> = [];

  /**
   * Holds the row when a name cell of it is blank under a filled one (maybe a merge);
   * false when the row can be read now. Held rows wait in memory: a sheet that leaves a
   * name blank on every row is read as it is.
   */
  hold(row: RawRow, values: RowValues, layout: Layout): boolean {
    const fills = this.candidates(row, values, layout);
    if (fills.length === 0 || this.deferred.length >= MAX_DEFERRED) return false;
    this.deferred.push({ row, layout, fills });
    return true;
  }

  /** The held rows, each with the values its merges give it, in the order they came. */
  *release(merges: readonly MergeRange[]): Generator<{ row: RawRow; layout: Layout }> {
    for (const { row, layout, fills } of this.deferred) {
      const added: RawCell[] = [];
      for (const fill of fills) if (mergeAbove(merges, row.row, fill.col)?.top === fill.row) added.push({ col: fill.col, value: fill.value });
      const cells = added.length > 0 ? [...row.cells, ...added].sort((a, b) => a.col - b.col) : row.cells;
      yield { row: { row: row.row, cells }, layout };
    }
    this.deferred.length = 0;
  }

  /** Blank name cells under a filled one: maybe a merged cell, decided at the end of the sheet. */
  private candidates(row: RawRow, values: RowValues, layout: Layout): readonly Fill[] {
    let fills: Fill[] | undefined;
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
}

/**
 * An amount or count merged down over several data rows is read once, on the top row
 * (never multiplied): said with the merge's range, so the clerk can split it. Pure.
 */
export function mergedAmountFindings(info: SheetInfo, merges: readonly MergeRange[]): Finding[] {
  const found: Finding[] = [];
  const firstData = (info.headerRows[info.headerRows.length - 1] ?? 0) + 1;
  for (const range of merges) {
    if (range.bottom <= range.top || range.top < firstData) continue;
    const columns = [...(info.layouts ?? [])].reverse().find((l) => l.fromRow <= range.top)?.columns ?? info.columns;
    for (const column of columns.values()) {
      if (column.col < range.left || column.col > range.right || !isSummed(column)) continue;
      const area = `${column.letter}${range.top}:${column.letter}${range.bottom}`;
      found.push(
        finding('merged-amount', {
          file: info.file,
          sheet: info.name,
          row: range.top,
          column: column.letter,
          field: column.field.key,
          params: { field: fieldLabel(column.field), detail: area, other: range.top, expected: range.bottom - range.top + 1 },
        }),
      );
    }
  }
  return found;
}
