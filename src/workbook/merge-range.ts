/** Merged ranges of a sheet (`<mergeCell ref="C5:C10"/>`), as plain numbers. */

export interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A `ref` such as "C5:C10"; a single cell or a damaged reference is no range. */
export function parseRange(ref: string): MergeRange | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!match) return undefined;
  return { left: columnNumber(match[1]!), top: Number(match[2]), right: columnNumber(match[3]!), bottom: Number(match[4]) };
}

/** 1-based column number of column letters: A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/** The range a cell lies in below its top row (a cell a merge leaves blank), if any. */
export function mergeAbove(ranges: readonly MergeRange[], row: number, col: number): MergeRange | undefined {
  return ranges.find((r) => r.left <= col && col <= r.right && r.top < row && row <= r.bottom);
}
