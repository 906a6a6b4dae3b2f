import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { flatten, HEADERS, load, tempDir, writeWorkbook, type CellInput } from './helpers/workbook.js';
import { cellOf, messageOf } from '../src/findings/finding.js';
import { sheetHandler } from '../src/workbook/sheet-xml.js';
import { parseXml, XmlError } from '../src/workbook/xml.js';
import type { RawRow } from '../src/workbook/raw.js';

const dir = tempDir();

describe('reading office-shaped sheets (SPEC §2)', () => {
  it('finds a two-row merged header below title rows, skips the numbering, blank and totals rows', async () => {
    const file = await writeWorkbook(join(dir, 'hoat-dong.xlsx'), [
      {
        name: 'Báo cáo',
        rows: [
          ['BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KẾT NGHĨA NĂM 2020'],
          ['(Kèm theo Báo cáo số 21-BC/BDVTU)'],
          [],
          ['STT', 'Ngày', 'Đơn vị', 'Địa bàn', null, 'Loại hoạt động', 'Kinh phí (triệu đồng)', null, 'Nguồn kinh phí'],
          [null, null, null, 'Xã', 'Thôn', null, 'Tiền mặt', 'Hiện vật quy đổi', null],
          ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'],
          [1, '15/03/2020', 'Ban Dân vận Thị ủy', 'Ia Sao', 'Bôn Chư Jú', 'Thăm hỏi, tặng quà', '2,5', 1, 'Đơn vị tự đóng góp'],
          [],
          [2, new Date(Date.UTC(2020, 5, 1)), 'Hội Nông dân', 'Xã Ia Sao', 'Bôn Hiao', 'Mô hình kinh tế', 10, '0,25', 'XHH'],
          [null, 'Tổng cộng', null, null, null, null, { formula: 'SUM(G7:G9)', result: 12.5 }, { formula: 'SUM(H7:H9)', result: 1.25 }],
        ],
        merges: ['D4:E4', 'G4:H4', 'A4:A5', 'B4:B5', 'C4:C5', 'F4:F5', 'I4:I5'],
      },
    ]);
    const result = await load([file]);
    expect(flatten(result.findings)).toEqual([]);
    expect(result.sheets).toEqual([
      expect.objectContaining({ kind: 'activities', headerRow: 4, counts: { rows: 4, used: 2, blank: 1, totals: 1, headings: 0, footer: 0, rejected: 0, hidden: 0 } }),
    ]);
    const [first, second] = result.dataset.activities;
    expect(first).toMatchObject({ date: '2020-03-15', unit: 'Ban Dân vận Thị ủy', commune: 'Ia Sao', village: 'Bôn Chư Jú', type: 'visits-gifts', cash: 2_500_000, inKind: 1_000_000, source: 'own' });
    expect(second).toMatchObject({ date: '2020-06-01', type: 'economic-model', cash: 10_000_000, inKind: 250_000, source: 'socialized' });
    expect(first!.origin).toEqual({ file, sheet: 'Báo cáo', row: 7 });
  });

  it('reports each bad cell at its address with its code', async () => {
    const file = await writeWorkbook(join(dir, 'thon.xlsx'), [
      {
        name: 'Thôn làng',
        rows: [
          [...HEADERS.villages],
          [1, null, 'Ia Sao', 'Bôn Chư Jú', 2020, 'Jrai', 'x', null, 172, 170, 851, 43, 20],
          [2, null, 'Ia Sao', 'Bôn Hiao', 1890, 'Gia Rai', 'có', 'hmm', 100, 90, '5OO', 120, -1],
          [3, null, null, 'Bôn Broai', 2020.5, 'Gia Ray', null, null, 'abc', null, null, { formula: 'A1/0', result: { error: '#DIV/0!' } }, null],
        ],
      },
    ]);
    const result = await load([file]);
    expect(flatten(result.findings)).toEqual([
      [3, 'E3', 'out-of-range'],
      [3, 'H3', 'invalid-boolean'],
      [3, 'K3', 'invalid-integer'],
      [3, 'L3', 'inconsistent-values'],
      [3, 'M3', 'negative-value'],
      [4, 'C4', 'required'],
      [4, 'E4', 'invalid-integer'],
      [4, 'F4', 'invalid-choice'],
      [4, 'I4', 'invalid-integer'],
      [4, 'L4', 'formula-error'],
    ]);
    // A fraction stored as a number is written the Vietnamese way in Vietnamese messages.
    expect(messageOf(result.findings.find((f) => f.column === 'E' && f.row === 4)!, 'vi')).toContain('2020,5');
    expect(messageOf(result.findings.find((f) => f.column === 'E' && f.row === 4)!, 'en')).toContain('2020.5');
    const ethnic = result.findings.find((f) => f.column === 'F' && f.row === 4)!;
    expect(ethnic).toMatchObject({ severity: 'warning', suggestion: 'Gia Rai' });
    expect(result.dataset.villages.map((v) => v.ethnicity)).toEqual(['Gia Rai']);
    expect(result.sheets[0]!.counts).toEqual({ rows: 3, used: 1, blank: 0, totals: 0, headings: 0, footer: 0, rejected: 2, hidden: 0 });
  });

  it('reports missing, duplicate and unknown columns with a suggestion', async () => {
    const file = await writeWorkbook(join(dir, 'cot.xlsx'), [
      {
        name: 'Hoạt động',
        rows: [
          ['STT', 'Ngày', 'Đơn vị', 'Xã', 'Thôn', 'Tiền mặt', 'Số tiền', 'Nguon kinh phi', 'Ghi chu ky'],
          [1, '01/02/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', 100, 200, 'Khác', 'x'],
        ],
      },
    ]);
    const result = await load([file]);
    expect(flatten(result.findings)).toEqual([
      [1, undefined, 'column-missing'],
      [1, 'G1', 'column-duplicate'],
      [1, 'I1', 'column-unknown'],
    ]);
    expect(result.findings[0]).toMatchObject({ field: 'type' });
    expect(result.sheets[0]!.counts.rejected).toBe(1);
  });

  it('recognises a sheet by its header when its name says nothing', async () => {
    const file = await writeWorkbook(join(dir, 'sheet1.xlsx'), [
      { name: 'Sheet1', rows: [[...HEADERS.units], [1, 'Hội Nông dân', 'huyện', 'Mặt trận, đoàn thể']] },
      { name: 'Ghi chú', rows: [['Người lập biểu: Nguyễn Văn A']] },
    ]);
    const result = await load([file]);
    expect(result.findings).toEqual([]);
    expect(result.dataset.units).toEqual([expect.objectContaining({ unit: 'Hội Nông dân', level: 'huyen', bloc: 'mat-tran-doan-the' })]);
    expect(result.files[0]!.ignoredSheets).toEqual(['Ghi chú']);
  });
});

describe('multi-byte text across stream chunks', () => {
  it('never splits a Vietnamese letter into replacement characters (exceljs parse-sax workaround)', async () => {
    const rows: unknown[][] = [[...HEADERS.units]];
    for (let i = 0; i < 6000; i++) rows.push([i + 1, `Đơn vị Ủy ban Mặt trận Tổ quốc Việt Nam số ${i + 1} – Đắk Nông`, 'tỉnh', 'Khác']);
    const file = await writeWorkbook(join(dir, 'dai.xlsx'), [{ name: 'Đơn vị', rows: rows as never }]);
    const result = await load([file]);
    expect(result.findings).toEqual([]);
    expect(result.dataset.units).toHaveLength(6000);
    expect(result.dataset.units.filter((u) => u.unit.includes('\ufffd'))).toEqual([]);
  });
});

describe('rows that are not data', () => {
  it('skips subtotals and section headings, keeps a village named "Cộng Hòa" and a unit named "Công an"', async () => {
    const file = await writeWorkbook(join(dir, 'nhom.xlsx'), [
      {
        name: 'Kết nghĩa',
        rows: [
          ['DANH SÁCH CẶP KẾT NGHĨA'],
          ['STT', 'Đơn vị', 'Xã', 'Thôn/làng', 'Ngày kết nghĩa'],
          ['I', 'KHỐI ĐẢNG'],
          [1, 'Ban Dân vận Thị ủy', 'Ia Sao', 'Cộng Hòa', '15/03/2013'],
          [null, 'Cộng khối Đảng'],
          ['II', 'Khối chính quyền'],
          [2, 'Công an thị xã', 'Ia Sao', 'Bôn Hiao', '15/03/2013'],
          [null, 'Tổng cộng:'],
        ],
        merges: ['A1:E1'],
      },
    ]);
    const result = await load([file]);
    expect(flatten(result.findings)).toEqual([]);
    expect(result.sheets[0]).toMatchObject({ headerRow: 2, counts: { rows: 6, used: 2, blank: 0, totals: 2, headings: 2, footer: 0, rejected: 0, hidden: 0 } });
    expect(result.dataset.pairings.map((p) => [p.unit, p.village])).toEqual([
      ['Ban Dân vận Thị ủy', 'Cộng Hòa'],
      ['Công an thị xã', 'Bôn Hiao'],
    ]);
  });
});

describe('the signature block under the table', () => {
  it('is skipped and counted, names and titles included, while a unit named "Ban Thường vụ Tỉnh đoàn" stays data', async () => {
    const file = await writeWorkbook(join(dir, 'chu-ky.xlsx'), [
      {
        name: 'Hoạt động',
        rows: [
          [...HEADERS.activities],
          [1, '15/03/2020', 'Ban Dân vận Thị ủy', 'Ia Sao', 'Bôn Chư Jú', 'Thăm hỏi, tặng quà', 'Tặng quà', 1_000_000, 0, 'Đơn vị tự đóng góp'],
          [2, '16/03/2020', 'Ban Thường vụ Tỉnh đoàn', 'Ia Sao', 'Bôn Hiao', 'Thăm hỏi, tặng quà', 'Tặng quà', 2_000_000, 0, 'Đơn vị tự đóng góp'],
          [null, 'Tổng cộng', null, null, null, null, null, 3_000_000, 0],
          [],
          [null, null, null, null, null, null, 'Ayun Pa, ngày 10 tháng 01 năm 2021'],
          [null, 'NGƯỜI LẬP BIỂU', null, null, null, null, 'THỦ TRƯỞNG ĐƠN VỊ'],
          [null, '(Ký, ghi rõ họ tên)', null, null, null, null, '(Ký tên, đóng dấu)'],
          [],
          [],
          [null, 'Nguyễn Văn A', null, null, null, null, 'Trần Thị C'],
        ],
      },
      {
        name: 'Đơn vị',
        rows: [
          [...HEADERS.units],
          [1, 'Ban Thường vụ Tỉnh đoàn', 'tỉnh', 'Mặt trận, đoàn thể'],
          [2, 'Ban Dân vận Thị ủy', 'huyện', 'Đảng'],
          [],
          [null, 'Nơi nhận:'],
          [null, '- Như trên;'],
          [null, '- Lưu VT.'],
        ],
      },
      {
        name: 'Kết nghĩa',
        rows: [
          [...HEADERS.pairings],
          [1, 'Ban Dân vận Thị ủy', 'Ia Sao', 'Bôn Chư Jú', '15/03/2013'],
          [2, 'Ban Thường vụ Tỉnh đoàn', 'Ia Sao', 'Bôn Hiao', '15/03/2013'],
          [null, null, null, null, 'Ia Sao, ngày      tháng      năm 2021'],
          [null, 'Người lập', null, null, 'T/M BAN CHẤP HÀNH'],
        ],
      },
    ]);
    const result = await load([file]);
    expect(flatten(result.findings)).toEqual([]);
    expect(result.sheets.map((s) => s.counts)).toEqual([
      { rows: 10, used: 2, blank: 3, totals: 1, headings: 0, footer: 4, rejected: 0, hidden: 0 },
      { rows: 6, used: 2, blank: 1, totals: 0, headings: 0, footer: 3, rejected: 0, hidden: 0 },
      { rows: 4, used: 2, blank: 0, totals: 0, headings: 0, footer: 2, rejected: 0, hidden: 0 },
    ]);
    expect(result.dataset.units.map((u) => u.unit)).toEqual(['Ban Thường vụ Tỉnh đoàn', 'Ban Dân vận Thị ủy']);
  });

  it('ends at a row that looks like data again, which is read and checked', async () => {
    const file = await writeWorkbook(join(dir, 'chu-ky-giua.xlsx'), [
      {
        name: 'Hoạt động',
        rows: [
          [...HEADERS.activities],
          [null, 'Người lập biểu'],
          [null, 'Nguyễn Văn A'],
          [1, 'ngày 15', 'Ban Dân vận Thị ủy', 'Ia Sao', 'Bôn Chư Jú', 'Thăm hỏi, tặng quà', 'Tặng quà', 1_000_000, 0, 'Đơn vị tự đóng góp'],
        ],
      },
    ]);
    const result = await load([file]);
    expect(flatten(result.findings)).toEqual([[4, 'B4', 'invalid-date']]);
    expect(result.sheets[0]!.counts).toMatchObject({ footer: 2, rejected: 1, hidden: 0 });
  });
});

describe('the same records in two files', () => {
  const master = (name: string) =>
    writeWorkbook(join(dir, name), [
      { name: 'Thôn làng', rows: [[...HEADERS.villages], [1, null, 'Ia Sao', 'Bôn Chư Jú', 2020, 'Gia Rai', 'x', null, 172, 170, 851, 43, 20]] },
      { name: 'Kết nghĩa', rows: [[...HEADERS.pairings], [1, 'Ban Dân vận Thị ủy', 'Ia Sao', 'Bôn Chư Jú', '15/03/2013', null, '12-QĐ/TU']] },
    ]);

  it('counts a pairing once when a unit’s submission repeats the master’s, with the same dates', async () => {
    const submission = await writeWorkbook(join(dir, 'nop.xlsx'), [
      { name: 'Kết nghĩa', rows: [[...HEADERS.pairings], [1, 'Ban Dân vận Thị ủy', 'Xã Ia Sao', 'Bôn Chư Jú', '15/03/2013']] },
    ]);
    const result = await load([await master('tong-hop.xlsx'), submission]);
    expect(flatten(result.findings)).toEqual([]);
    expect(result.dataset.pairings).toHaveLength(1);
  });

  it('still reports the same pairing twice in one file, or with other dates', async () => {
    const twice = await writeWorkbook(join(dir, 'hai-lan.xlsx'), [
      {
        name: 'Kết nghĩa',
        rows: [[...HEADERS.pairings], [1, 'Ban Dân vận Thị ủy', 'Ia Sao', 'Bôn Chư Jú', '15/03/2013'], [2, 'Ban Dân vận Thị ủy', 'Ia Sao', 'Bôn Chư Jú', '15/03/2013']],
      },
    ]);
    expect(flatten((await load([twice])).findings)).toEqual([[3, 'D3', 'duplicate-key']]);
    const otherDate = await writeWorkbook(join(dir, 'ngay-khac.xlsx'), [
      { name: 'Kết nghĩa', rows: [[...HEADERS.pairings], [1, 'Ban Dân vận Thị ủy', 'Ia Sao', 'Bôn Chư Jú', '01/01/2014']] },
    ]);
    expect(flatten((await load([await master('tong-hop-2.xlsx'), otherDate])).findings)).toEqual([[2, 'D2', 'duplicate-key']]);
  });

  it('does not call two rejected activity rows the same activity', async () => {
    const file = await writeWorkbook(join(dir, 'hoat-dong-loi.xlsx'), [
      {
        name: 'Hoạt động',
        rows: [
          [...HEADERS.activities],
          [1, '31/02/2020', 'Ban Dân vận Thị ủy', 'Ia Sao', 'Bôn Chư Jú', 'Thăm hỏi, tặng quà', 'Tặng quà', 1_000_000, 0, 'Đơn vị tự đóng góp'],
          [2, '30/02/2020', 'Ban Dân vận Thị ủy', 'Ia Sao', 'Bôn Chư Jú', 'Thăm hỏi, tặng quà', 'Tặng quà', 1_000_000, 0, 'Đơn vị tự đóng góp'],
        ],
      },
    ]);
    expect(flatten((await load([file])).findings)).toEqual([
      [2, 'B2', 'invalid-date'],
      [3, 'B3', 'invalid-date'],
    ]);
  });
});

describe('row by row', () => {
  it('never carries a value from a skipped totals row into the next row', async () => {
    const file = await writeWorkbook(join(dir, 'tong.xlsx'), [
      {
        name: 'Hoạt động',
        rows: [
          [...HEADERS.activities],
          [1, '01/02/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', 'Tặng quà', 'a', 100, null, 'Khác'],
          [null, 'Cộng quý I', null, null, null, null, null, 100, 999, null],
          [2, '01/05/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', 'Tặng quà', 'b', 200, null, 'Khác'],
        ],
      },
    ]);
    const result = await load([file]);
    expect(result.sheets[0]!.counts).toMatchObject({ used: 2, totals: 1 });
    expect(result.dataset.activities.map((a) => a.inKind)).toEqual([undefined, undefined]);
  });
});

describe('a row of units under the header', () => {
  it('is part of the header and scales its columns', async () => {
    const file = await writeWorkbook(join(dir, 'dvt.xlsx'), [
      {
        name: 'Hoạt động',
        rows: [
          ['STT', 'Ngày', 'Đơn vị', 'Xã', 'Thôn', 'Loại hoạt động', 'Tiền mặt', 'Hiện vật quy đổi'],
          [null, null, null, null, null, null, '(triệu đồng)', '(đồng)'],
          [1, '01/02/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', 'Tặng quà', '1,5', 200_000],
        ],
      },
    ]);
    const result = await load([file]);
    expect(flatten(result.findings)).toEqual([]);
    expect(result.sheets[0]!.counts).toMatchObject({ rows: 1, used: 1 });
    expect(result.dataset.activities[0]).toMatchObject({ cash: 1_500_000, inKind: 200_000 });
  });
});

describe('merged name cells', () => {
  it('reads a commune merged down over its villages, and a unit merged over its pairings', async () => {
    const file = await writeWorkbook(join(dir, 'gop.xlsx'), [
      {
        name: 'Kết nghĩa',
        rows: [
          [...HEADERS.pairings],
          [1, 'Hội Nông dân', 'Ia Sao', 'Bôn A', '01/01/2015', null, null],
          [2, null, null, 'Bôn B', '01/01/2015', null, null],
          [3, null, 'Ia Rtô', 'Bôn C', '01/01/2015', null, null],
          [4, 'Thị đoàn', null, 'Bôn D', '01/01/2015', null, null],
        ],
        merges: ['B2:B4', 'C2:C3'],
      },
    ]);
    const result = await load([file]);
    // Row 5's commune is blank without a merge: still an error.
    expect(flatten(result.findings)).toEqual([[5, 'C5', 'required']]);
    expect(result.dataset.pairings.map((p) => [p.unit, p.commune, p.village])).toEqual([
      ['Hội Nông dân', 'Ia Sao', 'Bôn A'],
      ['Hội Nông dân', 'Ia Sao', 'Bôn B'],
      ['Hội Nông dân', 'Ia Rtô', 'Bôn C'],
    ]);
  });
});

describe('formula results that are errors', () => {
  it('names the error each formula gives, and says when a formula was never calculated', async () => {
    const file = await writeWorkbook(join(dir, 'cong-thuc.xlsx'), [
      {
        name: 'Thôn làng',
        rows: [
          [...HEADERS.villages],
          [1, null, 'Ia Sao', 'Bôn Chư Jú', 2020, 'Gia Rai', 'x', null, 172, 170, { formula: 'K9*2', result: { error: '#REF!' } }, 43, 20],
          [2, null, 'Ia Sao', 'Bôn Hiao', 2020, 'Gia Rai', 'x', null, 100, 90, 500, { formula: 'VLOOKUP(D3,X:Y,2,0)', result: { error: '#N/A' } }, 1],
          [3, null, 'Ia Sao', 'Bôn Broai', 2020, 'Gia Rai', 'x', null, { formula: 'SUM(Z1:Z9)' }, 80, 400, 10, 2],
        ],
      },
    ]);
    const result = await load([file]);
    const errors = result.findings.filter((f) => f.code === 'formula-error');
    expect(errors.map((f) => [cellOf(f), f.value])).toEqual([
      ['K2', '#REF!'],
      ['L3', '#N/A'],
      ['I4', '=SUM(Z1:Z9)'],
    ]);
    expect(messageOf(errors[0]!, 'vi')).toBe('"Số khẩu": công thức cho kết quả lỗi #REF! (tham chiếu tới ô đã bị xóa); hãy sửa công thức hoặc nhập số liệu trực tiếp.');
    expect(messageOf(errors[1]!, 'en')).toBe('"Poor households": the formula gives the error #N/A (a looked-up value was not found); fix the formula or type the figure.');
    expect(messageOf(errors[2]!, 'vi')).toContain('công thức =SUM(Z1:Z9) chưa được tính');
  });
});

describe('reading a sheet part as it streams', () => {
  const xml = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="2" spans="1:11" s="3" customFormat="1" ht="15.75" customHeight="1" x14ac:dyDescent="0.25" hidden="1"><c r="A2" s="1"><v>1</v></c><c r="H2" s="3" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
      "<c r='I2' t='e'><v>#N/A</v></c><c r=\"J2\" t=\"e\"/><c r=\"K2\" t=\"n\"><v>5</v></c></row>" +
      '<x:row r="3"><x:c r="B3" t="inlineStr"><x:is><x:r><x:t>Thôn &amp; </x:t></x:r><x:r><x:t xml:space="preserve">Làng &#7897;</x:t></x:r></x:is></x:c>' +
      '<c r="A3" t="s"><v>0</v></c><c r="C3" t="str"><f>A3&amp;""</f><v>Bon Ja Rá</v></c><c r="D3"><f>SUM(Z1:Z9)</f></c><!-- a comment --><c r="E3" t="b"><v>1</v></c></x:row>' +
      '</sheetData><mergeCells count="2"><mergeCell ref="C5:C10"/><mergeCell ref="D4:E4"/></mergeCells></worksheet>',
  );
  const context = { strings: ['Buôn Đôn'], styles: [], date1904: false };

  const run = async (chunks: Buffer[]) => {
    const rows: RawRow[] = [];
    const seen: number[] = [];
    const sheet = sheetHandler(context, (row) => rows.push(row), (row) => seen.push(row));
    await parseXml(Readable.from(chunks, { objectMode: false }), sheet.handler);
    return { rows, seen, ranges: sheet.merges };
  };
  const expected = {
    rows: [
      {
        row: 2,
        hidden: true,
        cells: [
          { col: 1, value: { t: 'n', v: 1 } },
          { col: 8, value: { t: 'e', v: '#DIV/0!', formula: true } },
          { col: 9, value: { t: 'e', v: '#N/A' } },
          { col: 11, value: { t: 'n', v: 5 } },
        ],
      },
      {
        row: 3,
        cells: [
          { col: 1, value: { t: 's', v: 'Buôn Đôn' } },
          { col: 2, value: { t: 's', v: 'Thôn & Làng ộ' } },
          { col: 3, value: { t: 's', v: 'Bon Ja Rá', formula: true } },
          { col: 4, value: { t: 'e', v: '=SUM(Z1:Z9)', formula: true } },
          { col: 5, value: { t: 'b', v: true } },
        ],
      },
    ],
    seen: [2, 3],
    ranges: [{ top: 5, left: 3, bottom: 10, right: 3 }, { top: 4, left: 4, bottom: 4, right: 5 }],
  };

  it('gives the same rows, cells in column order, merges and hidden rows wherever the chunks are cut', async () => {
    expect(await run([xml])).toEqual(expected);
    // Every cut, including inside a multi-byte letter, an entity, a tag and a comment.
    for (let cut = 1; cut < xml.length; cut++) expect(await run([xml.subarray(0, cut), xml.subarray(cut)])).toEqual(expected);
    for (const size of [1, 3, 7]) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < xml.length; at += size) chunks.push(xml.subarray(at, at + size));
      expect(await run(chunks)).toEqual(expected);
    }
  });

  it('refuses a part cut short, unbalanced tags, a bad entity and a DTD', async () => {
    const damaged = [
      xml.subarray(0, xml.length - 20),
      Buffer.from('<worksheet><sheetData><row r="1"></sheetData></worksheet>'),
      Buffer.from('<worksheet><sheetData><row r="1"><c r="A1" t="str"><v>a &nbsp; b</v></c></row></sheetData></worksheet>'),
      Buffer.from('<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet>&a;</worksheet>'),
      Buffer.from('<worksheet><c r=A1></c></worksheet>'),
    ];
    for (const part of damaged) await expect(run([part])).rejects.toBeInstanceOf(XmlError);
  });

  it('does not wait for a tag that never ends in a damaged file', async () => {
    // Were the unfinished tag carried from chunk to chunk, these 64 MiB would be copied
    // and searched over and over and the test would time out.
    const chunk = Buffer.alloc(16 * 1024, 'x');
    const chunks = [Buffer.from('<worksheet><sheetData><row r="1"><c r="A1" t="e"><v>'), Buffer.from('<mergeCell ref="A1:B1"'), ...Array.from({ length: 4096 }, () => chunk)];
    await expect(run(chunks)).rejects.toBeInstanceOf(XmlError);
  });
});

describe('amounts that carry their own unit', () => {
  it('reads the cell’s unit over the header’s, and refuses a fraction of a đồng typed as text', async () => {
    const file = await writeWorkbook(join(dir, 'don-vi-tinh.xlsx'), [
      {
        name: 'Hoạt động',
        rows: [
          ['STT', 'Ngày', 'Đơn vị', 'Xã', 'Thôn/làng', 'Loại hoạt động', 'Tiền mặt (nghìn đồng)', 'Hiện vật quy đổi (đồng)'],
          [1, '15/03/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', 'Khác', '1,5 triệu', '2.000.000 đ'],
          [2, '16/03/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', 'Khác', '500k', 200],
          [3, '17/03/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', 'Khác', 200, '2,5'],
        ],
      },
    ]);
    const result = await load([file]);
    expect(flatten(result.findings)).toEqual([[4, 'H4', 'invalid-integer']]);
    expect(result.dataset.activities.map((a) => [a.cash, a.inKind])).toEqual([
      [1_500_000, 2_000_000],
      [500_000, 200],
    ]);
  });
});

describe('a header again further down the sheet', () => {
  const row = (n: number, cash: number, inKind: number): CellInput[] => [n, '15/03/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', 'Khác', 'Tặng quà', cash, inKind, 'Khác'];

  it('skips a printed page’s header copied in, numbering row included', async () => {
    const file = await writeWorkbook(join(dir, 'lap-tieu-de.xlsx'), [
      {
        name: 'Hoạt động',
        rows: [[...HEADERS.activities], ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)'], row(1, 100, 0), row(2, 200, 0), [...HEADERS.activities], ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)'], row(3, 300, 0)],
      },
    ]);
    const result = await load([file]);
    expect(flatten(result.findings)).toEqual([]);
    expect(result.dataset.activities.map((a) => a.cash)).toEqual([100, 200, 300]);
    expect(result.sheets[0]!.counts).toMatchObject({ used: 3, headings: 2, rejected: 0 });
  });

  it('reads a second table by its own header: other column order, other unit', async () => {
    const second = ['STT', 'Ngày', 'Đơn vị', 'Xã', 'Thôn/làng', 'Loại hoạt động', 'Nội dung', 'Hiện vật quy đổi (triệu đồng)', 'Tiền mặt (triệu đồng)', 'Nguồn kinh phí'];
    const file = await writeWorkbook(join(dir, 'hai-bang.xlsx'), [
      {
        name: 'Hoạt động',
        rows: [['I. NĂM 2020'], [...HEADERS.activities], row(1, 1_000_000, 0), [], ['II. NĂM 2021 (triệu đồng)'], second, row(1, 1, 5), row(2, 2, 0)],
      },
    ]);
    const result = await load([file]);
    expect(flatten(result.findings)).toEqual([]);
    expect(result.dataset.activities.map((a) => [a.cash, a.inKind])).toEqual([
      [1_000_000, 0],
      [5_000_000, 1_000_000],
      [0, 2_000_000],
    ]);
    // The second table's cells are fixed in the second table's columns.
    const { fixFile } = await import('../src/fix/workbook.js');
    const fixed = await fixFile(file, join(dir, 'hai-bang-sua.xlsx'), '2026-11-22');
    expect(fixed.kind).toBe('fixed');
    expect(flatten((await load([join(dir, 'hai-bang-sua.xlsx')])).findings)).toEqual([]);
  });
});

describe('hidden sheets and rows', () => {
  it('reads them like the others and says so, in the counts and the output', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const visible = book.addWorksheet('Hoạt động');
    const old = book.addWorksheet('Hoạt động (bản cũ)');
    for (const sheet of [visible, old]) {
      sheet.addRow([...HEADERS.activities]);
      sheet.addRow([1, '15/03/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', 'Khác', 'Tặng quà', 100, 0, 'Khác']);
      sheet.addRow([2, '16/03/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', 'Khác', 'Tặng gạo', 200, 0, 'Khác']);
    }
    visible.getRow(3).hidden = true;
    old.state = 'hidden';
    const file = join(dir, 'an.xlsx');
    await book.xlsx.writeFile(file);
    const result = await load([file]);
    expect(result.dataset.activities).toHaveLength(4);
    expect(result.sheets.map((s) => [s.sheet, s.hidden ?? false, s.counts.hidden])).toEqual([
      ['Hoạt động', false, 1],
      ['Hoạt động (bản cũ)', true, 0],
    ]);
    const { formatFindings } = await import('../src/cli/print-findings.js');
    const text = formatFindings(result, 'vi');
    expect(text).toContain('trong đó 1 dòng đang ẩn (vẫn được tính)');
    expect(text).toContain('Trang "Hoạt động (bản cũ)" (trang đang ẩn, vẫn được tính)');
  });
});
