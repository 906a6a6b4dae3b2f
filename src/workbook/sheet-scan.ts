/**
 * Facts about a sheet that exceljs's streaming reader drops, picked out of the sheet's XML
 * as it streams past:
 * - merged ranges: `<mergeCell ref="C5:C10"/>` is ignored by the reader, and those tags
 *   come after the rows, so they are only known at the end of the sheet;
 * - the error a formula gives: for `<c r="H9" t="e"><f>A1/0</f><v>#DIV/0!</v></c>` the
 *   reader keeps `parseFloat("#DIV/0!")`, a NaN, and loses the code.
 *
 * The scan sees each chunk before the parser does (both listen to the same stream and the
 * 'data' event fires as the parser reads), so a cell's error is known before its row ends.
 */
import type { Readable } from 'node:stream';

export interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetScan {
  readonly ranges: MergeRange[];
  /** Error results of cells, by address ("H9" → "#DIV/0!"). */
  readonly errors: Map<string, string>;
  /** Rows hidden in the sheet (`<row r="16" hidden="1">`), which the reader does not say. */
  readonly hiddenRows: Set<number>;
}

const MERGE = Buffer.from('<mergeCell ');
const ERROR_TYPES = [Buffer.from(' t="e"'), Buffer.from(" t='e'")];
const HIDDEN = [Buffer.from(' hidden="1"'), Buffer.from(' hidden="true"'), Buffer.from(" hidden='1'")];
/** Enough of a chunk's end to hold the start of a tag cut by the next chunk (row tags carry ht, spans, styles…). */
const LONGEST_TAG = 512;
/** A tag or cell longer than this is not waited for across chunks (formulas are at most 8 KiB). */
const MAX_CELL = 64 * 1024;

/** Watches a sheet part's inflated bytes; cheap: a few native searches per chunk. */
export function scanSheet(stream: Readable): SheetScan {
  const scan: SheetScan = { ranges: [], errors: new Map(), hiddenRows: new Set() };
  let carry = Buffer.alloc(0);
  let mergesFrom = 0;
  stream.on('data', (chunk: Buffer) => {
    // Tags may straddle two chunks: what is not complete is carried to the next one.
    const data = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const mergesResume = scanMerges(data, mergesFrom, scan.ranges);
    const errorsResume = scanErrors(data, scan.errors);
    scanHiddenRows(data, scan.hiddenRows);
    const keep = Math.min(mergesResume, errorsResume, Math.max(0, data.length - LONGEST_TAG));
    carry = Buffer.from(data.subarray(keep));
    mergesFrom = mergesResume - keep;
  });
  return scan;
}

/**
 * Adds the merge tags of `data` from `from` on; returns where the next scan must start: at a
 * tag not yet complete, or where a tag cut by the chunk's end could begin.
 */
function scanMerges(data: Buffer, from: number, ranges: MergeRange[]): number {
  let resume = from;
  for (let at = data.indexOf(MERGE, from); at >= 0; at = data.indexOf(MERGE, resume)) {
    const end = data.indexOf('>', at);
    // Completed by the next chunk, unless the file is damaged and it never ends.
    if (end < 0) return data.length - at < MAX_CELL ? at : Math.max(resume, data.length - MERGE.length + 1);
    const range = parseRange(data.toString('latin1', at, end));
    if (range) ranges.push(range);
    resume = end + 1;
  }
  return Math.max(resume, data.length - MERGE.length + 1);
}

/**
 * Adds the complete error cells of `data` (one seen again in a later chunk is set again, to
 * the same value); returns where the first incomplete one starts.
 */
function scanErrors(data: Buffer, errors: Map<string, string>): number {
  let incomplete = data.length;
  for (const type of ERROR_TYPES) {
    for (let at = data.indexOf(type); at >= 0; at = data.indexOf(type, at + type.length)) {
      // Attribute values hold no '<', so the last one before is the cell's own tag.
      const start = data.lastIndexOf('<', at);
      if (start < 0) continue;
      const tagEnd = data.indexOf('>', at);
      if (tagEnd >= 0 && data[tagEnd - 1] === 0x2f) continue; // <c r="A1" t="e"/>: no value
      const end = tagEnd < 0 ? -1 : data.indexOf('</c>', tagEnd);
      if (end < 0) {
        // Completed by the next chunk, unless the file is damaged and it never ends.
        if (data.length - start < MAX_CELL) incomplete = Math.min(incomplete, start);
        continue;
      }
      const address = /^<(?:\w+:)?c\s[^>]*?\br=["']([A-Z]+\d+)["']/.exec(data.toString('latin1', start, tagEnd + 1))?.[1];
      const value = /<(?:\w+:)?v>([^<]*)</.exec(data.toString('latin1', tagEnd + 1, end))?.[1];
      if (address && value) errors.set(address, value);
    }
  }
  return incomplete;
}

/** Adds the rows whose tag says hidden; a tag cut by the chunk's end is seen whole in the carried part. */
function scanHiddenRows(data: Buffer, rows: Set<number>): void {
  for (const attribute of HIDDEN) {
    for (let at = data.indexOf(attribute); at >= 0; at = data.indexOf(attribute, at + attribute.length)) {
      const start = data.lastIndexOf('<', at);
      if (start < 0) continue;
      const tag = data.toString('latin1', start, at);
      const match = /^<(?:\w+:)?row\s[^>]*?\br=["'](\d+)["']/.exec(tag);
      if (match) rows.add(Number(match[1]));
    }
  }
}

function parseRange(tag: string): MergeRange | undefined {
  const match = /ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/.exec(tag);
  if (!match) return undefined;
  return { left: columnNumber(match[1]!), top: Number(match[2]), right: columnNumber(match[3]!), bottom: Number(match[4]) };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

/** The range a cell lies in below its top row (a cell a merge leaves blank), if any. */
export function mergeAbove(ranges: readonly MergeRange[], row: number, col: number): MergeRange | undefined {
  return ranges.find((r) => r.left <= col && col <= r.right && r.top < row && row <= r.bottom);
}
