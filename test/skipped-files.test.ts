/**
 * Nothing dropped silently (SPEC §3 `file-skipped`): a PDF, a Word letter, a photo or Excel's
 * lock file beside the workbooks is named once, by every command, in both languages.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { capture } from './helpers/io.js';
import { tempDir } from './helpers/workbook.js';

let dir: string;
const SKIPPED = ['bao-cao-so-ket.pdf', 'cong-van.docx', 'anh-chup.png', '~$ayunpa-danh-muc.xlsx'];

beforeAll(() => {
  dir = tempDir('ketnghia-skipped-');
  mkdirSync(join(dir, 'nop'));
  mkdirSync(join(dir, 'chi-pdf'));
  for (const name of ['ayunpa-danh-muc.xlsx', 'ayunpa-hoat-dong-khoi-dang.xlsx']) copyFileSync(join('samples', name), join(dir, 'nop', name));
  writeFileSync(join(dir, 'nop', 'bao-cao-so-ket.pdf'), '%PDF-1.4\n');
  writeFileSync(join(dir, 'nop', 'cong-van.docx'), 'PK\u0003\u0004');
  writeFileSync(join(dir, 'nop', 'anh-chup.png'), '\u0089PNG');
  writeFileSync(join(dir, 'nop', '~$ayunpa-danh-muc.xlsx'), 'owner');
  // System files are no one's submission: not worth a word.
  writeFileSync(join(dir, 'nop', '.DS_Store'), '');
  writeFileSync(join(dir, 'nop', 'Thumbs.db'), '');
  writeFileSync(join(dir, 'chi-pdf', 'bao-cao.pdf'), '%PDF-1.4\n');
});

describe('file-skipped', () => {
  it('validate names each file that is not a workbook once, as a warning, and reads the rest', async () => {
    const io = capture(dir);
    expect(await main(['validate', 'nop', '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout) as { summary: { files: number; warnings: number }; issues: Array<{ code: string; file: string; severity: string; message: string }> };
    const skipped = json.issues.filter((i) => i.code === 'file-skipped');
    expect(skipped.map((i) => i.file).sort()).toEqual(SKIPPED.map((name) => join('nop', name)).sort());
    expect(skipped.every((i) => i.severity === 'warning')).toBe(true);
    expect(json.summary.files).toBe(2);
    expect(skipped.find((i) => i.file.endsWith('.pdf'))!.message).toBe('Bỏ qua tệp, không đọc: không phải sổ tính Excel (.pdf); nếu là báo cáo của đơn vị, hãy đề nghị gửi bản Excel .xlsx.');
    expect(skipped.find((i) => i.file.includes('~$'))!.message).toContain('tệp khóa Excel');
    const en = capture(dir);
    await main(['validate', 'nop', '--lang', 'en'], en);
    expect(en.stdout).toContain('File skipped, not read: not an Excel workbook (.docx)');
    expect(en.stdout.match(/anh-chup\.png/g)).toHaveLength(1);
  });

  it('stats and coverage name them on stderr and go on', async () => {
    for (const command of [['stats', '--year', '2020'], ['coverage', '--year', '2020']]) {
      const io = capture(dir);
      expect(await main([command[0]!, 'nop', ...command.slice(1)], io)).toBe(0);
      expect(io.stderr).toContain('Bỏ qua 4 tệp không phải sổ tính');
      expect(io.stderr).toContain(join('nop', 'anh-chup.png'));
    }
  });

  it('a PDF named on the command line is skipped too; a folder holding only a PDF is a usage error that names it', async () => {
    const io = capture(dir);
    expect(await main(['validate', join('nop', 'ayunpa-danh-muc.xlsx'), join('nop', 'bao-cao-so-ket.pdf')], io)).toBe(0);
    expect(io.stdout).toContain('file-skipped');
    const only = capture(dir);
    expect(await main(['validate', 'chi-pdf'], only)).toBe(2);
    expect(only.stderr).toContain(join('chi-pdf', 'bao-cao.pdf'));
  });
});

describe('a truncated workbook', () => {
  it('tells the clerk to ask the unit to send it again (Excel cannot repair it), in both languages', async () => {
    const whole = readFileSync(join('samples', 'ayunpa-hoat-dong-khoi-dang.xlsx'));
    writeFileSync(join(dir, 'cat-cut.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
    const io = capture(dir);
    expect(await main(['validate', 'cat-cut.xlsx'], io)).toBe(1);
    expect(io.stdout).toContain('tệp bị cắt cụt hoặc hỏng');
    expect(io.stdout).toContain('Mở bằng Excel cũng không sửa được: hãy đề nghị đơn vị gửi lại tệp.');
    expect(io.stdout).not.toContain('lưu lại dạng .xlsx');
    const en = capture(dir);
    await main(['validate', 'cat-cut.xlsx', '--lang', 'en'], en);
    expect(en.stdout).toContain('ask the unit to send the file again');
  });
});
