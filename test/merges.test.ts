import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatten, HEADERS, load, tempDir, writeWorkbook, type CellInput } from './helpers/workbook.js';

const dir = tempDir();

describe('merged cells in any column', () => {
  it('a type, source and date merged down apply to each row; an amount merged down counts once, with a warning naming the merge', async () => {
    const rows: CellInput[][] = [
      [...HEADERS.activities],
      [1, '15/03/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', 'Thăm hỏi, tặng quà', 'Tặng quà', 6_000_000, 100_000, 'Xã hội hóa'],
      [2, null, 'Hội Nông dân', 'Ia Sao', 'Bôn Jú', null, 'Tặng quà', null, 200_000, null],
      [3, '20/04/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Jú', 'Khác', null, 1_000_000, 0, 'Khác'],
      [4, '21/04/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Jú', 'Khác', null, 1_000_000, 0, null],
    ];
    const file = await writeWorkbook(join(dir, 'gop.xlsx'), [{ name: 'Hoạt động', rows, merges: ['B2:B3', 'F2:F3', 'J2:J3', 'H2:H3'] }]);
    const result = await load([file]);
    expect(flatten(result.findings)).toEqual([[2, 'H2', 'merged-amount']]);
    expect(result.findings[0]!.params).toMatchObject({ detail: 'H2:H3', expected: 2, other: 2 });
    const [a, b, c, d] = result.dataset.activities;
    expect(b).toMatchObject({ date: '2020-03-15', type: 'visits-gifts', source: 'socialized', inKind: 200_000 });
    expect(a!.cash).toBe(6_000_000);
    expect(b!.cash).toBeUndefined();
    // A blank optional cell that is not merged stays blank (row 5's source is not row 4's).
    expect(c!.source).toBe('other');
    expect(d!.source).toBeUndefined();
  });
});

describe('fix writes merges out one value per row', () => {
  it('copies a merged type and source to each row, keeps a merged amount on the top row with a note', async () => {
    const { main } = await import('../src/cli/main.js');
    const { capture } = await import('./helpers/io.js');
    const ExcelJS = (await import('exceljs')).default;
    const rows: CellInput[][] = [
      [...HEADERS.activities],
      [1, '15/03/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', 'Thăm hỏi, tặng quà', 'Tặng quà', 6_000_000, 0, 'Xã hội hóa'],
      [2, '16/03/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Jú', null, 'Tặng quà', null, 0, null],
    ];
    const file = await writeWorkbook(join(dir, 'gop-fix.xlsx'), [{ name: 'Hoạt động', rows, merges: ['F2:F3', 'J2:J3', 'H2:H3'] }]);
    const io = capture(dir);
    expect(await main(['fix', file, '-o', join(dir, 'gop-fix-ra.xlsx')], io)).toBe(0);
    expect(io.stdout).toContain('F3     "F2:F3 (gộp)" → "Thăm hỏi, tặng quà"');
    expect(io.stdout).toContain('H2     "H2:H3 (gộp)" → 6.000.000');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'gop-fix-ra.xlsx'));
    const sheet = book.getWorksheet('Hoạt động')!;
    expect(sheet.model.merges).toEqual([]);
    expect([sheet.getCell('F3').value, sheet.getCell('J3').value, sheet.getCell('H3').value]).toEqual(['Thăm hỏi, tặng quà', 'Xã hội hóa', null]);
    expect(String(sheet.getCell('H2').note)).toContain('chỉ tính cho dòng 2');
    // Read back: same figures as the merged original, and nothing left to warn about.
    const again = await load([join(dir, 'gop-fix-ra.xlsx')]);
    expect(flatten(again.findings)).toEqual([]);
    expect(again.dataset.activities.map((a) => [a.type, a.source, a.cash])).toEqual([
      ['visits-gifts', 'socialized', 6_000_000],
      ['visits-gifts', 'socialized', undefined],
    ]);
  });
});
