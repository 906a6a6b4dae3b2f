/**
 * Outputs that never destroy work (README "Outputs"): an existing report, stats workbook,
 * fixed copy or annotated copy is kept unless --force; a folder, a wrong extension and the
 * system's refusals are told in plain words; --annotate failing still shows the findings.
 */
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, win32 } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { sofficeCandidates } from '../src/report/pdf.js';
import { writeProblem } from '../src/util/output.js';
import { capture } from './helpers/io.js';
import { tempDir } from './helpers/workbook.js';

const MASTER = join(process.cwd(), 'samples', 'ayunpa-danh-muc.xlsx');
const HAND_EDITED = 'bản đã sửa tay';
let dir: string;

beforeAll(() => {
  dir = tempDir('ketnghia-outputs-');
  copyFileSync(MASTER, join(dir, 'danh-muc.xlsx'));
});

const run = async (args: string[]) => {
  const io = capture(dir);
  const code = await main(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
};

describe('an existing output is kept without --force', () => {
  it('stats --xlsx', async () => {
    writeFileSync(join(dir, 'so-lieu.xlsx'), HAND_EDITED);
    const refused = await run(['stats', 'danh-muc.xlsx', '--xlsx', 'so-lieu.xlsx']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Tệp so-lieu.xlsx đã có; không ghi đè để khỏi mất những gì đã sửa trong đó. Hãy chọn tên khác, hoặc thêm --force để ghi đè.');
    expect(readFileSync(join(dir, 'so-lieu.xlsx'), 'utf8')).toBe(HAND_EDITED);
    expect((await run(['stats', 'danh-muc.xlsx', '--xlsx', 'so-lieu.xlsx', '--force'])).code).toBe(0);
    expect(readFileSync(join(dir, 'so-lieu.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('report -o, refused before any data is read', async () => {
    writeFileSync(join(dir, 'bao-cao.docx'), HAND_EDITED);
    const refused = await run(['report', 'khong-co-tep.xlsx', '-o', 'bao-cao.docx', '--lang', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('bao-cao.docx already exists; it is not overwritten');
    expect(readFileSync(join(dir, 'bao-cao.docx'), 'utf8')).toBe(HAND_EDITED);
  });

  it('fix -o', async () => {
    writeFileSync(join(dir, 'da-sua.xlsx'), HAND_EDITED);
    expect((await run(['fix', 'danh-muc.xlsx', '-o', 'da-sua.xlsx'])).code).toBe(2);
    expect(readFileSync(join(dir, 'da-sua.xlsx'), 'utf8')).toBe(HAND_EDITED);
    expect((await run(['fix', 'danh-muc.xlsx', '-o', 'da-sua.xlsx', '--force'])).code).toBe(0);
    expect(statSync(join(dir, 'da-sua.xlsx')).size).toBeGreaterThan(1000);
  });

  it('validate --annotate: the findings are still printed, the copy kept, exit 2', async () => {
    // --annotate copies only files with findings: a file with some.
    copyFileSync(join(process.cwd(), 'samples-loi', 'loi-so-lieu.xlsx'), join(dir, 'loi.xlsx'));
    mkdirSync(join(dir, 'danh-dau'), { recursive: true });
    writeFileSync(join(dir, 'danh-dau', 'loi.xlsx'), HAND_EDITED);
    const refused = await run(['validate', 'loi.xlsx', '--annotate', 'danh-dau']);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain('Có lỗi. Tổng: 1 tệp');
    expect(refused.stderr).toMatch(/loi\.xlsx đã có; không ghi đè/);
    expect(readFileSync(join(dir, 'danh-dau', 'loi.xlsx'), 'utf8')).toBe(HAND_EDITED);
    const forced = await run(['validate', 'loi.xlsx', '--annotate', 'danh-dau', '--force']);
    expect(forced.code).toBe(1);
    expect(readFileSync(join(dir, 'danh-dau', 'loi.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('outputs that cannot be written as asked', () => {
  it('refuses a folder and a wrong extension in words', async () => {
    mkdirSync(join(dir, 'thu-muc'), { recursive: true });
    const folder = await run(['stats', 'danh-muc.xlsx', '--xlsx', 'thu-muc']);
    expect(folder).toMatchObject({ code: 2 });
    expect(folder.stderr).toContain('thu-muc là một thư mục; hãy ghi tên tệp, ví dụ thu-muc/bao-cao.xlsx.');
    const ext = await run(['report', 'danh-muc.xlsx', '-o', 'bao-cao.pdf']);
    expect(ext.code).toBe(2);
    expect(ext.stderr).toContain('Tệp ghi ra phải có đuôi .docx');
  });

  it('tells each system refusal in plain words, never its code', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['EBUSY', 'D:\\Báo cáo\\bao-cao.docx', /đang mở trong Word — hãy đóng tệp rồi chạy lại/],
      ['EBUSY', 'D:\\Báo cáo\\so-lieu.xlsx', /đang mở trong Excel/],
      ['EPERM', 'bao-cao.docx', /có thể đang mở trong Word .* hoặc là tệp\/thư mục chỉ đọc/],
      ['EACCES', 'bao-cao.docx', /không cho phép ghi/],
      ['EROFS', 'bao-cao.docx', /không cho phép ghi/],
      ['EISDIR', 'bao-cao', /là một thư mục/],
      ['ENOTDIR', 'a.xlsx/b.docx', /một phần là tệp/],
      ['ENOSPC', 'bao-cao.docx', /Ổ đĩa đã đầy/],
      ['EIO', 'bao-cao.docx', /Không ghi được bao-cao\.docx/],
    ];
    for (const [code, path, expected] of cases) {
      const text = writeProblem(path, code, 'vi');
      expect(text, code).toMatch(expected);
      expect(text, code).not.toMatch(/\bE[A-Z]{2,}\b/);
      expect(writeProblem(path, code, 'en')).not.toMatch(/\bE[A-Z]{2,}\b/);
    }
  });
});

describe('--pdf on Windows', () => {
  it("looks for LibreOffice where its installer puts it, not only on PATH", () => {
    const found = sofficeCandidates('win32', { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' });
    expect(found).toEqual(['soffice', win32.join('C:\\Program Files', 'LibreOffice', 'program', 'soffice.exe'), 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe']);
    expect(sofficeCandidates('linux', {})).toEqual(['soffice', 'libreoffice']);
  });
});

describe('help in Vietnamese', () => {
  it('has no English left in the help of any command', async () => {
    for (const args of [['--help'], ['help'], ...['validate', 'stats', 'coverage', 'report', 'init', 'fix'].map((c) => [c, '--help'])]) {
      const { stdout } = await run(args);
      expect(stdout, args.join(' ')).toMatch(/^Cách dùng: ketnghia/);
      expect(stdout, args.join(' ')).not.toMatch(/Usage|\[options\]|Options:|Arguments:|Commands:|display help|<file>|<dir>|<size>|\[files\.\.\.\]|\[command\]/);
    }
  });
});
