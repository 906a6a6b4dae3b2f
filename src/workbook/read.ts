/**
 * The I/O edge of reading: exceljs's streaming reader turned into plain rows of plain
 * cells. Nothing downstream sees an exceljs object, so the rest of the pipeline is
 * testable with literals and memory stays flat however long the sheet is.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { RawCell, RawRow, RawValue } from './raw.js';
import { loadExcelJS } from './exceljs.js';

export interface RawSheet {
  readonly name: string;
  /** Calls `fn` for every row with a value, in order; resolves at the end of the sheet. */
  readonly eachRow: (fn: (row: RawRow) => void) => Promise<void>;
}

export interface ReadOptions {
  /** Called with the number of the row just read, for progress. */
  readonly onRow?: (row: number) => void;
}

/** Streams the sheets of an .xlsx file, in file order, each as rows of plain cells. */
export async function* readWorkbook(path: string, options: ReadOptions = {}): AsyncGenerator<RawSheet> {
  const ExcelJS = await loadExcelJS();
  const input: Readable = createReadStream(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles give date formats (date cells arrive as dates) and font names (legacy encodings).
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    let index = 0;
    for await (const worksheet of reader) {
      index += 1;
      const ws = worksheet as unknown as { name?: string } & AsyncIterable<ExcelRow>;
      yield { name: ws.name ?? `Sheet${index}`, eachRow: (fn) => eachRow(ws, options, fn) };
    }
  } finally {
    input.destroy();
  }
}

interface ExcelCell {
  readonly value: unknown;
  readonly style?: { font?: { name?: string } };
}
interface ExcelRow {
  readonly number: number;
  readonly _cells: ReadonlyArray<ExcelCell | undefined>;
}

// A callback rather than another async generator: one promise per row less on
// 200,000-row sheets.
async function eachRow(worksheet: AsyncIterable<ExcelRow>, options: ReadOptions, fn: (row: RawRow) => void): Promise<void> {
  for await (const row of worksheet) {
    options.onRow?.(row.number);
    const cells: RawCell[] = [];
    // Row._cells is the row's own sparse array; reading it avoids the per-cell
    // allocations of eachCell().
    const excelCells = row._cells;
    for (let i = 0; i < excelCells.length; i++) {
      const cell = excelCells[i];
      if (!cell) continue;
      const converted = convertCell(cell, i + 1);
      if (converted) cells.push(converted);
    }
    if (cells.length > 0) fn({ row: row.number, cells });
  }
}

/** One exceljs cell value as a plain value; undefined for an empty cell. */
export function convertCell(cell: ExcelCell, col: number): RawCell | undefined {
  const font = cell.style?.font?.name;
  const value = convertValue(cell.value);
  if (value === undefined) return undefined;
  if (value.t === 's' && value.font === undefined && font !== undefined) return { col, value: { ...value, font } };
  return { col, value };
}

function convertValue(value: unknown): RawValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : { t: 'n', v: value };
  if (typeof value === 'string') return value === '' ? undefined : { t: 's', v: value };
  if (typeof value === 'boolean') return { t: 'b', v: value };
  if (value instanceof Date) return { t: 'd', v: value };
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if ('error' in object) return { t: 'e', v: String(object.error) };
    if ('richText' in object && Array.isArray(object.richText)) {
      const runs = object.richText as Array<{ text?: string; font?: { name?: string } }>;
      const text = runs.map((r) => r.text ?? '').join('');
      const font = runs.find((r) => r.font?.name)?.font?.name;
      return text === '' ? undefined : { t: 's', v: text, ...(font ? { font } : {}) };
    }
    if ('formula' in object || 'sharedFormula' in object) {
      const formula = String(object.formula ?? object.sharedFormula ?? '');
      const result = object.result;
      // exceljs reads an error result (t="e") with parseFloat and then drops the NaN, so an
      // error result and a missing cached value both arrive as a formula without a result:
      // either way the cell has no value we can use.
      if (result === undefined || (typeof result === 'number' && Number.isNaN(result))) return { t: 'e', v: `=${formula}`, formula: true };
      if (result !== null && typeof result === 'object' && 'error' in (result as object)) {
        return { t: 'e', v: String((result as { error: unknown }).error), formula: true };
      }
      const inner = convertValue(result);
      return inner ? { ...inner, formula: true } : undefined;
    }
    if ('text' in object) return convertValue(object.text);
    if ('sharedString' in object) return undefined;
  }
  return undefined;
}
