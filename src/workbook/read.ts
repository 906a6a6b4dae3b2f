/**
 * The I/O edge of reading: a workbook's sheets as rows of plain cells. Nothing downstream
 * sees an exceljs object, so the rest of the pipeline is testable with literals, and memory
 * stays flat however long the sheet is.
 *
 * WORKAROUND: exceljs's WorkbookReader walks the zip with a forward-only stream parser
 * and intermittently loses parts of it — in Excel's own part order the shared strings,
 * in exceljs's order the workbook part (exceljs #3064; seen here on 25–85 % of reads of
 * some files). We open the zip by its central directory with yauzl instead and hand
 * exceljs's own part parsers the parts in the order they depend on each other: relations,
 * workbook, shared strings, styles, then each sheet in workbook order. A side effect:
 * sheets no longer wait in temporary files for the shared strings that follow them.
 */
import type { Readable } from 'node:stream';
import { loadWorkbookReader } from './exceljs.js';
import { inflateNamed, listEntries, openEntry, openZip } from './zip.js';
import { scanSheet, type MergeRange, type SheetScan } from './sheet-scan.js';
import { encodingOfFont } from '../text/legacy.js';
import { letterOf, type RawCell, type RawRow, type RawValue } from './raw.js';

export interface RawSheet {
  readonly name: string;
  /** The sheet is hidden (or "very hidden") in the workbook. */
  readonly hidden: boolean;
  /** Calls `fn` for every row with a value, in order; resolves at the end of the sheet. */
  readonly eachRow: (fn: (row: RawRow) => void) => Promise<void>;
  /** The sheet's merged ranges, complete once `eachRow` has resolved. */
  readonly merges: () => readonly MergeRange[];
}

export interface ReadOptions {
  /** Called with the number of the row just read. */
  readonly onRow?: (row: number) => void;
  /** Called with the number of worksheet bytes just inflated, for progress. */
  readonly onBytes?: (bytes: number) => void;
  /** Limit on the file's uncompressed content, bytes (the parts read are checked by their headers). */
  readonly maxBytes?: number;
}

/** The parts of exceljs's WorkbookReader we drive (internal API, pinned to exceljs 4.4.0). */
interface ExcelWorkbookReader {
  _parseRels(stream: Readable): Promise<void>;
  _parseWorkbook(stream: Readable): Promise<void>;
  _parseSharedStrings(stream: Readable): AsyncGenerator<unknown>;
  _parseStyles(stream: Readable): Promise<void>;
  _parseWorksheet(stream: Readable, sheetNo: string): Generator<{ value: ExcelWorksheet }>;
  workbookRels?: Array<{ Id: string; Target: string; Type: string }>;
  model?: { sheets?: Array<{ name: string; id: number; rId: string; state?: string }> };
}

interface ExcelWorksheet extends AsyncIterable<ExcelRow> {
  name?: string;
}

interface ExcelCell {
  readonly value: unknown;
  readonly style?: { font?: { name?: string } };
}

interface ExcelRow {
  readonly number: number;
  readonly _cells: ReadonlyArray<ExcelCell | undefined>;
}

/** Thrown when the zip holds no readable workbook part; the caller reports `file-unreadable`. */
export class WorkbookStructureError extends Error {}

/**
 * An entry inflated to more than its header claims (yauzl checks every entry). Either a
 * damaged file or a zip bomb with lying headers: the caller measures which, in bounded memory.
 */
export class EntrySizeError extends Error {}

/** Streams the sheets of an .xlsx file, in workbook order, each as rows of plain cells. */
export async function* readWorkbook(path: string, options: ReadOptions = {}): AsyncGenerator<RawSheet> {
  const WorkbookReader = loadWorkbookReader();
  const zip = await openZip(path, true);
  try {
    const entries = new Map((await listEntries(zip)).map((e) => [e.fileName, e]));
    const opened = new Set<string>();
    // Each part is opened right before it is parsed, so its stream always has a reader
    // listening for errors.
    const open = async (name: string, onBytes?: (bytes: number) => void): Promise<Readable | undefined> => {
      const entry = entries.get(name);
      if (!entry) return undefined;
      opened.add(name);
      return guarded(await openEntry(zip, entry), onBytes);
    };
    const reader = new WorkbookReader(path, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      // Styles give date formats (date cells arrive as dates) and font names (legacy encodings).
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    }) as unknown as ExcelWorkbookReader;

    const rels = await open('xl/_rels/workbook.xml.rels');
    if (!rels) throw new WorkbookStructureError('no workbook relations');
    await reader._parseRels(rels);
    const workbook = await open('xl/workbook.xml');
    if (!workbook) throw new WorkbookStructureError('no workbook part');
    await reader._parseWorkbook(workbook);
    const relations = reader.workbookRels ?? [];
    const part = (type: string, fallback: string) => partPath(relations.find((r) => r.Type.endsWith(`/${type}`))?.Target) ?? fallback;
    const shared = await open(part('sharedStrings', 'xl/sharedStrings.xml'));
    if (shared) for await (const _ of reader._parseSharedStrings(shared)) void _;
    const styles = await open(part('styles', 'xl/styles.xml'));
    if (styles) await reader._parseStyles(styles);

    let index = 0;
    for (const sheet of reader.model?.sheets ?? []) {
      index++;
      const target = partPath(relations.find((r) => r.Id === sheet.rId)?.Target);
      // A sheet the workbook lists but the zip lacks is a damaged file, not an empty sheet.
      if (!target || !entries.has(target)) throw new WorkbookStructureError(`sheet part missing: ${target ?? sheet.name}`);
      if (!SHEET_PART.test(target)) continue; // chart sheets and the like hold no rows
      const stream = (await open(target, options.onBytes))!;
      const scan = scanSheet(stream);
      const sheetNo = /(\d+)\.xml$/.exec(target)?.[1] ?? String(index);
      const worksheet = reader._parseWorksheet(stream, sheetNo).next().value?.value;
      if (!worksheet) {
        stream.destroy();
        continue;
      }
      yield {
        name: sheet.name ?? `Sheet${index}`,
        hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden',
        eachRow: (fn) => eachRow(worksheet, scan, options, fn),
        merges: () => scan.ranges,
      };
    }
    // The parts never parsed (document properties, theme…) still count towards the limit:
    // a bomb hidden there would burst whatever opens the whole file later (--annotate, fix).
    const read = [...opened].reduce((sum, name) => sum + (entries.get(name)?.uncompressedSize ?? 0), 0);
    const rest = new Set([...entries.keys()].filter((name) => !opened.has(name)));
    const counted = await inflateNamed(path, rest, (options.maxBytes ?? Infinity) - read);
    if (counted === 'too-large') throw new EntrySizeError('unread parts over the limit');
    if (counted === 'corrupt') throw new WorkbookStructureError('damaged part');
  } finally {
    zip.close();
  }
}

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/** A relationship target ("worksheets/sheet1.xml", "/xl/styles.xml") as a zip path. */
function partPath(target: string | undefined): string | undefined {
  if (!target) return undefined;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/**
 * A part's stream made safe to hand on: an error before anyone iterates is kept (not
 * thrown as an unhandled event) and raised by the iterator, and yauzl's check of the
 * entry's size against its header ("too many bytes in the stream") becomes an EntrySizeError.
 */
function guarded(stream: Readable, onBytes?: (bytes: number) => void): Readable {
  let failure: unknown;
  stream.on('error', (error) => {
    failure ??= error;
  });
  if (onBytes) stream.on('data', (chunk: Buffer) => onBytes(chunk.length));
  const iterate = stream[Symbol.asyncIterator].bind(stream);
  Object.defineProperty(stream, Symbol.asyncIterator, {
    value: async function* () {
      try {
        if (failure) throw failure;
        yield* { [Symbol.asyncIterator]: iterate };
      } catch (error) {
        throw sizeError(error) ?? error;
      }
    },
  });
  return stream;
}

export function sizeError(error: unknown): EntrySizeError | undefined {
  if (error instanceof EntrySizeError) return error;
  const message = error instanceof Error ? error.message : '';
  return /too many bytes|expected \d+ bytes|bytes in the stream/i.test(message) ? new EntrySizeError(message) : undefined;
}

// A callback rather than another async generator: one promise per row less on
// 200,000-row sheets.
async function eachRow(worksheet: AsyncIterable<ExcelRow>, scan: SheetScan, options: ReadOptions, fn: (row: RawRow) => void): Promise<void> {
  const { errors, hiddenRows } = scan;
  for await (const row of worksheet) {
    options.onRow?.(row.number);
    const cells: RawCell[] = [];
    // Row._cells is the row's own sparse array; reading it avoids the per-cell
    // allocations of eachCell().
    const excelCells = row._cells;
    for (let i = 0; i < excelCells.length; i++) {
      const cell = excelCells[i];
      if (!cell) continue;
      let converted = convertCell(cell, i + 1);
      if (!converted) continue;
      // A formula whose error result exceljs lost (see ./sheet-scan.ts) gets its code back.
      if (converted.value.t === 'e' && converted.value.formula && errors.size > 0) {
        const code = errors.get(`${letterOf(i + 1)}${row.number}`);
        if (code) converted = { col: i + 1, value: { t: 'e', v: code, formula: true } };
      }
      cells.push(converted);
    }
    if (cells.length > 0) fn(hiddenRows.size > 0 && hiddenRows.has(row.number) ? { row: row.number, cells, hidden: true } : { row: row.number, cells });
  }
}

/** One exceljs cell value as a plain value; undefined for an empty cell. */
export function convertCell(cell: ExcelCell, col: number): RawCell | undefined {
  const value = convertValue(cell.value);
  if (value === undefined) return undefined;
  if (value.t === 's' && value.font === undefined) {
    // Only a legacy font (.VnTime, VNI-Times) says anything about the text; others are not carried.
    const font = cell.style?.font?.name;
    if (font !== undefined && encodingOfFont(font) !== undefined) return { col, value: { ...value, font } };
  }
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
      const font = runs.find((r) => r.font?.name && encodingOfFont(r.font.name))?.font?.name;
      return text === '' ? undefined : { t: 's', v: text, ...(font ? { font } : {}) };
    }
    if ('formula' in object || 'sharedFormula' in object) {
      const formula = String(object.formula ?? object.sharedFormula ?? '');
      const result = object.result;
      // exceljs reads an error result (t="e") with parseFloat, so an error result and a
      // missing cached value both arrive as a formula without a result: either way the cell
      // has no value we can use. eachRow puts the error's code back where the sheet has one.
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
