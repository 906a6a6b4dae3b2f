/** Builders for headings, body paragraphs, lists, spaces and page breaks. */
import { AlignmentType, BorderStyle, LineRuleType, PageBreak, Paragraph, TextRun } from 'docx';
import type { Align, Block } from '../markup.js';
import type { BuildContext } from './context.js';
import { textRuns } from './runs.js';

export const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<Align, unknown>;

type Of<T extends Block['type']> = Extract<Block, { type: T }>;

export function buildHeading(block: Of<'heading'>, ctx: BuildContext): Paragraph[] {
  const { layout } = ctx;
  return [
    new Paragraph({
      children: textRuns(block.runs, { bold: true, italic: block.level === 3 }, layout.bodySize),
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: layout.indent },
      spacing: { before: block.level === 1 ? 120 : 60, after: layout.spaceAfter, line: layout.line, lineRule: LineRuleType.AUTO },
      keepNext: true,
    }),
  ];
}

/** A short solid centred line (ND30's line under the agency name and under the subject). */
export function ruleParagraph(percent: number, width: number): Paragraph {
  const side = Math.round((width * (1 - percent / 100)) / 2);
  return new Paragraph({
    children: [new TextRun({ text: '', size: 2 })],
    indent: { left: side, right: side },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    spacing: { before: 80, after: 0, line: 120, lineRule: LineRuleType.EXACT },
  });
}

export function buildParagraph(block: Of<'paragraph'>, ctx: BuildContext): Paragraph[] {
  const { layout } = ctx;
  if (block.flags.rule !== undefined) return [ruleParagraph(block.flags.rule, layout.textWidth)];
  const align = block.flags.align ?? 'justify';
  const indent = block.flags.noIndent || align !== 'justify' ? 0 : layout.indent;
  return [
    new Paragraph({
      children: textRuns(block.runs, block.flags, layout.bodySize),
      alignment: ALIGNMENT[align],
      indent: { firstLine: indent },
      spacing: { after: align === 'justify' ? layout.spaceAfter : 0, line: layout.line, lineRule: LineRuleType.AUTO },
      ...(block.flags.keepNext ? { keepNext: true } : {}),
    }),
  ];
}

export function buildList(block: Of<'list'>, ctx: BuildContext): Paragraph[] {
  const { layout } = ctx;
  // Official documents list with a dash at the paragraph indent, not with bullets.
  return block.items.map(
    (runs) =>
      new Paragraph({
        children: textRuns([{ text: '- ' }, ...runs], {}, layout.bodySize),
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: layout.indent },
        spacing: { after: layout.spaceAfter, line: layout.line, lineRule: LineRuleType.AUTO },
      }),
  );
}

export function buildSpace(_block: Of<'space'>, ctx: BuildContext): Paragraph[] {
  return [new Paragraph({ children: textRuns([{ text: '' }], {}, ctx.layout.bodySize), spacing: { after: 0 } })];
}

export function buildPageBreak(): Paragraph[] {
  return [new Paragraph({ children: [new PageBreak()] })];
}

export function buildCaption(block: Of<'caption'>, ctx: BuildContext): Paragraph[] {
  ctx.tableNumber++;
  return [
    new Paragraph({
      children: textRuns([{ text: `Bảng ${ctx.tableNumber}. ` }, ...block.runs], { bold: true }, ctx.layout.tableSize + 1),
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 60 },
      keepNext: true,
    }),
  ];
}
