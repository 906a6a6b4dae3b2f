/**
 * One worksheet part, streamed into plain rows: each `<row>` becomes a RawRow as soon as it
 * closes, so memory stays flat however long the sheet is. Also collected on the way: the
 * merged ranges (their tags follow the rows, so they are complete at the end) and the rows
 * hidden in the sheet.
 *
 * A cell's value follows its type (`t`) and style: shared strings, inline strings, formula
 * results, errors, booleans, and numbers that are dates when their format says so.
 */
import { encodingOfFont } from '../text/legacy.js';
import { parseRange, columnNumber, type MergeRange } from './merge-range.js';
import { serialToDate, type CellStyle, type SharedString } from './parts.js';
import type { RawCell, RawRow, RawValue } from './raw.js';
import type { Attributes, XmlHandler } from './xml.js';

export interface SheetContext {
  readonly strings: readonly SharedString[];
  readonly styles: readonly CellStyle[];
  readonly date1904: boolean;
}

export interface SheetRows {
  readonly handler: XmlHandler;
  readonly merges: MergeRange[];
}

/** A handler for the tokenizer that calls `onRow` for every row number and `fn` for every row with a value. */
export function sheetHandler(context: SheetContext, fn: (row: RawRow) => void, onRow?: (row: number) => void): SheetRows {
  const merges: MergeRange[] = [];
  let rowNumber = 0;
  let rowHidden = false;
  let rowStyle: CellStyle | undefined;
  let cells: RawCell[] = [];
  let ordered = true;
  let inData = false;
  // The cell being read.
  let col = 0;
  let type: string | undefined;
  let style: CellStyle | undefined;
  let value: string | undefined;
  let formula: string | undefined;
  let capture: 'v' | 'f' | 'is' | undefined;
  let inInline = false;
  let phonetic = 0;

  const endRow = () => {
    onRow?.(rowNumber);
    if (cells.length === 0) return;
    if (!ordered) cells = inColumnOrder(cells);
    fn(rowHidden ? { row: rowNumber, cells, hidden: true } : { row: rowNumber, cells });
  };

  const handler: XmlHandler = {
    open(name: string, a: Attributes) {
      switch (name) {
        case 'sheetData':
          inData = true;
          break;
        case 'row':
          if (!inData) break;
          rowNumber = a.r !== undefined ? Number(a.r) : rowNumber + 1;
          rowHidden = a.hidden === '1' || a.hidden === 'true';
          rowStyle = a.s !== undefined ? context.styles[Number(a.s)] : undefined;
          cells = [];
          ordered = true;
          col = 0;
          break;
        case 'c': {
          const ref = a.r;
          const letters = ref === undefined ? undefined : /^[A-Z]{1,3}/.exec(ref)?.[0];
          col = letters ? columnNumber(letters) : col + 1;
          type = a.t;
          // As exceljs read it: style 0 (the default) leaves the row's style in place.
          const s = a.s === undefined ? 0 : Number(a.s);
          style = (s && context.styles[s]) || rowStyle;
          value = undefined;
          formula = undefined;
          inInline = false;
          break;
        }
        case 'v':
          capture = 'v';
          value ??= '';
          break;
        case 'f':
          capture = 'f';
          formula ??= '';
          break;
        case 'is':
          inInline = true;
          value ??= '';
          break;
        case 't':
          if (inInline && !phonetic) capture = 'is';
          break;
        case 'rPh':
          phonetic++;
          break;
        case 'mergeCell': {
          const range = a.ref === undefined ? undefined : parseRange(a.ref);
          if (range) merges.push(range);
          break;
        }
      }
    },
    text(text: string) {
      if (capture === 'f') formula += text;
      else if (capture) value += text;
    },
    close(name: string) {
      switch (name) {
        case 'v':
        case 'f':
        case 't':
          capture = undefined;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c': {
          if (col <= 0 || Number.isNaN(col)) break;
          const converted = cellValue(type, value, formula, style, context);
          if (!converted) break;
          if (cells.length > 0 && cells[cells.length - 1]!.col >= col) ordered = false;
          cells.push({ col, value: converted });
          break;
        }
        case 'row':
          if (inData) endRow();
          break;
        case 'sheetData':
          inData = false;
          break;
      }
    },
  };
  return { handler, merges };
}

/** One cell's value; undefined for a cell with nothing in it. */
function cellValue(type: string | undefined, text: string | undefined, formula: string | undefined, style: CellStyle | undefined, context: SheetContext): RawValue | undefined {
  if (formula !== undefined) return formulaValue(type, text, formula, style);
  if (text === undefined || text === '') return undefined;
  return plainValue(type, text, style, context);
}

/**
 * A formula's cached result, read as exceljs read it: text for `t="str"`, otherwise a
 * number. No result (never calculated: written by a program, not Excel) is an error
 * carrying the formula; an error result carries its code (#DIV/0!).
 */
function formulaValue(type: string | undefined, text: string | undefined, formula: string, style: CellStyle | undefined): RawValue | undefined {
  if (type === 'str' && text !== undefined) {
    const value = stringValue(text, style);
    return value ? { ...value, formula: true } : undefined;
  }
  const number = parseFloat(text ?? '');
  if (!Number.isNaN(number)) return { t: 'n', v: number, formula: true };
  if (type === 'e' && text) return { t: 'e', v: text, formula: true };
  return { t: 'e', v: `=${formula}`, formula: true };
}

function plainValue(type: string | undefined, text: string, style: CellStyle | undefined, context: SheetContext): RawValue | undefined {
  switch (type) {
    case 's': {
      const shared = context.strings[parseInt(text, 10)];
      if (shared === undefined) return undefined;
      if (typeof shared === 'string') return stringValue(shared, style);
      const font = shared.fonts.find((f) => f !== undefined && encodingOfFont(f) !== undefined);
      if (shared.text === '') return undefined;
      return font ? { t: 's', v: shared.text, font } : stringValue(shared.text, style);
    }
    case 'str':
    case 'inlineStr':
      return stringValue(text, style);
    case 'e':
      return { t: 'e', v: text };
    case 'b':
      return { t: 'b', v: parseInt(text, 10) !== 0 };
    case 'd': {
      const date = new Date(/Z|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.length === 10 ? `${text}T00:00:00` : text}Z`);
      return Number.isNaN(date.getTime()) ? { t: 's', v: text } : { t: 'd', v: date };
    }
    default: {
      const number = parseFloat(text);
      if (Number.isNaN(number)) return undefined;
      return style?.date ? { t: 'd', v: serialToDate(number, context.date1904) } : { t: 'n', v: number };
    }
  }
}

/** A string cell; only a legacy font (.VnTime, VNI-Times) says anything about its text. */
function stringValue(text: string, style: CellStyle | undefined): RawValue | undefined {
  if (text === '') return undefined;
  const font = style?.font;
  return font !== undefined && encodingOfFont(font) !== undefined ? { t: 's', v: text, font } : { t: 's', v: text };
}

/** Cells sorted by column, the last of two cells at one address kept (as Excel would show it). */
function inColumnOrder(cells: RawCell[]): RawCell[] {
  const byColumn = new Map<number, RawCell>();
  for (const cell of cells) byColumn.set(cell.col, cell);
  return [...byColumn.values()].sort((a, b) => a.col - b.col);
}
