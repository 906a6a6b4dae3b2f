/**
 * Merged ranges of a sheet, picked out of its XML as it streams past. exceljs's streaming
 * reader ignores `<mergeCell ref="C5:C10"/>`, and those come after the rows, so they are
 * only known at the end of the sheet.
 */
import type { Readable } from 'node:stream';

export interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const TAG = Buffer.from('<mergeCell ');

export interface MergeCollector {
  readonly ranges: MergeRange[];
}

/** Watches a sheet part's inflated bytes for merge tags; cheap: a native search per chunk. */
export function collectMerges(stream: Readable): MergeCollector {
  const collector: MergeCollector = { ranges: [] };
  let carry = Buffer.alloc(0);
  stream.on('data', (chunk: Buffer) => {
    // Tags may straddle two chunks: keep the tail of the last one.
    const data = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    let at = data.indexOf(TAG);
    let consumed = 0;
    while (at >= 0) {
      const end = data.indexOf('>', at);
      if (end < 0) break;
      const range = parseRef(data.toString('latin1', at, end));
      if (range) collector.ranges.push(range);
      consumed = end + 1;
      at = data.indexOf(TAG, consumed);
    }
    const tail = at >= 0 ? at : Math.max(consumed, data.length - TAG.length);
    carry = Buffer.from(data.subarray(tail));
  });
  return collector;
}

function parseRef(tag: string): MergeRange | undefined {
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
