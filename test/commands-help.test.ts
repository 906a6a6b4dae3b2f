/**
 * The command line meets a new user half-way (issue 22): a bare `ketnghia` shows the short
 * help, a typo gets "Có phải ý bạn là …?", `serve --port 0` takes a free port and says which,
 * and no English is left in `serve --help`.
 */
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { serve } from '../src/serve/command.js';
import { capture } from './helpers/io.js';
import { tempDir } from './helpers/workbook.js';

const dir = tempDir('ketnghia-help-');

describe('a bare ketnghia', () => {
  it('shows the commands and examples, exit 0, in Vietnamese and in English', async () => {
    const io = capture(dir);
    expect(await main([], io)).toBe(0);
    expect(io.stderr).toBe('');
    expect(io.stdout).toContain('Cách dùng: ketnghia [tùy chọn] [lệnh]');
    for (const command of ['validate', 'stats', 'coverage', 'submissions', 'report', 'init', 'fix', 'serve']) expect(io.stdout).toMatch(new RegExp(`\\n  ${command} `));
    expect(io.stdout).toContain('Ví dụ:\n  ketnghia validate "D:\\Báo cáo 2024"');
    expect(io.stdout).not.toContain('Không có lệnh');
    const en = capture(dir);
    expect(await main(['--lang', 'en'], en)).toBe(0);
    expect(en.stdout).toContain('Examples:');
    expect(en.stdout).toContain('Usage: ketnghia [options] [command]');
  });
});

describe('a mistyped command or option', () => {
  const cases: Array<[string[], string, string]> = [
    [['valdate', 'a.xlsx'], 'Không có lệnh valdate. Có phải ý bạn là validate? Xem: ketnghia --help', 'Unknown command valdate. Did you mean validate? See: ketnghia --help'],
    [['validate', '--anotate', 'x', 'a.xlsx'], 'Không có tùy chọn --anotate. Có phải ý bạn là --annotate? Xem: ketnghia validate --help', 'Unknown option --anotate. Did you mean --annotate? See: ketnghia validate --help'],
    [['stats', '--yer', '2020', 'a.xlsx'], 'Có phải ý bạn là --year?', 'Did you mean --year?'],
    [['help', 'covrage'], 'Có phải ý bạn là coverage?', 'Did you mean coverage?'],
  ];
  for (const [argv, vi, en] of cases) {
    it(`${argv.join(' ')} → exit 2 with a suggestion`, async () => {
      const io = capture(dir);
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr).toContain(vi);
      const english = capture(dir);
      expect(await main([...argv, '--lang', 'en'], english)).toBe(2);
      expect(english.stderr).toContain(en);
    });
  }

  it('suggests nothing far off', async () => {
    const io = capture(dir);
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.stderr).toBe('Lỗi cách dùng: Không có lệnh frobnicate. Xem: ketnghia --help\n');
  });
});

describe('serve', () => {
  it('--help is all Vietnamese: "[tùy chọn] [thư mục]", not "[options] [dir]"', async () => {
    const io = capture(dir);
    expect(await main(['serve', '--help'], io)).toBe(0);
    expect(io.stdout).toContain('Cách dùng: ketnghia serve [tùy chọn] [thư mục]');
    expect(io.stdout).not.toMatch(/\[options\]|\[dir\]|Usage:/);
  });

  it('--port 0 takes a free port and prints the real address', async () => {
    const io = capture(dir);
    let stop!: () => void;
    const running = serve({ lang: 'vi', port: '0', open: false }, io, new Promise<void>((resolve) => (stop = resolve)));
    for (let i = 0; i < 100 && !io.stdout.includes('token='); i++) await new Promise((r) => setTimeout(r, 50));
    const port = Number(/http:\/\/127\.0\.0\.1:(\d+)\//.exec(io.stdout)?.[1]);
    expect(port).toBeGreaterThan(0);
    const status = await new Promise<number>((resolve, reject) => request({ host: '127.0.0.1', port, path: '/' }, (res) => resolve(res.statusCode ?? 0)).on('error', reject).end());
    expect(status).toBe(403);
    stop();
    await expect(running).resolves.toBe(0);
  });

  it('still refuses a port out of range, naming 0 as allowed', async () => {
    await expect(serve({ lang: 'vi', port: '70000', open: false }, capture(dir), Promise.resolve())).rejects.toThrow('từ 0 (cổng trống bất kỳ) đến 65535');
  });
});

describe('report -o bao-cao.pdf', () => {
  it('is refused before any work, and points to --pdf (vi, en)', async () => {
    const samples = join(process.cwd(), 'samples');
    const io = capture(dir);
    expect(await main(['report', samples, '--year', '2020', '-o', 'bao-cao.pdf'], io)).toBe(2);
    expect(io.stderr).toContain('Tệp ghi ra phải có đuôi .docx: bao-cao.pdf. Muốn có bản PDF, hãy dùng -o bao-cao.docx --pdf');
    const en = capture(dir);
    expect(await main(['report', samples, '--year', '2020', '-o', 'Bao-Cao.PDF', '--lang', 'en'], en)).toBe(2);
    expect(en.stderr).toContain('For a PDF, use -o Bao-Cao.docx --pdf');
    // Any other wrong extension gets no PDF advice.
    const other = capture(dir);
    expect(await main(['report', samples, '--year', '2020', '-o', 'bao-cao.txt'], other)).toBe(2);
    expect(other.stderr).not.toContain('--pdf');
  });
});
