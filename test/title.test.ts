/**
 * The title rows above a header (SPEC §9): the reporting unit and the year reported,
 * read from workbooks as units fill them in.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTitle } from '../src/checks/title.js';
import type { RawRow } from '../src/workbook/raw.js';
import { HEADERS, load, tempDir, writeWorkbook } from './helpers/workbook.js';

const dir = tempDir();

/** Rows of text cells from column A, as the reader hands them on. */
function rows(...lines: ReadonlyArray<ReadonlyArray<string | number | null>>): RawRow[] {
  return lines.map((cells, i) => ({
    row: i + 1,
    cells: cells.flatMap((v, c) => (v === null ? [] : [{ col: c + 1, value: typeof v === 'number' ? { t: 'n' as const, v } : { t: 's' as const, v } }])),
  }));
}

describe('the title rows of a sheet', () => {
  it('reads "Đơn vị báo cáo: …" with the name in the same cell, and the year of "NĂM 2023"', () => {
    const title = readTitle(rows(['BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KẾT NGHĨA NĂM 2023'], ['Đơn vị báo cáo: Ban Dân vận Thị ủy'], ['STT', 'Ngày']), 3);
    expect(title).toEqual({ reportingUnit: { name: 'Ban Dân vận Thị ủy', row: 2, column: 'A' }, years: { from: 2023, to: 2023 } });
  });

  it('reads the name from the next cell of the row, loosely matched label, NFD text', () => {
    const title = readTitle(rows([null, 'ĐƠN VỊ :', null, 'Hội Nông dân thị xã'.normalize('NFD')], ['kết quả năm 2021']), 9);
    expect(title).toEqual({ reportingUnit: { name: 'Hội Nông dân thị xã', row: 1, column: 'D' }, years: { from: 2021, to: 2021 } });
  });

  it('reads "Năm báo cáo:" with the year beside it, and year ranges', () => {
    expect(readTitle(rows(['Đơn vị báo cáo:', 'Công an thị xã', 'Năm báo cáo:', 2024]), 5).years).toEqual({ from: 2024, to: 2024 });
    expect(readTitle(rows(['(Số liệu từ năm 2016 đến năm 2020)']), 5).years).toEqual({ from: 2016, to: 2020 });
    expect(readTitle(rows(['GIAI ĐOẠN 2017 - 2020']), 5).years).toEqual({ from: 2017, to: 2020 });
    expect(readTitle(rows(['(Từ ngày 01/01/2017 đến ngày 31/12/2020)']), 5).years).toEqual({ from: 2017, to: 2020 });
  });

  it('does not take a unit of measure, a blank form or a date for what it is not', () => {
    expect(readTitle(rows(['Đơn vị tính: đồng'], ['Đơn vị: triệu đồng'], ['ĐVT: đồng']), 5)).toEqual({});
    // The blank form of `ketnghia init`: label, empty cell, the next label.
    expect(readTitle(rows(['Đơn vị báo cáo:', null, 'Năm báo cáo:']), 5)).toEqual({});
    expect(readTitle(rows(['Đơn vị báo cáo: ……………………']), 5)).toEqual({});
    expect(readTitle(rows(['Ayun Pa, ngày 15 tháng 12 năm 2020'], ['(Kèm theo Báo cáo số 12/BC-UBND ngày 15/01/2021)']), 5)).toEqual({});
    // Rows from the header down are not the title.
    expect(readTitle(rows(['DANH SÁCH'], ['Đơn vị: Ban Dân vận', 'Năm 2020']), 2)).toEqual({});
  });

  it('is recorded on the sheet when a workbook is read, and changes nothing else', async () => {
    const file = await writeWorkbook(join(dir, 'nop.xlsx'), [
      {
        name: 'Hoạt động',
        rows: [['KẾT QUẢ HOẠT ĐỘNG KẾT NGHĨA NĂM 2020'], ['Đơn vị báo cáo:', 'Ban Dân vận Thị ủy'], [], [...HEADERS.activities]],
      },
    ]);
    const result = await load([file]);
    expect(result.findings).toEqual([]);
    expect(result.sheets).toEqual([
      expect.objectContaining({ kind: 'activities', headerRow: 4, title: { reportingUnit: { name: 'Ban Dân vận Thị ủy', row: 2, column: 'B' }, years: { from: 2020, to: 2020 } } }),
    ]);
    expect(result.sheets[0]!.counts.used).toBe(0);
  });
});
