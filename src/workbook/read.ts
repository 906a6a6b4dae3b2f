/**
 * The I/O edge of reading: a workbook's sheets as rows of plain cells. Nothing downstream
 * sees an XML node or an exceljs object, so the rest of the pipeline is testable with
 * literals, and memory stays flat however long the sheet is.
 *
 * The zip is opened by its central directory (yauzl) and the parts are parsed in the order
 * they depend on each other: relations, workbook, shared strings, styles, then each sheet
 * in workbook order, streamed row by row (./sheet-xml.ts).
 *
 * This replaced exceljs's streaming reader (kept for writing and for `fix`): that reader
 * walked the zip forward-only and intermittently lost parts of it (exceljs #3064), split
 * multi-byte characters at chunk ends (#2084), dropped merged ranges, error codes and
 * hidden rows, and at a cold start cost half of a small run (issue 11). Values read as
 * they did through it; see ./parts.ts.
 */
import type { Readable } from 'node:stream';
import { listEntries, measureEntries, openEntry, openZip, SHEET_PART } from './zip.js';
import { parseRelations, parseSharedStrings, parseStyles, parseWorkbookPart, type CellStyle, type SharedString } from './parts.js';
import { sheetHandler } from './sheet-xml.js';
import { parseXml, XmlError } from './xml.js';
import type { MergeRange } from './merge-range.js';
import type { RawRow } from './raw.js';

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

/** Thrown when the zip holds no readable workbook part; the caller reports `file-unreadable`. */
export class WorkbookStructureError extends Error {}

/**
 * An entry inflated to more than its header claims (yauzl checks every entry). Either a
 * damaged file or a zip bomb with lying headers: the caller measures which, in bounded memory.
 */
export class EntrySizeError extends Error {}

/** Streams the sheets of an .xlsx file, in workbook order, each as rows of plain cells. */
export async function* readWorkbook(path: string, options: ReadOptions = {}): AsyncGenerator<RawSheet> {
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
    const parse = async <T>(name: string, parser: (part: Readable) => Promise<T>): Promise<T | undefined> => {
      const part = await open(name);
      return part ? structural(parser(part)) : undefined;
    };

    const relations = await parse('xl/_rels/workbook.xml.rels', parseRelations);
    if (!relations) throw new WorkbookStructureError('no workbook relations');
    const workbook = await parse('xl/workbook.xml', parseWorkbookPart);
    if (!workbook) throw new WorkbookStructureError('no workbook part');
    const part = (type: string, fallback: string) => partPath(relations.find((r) => r.type.endsWith(`/${type}`))?.target) ?? fallback;
    const strings: SharedString[] = (await parse(part('sharedStrings', 'xl/sharedStrings.xml'), parseSharedStrings)) ?? [];
    const styles: CellStyle[] = (await parse(part('styles', 'xl/styles.xml'), parseStyles)) ?? [];
    const context = { strings, styles, date1904: workbook.date1904 };

    let index = 0;
    for (const sheet of workbook.sheets) {
      index++;
      const target = partPath(relations.find((r) => r.id === sheet.relationId)?.target);
      // A sheet the workbook lists but the zip lacks is a damaged file, not an empty sheet.
      if (!target || !entries.has(target)) throw new WorkbookStructureError(`sheet part missing: ${target ?? sheet.name}`);
      if (!SHEET_PART.test(target)) continue; // chart sheets and the like hold no rows
      let merges: MergeRange[] = [];
      let read = false;
      yield {
        name: sheet.name || `Sheet${index}`,
        hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden',
        eachRow: async (fn) => {
          if (read) throw new Error('a sheet is read once');
          read = true;
          const stream = (await open(target, options.onBytes))!;
          const rows = sheetHandler(context, fn, options.onRow);
          merges = rows.merges;
          await parseXml(stream, rows.handler);
        },
        merges: () => merges,
      };
    }
    // The parts never parsed (document properties, theme…) still count towards the limit:
    // a bomb hidden there would burst whatever opens the whole file later (--annotate, fix).
    const read = [...opened].reduce((sum, name) => sum + (entries.get(name)?.uncompressedSize ?? 0), 0);
    const counted = await measureEntries(path, (options.maxBytes ?? Infinity) - read, (name) => !opened.has(name));
    if (counted === 'too-large') throw new EntrySizeError('unread parts over the limit');
    if (counted === 'corrupt') throw new WorkbookStructureError('damaged part');
  } finally {
    zip.close();
  }
}

/** A part that is not well-formed makes the file unreadable, whichever part it is. */
async function structural<T>(parsing: Promise<T>): Promise<T> {
  try {
    return await parsing;
  } catch (error) {
    throw error instanceof XmlError ? new WorkbookStructureError(error.message) : error;
  }
}

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
