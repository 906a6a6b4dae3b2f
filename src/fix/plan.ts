/**
 * Which cells of a sheet `fix` rewrites, and into what. The sheet goes through the very
 * `SheetProcessor` the reader uses, so the header, the numbering row, blank and totals
 * rows are decided exactly as `validate` decides them; then each data cell of a
 * recognised column gets `fixCell`. Pure: plain rows in, a plan out.
 */
import { readCell, type CellIssue } from '../checks/cells.js';
import { SheetProcessor } from '../checks/sheet.js';
import { CATALOGUE } from '../findings/catalogue.js';
import { kindOfSheetName } from '../schema/labels.js';
import type { FieldDef } from '../schema/fields.js';
import type { CalendarDate } from '../values/calendar.js';
import { cellAt, letterOf, writtenForm, type RawRow, type RawValue } from '../workbook/raw.js';
import { mergeAbove, type MergeRange } from '../workbook/merge-range.js';
import { cleanText } from '../text/normalize.js';
import { decodeLegacyCell } from '../text/legacy.js';
import { fixCell, type CellFix } from './cell.js';

export interface PlannedFix {
  readonly row: number;
  readonly col: number;
  /** A1-style address. */
  readonly cell: string;
  /** The column's field; none for text outside the table (titles, the signature block). */
  readonly field?: FieldDef;
  readonly before: RawValue;
  readonly fix: CellFix;
}

export interface SheetPlan {
  readonly sheet: string;
  readonly recognised: boolean;
  readonly fixes: readonly PlannedFix[];
  /** Data cells left as they are because they do not read as a valid value (blank required ones included). */
  readonly unfixed: number;
  /** Merges down one data column, to be written out one value per row. */
  readonly splits: readonly MergeSplit[];
}

export interface MergeSplit {
  readonly col: number;
  readonly top: number;
  readonly bottom: number;
  /** An amount or count: it stays on the top row only (as it is counted), with a note. */
  readonly summed: boolean;
  readonly field: FieldDef;
}

export function planSheet(sheet: string, rows: readonly RawRow[], today: CalendarDate, merges: readonly MergeRange[] = []): SheetPlan {
  const dataRows: number[] = [];
  const kind = kindOfSheetName(sheet);
  const processor = new SheetProcessor({
    file: '',
    sheet,
    today,
    ...(kind ? { kind } : {}),
    // Findings are `validate`'s business; here only the rows it would use matter.
    report: () => {},
    emit: (parsed) => dataRows.push(parsed.row),
  });
  for (const row of rows) processor.feed(row);
  const outcome = processor.end(merges);
  if (!outcome.recognised) return { sheet, recognised: false, fixes: [], unfixed: 0, splits: [] };

  const byNumber = new Map(rows.map((r) => [r.row, r]));
  const fixes: PlannedFix[] = [];
  let unfixed = 0;
  const { info } = outcome;
  // A second table on the sheet has columns of its own from the row after its header.
  const columnsAt = (row: number) => [...(info.layouts ?? [])].reverse().find((l) => l.fromRow <= row)?.columns ?? info.columns;
  for (const number of dataRows) {
    const row = byNumber.get(number)!;
    for (const column of columnsAt(number).values()) {
      const raw = cellAt(row, column.col)?.value;
      const ctx = { today, scale: column.scale };
      if (raw !== undefined) {
        const fix = fixCell(column.field, raw, ctx);
        if (fix) {
          fixes.push({ row: number, col: column.col, cell: `${letterOf(column.col)}${number}`, field: column.field, before: raw, fix });
          continue;
        }
      }
      // A cell a merge leaves blank is written out from the merge (see `splits`), not left.
      if (raw === undefined && mergeAbove(merges, number, column.col)) continue;
      if (hasError(column.field, raw, ctx)) unfixed++;
    }
  }
  fixes.push(...legacyOutsideTable(rows, new Set(dataRows)));
  fixes.sort((a, b) => a.row - b.row || a.col - b.col);
  const used = new Set(dataRows);
  const splits: MergeSplit[] = [];
  for (const m of merges) {
    // Only a merge down one column of the table, over rows that are data: a title or
    // header merged across columns stays as it is.
    if (m.left !== m.right || m.bottom <= m.top || !used.has(m.top)) continue;
    const column = [...columnsAt(m.top).values()].find((c) => c.col === m.left);
    if (!column) continue;
    splits.push({ col: m.left, top: m.top, bottom: m.bottom, summed: column.field.type === 'money' || column.field.type === 'integer', field: column.field });
  }
  return { sheet, recognised: true, fixes, unfixed, splits };
}

/**
 * Titles, headers and the signature block typed in a TCVN3/VNI font ("danh s¸ch bu«n" in
 * .VnTimeH): converted like the data, upper case for the "H" fonts. Only cells whose font
 * says legacy: outside the table no column tells what the text should be.
 */
function legacyOutsideTable(rows: readonly RawRow[], dataRows: ReadonlySet<number>): PlannedFix[] {
  const fixes: PlannedFix[] = [];
  for (const row of rows) {
    if (dataRows.has(row.row)) continue;
    for (const { col, value } of row.cells) {
      if (value.t !== 's' || value.font === undefined || value.formula) continue;
      const decoded = decodeLegacyCell(value.v, value.font);
      if (!decoded) continue;
      const text = cleanText(decoded.text);
      fixes.push({ row: row.row, col, cell: `${letterOf(col)}${row.row}`, before: value, fix: { value: text, shown: text, reason: 'legacy-encoding', unicodeFont: true } });
    }
  }
  return fixes;
}

function hasError(field: FieldDef, raw: RawValue | undefined, ctx: { today: CalendarDate; scale: number }): boolean {
  const issues: CellIssue[] = [];
  readCell(field, raw, ctx, issues);
  return issues.some((i) => (i.severity ?? CATALOGUE[i.code].severity) === 'error');
}

/** The cell as written, for the change list. */
export function beforeText(fix: PlannedFix): string {
  return writtenForm(fix.before);
}
