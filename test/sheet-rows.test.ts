// Recognition and row parsing driven on literal rows, as the streaming reader hands them on:
// no workbook is written, so each step of reading a sheet is seen on its own.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/findings/finding.js';
import type { ParsedRow } from '../src/model/types.js';
import type { RawRow, RawValue } from '../src/workbook/raw.js';
import { SheetProcessor } from '../src/checks/sheet.js';
import { RowParser } from '../src/checks/sheet-rows.js';
import {
  headerFindings,
  lastHeaderRow,
  layoutOf,
  looksLikeHeader,
  recogniseHeader,
  resolveHeld,
  rowKind,
} from '../src/checks/sheet-recognise.js';
import { flatten } from './helpers/workbook.js';

const today = '2021-01-10';
type Cell = string | number | Date | null;

/** One row as the reader gives it: column A first, blanks left out. */
function row(number: number, cells: readonly Cell[]): RawRow {
  const out: Array<{ col: number; value: RawValue }> = [];
  cells.forEach((v, i) => {
    if (v === null) return;
    const value: RawValue = typeof v === 'string' ? { t: 's', v } : typeof v === 'number' ? { t: 'n', v } : { t: 'd', v };
    out.push({ col: i + 1, value });
  });
  return { row: number, cells: out };
}
function rows(...cells: ReadonlyArray<readonly Cell[]>): RawRow[] {
  return cells.map((c, i) => row(i + 1, c));
}

const HEADER = ['STT', 'Ngày', 'Đơn vị', 'Xã', 'Thôn/làng', 'Loại hoạt động', 'Tiền mặt (đồng)', 'Nguồn kinh phí'];
const DATA: Cell[] = [1, '15/03/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', 'Tặng quà', 2_000_000, 'Xã hội hóa'];

describe('recognising a sheet on literal rows', () => {
  it('finds the header under a title row; a weak header counts only on a sheet named for its kind', () => {
    const sheet = rows(['BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KẾT NGHĨA NĂM 2020'], HEADER, DATA);
    const header = recogniseHeader(sheet, undefined);
    expect(header?.def.kind).toBe('activities');
    expect(header?.headerRows).toEqual([2]);
    expect(lastHeaderRow(header!)).toBe(2);
    expect(header?.columns.map((c) => [c.letter, c.field.key])).toEqual([
      ['B', 'date'], ['C', 'unit'], ['D', 'commune'], ['E', 'village'], ['F', 'type'], ['G', 'cash'], ['H', 'source'],
    ]);
    expect(headerFindings(header!, 'f.xlsx', 'Báo cáo')).toEqual([]);

    // "Xã" and "Thôn/làng" alone do not make a list of villages on a sheet called "Sheet1"...
    const weak = rows(['Xã', 'Thôn/làng'], ['Ia Sao', 'Bôn Hiao']);
    expect(recogniseHeader(weak, undefined)).toBeUndefined();
    // ...but on a sheet named "Thôn làng" they are its header, with the missing columns said.
    const named = recogniseHeader(weak, 'villages');
    expect(named?.headerRows).toEqual([1]);
    const missing = headerFindings(named!, 'f.xlsx', 'Thôn làng');
    expect(missing.length).toBeGreaterThan(0);
    expect(new Set(flatten(missing).map(([r, , code]) => `${r} ${code}`))).toEqual(new Set(['1 column-missing']));
    expect(missing.map((f) => f.field)).toContain('year');
  });

  it('reads a two-row merged header with a numbering row under it as one header', () => {
    const sheet = rows(
      ['STT', 'Ngày', 'Đơn vị', 'Địa bàn', null, 'Loại hoạt động', 'Kinh phí (triệu đồng)', null, 'Nguồn kinh phí'],
      [null, null, null, 'Xã', 'Thôn', null, 'Tiền mặt', 'Hiện vật quy đổi', null],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'],
      [1, '15/03/2020', 'Ban Dân vận Thị ủy', 'Ia Sao', 'Bôn Chư Jú', 'Thăm hỏi, tặng quà', '2,5', 1, 'Đơn vị tự đóng góp'],
    );
    const header = recogniseHeader(sheet, undefined)!;
    expect(header.headerRows).toEqual([1, 2]);
    expect(header.numberingRow).toBe(3);
    expect(lastHeaderRow(header)).toBe(3);
    const cash = header.columns.find((c) => c.field.key === 'cash');
    expect([cash?.letter, cash?.scale]).toEqual(['G', 1_000_000]);
    expect(header.columns.find((c) => c.field.key === 'inKind')?.letter).toBe('H');
  });

  it('tells a header repeated mid-sheet, its numbering row, totals, headings and the signature block from data', () => {
    const sheet = rows(HEADER, DATA);
    const header = recogniseHeader(sheet, undefined)!;
    const layout = layoutOf(header, sheet, today);
    expect(looksLikeHeader(row(10, HEADER), layout)).toBe(true);
    expect(looksLikeHeader(row(10, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)']), layout)).toBe(true);
    expect(looksLikeHeader(row(10, DATA), layout)).toBe(false);

    // The same header again: skipped, the layout kept.
    expect(resolveHeld([row(10, HEADER), row(11, DATA), row(12, DATA)], layout)).toMatchObject({ kind: 'header', last: 10, changed: false });
    // A second table with the columns in another order: a new layout from the row after it.
    const swapped = ['STT', 'Ngày', 'Đơn vị', 'Xã', 'Thôn/làng', 'Nguồn kinh phí', 'Tiền mặt (đồng)', 'Loại hoạt động'];
    const second = resolveHeld([row(10, swapped), row(11, DATA)], layout);
    expect(second).toMatchObject({ kind: 'header', last: 10, changed: true });
    expect(second.kind === 'header' && second.found.columns.find((c) => c.field.key === 'type')?.letter).toBe('H');
    expect(resolveHeld([row(10, ['(1)', '(2)', '(3)']), row(11, DATA)], layout)).toEqual({ kind: 'numbering' });
    // Held rows whose first is not where a header starts are data after all.
    expect(resolveHeld([row(10, DATA), row(11, HEADER)], layout)).toEqual({ kind: 'data' });

    expect(rowKind(row(5, DATA), layout, false)).toBe('data');
    expect(rowKind(row(5, [null, 'Tổng cộng', null, null, null, null, 2_000_000]), layout, false)).toBe('totals');
    // A village called "Cộng Hòa" is a record, not a subtotal.
    expect(rowKind(row(5, [2, '16/03/2020', 'Hội Nông dân', 'Ia Sao', 'Cộng Hòa', 'Tặng quà', 1]), layout, false)).toBe('data');
    expect(rowKind(row(5, ['I', null, 'KHỐI ĐẢNG']), layout, false)).toBe('heading');
    // The signature block: its first row by its place and date or a signer's title, the next by their shape.
    const place = row(5, [null, null, null, null, null, 'Ayun Pa, ngày 10 tháng 01 năm 2021']);
    expect(rowKind(place, layout, false)).toBe('footer');
    expect(rowKind(row(6, [null, null, 'Nguyễn Văn A']), layout, true)).toBe('footer');
    expect(rowKind(row(6, [null, null, 'Nguyễn Văn A']), layout, false)).toBe('data');
  });
});

describe('parsing rows on literal rows', () => {
  it('reads each mapped cell by its field, reports bad cells at their address, and checks a totals row at the end', () => {
    const sheet = rows(HEADER, DATA);
    const layout = layoutOf(recogniseHeader(sheet, undefined)!, sheet, today);
    const found: Finding[] = [];
    const emitted: ParsedRow[] = [];
    const parser = new RowParser({ file: 'f.xlsx', sheet: 'Hoạt động', report: (f) => found.push(f), emit: (r) => emitted.push(r) });
    const info = { file: 'f.xlsx', name: 'Hoạt động', kind: 'activities' as const, headerRows: [1], columns: layout.columns, counts: { rows: 0, used: 0, blank: 0, totals: 0, headings: 0, footer: 0, rejected: 0, hidden: 0 } };

    // Nothing in a recognised column: a blank row, whatever stands beyond the table.
    expect(parser.values(row(2, [null, null, null, null, null, null, null, null, 'ghi chú ngoài bảng']), layout)).toBeUndefined();
    expect(parser.values(row(2, ['  ']), layout)).toBeUndefined();

    const good = parser.parse(info, 2, parser.values(row(2, DATA), layout)!, layout);
    expect(good).toMatchObject({ row: 2, errors: 0, values: { date: '2020-03-15', unit: 'Hội Nông dân', cash: 2_000_000, source: 'socialized' } });
    const bad = parser.parse(info, 3, parser.values(row(3, [2, '31/02/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', 'Tặng quà', 'năm trăm', 'Xã hội hóa']), layout)!, layout);
    expect(bad.errors).toBe(2);
    expect(flatten(found)).toEqual([[3, 'B3', 'invalid-date'], [3, 'G3', 'invalid-number']]);
    expect(emitted.map((r) => r.row)).toEqual([2, 3]);

    // The sheet's own total says 3,000,000; its rows sum to 2,000,000.
    parser.totalsRow(4, parser.values(row(4, [null, 'Tổng cộng', null, null, null, null, 3_000_000]), layout)!, layout);
    parser.finish();
    expect(flatten(found).slice(2)).toEqual([[4, 'G4', 'totals-mismatch']]);
  });

  it('a whole sheet fed row by row: title, header, numbering, data, totals, the header again, a blank gap, the signature', () => {
    const found: Finding[] = [];
    const emitted: ParsedRow[] = [];
    const processor = new SheetProcessor({ file: 'f.xlsx', sheet: 'Báo cáo', today, report: (f) => found.push(f), emit: (r) => emitted.push(r) });
    const numbering = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'];
    const fed = [
      row(1, ['BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KẾT NGHĨA NĂM 2020']),
      row(2, HEADER),
      row(3, numbering),
      row(4, DATA),
      row(5, [2, '20/04/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Jú', 'Tặng quà', 1_000_000, 'Xã hội hóa']),
      row(6, [null, 'Tổng cộng', null, null, null, null, 3_500_000]),
      row(7, HEADER),
      row(8, numbering),
      row(9, [3, '21/04/2020', 'Hội Phụ nữ', 'Ia Sao', 'Bôn Jú', 'Tặng quà', 500_000, 'Xã hội hóa']),
      row(12, [null, null, null, null, null, 'Ayun Pa, ngày 10 tháng 01 năm 2021']),
      row(13, [null, null, 'Người lập biểu', null, null, 'Thủ trưởng đơn vị']),
      row(14, [null, null, 'Nguyễn Văn A']),
    ];
    for (const r of fed) processor.feed(r);
    const outcome = processor.end();
    expect(outcome.recognised).toBe(true);
    if (!outcome.recognised) return;
    expect(outcome.info).toMatchObject({ kind: 'activities', headerRows: [2] });
    expect(outcome.info.layouts).toBeUndefined();
    expect(outcome.info.counts).toEqual({ rows: 11, used: 0, blank: 2, totals: 1, headings: 2, footer: 3, rejected: 0, hidden: 0 });
    expect(emitted.map((r) => [r.row, r.values['cash']])).toEqual([[4, 2_000_000], [5, 1_000_000], [9, 500_000]]);
    // A sheet's one totals row is checked against all its rows, the second table's too: 3,500,000.
    expect(flatten(found)).toEqual([]);
  });

  it('never loses a row held at the very end: the header printed twice on the last two rows is read and counted', () => {
    const emitted: ParsedRow[] = [];
    const processor = new SheetProcessor({ file: 'f.xlsx', sheet: 'Báo cáo', today, report: () => {}, emit: (r) => emitted.push(r) });
    for (const r of [row(1, HEADER), row(2, DATA), row(3, HEADER), row(4, HEADER)]) processor.feed(r);
    const outcome = processor.end();
    expect(outcome.recognised).toBe(true);
    if (!outcome.recognised) return;
    // Every row below the header is accounted for: one used, the two copies of the header skipped.
    expect(outcome.info.counts).toMatchObject({ rows: 3, headings: 2 });
    expect(emitted.map((r) => r.row)).toEqual([2]);
  });
});
