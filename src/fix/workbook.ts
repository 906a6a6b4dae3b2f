/**
 * The I/O edge of `fix`: the whole workbook read with exceljs, each sheet turned into the
 * plain rows the reader would see, the planned changes applied to the exceljs cells
 * (value, number format, font), and the copy written atomically. Sheets that are not
 * recognised, header and totals rows, formulas and hyperlinks are never touched.
 */
import type ExcelJS from 'exceljs';
import type { CalendarDate } from '../values/calendar.js';
import { writeAtomic } from '../util/write.js';
import { loadExcelJS } from '../workbook/exceljs.js';
import type { RawCell, RawRow } from '../workbook/raw.js';
import { convertCell } from '../workbook/exceljs-cell.js';
import { parseRange, type MergeRange } from '../workbook/merge-range.js';
import { DATE_FORMAT, type FixReason } from './cell.js';
import { splitMerges } from './merges.js';
import type { CellChange } from './cell.js';
import { beforeText, planSheet, type PlannedFix } from './plan.js';

export type { CellChange };

export type FixFileResult =
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'no-known-sheet'; readonly sheets: readonly string[] }
  | { readonly kind: 'fixed'; readonly changes: readonly CellChange[]; readonly unfixed: number };

const UNICODE_FONT = 'Times New Roman';
/** Characters a dd/mm/yyyy date needs. */
const DATE_WIDTH = 11;

export async function fixFile(input: string, output: string, today: CalendarDate): Promise<FixFileResult> {
  const Excel = await loadExcelJS();
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.readFile(input);
  } catch {
    // The zip was checked beforehand; what is left is content exceljs cannot parse.
    return { kind: 'unreadable' };
  }
  const skip = new Set<number>([Excel.ValueType.Merge, Excel.ValueType.Hyperlink, Excel.ValueType.Formula]);
  const changes: CellChange[] = [];
  let recognised = 0;
  let unfixed = 0;
  for (const sheet of workbook.worksheets) {
    const merges = (sheet.model.merges ?? []).map(parseRange).filter((r) => r !== undefined);
    const plan = planSheet(sheet.name, rawRows(sheet, Excel.ValueType.Merge), today, merges);
    if (!plan.recognised) continue;
    recognised++;
    unfixed += plan.unfixed;
    for (const planned of plan.fixes) {
      const cell = sheet.getCell(planned.row, planned.col);
      if (skip.has(cell.type)) continue;
      apply(cell, planned);
      if (planned.fix.numFmt === DATE_FORMAT) widenForDates(sheet.getColumn(planned.col));
      changes.push({ sheet: sheet.name, cell: planned.cell, ...(planned.field ? { field: planned.field.key } : {}), before: beforeText(planned), after: planned.fix.shown, reason: planned.fix.reason });
    }
    // After the fixes: a merged value is written out as fixed.
    changes.push(...splitMerges(sheet, plan.splits));
  }
  if (recognised === 0) return { kind: 'no-known-sheet', sheets: workbook.worksheets.map((s) => s.name) };
  await writeAtomic(output, async (tmp) => {
    await workbook.xlsx.writeFile(tmp);
  });
  return { kind: 'fixed', changes, unfixed };
}

/**
 * The rows the streaming reader would hand on. A merged cell's other cells are skipped:
 * exceljs repeats the merge's value in them here, the streaming reader sees them empty.
 */
function rawRows(sheet: ExcelJS.Worksheet, mergeType: ExcelJS.ValueType): RawRow[] {
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.type === mergeType) return;
      const converted = convertCell(cell, col);
      if (converted) cells.push(converted);
    });
    if (cells.length > 0) rows.push({ row: number, cells });
  });
  return rows;
}

function apply(cell: ExcelJS.Cell, planned: PlannedFix): void {
  const { fix } = planned;
  cell.value = fix.value;
  // A fresh style object: exceljs shares one between all cells of the same style id.
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (fix.numFmt === DATE_FORMAT) {
    if (!isDateFormat(style.numFmt)) style.numFmt = DATE_FORMAT;
  } else if (fix.numFmt !== undefined && (style.numFmt === undefined || style.numFmt === 'General' || style.numFmt === '@')) {
    // A number typed into a Text-formatted cell would turn back into text when edited.
    style.numFmt = fix.numFmt;
  }
  if (fix.unicodeFont) {
    const { scheme: _themeFont, charset: _charset, ...font } = style.font ?? {};
    // Without a theme scheme the name is what Excel shows; the legacy charset goes with the old font.
    style.font = { ...font, name: UNICODE_FONT };
  }
  cell.style = style;
}

/** "15/03/2022" overflowed as text; as a date a narrow column would show "###". */
function widenForDates(column: ExcelJS.Column): void {
  if (column.width === undefined || column.width < DATE_WIDTH) column.width = DATE_WIDTH;
}

function isDateFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && numFmt !== 'General' && numFmt !== '@' && /[dy]/i.test(numFmt.replace(/"[^"]*"|\[[^\]]*\]/g, ''));
}
