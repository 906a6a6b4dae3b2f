/**
 * Markup blocks → docx objects, one builder per block type (after remark-docx), and the
 * document around them: A4, official margins, Times New Roman in every font slot, page
 * numbers centred at the top from page 2.
 */
import { AlignmentType, Document, Header, LineRuleType, Packer, PageNumber, Paragraph, Table, TextRun } from 'docx';
import type { ChartImage } from '../charts.js';
import { FONT, type Layout } from '../layout.js';
import type { Block, BlockType } from '../markup.js';
import { buildChart } from './chart.js';
import { buildColumns } from './columns.js';
import type { BuildContext } from './context.js';
import { buildTable } from './table.js';
import { buildCaption, buildHeading, buildList, buildPageBreak, buildParagraph, buildSpace } from './text.js';

type Builder<T extends BlockType> = (block: Extract<Block, { type: T }>, ctx: BuildContext) => Array<Paragraph | Table>;

const BUILDERS: { readonly [T in BlockType]: Builder<T> } = {
  heading: buildHeading,
  paragraph: buildParagraph,
  list: buildList,
  table: buildTable,
  chart: buildChart,
  caption: buildCaption,
  columns: buildColumns,
  pagebreak: buildPageBreak,
  space: buildSpace,
};

export interface BuildOptions {
  readonly layout: Layout;
  readonly charts?: ReadonlyMap<string, ChartImage>;
  readonly title?: string;
  /** The author Word shows (File → Info): the issuing body, never the library's "Un-named". */
  readonly creator?: string;
}

export function buildBlocks(blocks: readonly Block[], ctx: BuildContext): Array<Paragraph | Table> {
  return blocks.flatMap((block) => (BUILDERS[block.type] as Builder<typeof block.type>)(block, ctx));
}

/**
 * The air after a table that ends the document would spill onto a page of its own when the
 * table fills its page: the document's last paragraph (Word needs one after a table) is a hairline.
 */
function endWithoutAir(children: Array<Paragraph | Table>): Array<Paragraph | Table> {
  if (children.length < 2 || !(children[children.length - 2] instanceof Table)) return children;
  return [...children.slice(0, -1), new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [] })];
}

const ALL_SLOTS = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT };

export function buildDocument(blocks: readonly Block[], options: BuildOptions): Document {
  const { layout } = options;
  const ctx: BuildContext = { layout, charts: options.charts ?? new Map(), chartNumber: 0, tableNumber: 0 };
  const children = endWithoutAir(buildBlocks(blocks, ctx));
  return new Document({
    creator: options.creator ?? 'ketnghia',
    lastModifiedBy: options.creator ?? 'ketnghia',
    title: options.title ?? 'Báo cáo',
    styles: {
      default: {
        document: {
          run: { font: ALL_SLOTS, size: layout.bodySize * 2 },
          paragraph: { spacing: { line: layout.line, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: layout.page.width, height: layout.page.height },
            margin: { ...layout.margin, header: 567, footer: 567 },
          },
          // The first page carries the document header instead of a page number.
          titlePage: true,
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: ALL_SLOTS, size: 28 })],
              }),
            ],
          }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children,
      },
    ],
  });
}

export async function documentBytes(document: Document): Promise<Buffer> {
  return Packer.toBuffer(document);
}
