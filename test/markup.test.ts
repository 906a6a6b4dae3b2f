import { describe, expect, it } from 'vitest';
import { buildDocument, documentBytes } from '../src/report/build/index.js';
import { parseInline } from '../src/report/inline.js';
import { layoutFor } from '../src/report/layout.js';
import { MarkupError, parseMarkup } from '../src/report/markup.js';
import { zipEntry } from './helpers/zip.js';

const SOURCE = `::columns widths=45,55
left: ĐẢNG BỘ TỈNH GIA LAI
left[b]: BAN DÂN VẬN TỈNH ỦY
left: \\*
right[b,u,15]: ĐẢNG CỘNG SẢN VIỆT NAM
::end
::p[c,b,15] BÁO CÁO
# I. ĐẶC ĐIỂM TÌNH HÌNH
Trên địa bàn có **24** bôn
với 4.135 hộ.

- ý thứ nhất
- ý *thứ hai*
::caption Kinh phí theo năm
::table widths=20,80 align=c,r
| Năm | Kinh phí |
|---|---|
| 2020 | 1.000 |
::pagebreak
`;

describe('markup', () => {
  it('parses every block type', () => {
    const blocks = parseMarkup(SOURCE);
    expect(blocks.map((b) => b.type)).toEqual(['columns', 'paragraph', 'heading', 'paragraph', 'list', 'caption', 'table', 'pagebreak']);
    const paragraph = blocks[3];
    expect(paragraph).toMatchObject({ type: 'paragraph', runs: [{ text: 'Trên địa bàn có ' }, { text: '24', bold: true }, { text: ' bôn với 4.135 hộ.' }] });
    expect(blocks[6]).toMatchObject({ type: 'table', widths: [20, 80], align: ['center', 'right'], headerRows: [[[{ text: 'Năm' }], [{ text: 'Kinh phí' }]]] });
  });

  it('splits ::columns into rows at ::row, each row a table row of two cells', async () => {
    const [block] = parseMarkup('::columns widths=40,60\nleft: A\nleft: B\nright: C\n::row\nleft: Số 1\nright: ngày\n::end\n');
    expect(block).toMatchObject({ type: 'columns', rows: [{ left: [{ runs: [{ text: 'A' }] }, { runs: [{ text: 'B' }] }], right: [{ runs: [{ text: 'C' }] }] }, { left: [{ runs: [{ text: 'Số 1' }] }], right: [{ runs: [{ text: 'ngày' }] }] }] });
    const xml = await zipEntry(await documentBytes(buildDocument([block!], { layout: layoutFor('dang') })), 'word/document.xml');
    expect(xml.match(/<w:tr>/g)).toHaveLength(2);
  });

  it('keeps a lone asterisk as text and honours escapes', () => {
    expect(parseInline('Số hộ*')).toEqual([{ text: 'Số hộ*' }]);
    expect(parseInline('a \\*b\\* c')).toEqual([{ text: 'a *b* c' }]);
    expect(parseInline('__gạch__ và *nghiêng*')).toEqual([{ text: 'gạch', underline: true }, { text: ' và ' }, { text: 'nghiêng', italic: true }]);
  });

  it('names the line of a mistake', () => {
    expect(() => parseMarkup('ok\n::tabel x=1')).toThrow(MarkupError);
    try {
      parseMarkup('a\n\n::p[zz] x');
    } catch (error) {
      expect((error as MarkupError).line).toBe(3);
    }
    expect(() => parseMarkup('::table widths=1,2\n| a | b | c |')).toThrow(/3 columns/);
  });
});

describe('docx builder', () => {
  it('writes A4, official margins, Times New Roman in every slot, DXA widths and repeated header rows', async () => {
    const bytes = await documentBytes(buildDocument(parseMarkup(SOURCE), { layout: layoutFor('dang') }));
    const document = await zipEntry(bytes, 'word/document.xml');
    const styles = await zipEntry(bytes, 'word/styles.xml');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="1134"[^>]*w:right="851"[^>]*w:bottom="1134"[^>]*w:left="1701"/);
    expect(document).toContain('<w:titlePg/>');
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
    expect(styles).toContain('<w:sz w:val="28"/>');
    // Table widths in twips adding up to the text width (11906 - 1701 - 851).
    expect(document).toContain('<w:gridCol w:w="1871"/><w:gridCol w:w="7483"/>');
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toContain('Bảng 1. ');
    expect(document).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(document).toMatch(/<w:jc w:val="both"\/>/);
    expect(document).toMatch(/<w:ind w:firstLine="567"\/>/);
    const header = await zipEntry(bytes, 'word/header1.xml').catch(() => zipEntry(bytes, 'word/header2.xml'));
    expect(header).toMatch(/PAGE|fldSimple|instrText/);
  });
});

describe('tables across pages', () => {
  const table = (rows: number) =>
    `::table widths=20,80\n| Năm | Kinh phí |\n|---|---|\n${Array.from({ length: rows }, (_, i) => `| ${2000 + i} | ${i} |`).join('\n')}\n| **Tổng cộng** | **0** |\n`;
  /** For each body row (header rows left out), whether its paragraph keeps with the next. */
  const keeps = async (rows: number): Promise<boolean[]> => {
    const bytes = await documentBytes(buildDocument(parseMarkup(table(rows)), { layout: layoutFor('dang') }));
    const document = await zipEntry(bytes, 'word/document.xml');
    const trs = [...document.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => m[0]).filter((tr) => !tr.includes('<w:tblHeader/>'));
    return trs.map((tr) => tr.includes('<w:keepNext/>'));
  };

  it('keeps a short table on one page', async () => {
    expect(await keeps(4)).toEqual([true, true, true, true, false]);
  });

  it('keeps the totals row of a long table with the rows above it', async () => {
    const long = await keeps(30);
    expect(long.filter(Boolean)).toHaveLength(2);
    expect(long.slice(-3)).toEqual([true, true, false]);
  });
});
