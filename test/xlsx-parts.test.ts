import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isDateFormat, parseRelations, parseSharedStrings, parseStyles, parseWorkbookPart, serialToDate } from '../src/workbook/parts.js';
import { sheetHandler, type SheetContext } from '../src/workbook/sheet-xml.js';
import { parseXml } from '../src/workbook/xml.js';
import type { RawRow } from '../src/workbook/raw.js';
import { fromUtcDate } from '../src/values/calendar.js';

const part = (xml: string) => Readable.from([Buffer.from(xml)], { objectMode: false });

async function rowsOf(sheetData: string, context: SheetContext): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  const sheet = sheetHandler(context, (row) => rows.push(row));
  await parseXml(part(`<worksheet><sheetData>${sheetData}</sheetData></worksheet>`), sheet.handler);
  return rows;
}

describe('the parts read before the sheets', () => {
  it('reads relations and the sheet list, prefixed or not, with the date system', async () => {
    const relations = await parseRelations(
      part('<?xml version="1.0"?><Relationships xmlns="x"><Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://x/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>'),
    );
    expect(relations).toEqual([
      { id: 'rId1', type: 'http://x/worksheet', target: 'worksheets/sheet1.xml' },
      { id: 'rId2', type: 'http://x/sharedStrings', target: '/xl/sharedStrings.xml' },
    ]);
    const workbook = await parseWorkbookPart(
      part('<x:workbook xmlns:x="m" xmlns:r="r"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Thôn &amp; làng" sheetId="1" r:id="rId1"/><x:sheet name="Ẩn" sheetId="2" state="hidden" r:id="rId3"/></x:sheets></x:workbook>'),
    );
    expect(workbook).toEqual({
      date1904: true,
      sheets: [
        { name: 'Thôn & làng', relationId: 'rId1', state: undefined },
        { name: 'Ẩn', relationId: 'rId3', state: 'hidden' },
      ],
    });
  });

  it('joins rich-text runs, keeps their fonts and leaves out phonetic readings', async () => {
    const strings = await parseSharedStrings(
      part(
        '<sst><si><t>Buôn Đôn</t></si><si><t xml:space="preserve"> có  cách </t></si><si><t/></si>' +
          '<si><r><rPr><rFont val="Arial"/></rPr><t>Th«n </t></r><r><rPr><rFont val=".VnTime"/></rPr><t>Plei</t></r></si>' +
          '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si></sst>',
      ),
    );
    expect(strings).toEqual(['Buôn Đôn', ' có  cách ', '', { text: 'Th«n Plei', fonts: ['Arial', '.VnTime'] }, '漢字']);
  });

  it('knows a date format from its code, built in or custom, and the font of each style', async () => {
    const styles = await parseStyles(
      part(
        '<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0&quot; đồng&quot;"/></numFmts>' +
          '<fonts><font><sz val="11"/><name val="Calibri"/></font><font><name val=".VnTime"/></font></fonts>' +
          '<cellStyleXfs><xf numFmtId="14" fontId="1"/></cellStyleXfs>' +
          '<cellXfs><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/><xf numFmtId="164" fontId="1"/><xf numFmtId="165"/><xf numFmtId="3" fontId="1"/></cellXfs>' +
          '<dxfs><dxf><font><name val="Other"/></font></dxf></dxfs></styleSheet>',
      ),
    );
    expect(styles).toEqual([
      { date: false, font: 'Calibri' },
      { date: true, font: 'Calibri' },
      { date: true, font: '.VnTime' },
      { date: false, font: undefined },
      { date: false, font: '.VnTime' },
    ]);
    expect(['yyyy-mm-dd', 'h:mm', '[$-42A]d/m/yyyy', 'mmm-yy'].map(isDateFormat)).toEqual([true, true, true, true]);
    expect(['0.00', '#,##0 [$₫-42A]', '"ngày" 0', 'General'].map(isDateFormat)).toEqual([false, false, false, false]);
  });
});

describe('cell values', () => {
  const context: SheetContext = {
    strings: ['Làng Tơ Nùng', { text: 'Th«n', fonts: [undefined, '.VnTime'] }],
    styles: [
      { date: false, font: '.VnTime' },
      { date: true, font: undefined },
      { date: false, font: 'VNI-Times' },
      { date: false, font: 'Arial' },
    ],
    date1904: false,
  };

  it('reads dates from serials whose format is a date, whatever the timezone', async () => {
    const [row] = await rowsOf('<row r="4"><c r="A4" s="1"><v>44635</v></c><c r="B4" s="1"><v>44635.75</v></c><c r="C4"><v>44635</v></c><c r="D4" t="d"><v>2022-03-15</v></c></row>', context);
    expect(row!.cells.map((c) => (c.value.t === 'd' ? fromUtcDate(c.value.v) : c.value.v))).toEqual(['2022-03-15', '2022-03-15', 44635, '2022-03-15']);
    expect(fromUtcDate(serialToDate(0, true))).toBe('1904-01-01');
  });

  it('takes the font from the cell, else its row, but not the default style 0 (as exceljs did)', async () => {
    const rows = await rowsOf(
      '<row r="1"><c r="A1" t="s" s="2"><v>0</v></c><c r="B1" t="s" s="0"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="inlineStr" s="3"><is><t>x</t></is></c></row>' +
        '<row r="2" s="2" customFormat="1"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s" s="3"><v>0</v></c></row>',
      context,
    );
    expect(rows.map((r) => r.cells.map((c) => (c.value.t === 's' ? (c.value.font ?? '-') : '?')))).toEqual([
      ['VNI-Times', '-', '.VnTime', '-'],
      ['VNI-Times', '-'],
    ]);
  });

  it('reads booleans, errors, empty cells and formulas without a cached result', async () => {
    const [row] = await rowsOf(
      '<row r="7"><c r="A7" t="b"><v>0</v></c><c r="B7" t="e"><v>#REF!</v></c><c r="C7"/><c r="D7" t="s"><v>9</v></c><c r="E7"><v></v></c>' +
        '<c r="F7" t="str"><f>A1&amp;""</f><v></v></c><c r="G7"><f t="shared" si="0"/></c><c r="H7"><f>1+1</f><v>2</v></c></row>',
      context,
    );
    expect(row!.cells).toEqual([
      { col: 1, value: { t: 'b', v: false } },
      { col: 2, value: { t: 'e', v: '#REF!' } },
      { col: 7, value: { t: 'e', v: '=', formula: true } },
      { col: 8, value: { t: 'n', v: 2, formula: true } },
    ]);
  });

  it('numbers rows and cells that leave out their references, and calls back for every row', async () => {
    const seen: number[] = [];
    const rows: RawRow[] = [];
    const sheet = sheetHandler(context, (row) => rows.push(row), (row) => seen.push(row));
    await parseXml(part('<worksheet><sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row/><row r="9"><c r="C9"><v>3</v></c></row></sheetData></worksheet>'), sheet.handler);
    expect(seen).toEqual([1, 2, 9]);
    expect(rows).toEqual([
      { row: 1, cells: [{ col: 1, value: { t: 'n', v: 1 } }, { col: 2, value: { t: 'n', v: 2 } }] },
      { row: 9, cells: [{ col: 3, value: { t: 'n', v: 3 } }] },
    ]);
  });
});
