/** A chart image, centred, with its numbered caption. */
import { AlignmentType, ImageRun, LineRuleType, Paragraph } from 'docx';
import type { Block } from '../markup.js';
import { MarkupError } from '../markup.js';
import type { BuildContext } from './context.js';
import { textRuns } from './runs.js';

/**
 * Charts print at 85 % of their drawn size (about 13,5 cm wide): still readable (labels ≈ 7 pt),
 * and small enough that a chart rarely leaves a third of a page empty by moving to the next.
 */
const DISPLAY_SCALE = 0.85;

export function buildChart(block: Extract<Block, { type: 'chart' }>, ctx: BuildContext): Paragraph[] {
  const image = ctx.charts.get(block.id);
  if (!image) throw new MarkupError(`unknown chart "${block.id}" (funds-by-year, activities-by-type, poverty-by-year)`, block.line);
  ctx.chartNumber++;
  const caption = block.caption ? `Biểu đồ ${ctx.chartNumber}: ${block.caption}` : `Biểu đồ ${ctx.chartNumber}`;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      // An explicit single "auto" line: LibreOffice reads a line height without a rule as
      // exact and would clip the picture to one line of text.
      spacing: { before: 120, after: 60, line: 240, lineRule: LineRuleType.AUTO },
      children: [new ImageRun({ type: 'png', data: image.png, transformation: { width: Math.round(image.width * DISPLAY_SCALE), height: Math.round(image.height * DISPLAY_SCALE) }, altText: { name: block.id, title: caption, description: caption } })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: textRuns([{ text: caption }], { italic: true }, ctx.layout.tableSize),
    }),
  ];
}
