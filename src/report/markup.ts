/**
 * The report markup: what a template renders to, and what the builder turns into a
 * .docx. Small on purpose, line-based, documented in templates/README.md:
 *
 *   # Heading 1 / ## Heading 2 / ### Heading 3
 *   plain lines (joined until a blank line)  → a body paragraph
 *   - item                                   → a list item
 *   ::p[c,b,14] text                         → a paragraph with flags
 *   ::table widths=8,52,20,20 align=c,l,r,r  → then | a | b | rows; |---| ends the header rows
 *   ::caption Kinh phí theo năm              → "Bảng 1. Kinh phí theo năm", numbered in order
 *   ::chart funds-by-year Caption text       → a chart image, "Biểu đồ 1: Caption text"
 *   ::columns widths=45,55 … left[b]: text / right[i,14]: text … ::end
 *   ::pagebreak   ::space
 *
 * Flags: b bold, i italic, u underline, a number = size in pt, l/c/r/j alignment,
 * noindent (no first-line indent), keep (keep with next), rule30 (a short solid line, 30% of
 * the width, centred, instead of the text).
 */
import { parseInline, unescapeInline, type Run } from './inline.js';
import { aligns, attributes, cells, MarkupError, numbers, parseFlags, type Align, type ColumnLine, type Flags } from './markup-line.js';

export { MarkupError, parseFlags, type Align, type ColumnLine, type Flags };

export type Block =
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly runs: readonly Run[]; readonly line: number }
  | { readonly type: 'paragraph'; readonly runs: readonly Run[]; readonly flags: Flags; readonly line: number }
  | { readonly type: 'list'; readonly items: ReadonlyArray<readonly Run[]>; readonly line: number }
  | {
      readonly type: 'table';
      readonly headerRows: ReadonlyArray<ReadonlyArray<readonly Run[]>>;
      readonly rows: ReadonlyArray<ReadonlyArray<readonly Run[]>>;
      readonly widths?: readonly number[];
      readonly align?: readonly Align[];
      readonly line: number;
    }
  | { readonly type: 'chart'; readonly id: string; readonly caption: string; readonly line: number }
  /** A table's title, numbered by the builder: "Bảng 3. …". */
  | { readonly type: 'caption'; readonly runs: readonly Run[]; readonly line: number }
  /** One row, or several when `::row` splits them (the header's number and date then stand level in the last). */
  | { readonly type: 'columns'; readonly rows: ReadonlyArray<ColumnRow>; readonly widths?: readonly number[]; readonly line: number }
  | { readonly type: 'pagebreak'; readonly line: number }
  | { readonly type: 'space'; readonly line: number };

export type BlockType = Block['type'];

export function parseMarkup(source: string): Block[] {
  const lines = source.split(/\r?\n/);
  const blocks: Block[] = [];
  let paragraph: { text: string[]; line: number } | undefined;
  let list: { items: Run[][]; line: number } | undefined;

  const flush = () => {
    if (paragraph) blocks.push({ type: 'paragraph', runs: parseInline(paragraph.text.join(' ')), flags: {}, line: paragraph.line });
    if (list) blocks.push({ type: 'list', items: list.items, line: list.line });
    paragraph = undefined;
    list = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i]!.trim();
    if (line === '') {
      flush();
      continue;
    }
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ type: 'heading', level: heading[1]!.length as 1 | 2 | 3, runs: parseInline(heading[2]!), line: lineNo });
      continue;
    }
    if (/^[-–]\s+/.test(line)) {
      if (paragraph) flush();
      list ??= { items: [], line: lineNo };
      list.items.push(parseInline(line.replace(/^[-–]\s+/, '')));
      continue;
    }
    if (line.startsWith('|')) {
      flush();
      i = readTable(lines, i, {}, blocks) - 1;
      continue;
    }
    const directive = /^::(\w+)(?:\[([^\]]*)\])?\s*(.*)$/.exec(line);
    if (directive) {
      flush();
      const [, name, flagText, rest = ''] = directive;
      switch (name) {
        case 'p':
          blocks.push({ type: 'paragraph', runs: parseInline(rest), flags: parseFlags(flagText, lineNo), line: lineNo });
          break;
        case 'pagebreak':
          blocks.push({ type: 'pagebreak', line: lineNo });
          break;
        case 'caption':
          blocks.push({ type: 'caption', runs: parseInline(rest), line: lineNo });
          break;
        case 'space':
          blocks.push({ type: 'space', line: lineNo });
          break;
        case 'chart': {
          const match = /^([\w-]+)\s*(.*)$/.exec(rest);
          if (!match) throw new MarkupError('::chart needs a chart name, e.g. ::chart funds-by-year', lineNo);
          // Plain text, not runs: the caption is drawn after "Biểu đồ N:"; escaped data reads as written.
          blocks.push({ type: 'chart', id: match[1]!, caption: unescapeInline(match[2]!.trim()), line: lineNo });
          break;
        }
        case 'table': {
          const attrs = attributes(rest, lineNo);
          let next = i + 1;
          while (next < lines.length && lines[next]!.trim() === '') next++;
          if (next >= lines.length || !lines[next]!.trim().startsWith('|')) throw new MarkupError('::table must be followed by | rows |', lineNo);
          i = readTable(lines, next, { widths: numbers(attrs.widths, lineNo), align: aligns(attrs.align, lineNo), line: lineNo }, blocks) - 1;
          break;
        }
        case 'columns':
          i = readColumns(lines, i, attributes(rest, lineNo), blocks) - 1;
          break;
        default:
          throw new MarkupError(`unknown directive ::${name} (p, table, caption, chart, columns, pagebreak, space)`, lineNo);
      }
      continue;
    }
    if (list) flush();
    paragraph ??= { text: [], line: lineNo };
    paragraph.text.push(line);
  }
  flush();
  return blocks;
}

/** Reads | rows | from `start`; returns the index of the first line after the table. */
function readTable(
  lines: readonly string[],
  start: number,
  options: { widths?: number[] | undefined; align?: Align[] | undefined; line?: number },
  blocks: Block[],
): number {
  const rows: Array<Array<readonly Run[]>> = [];
  let headerCount = 0;
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line.startsWith('|')) break;
    if (/^\|[\s:|-]+\|?$/.test(line) && line.includes('-')) {
      headerCount = rows.length;
      continue;
    }
    rows.push(cells(line));
  }
  const width = Math.max(...rows.map((r) => r.length));
  if (options.widths && options.widths.length !== width) {
    throw new MarkupError(`the table has ${width} columns but widths= gives ${options.widths.length}`, options.line ?? start + 1);
  }
  blocks.push({
    type: 'table',
    headerRows: rows.slice(0, headerCount),
    rows: rows.slice(headerCount),
    ...(options.widths ? { widths: options.widths } : {}),
    ...(options.align ? { align: options.align } : {}),
    line: options.line ?? start + 1,
  });
  return i;
}

export interface ColumnRow {
  readonly left: readonly ColumnLine[];
  readonly right: readonly ColumnLine[];
}

function readColumns(lines: readonly string[], start: number, attrs: Record<string, string>, blocks: Block[]): number {
  const rows: Array<{ left: ColumnLine[]; right: ColumnLine[] }> = [{ left: [], right: [] }];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '::end') {
      const widths = numbers(attrs.widths, start + 1);
      blocks.push({ type: 'columns', rows, ...(widths ? { widths } : {}), line: start + 1 });
      return i + 1;
    }
    if (line === '') continue;
    if (line === '::row') {
      rows.push({ left: [], right: [] });
      continue;
    }
    const { left, right } = rows[rows.length - 1]!;
    const match = /^(left|right)(?:\[([^\]]*)\])?:\s?(.*)$/.exec(line);
    if (!match) throw new MarkupError(`inside ::columns each line starts with left: or right: (or is ::row), got "${line}"`, i + 1);
    (match[1] === 'left' ? left : right).push({ runs: parseInline(match[3]!), flags: parseFlags(match[2], i + 1) });
  }
  throw new MarkupError('::columns without ::end', start + 1);
}
