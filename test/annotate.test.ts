import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { HEADERS, tempDir, writeWorkbook } from './helpers/workbook.js';
import { capture as io, capture } from './helpers/io.js';


describe('validate --annotate', () => {
  it('writes a marked copy: red errors, yellow warnings, notes, and a Lỗi sheet linking each cell; the input is untouched', async () => {
    const dir = tempDir();
    const input = await writeWorkbook(join(dir, 'nop.xlsx'), [
      {
        name: 'Thôn làng',
        rows: [
          [...HEADERS.villages, 'Ghi chu ky'],
          [1, null, 'Ia Sao', 'Bôn Chư Jú', 2020, 'Gia Rai', 'x', null, 172, 170, 851, 43, 20],
          [2, null, 'Ia Sao', 'Bôn Hiao', 2020, 'Gia Rai', null, null, 100, 90, 500, 120, 10],
        ],
      },
    ]);
    const before = { bytes: readFileSync(input), mtime: statSync(input).mtimeMs };
    const out = io(dir);
    expect(await main(['validate', 'nop.xlsx', '--annotate', 'danh-dau'], out)).toBe(1);
    expect(out.stdout).toContain('danh-dau');
    expect(readFileSync(input).equals(before.bytes)).toBe(true);
    expect(statSync(input).mtimeMs).toBe(before.mtime);

    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(join(dir, 'danh-dau', 'nop.xlsx'));
    const sheet = copy.getWorksheet('Thôn làng')!;
    const fill = (address: string) => (sheet.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fill('L3')).toBe('FFFFC7CE'); // poor households above households: error
    expect(fill('N1')).toBe('FFFFEB9C'); // unknown column: warning
    expect(fill('L2')).toBeUndefined();
    expect(fill('C3')).toBeUndefined(); // a neighbour sharing the style stays unfilled
    const note = sheet.getCell('L3').note as { texts: Array<{ text: string }> } | string;
    const noteText = typeof note === 'string' ? note : note.texts.map((t) => t.text).join('');
    expect(noteText).toContain('inconsistent-values');
    expect(noteText).toContain('lớn hơn');

    const list = copy.getWorksheet('Lỗi')!;
    const rows = list.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows).toHaveLength(3);
    const link = list.getCell('C3').value as { formula: string };
    expect(link.formula).toBe(`HYPERLINK("#'Thôn làng'!L3","L3")`);
  });

  it('refuses a folder where the copy would overwrite the input', async () => {
    const dir = tempDir();
    await writeWorkbook(join(dir, 'nop.xlsx'), [{ name: 'Đơn vị', rows: [[...HEADERS.units], [1, 'Hội Nông dân', 'huyện', 'Khác']] }]);
    const out = io(dir);
    expect(await main(['validate', 'nop.xlsx', '--annotate', '.'], out)).toBe(2);
    expect(out.stderr).toContain('trùng với tệp đầu vào');
    // The findings are shown all the same.
    expect(out.stdout).toContain('Hợp lệ. Tổng: 1 tệp');
  });
});

describe('--annotate copies only the files with findings', () => {
  it('writes the one with a finding, not the clean one, and says how many (vi, en)', async () => {
    const base = tempDir('ketnghia-annotate-only-');
    copyFileSync(join('samples', 'ayunpa-danh-muc.xlsx'), join(base, 'sach.xlsx'));
    copyFileSync(join('samples-loi', 'loi-so-lieu.xlsx'), join(base, 'loi.xlsx'));
    const io = capture(base);
    expect(await main(['validate', 'sach.xlsx', 'loi.xlsx', '--annotate', 'danh-dau'], io)).toBe(1);
    expect(readdirSync(join(base, 'danh-dau'))).toEqual(['loi.xlsx']);
    expect(io.stdout).toContain('Đã ghi 1 bản đánh dấu vào thư mục danh-dau (1 tệp không có lỗi, cảnh báo nên không sao chép).');
    const en = capture(base);
    expect(await main(['validate', 'sach.xlsx', 'loi.xlsx', '--annotate', 'marked', '--lang', 'en'], en)).toBe(1);
    expect(en.stdout).toContain('Annotated copies written: 1, in the folder marked (1 file without findings not copied).');
    // Nothing to mark: nothing written, and said so.
    const clean = capture(base);
    expect(await main(['validate', 'sach.xlsx', '--annotate', 'trong'], clean)).toBe(0);
    expect(existsSync(join(base, 'trong'))).toBe(false);
    expect(clean.stdout).toContain('Đã ghi 0 bản đánh dấu vào thư mục trong (1 tệp không có lỗi, cảnh báo nên không sao chép).');
  });
});
