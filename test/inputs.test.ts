/**
 * Inputs as Windows gives them (README "Commands"): patterns cmd and PowerShell leave
 * unexpanded, backslash paths, and Excel's owner files `~$name.xlsx` beside open workbooks.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, win32 } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, isPattern, isTempFile, splitPattern } from '../src/cli/inputs.js';
import { main } from '../src/cli/main.js';
import { UsageError } from '../src/errors.js';
import { capture } from './helpers/io.js';
import { tempDir } from './helpers/workbook.js';

const SAMPLE = join(process.cwd(), 'samples', 'ayunpa-danh-muc.xlsx');
let dir: string;

beforeAll(() => {
  dir = tempDir('ketnghia-inputs-');
  mkdirSync(join(dir, 'Báo cáo', 'Quý 1'), { recursive: true });
  for (const name of ['a.xlsx', 'b.xlsx', '~$a.xlsx', 'Báo cáo [1].xlsx', 'ghi-chu.txt', '.~lock.a.xlsx#', '~WRL0001.tmp']) {
    copyFileSync(SAMPLE, join(dir, 'Báo cáo', name));
  }
  copyFileSync(SAMPLE, join(dir, 'Báo cáo', 'Quý 1', 'c.xlsx'));
});

const expand = async (inputs: string[]) => {
  const notes: string[][] = [];
  const files = await expandInputs(inputs, dir, 'vi', { onSkip: (s) => notes.push(s.map((x) => `${x.file} (${x.reason})`)) });
  return { files, notes };
};

describe('patterns', () => {
  it('splits a Windows pattern at its first wildcard segment, backslashes as separators', () => {
    const split = splitPattern('D:\\Báo cáo kết nghĩa 2024\\*.xlsx');
    expect(split).toEqual({ base: 'D:/Báo cáo kết nghĩa 2024', glob: '*.xlsx' });
    // Resolved as Windows would: the folder the clerk named.
    expect(win32.resolve('C:\\Users\\an', split.base, 'a.xlsx')).toBe('D:\\Báo cáo kết nghĩa 2024\\a.xlsx');
    expect(splitPattern('bao-cao\\**\\*.xlsx')).toEqual({ base: 'bao-cao', glob: '**/*.xlsx' });
    expect(splitPattern('*.xlsx')).toEqual({ base: '.', glob: '*.xlsx' });
    expect(splitPattern('/srv/so-lieu/*.xlsx')).toEqual({ base: '/srv/so-lieu', glob: '*.xlsx' });
    expect(isPattern('Báo cáo [1].xlsx')).toBe(true);
    expect(isPattern('D:\\Báo cáo\\a.xlsx')).toBe(false);
  });

  it('expands a quoted pattern itself, workbooks only, sorted, owner files left out with one note', async () => {
    const { files, notes } = await expand(['Báo cáo/*.xlsx']);
    expect(files).toEqual([join('Báo cáo', 'a.xlsx'), join('Báo cáo', 'b.xlsx'), join('Báo cáo', 'Báo cáo [1].xlsx')]);
    expect(notes).toEqual([[`${join('Báo cáo', '~$a.xlsx')} (lock)`]]);
  });

  it('takes backslashes as separators, in patterns and in plain paths', async () => {
    expect((await expand(['Báo cáo\\*.xlsx'])).files).toHaveLength(3);
    expect((await expand(['Báo cáo\\Quý 1\\c.xlsx'])).files).toEqual(['Báo cáo/Quý 1/c.xlsx']);
    expect((await expand(['Báo cáo\\**\\c.xlsx'])).files).toEqual([join('Báo cáo', 'Quý 1', 'c.xlsx')]);
  });

  it('reads a name that exists as a name, even with brackets in it', async () => {
    expect((await expand(['Báo cáo/Báo cáo [1].xlsx'])).files).toEqual(['Báo cáo/Báo cáo [1].xlsx']);
  });

  it('says so when a pattern matches nothing', async () => {
    await expect(expand(['Báo cáo/*.xlsm'])).rejects.toThrow(UsageError);
    await expect(expand(['Báo cáo/*.xlsm'])).rejects.toThrow('Không có tệp .xlsx nào khớp mẫu Báo cáo/*.xlsm.');
  });
});

describe('temporary files', () => {
  it('recognises owner, lock and temporary files, not ordinary names', () => {
    for (const name of ['~$a.xlsx', '~$Báo cáo.xlsx', '.~lock.a.xlsx#', '~WRL0001.tmp', '._a.xlsx', '.a.xlsx.123.456.tmp']) expect(isTempFile(name), name).toBe(true);
    for (const name of ['a.xlsx', 'Báo cáo $1.xlsx', 'a~$.xlsx', 'tmp.xlsx']) expect(isTempFile(name), name).toBe(false);
  });

  it('skips them in a folder, as named by the shell, and stops when nothing else is left', async () => {
    const folder = await expand(['Báo cáo']);
    expect(folder.files).toEqual([join('Báo cáo', 'a.xlsx'), join('Báo cáo', 'b.xlsx'), join('Báo cáo', 'Báo cáo [1].xlsx'), join('Báo cáo', 'Quý 1', 'c.xlsx')]);
    // The note and the owner file are named (file-skipped); LibreOffice's lock and Word's temporary are not submissions at all.
    expect(folder.notes.flat().sort()).toEqual([`${join('Báo cáo', 'ghi-chu.txt')} (not-workbook)`, `${join('Báo cáo', '~$a.xlsx')} (lock)`].sort());
    // What bash makes of *.xlsx: the owner file is in the list.
    const shell = await expand(['Báo cáo/a.xlsx', 'Báo cáo/~$a.xlsx']);
    expect(shell).toEqual({ files: ['Báo cáo/a.xlsx'], notes: [['Báo cáo/~$a.xlsx (lock)']] });
    await expect(expand(['Báo cáo/~$a.xlsx'])).rejects.toThrow(/tệp khóa Excel/);
  });

  it('lets stats run on a shell-expanded list holding an owner file, with a one-line note', async () => {
    const io = capture(dir);
    const code = await main(['stats', 'Báo cáo/a.xlsx', 'Báo cáo/~$a.xlsx', '--json'], io);
    expect(code).toBe(0);
    expect(JSON.parse(io.stdout)).toHaveProperty('coverage');
    const notes = io.stderr.split('\n').filter((line) => line.includes('~$a.xlsx'));
    expect(notes).toEqual(['Bỏ qua 1 tệp không phải sổ tính (tệp PDF, Word, ảnh, tệp khóa ~$… Excel tạo khi sổ tính đang mở): Báo cáo/~$a.xlsx']);
  });
});

describe('the samples', () => {
  it('validate samples/ (the folder form of the README) passes on the first try', async () => {
    const io = capture(process.cwd());
    expect(await main(['validate', 'samples/'], io)).toBe(0);
    expect(io.stdout).toMatch(/Hợp lệ\. Tổng: 5 tệp/);
  });
});
