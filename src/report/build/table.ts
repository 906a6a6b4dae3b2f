/** Tables: DXA column widths (LibreOffice ignores percentages), header rows repeated on each page. */
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { Run } from '../inline.js';
import type { Align, Block } from '../markup.js';
import { dxaWidths } from '../layout.js';
import type { BuildContext } from './context.js';
import { textRuns } from './runs.js';
import { ALIGNMENT } from './text.js';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
/** A table this short is kept on one page; a longer one keeps its last rows (the totals) together. */
const KEEP_WHOLE = 12;
const KEEP_LAST = 3;

export function buildTable(block: Extract<Block, { type: 'table' }>, ctx: BuildContext): Array<Table | Paragraph> {
  const columns = Math.max(...[...block.headerRows, ...block.rows].map((r) => r.length));
  const widths = dxaWidths(block.widths ?? new Array<number>(columns).fill(1), ctx.layout.textWidth);
  // "Keep with next" on a row's paragraphs holds it on the page of the row after it, so a
  // totals row never starts a page alone under the repeated header.
  const body = block.rows.length;
  const keepFrom = body <= KEEP_WHOLE ? 0 : body - KEEP_LAST;
  const row = (cells: ReadonlyArray<readonly Run[]>, header: boolean, keepNext: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: widths.map((width, i) => {
        const align: Align = header ? 'center' : (block.align?.[i] ?? 'left');
        return new TableCell({
          width: { size: width, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          margins: { top: 40, bottom: 40, left: 80, right: 80 },
          children: [
            new Paragraph({
              children: textRuns(cells[i] ?? [], { bold: header }, ctx.layout.tableSize),
              alignment: ALIGNMENT[align],
              spacing: { before: 0, after: 0 },
              keepNext,
            }),
          ],
        });
      }),
    });
  const table = new Table({
    width: { size: ctx.layout.textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [...block.headerRows.map((r) => row(r, true, true)), ...block.rows.map((r, i) => row(r, false, i >= keepFrom && i < body - 1))],
  });
  // A little air after the table before the next paragraph.
  return [table, new Paragraph({ spacing: { after: 120 }, children: [] })];
}
