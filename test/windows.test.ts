/**
 * The Windows package (SPEC §10, issue 21), run under Wine as a clerk would use it: built by
 * `npm run package:win`'s script, unzipped into a folder with Vietnamese letters and spaces,
 * then the commands through ketnghia.cmd on data under Z:\ and C:\, and the page through the
 * double-click launcher; then the installer, silently, as the user would have it. One test file,
 * a few minutes; Node 22 from the package, not the Node running the tests. Set KETNGHIA_WIN_ZIP
 * to test an already built zip (and the -setup.exe beside it) instead of building them.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './helpers/spawn.js';
import { unzipTo } from './helpers/unzip.js';
import { findWine, Wine, winPath } from './helpers/wine.js';
import { zipEntry } from './helpers/zip.js';

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const root = mkdtempSync(join(tmpdir(), 'ketnghia-wine-'));
const unzipped = join(root, 'Hồ sơ kết nghĩa 2024');
const pkg = join(unzipped, `ketnghia-${version}`);
const prefix = join(root, 'prefix');
const scratch = join(root, 'out');
// Data on C:, in a folder with Vietnamese letters and spaces, with Excel's lock file of an open workbook.
const data = join(prefix, 'drive_c', 'Báo cáo kết nghĩa', 'Năm 2020');
let wine: Wine;
let zip: string;
let setup: string;
let files: string[];

beforeAll(async () => {
  mkdirSync(scratch, { recursive: true });
  wine = new Wine(findWine(), prefix, scratch, { WINEPATH: winPath(prefix, pkg) });
  // The prefix is made while the package is built: each takes a while, neither needs the other.
  const prefixReady = wine.init();
  prefixReady.catch(() => undefined); // awaited below; a failed build must not leave it unhandled
  if (process.env.KETNGHIA_WIN_ZIP) {
    zip = process.env.KETNGHIA_WIN_ZIP;
  } else {
    // zlib for the installer: a fifth of LZMA's CPU time; the setup it makes is the same otherwise.
    const built = (await run(process.execPath, ['scripts/package-win/build.mjs'], { timeout: 900_000, env: { ...process.env, KETNGHIA_NSIS_COMPRESSOR: 'zlib' } })).trim().split('\n');
    zip = built.find((line) => line.endsWith('.zip'))!;
  }
  setup = zip.replace(/\.zip$/, '-setup.exe');
  files = await unzipTo(zip, unzipped);
  await prefixReady;
  mkdirSync(data, { recursive: true });
  cpSync('samples', data, { recursive: true });
  writeFileSync(join(data, '~$ayunpa-danh-muc.xlsx'), 'owner file of an open workbook, not a workbook');
}, 900_000);

afterAll(async () => {
  await wine?.killAll();
  rmSync(root, { recursive: true, force: true });
});

describe('the Windows package under Wine', () => {
  it('is one folder under 80 MB: Windows Node 22, win32 native builds only, the .cmd files in CRLF, the guide', () => {
    expect(statSync(zip).size).toBeLessThan(80 * 1024 ** 2);
    const top = `ketnghia-${version}/`;
    expect(files.every((f) => f.startsWith(top))).toBe(true);
    for (const needed of ['ketnghia.cmd', 'BAT-DAU.cmd', 'HUONG-DAN.txt', 'app/node.exe', 'app/bin/ketnghia.js', 'app/dist/cli/ketnghia.js', 'app/templates/so-ket.hbs', 'app/schema/ketnghia.config.schema.json', 'app/page/index.html', 'vi-du/samples/ayunpa-danh-muc.xlsx']) {
      expect(files, needed).toContain(top + needed);
    }
    const natives = files.filter((f) => f.endsWith('.node'));
    expect(natives.some((f) => f.includes('@resvg/resvg-js-win32-x64-msvc/'))).toBe(true);
    expect(natives.filter((f) => !f.includes('win32-x64'))).toEqual([]);
    const cmd = readFileSync(join(pkg, 'ketnghia.cmd'), 'latin1');
    expect(cmd).toMatch(/^[\x20-\x7e\r\n\t]*$/);
    expect(cmd.split('\r\n').filter(Boolean).at(-1)).toBe('exit /b %errorlevel%');
    expect(cmd.replaceAll('\r\n', '')).not.toContain('\n');
    const guide = readFileSync(join(pkg, 'HUONG-DAN.txt'), 'utf8');
    expect(guide.startsWith('\uFEFF')).toBe(true);
    for (const said of ['BAT-DAU.cmd', 'Giải nén', 'ketnghia.config.json', 'PATH', 'không cần quyền quản trị']) expect(guide).toContain(said);
  });

  it('runs ketnghia.cmd from its Vietnamese path with spaces, and exits 0, 1, 2 through it', async () => {
    const cmd = winPath(prefix, join(pkg, 'ketnghia.cmd'));
    // The form for a path with spaces: `call` keeps cmd from stripping the quotes.
    const called = await wine.run(['cmd', '/c', 'call', cmd, 'validate', winPath(prefix, join(pkg, 'vi-du', 'samples'))], root);
    expect(called.stdout, called.stderr).toContain('Hợp lệ. Tổng: 5 tệp');
    expect(called.code).toBe(0);
    // Wine's `call` returns 1 for any failure, so the exit codes are read with ketnghia on PATH, as HUONG-DAN.txt sets it up.
    const usage = await wine.run(['cmd', '/c', 'ketnghia', '--frob'], root);
    expect(usage.code).toBe(2);
    expect(usage.stderr.trim()).toBe('Lỗi cách dùng: Không có tùy chọn --frob. Xem: ketnghia --help');
    const sub = await wine.run(['cmd', '/c', 'ketnghia', 'validate', '--frob'], root);
    expect(sub.code).toBe(2);
    expect(sub.stderr).toContain('Xem: ketnghia validate --help');
    const errors = await wine.run(['cmd', '/c', 'ketnghia', 'validate', winPath(prefix, join(pkg, 'vi-du', 'samples-loi'))], root);
    expect(errors.code).toBe(1);
    expect(errors.stdout).toMatch(/Có lỗi\. Tổng: \d+ tệp/);
  });

  it('expands *.xlsx itself on C:\\, skipping the ~$ lock file, with the config beside the data', async () => {
    const result = await wine.run(['cmd', '/c', 'ketnghia', 'validate', '*.xlsx'], data);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Hợp lệ. Tổng: 5 tệp, 608 dòng số liệu');
    expect(result.stdout).toMatch(/~\$ayunpa-danh-muc\.xlsx\s+cảnh báo\s+file-skipped/);
    const from = winPath(prefix, data);
    expect(from).toBe('C:\\Báo cáo kết nghĩa\\Năm 2020');
    const glob = await wine.run(['cmd', '/c', 'ketnghia', 'validate', `${from}\\ayunpa-hoat-dong-*.xlsx`], root);
    expect(glob.stdout, glob.stderr).toContain('Hợp lệ. Tổng: 4 tệp');
  });

  it('gives stats --json equal to the Linux run, finding the config beside the data from another folder', async () => {
    const args = ['--from', '2016', '--to', '2020', '--json'];
    const windows = await wine.run(['cmd', '/c', 'ketnghia', 'stats', winPath(prefix, data), ...args], root);
    expect(windows.code, windows.stderr).toBe(0);
    expect(windows.stderr).toContain('Cấu hình: C:\\Báo cáo kết nghĩa\\Năm 2020\\ketnghia.config.json');
    const linux = await run(process.execPath, ['bin/ketnghia.js', 'stats', data, ...args]);
    expect(JSON.parse(windows.stdout)).toEqual(JSON.parse(linux));
    expect((JSON.parse(windows.stdout) as { funds: { total: number } }).funds.total).toBe(989_356_000);
  });

  it('writes the report with its charts beside the data, and finds LibreOffice in Program Files', async () => {
    // A stand-in soffice.exe (Windows node.exe: it answers --version, and fails the conversion
    // with node's exit code 9 for an unknown option) where LibreOffice's installer puts it.
    const program = join(prefix, 'drive_c', 'Program Files', 'LibreOffice', 'program');
    mkdirSync(program, { recursive: true });
    copyFileSync(join(pkg, 'app', 'node.exe'), join(program, 'soffice.exe'));
    const result = await wine.run(['cmd', '/c', 'ketnghia', 'report', '.', '--kind', 'so-ket', '--from', '2016', '--to', '2020', '--pdf'], data, 180_000);
    rmSync(join(prefix, 'drive_c', 'Program Files', 'LibreOffice'), { recursive: true });
    expect(result.stdout, result.stderr).toContain('Đã ghi báo cáo: C:\\Báo cáo kết nghĩa\\Năm 2020\\bao-cao-so-ket-2016-2020.docx');
    // Found and run: the conversion failed, not "LibreOffice is not installed".
    expect(result.stderr).toContain('LibreOffice không chuyển được sang PDF: exit code 9');
    expect(result.code).toBe(1);
    const docx = readFileSync(join(data, 'bao-cao-so-ket-2016-2020.docx'));
    const types = await zipEntry(docx, '[Content_Types].xml');
    expect(types).toContain('image/png');
    const media = await zipEntry(docx, 'word/_rels/document.xml.rels');
    expect(media.match(/media\/image\d+\.png/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(await zipEntry(docx, 'word/document.xml')).toContain('989.356.000');
  });

  it('serves the page on the address it prints, through ketnghia.cmd and through the double-click launcher', async () => {
    const page = async (url: string) => {
      const first = await fetch(url, { redirect: 'manual' });
      expect(first.status).toBe(303);
      const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
      const html = await (await fetch(new URL('/', url), { headers: { cookie } })).text();
      const state = (await (await fetch(new URL('/api/state', url), { headers: { cookie } })).json()) as { configPath: string; configExists: boolean };
      return { html, state };
    };
    const cli = await wine.serve(['cmd', '/c', 'ketnghia', 'serve', '.', '--no-open'], data, page);
    expect(cli.value.html).toContain('<html');
    expect(cli.value.state.configPath).toBe('C:\\Báo cáo kết nghĩa\\Năm 2020\\ketnghia.config.json');
    expect(cli.value.state.configExists).toBe(true);
    // The launcher serves its own folder and opens the browser (none in this prefix: `start` finds nothing, quietly).
    const launcher = await wine.serve(['cmd', '/c', 'BAT-DAU.cmd'], pkg, page);
    expect(launcher.value.html).toContain('<html');
    expect(launcher.value.state.configPath).toBe(`${winPath(prefix, pkg)}\\ketnghia.config.json`);
    expect(launcher.result.stdout).toContain('Trang ketnghia đang chạy tại:');
    expect(existsSync(join(pkg, 'ketnghia.config.json'))).toBe(false);
    expect(readdirSync(data).filter((f) => f.startsWith('.ketnghia'))).toEqual([]);
  });

  it('installs for the user alone with /S (Start menu, desktop, Apps entry), runs from there, and uninstalls with /S', async () => {
    expect(existsSync(setup), `${setup}: the installer is built when makensis is installed (Debian: nsis)`).toBe(true);
    const install = await wine.run([winPath(prefix, setup), '/S'], root, 300_000);
    expect(install.code, install.stderr).toBe(0);
    const user = join(prefix, 'drive_c', 'users', userInfo().username);
    const installed = join(user, 'AppData', 'Local', 'Programs', 'ketnghia');
    for (const file of ['ketnghia.cmd', 'BAT-DAU.cmd', 'HUONG-DAN.txt', 'Uninstall.exe', 'app/node.exe', 'app/dist/cli/ketnghia.js']) expect(existsSync(join(installed, file)), file).toBe(true);
    const startMenu = join(user, 'AppData', 'Roaming', 'Microsoft', 'Windows', 'Start Menu', 'Programs', 'ketnghia.lnk');
    const desktop = join(user, 'Desktop', 'ketnghia.lnk');
    expect(existsSync(startMenu)).toBe(true);
    expect(existsSync(desktop)).toBe(true);
    expect(readFileSync(startMenu).toString('utf16le') + readFileSync(startMenu, 'latin1')).toContain('BAT-DAU.cmd');
    const key = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\ketnghia';
    const listed = await wine.run(['reg', 'query', key], root);
    expect(listed.stdout).toContain(`"${winPath(prefix, installed)}\\Uninstall.exe" /S`);

    // A copy of the launcher in a data folder uses the installed ketnghia and serves that folder.
    copyFileSync(join(pkg, 'BAT-DAU.cmd'), join(data, 'BAT-DAU.cmd'));
    const served = await wine.serve(['cmd', '/c', 'BAT-DAU.cmd', '--no-open'], data, async (url) => (await fetch(url, { redirect: 'manual' })).status);
    rmSync(join(data, 'BAT-DAU.cmd'));
    expect(served.value).toBe(303);
    expect(served.result.stdout).toContain('C:\\Báo cáo kết nghĩa\\Năm 2020\\ketnghia.config.json');

    // The user's own config stays; everything the installer put there goes.
    writeFileSync(join(installed, 'ketnghia.config.json'), '{}\n');
    const uninstall = await wine.run([winPath(prefix, join(installed, 'Uninstall.exe')), '/S'], root);
    expect(uninstall.code, uninstall.stderr).toBe(0);
    await wine.waitAll(300_000);
    expect(readdirSync(installed)).toEqual(['ketnghia.config.json']);
    expect(existsSync(startMenu)).toBe(false);
    expect(existsSync(desktop)).toBe(false);
    expect((await wine.run(['reg', 'query', key], root)).code).not.toBe(0);
  }, 600_000);
});
