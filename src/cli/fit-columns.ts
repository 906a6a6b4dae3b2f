/**
 * Console tables that fit 120 columns (SPEC §4): cmd wraps a wider line at the window's
 * edge and the table falls apart. The text columns that need room give it up, widest first,
 * and their cells are wrapped at spaces — a word longer than its column (a file name) is cut
 * into pieces, never truncated, so nothing the clerk needs is lost.
 */
import { stripVTControlCharacters } from 'node:util';

/** The width a table must fit in: a cmd window's default is 120 columns. */
export const CONSOLE_WIDTH = 120;
/** A text column is never made narrower than this (or its header's longest word). */
const MIN_TEXT = 12;

/** Columns on the screen: combining marks take none (text is NFC, but decomposed input happens). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of stripVTControlCharacters(text)) if (!/\p{M}/u.test(ch)) width++;
  return width;
}

const lineWidth = (cell: string) => Math.max(0, ...cell.split('\n').map(displayWidth));

/**
 * Widths (content only) for each column, and the cells wrapped to them. `wrap[i]` says
 * whether column i may be narrowed (text); numbers keep their width.
 */
export function fitColumns(rows: readonly (readonly string[])[], wrap: readonly boolean[], budget = CONSOLE_WIDTH): { widths: number[]; rows: string[][] } {
  const count = wrap.length;
  const widths = Array.from({ length: count }, (_, i) => Math.max(1, ...rows.map((r) => lineWidth(r[i] ?? ''))));
  // Each column has a space either side and a border after it, plus the first border.
  const total = () => widths.reduce((sum, w) => sum + w + 3, 1);
  const floor = wrap.map((can, i) => (can ? Math.min(widths[i]!, Math.max(MIN_TEXT, ...rows.slice(0, 1).flatMap((r) => (r[i] ?? '').split(/\s+/).map(displayWidth)))) : widths[i]!));
  while (total() > budget) {
    let widest = -1;
    for (let i = 0; i < count; i++) if (widths[i]! > floor[i]! && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    if (widest < 0) break;
    widths[widest]!--;
  }
  return { widths, rows: rows.map((r) => r.map((cell, i) => (lineWidth(cell) > widths[i]! ? wrapText(cell, widths[i]!) : cell))) };
}

/** Greedy wrapping at spaces; a word longer than the width is cut into pieces. */
export function wrapText(text: string, width: number): string {
  const out: string[] = [];
  for (const paragraph of stripVTControlCharacters(text).split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const pieces = chunks(word, width);
      for (const piece of pieces) {
        if (line === '') line = piece;
        else if (displayWidth(line) + 1 + displayWidth(piece) <= width) line += ` ${piece}`;
        else {
          out.push(line);
          line = piece;
        }
      }
    }
    out.push(line);
  }
  return out.join('\n');
}

/** A word cut to the width, after a hyphen, dot or slash where one is near the end (file names read better). */
function chunks(word: string, width: number): string[] {
  const parts: string[] = [];
  let rest = [...word];
  while (rest.length > width) {
    let cut = width;
    for (let i = width; i > width / 2; i--) {
      if ('-_./\\'.includes(rest[i - 1]!)) {
        cut = i;
        break;
      }
    }
    parts.push(rest.slice(0, cut).join(''));
    rest = rest.slice(cut);
  }
  parts.push(rest.join(''));
  return parts;
}
