/**
 * The pieces of a markup line below the block level: the flags of `::p[…]` and `left[…]:`,
 * the `name=value` attributes of a directive, and the cells of a table row. Errors carry the
 * line, so the template author is pointed at it.
 */
import { parseInline, type Run } from './inline.js';

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Flags {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
  readonly align?: Align;
  readonly noIndent?: boolean;
  readonly keepNext?: boolean;
  /** A short solid line instead of text, this percentage of the width, centred (ND30: under the agency name and the subject). */
  readonly rule?: number;
}

export interface ColumnLine {
  readonly runs: readonly Run[];
  readonly flags: Flags;
}

export class MarkupError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const ALIGN: Record<string, Align> = { l: 'left', c: 'center', r: 'right', j: 'justify' };

export function parseFlags(text: string | undefined, line: number): Flags {
  const flags: { -readonly [K in keyof Flags]: Flags[K] } = {};
  if (!text) return flags;
  for (const raw of text.split(',')) {
    const flag = raw.trim();
    if (flag === '') continue;
    if (flag === 'b') flags.bold = true;
    else if (flag === 'i') flags.italic = true;
    else if (flag === 'u') flags.underline = true;
    else if (flag === 'noindent') flags.noIndent = true;
    else if (flag === 'keep') flags.keepNext = true;
    else if (/^rule\d{1,3}$/.test(flag)) flags.rule = Math.min(100, Number(flag.slice(4)));
    else if (ALIGN[flag]) flags.align = ALIGN[flag];
    else if (/^\d+(\.5)?$/.test(flag)) flags.size = Number(flag);
    else throw new MarkupError(`unknown flag "${flag}" (b, i, u, l, c, r, j, noindent, keep, rule30 or a size in pt)`, line);
  }
  return flags;
}

export function attributes(text: string, line: number): Record<string, string> {
  const result: Record<string, string> = {};
  for (const part of text.trim().split(/\s+/).filter(Boolean)) {
    const match = /^(\w+)=(.+)$/.exec(part);
    if (!match) throw new MarkupError(`expected name=value, got "${part}"`, line);
    result[match[1]!] = match[2]!;
  }
  return result;
}

export function numbers(text: string | undefined, line: number): number[] | undefined {
  if (text === undefined) return undefined;
  const values = text.split(',').map(Number);
  if (values.some((v) => !Number.isFinite(v) || v <= 0)) throw new MarkupError(`widths must be positive numbers: "${text}"`, line);
  return values;
}

export function aligns(text: string | undefined, line: number): Align[] | undefined {
  if (text === undefined) return undefined;
  return text.split(',').map((a) => {
    const align = ALIGN[a.trim()];
    if (!align) throw new MarkupError(`alignment must be l, c, r or j: "${a}"`, line);
    return align;
  });
}

/**
 * The cells of a `| a | b |` row. A backslash keeps the next character in its cell ("\|" is a
 * bar inside a cell, "\\" a backslash before the next bar); the inline parser then reads it literally.
 */
export function cells(line: string): Array<readonly Run[]> {
  const inner = line.trim().replace(/^\|/, '');
  const texts: string[] = [];
  let cell = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === '\\' && i + 1 < inner.length) cell += c + inner[++i]!;
    else if (c === '|') {
      texts.push(cell);
      cell = '';
    } else cell += c;
  }
  // A row may leave out its closing bar.
  if (cell.trim() !== '') texts.push(cell);
  return texts.map((text) => parseInline(text.trim()));
}
