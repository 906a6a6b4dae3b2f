/**
 * `fix` writes a merge down a data column out one value per row: a type, source, date or
 * name merged over two rows becomes the same value on both; an amount merged over rows
 * stays on the top row only — as `validate` and `stats` count it, never multiplied — with
 * a note on the cell asking for each row's own figure.
 */
import type ExcelJS from 'exceljs';
import { writtenForm } from '../workbook/raw.js';
import { letterOf } from '../workbook/raw.js';
import { convertCell } from '../workbook/exceljs-cell.js';
import type { MergeSplit } from './plan.js';
import type { CellChange } from './cell.js';

export function splitMerges(sheet: ExcelJS.Worksheet, splits: readonly MergeSplit[]): CellChange[] {
  const changes: CellChange[] = [];
  for (const split of splits) {
    const letter = letterOf(split.col);
    const range = `${letter}${split.top}:${letter}${split.bottom}`;
    const top = sheet.getCell(split.top, split.col);
    const shown = writtenForm(convertCell(top, split.col)?.value ?? { t: 's', v: '' });
    sheet.unMergeCells(range);
    if (split.summed) {
      top.note = `Ô ${range} được gộp cho ${split.bottom - split.top + 1} dòng; số này chỉ tính cho dòng ${split.top}. Hãy ghi số của từng dòng.`;
      changes.push({ sheet: sheet.name, cell: `${letter}${split.top}`, field: split.field.key, before: `${range} (gộp)`, after: shown, reason: 'merge-amount' });
      continue;
    }
    for (let row = split.top + 1; row <= split.bottom; row++) {
      const cell = sheet.getCell(row, split.col);
      cell.value = top.value;
      cell.style = { ...top.style };
      changes.push({ sheet: sheet.name, cell: `${letter}${row}`, field: split.field.key, before: `${range} (gộp)`, after: shown, reason: 'merge-split' });
    }
  }
  return changes;
}
