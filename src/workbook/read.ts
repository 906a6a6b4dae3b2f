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
import { EntrySizeError, openSource } from './sources.js';
import { SHEET_PART } from './zip.js';
import { parseRelations, parseSharedStrings, parseStyles, parseWorkbookPart, type CellStyle, type SharedString } from './parts.js';
import { sheetHandler } from './sheet-xml.js';
import { parseXml, XmlError, type PartBytes } from './xml.js';
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
  /** The largest file read whole into memory rather than streamed (see ./sources.ts). */
  readonly inMemoryUpTo?: number;
}

/** Thrown when the zip holds no readable workbook part; the caller reports `file-unreadable`. */
export class WorkbookStructureError extends Error {}

export { EntrySizeError, sizeError } from './sources.js';

/** Streams the sheets of an .xlsx file, in workbook order, each as rows of plain cells. */
export async function* readWorkbook(path: string, options: ReadOptions = {}): AsyncGenerator<RawSheet> {
  const source = await openSource(path, options.inMemoryUpTo);
  try {
    const parse = async <T>(name: string, parser: (part: PartBytes) => Promise<T>): Promise<T | undefined> => {
      const part = await source.open(name);
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
      if (!target || !source.has(target)) throw new WorkbookStructureError(`sheet part missing: ${target ?? sheet.name}`);
      if (!SHEET_PART.test(target)) continue; // chart sheets and the like hold no rows
      let merges: MergeRange[] = [];
      let read = false;
      yield {
        name: sheet.name || `Sheet${index}`,
        hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden',
        eachRow: async (fn) => {
          if (read) throw new Error('a sheet is read once');
          read = true;
          const stream = (await source.open(target, options.onBytes))!;
          const rows = sheetHandler(context, fn, options.onRow);
          merges = rows.merges;
          await parseXml(stream, rows.handler);
        },
        merges: () => merges,
      };
    }
    const counted = await source.countUnopened(options.maxBytes ?? Infinity);
    if (counted === 'too-large') throw new EntrySizeError('unread parts over the limit');
    if (counted === 'corrupt') throw new WorkbookStructureError('damaged part');
  } finally {
    source.close();
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
