/**
 * The borderless two-column table of the document header (issuing body | national motto)
 * and of the closing (Nơi nhận | signature).
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Block, ColumnLine } from '../markup.js';
import { dxaWidths } from '../layout.js';
import type { BuildContext } from './context.js';
import { textRuns } from './runs.js';
import { ALIGNMENT, ruleParagraph } from './text.js';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

export function buildColumns(block: Extract<Block, { type: 'columns' }>, ctx: BuildContext): Table[] {
  const widths = dxaWidths(block.widths ?? [...ctx.layout.headerColumns], ctx.layout.textWidth);
  const cell = (lines: readonly ColumnLine[], width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
      children: (lines.length > 0 ? lines : [{ runs: [], flags: {} }]).map((line) =>
        line.flags.rule !== undefined
          ? ruleParagraph(line.flags.rule, width - 216)
          : new Paragraph({
            children: textRuns(line.runs, line.flags, ctx.layout.bodySize),
            alignment: line.flags.align ? ALIGNMENT[line.flags.align] : AlignmentType.CENTER,
            spacing: { before: 0, after: 0 },
          }),
      ),
    });
  return [
    new Table({
      width: { size: ctx.layout.textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
      // Never split: a signature block whose name falls alone on the next page is not signable.
      rows: block.rows.map((row) => new TableRow({ cantSplit: true, children: [cell(row.left, widths[0]!), cell(row.right, widths[1]!)] })),
    }),
  ];
}
