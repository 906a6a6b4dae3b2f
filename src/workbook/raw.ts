/**
 * Plain cells, as the reader hands them on: the value as stored in the file, with the
 * few facts about it that matter downstream (a formula, the font for legacy text).
 */
export type RawValue =
  | { readonly t: 'n'; readonly v: number; readonly formula?: boolean }
  | { readonly t: 's'; readonly v: string; readonly font?: string; readonly formula?: boolean }
  | { readonly t: 'b'; readonly v: boolean; readonly formula?: boolean }
  /** A date cell, as exceljs builds it: UTC midnight of the calendar day. */
  | { readonly t: 'd'; readonly v: Date; readonly formula?: boolean }
  /** An Excel error (`#REF!`), or a formula whose cached result is one. */
  | { readonly t: 'e'; readonly v: string; readonly formula?: boolean };

export interface RawCell {
  /** 1-based column number. */
  readonly col: number;
  readonly value: RawValue;
}

export interface RawRow {
  /** 1-based row number in the sheet. */
  readonly row: number;
  /** Non-empty cells, in column order. */
  readonly cells: readonly RawCell[];
  /** Hidden in the sheet: still data, but the user is told. */
  readonly hidden?: true;
}

/** Column letters from a 1-based number: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let letters = '';
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const letterCache: string[] = [];
export function letterOf(col: number): string {
  return (letterCache[col] ??= columnLetter(col));
}

/** The cell as written, for messages: numbers and dates in the form the user typed them. */
export function writtenForm(value: RawValue): string {
  switch (value.t) {
    case 's':
    case 'e':
      return value.v;
    case 'n':
      return String(value.v);
    case 'b':
      return value.v ? 'TRUE' : 'FALSE';
    case 'd': {
      const d = value.v;
      if (Number.isNaN(d.getTime())) return '';
      return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
    }
  }
}

export function cellAt(row: RawRow, col: number): RawCell | undefined {
  for (const cell of row.cells) {
    if (cell.col === col) return cell;
    if (cell.col > col) return undefined;
  }
  return undefined;
}
