/**
 * `file-too-large` (SPEC §3): a workbook whose content inflates past the limit (default
 * 1 GiB, `--max-size`) is refused quickly and in bounded memory, whatever its zip headers
 * claim — and the other files of the same run are still read.
 *
 * The bombs are made here, not committed: a real small workbook (written by exceljs) whose
 * first worksheet gets up to 2 GiB of whitespace inside <sheetData> (still valid XML with
 * the same rows), re-zipped with hand-made headers that state either the real size
 * ("honest") or 1,000 bytes ("lying"). Each is about 1 KiB per MiB of content.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { resourceUsage } from 'node:process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';
import type { ValidateJson } from '../src/cli/commands/validate.js';
import { loadWorkbooks } from '../src/dataset/load.js';
import { MiB, padWorkbook } from './helpers/bomb.js';
import { HEADERS, tempDir, writeWorkbook } from './helpers/workbook.js';
import { capture } from './helpers/io.js';

const TODAY = '2026-11-22';
const MB = 1000 ** 2;
/** Wall-clock budget for refusing one bomb (SPEC: "refused quickly"). */
const MAX_SECONDS = 20;
/** Memory a refusal may add to the process, at its peak. */
const MAX_RSS_GROWTH_MB = 300;


/**
 * Runs `work`, sampling RSS every 10 ms and reading the process's lifetime peak RSS before
 * and after, so a run that inflates a gigabyte into memory and frees it again is caught.
 */
async function measured<T>(label: string, work: () => Promise<T>): Promise<{ value: T; seconds: number; rssGrowthMB: number }> {
  const before = process.memoryUsage().rss;
  const peakBefore = resourceUsage().maxRSS * 1024;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const start = performance.now();
  try {
    const value = await work();
    const seconds = (performance.now() - start) / 1000;
    peak = Math.max(peak, process.memoryUsage().rss);
    // maxRSS is the peak of the whole process life: it says something only when this run set a new one.
    const peakAfter = resourceUsage().maxRSS * 1024;
    const growth = Math.max(peak - before, peakAfter > peakBefore ? peakAfter - before : 0);
    const rssGrowthMB = Math.round(growth / MB);
    console.log(`[zipbomb] ${label}: ${seconds.toFixed(2)} s, peak RSS growth ${rssGrowthMB} MB`);
    return { value, seconds, rssGrowthMB };
  } finally {
    clearInterval(timer);
  }
}

let dir: string;
/** A valid villages workbook (2 rows) — also the base of every bomb. */
let good: string;
/** A second valid workbook (units, 1 row), passed after the bomb. */
let other: string;
/** A valid workbook with three sheets, for bombs spread over several entries. */
let three: string;
const bomb: Record<string, string> = {};

async function make(name: string, source: string, padMiB: number, options: { claimedSize?: number; allSheets?: boolean; part?: string } = {}): Promise<void> {
  const path = join(dir, `${name}.xlsx`);
  const start = performance.now();
  const made = await padWorkbook(source, path, { padMiB, ...options });
  const seconds = ((performance.now() - start) / 1000).toFixed(2);
  console.log(`[zipbomb] made ${name}.xlsx: ${Math.round(made.realSize / MiB)} MiB of content in ${Math.round(made.compressedBytes / 1024)} KiB, ${seconds} s`);
  bomb[name] = path;
}

beforeAll(async () => {
  dir = tempDir('ketnghia-zipbomb-');
  good = await writeWorkbook(join(dir, 'thon.xlsx'), [
    {
      name: 'Thôn làng',
      rows: [
        [...HEADERS.villages],
        [1, 'Ayun Pa', 'Ia Sao', 'Bôn Chư Jú', 2020, 'Gia Rai', 'x', '', 120, 118, 560, 12, 8],
        [2, 'Ayun Pa', 'Ia Sao', 'Bôn Bir', 2020, 'Gia Rai', '', '', 95, 90, 430, 9, 5],
      ],
    },
  ]);
  other = await writeWorkbook(join(dir, 'don-vi.xlsx'), [{ name: 'Đơn vị', rows: [[...HEADERS.units], [1, 'Ban Dân vận Thị ủy', 'huyện', 'Đảng']] }]);
  three = await writeWorkbook(join(dir, 'ba-trang.xlsx'), [
    { name: 'Thôn làng', rows: [[...HEADERS.villages], [1, 'Ayun Pa', 'Ia Sao', 'Bôn Bir', 2020, 'Gia Rai', '', '', 95, 90, 430, 9, 5]] },
    { name: 'Đơn vị', rows: [[...HEADERS.units], [1, 'Ban Dân vận Thị ủy', 'huyện', 'Đảng']] },
    { name: 'Ghi chú', rows: [['Ghi chú'], ['Số liệu năm 2020']] },
  ]);
  await make('pad-8m', good, 8);
  await make('lying-8m', good, 8, { claimedSize: 1000 });
  await make('lying-16m', good, 16, { claimedSize: 1000 });
  await make('honest-200m', good, 200);
  await make('honest-1100m', good, 1126);
  await make('honest-2g', good, 2048);
  await make('lying-2g', good, 2048, { claimedSize: 1000 });
  await make('honest-3x30m', three, 30, { allSheets: true });
  await make('lying-3x30m', three, 30, { claimedSize: 1000, allSheets: true });
  // The bomb in a part the reader never parses (document properties), claiming 1,000 bytes.
  await make('lying-docprops-400m', good, 400, { claimedSize: 1000, part: 'docProps/app.xml' });
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** `ketnghia validate --json <bomb> <other> [...extra]`, measured; asserts the outcome every refusal must have. */
async function refuses(name: string, extra: string[] = []): Promise<{ seconds: number; json: ValidateJson; out: ReturnType<typeof capture> }> {
  const out = capture(dir);
  const args = ['validate', '--json', bomb[name]!, other, ...extra];
  const { value: code, seconds, rssGrowthMB } = await measured(`validate ${name}.xlsx ${extra.join(' ')}`.trim(), () => main(args, out));
  expect(out.stderr).not.toMatch(/\n\s+at /);
  expect(out.stderr).not.toMatch(/Lỗi chương trình|Internal error/);
  expect(code).toBe(1);
  const json = JSON.parse(out.stdout) as ValidateJson;
  const own = json.issues.filter((i) => i.file === bomb[name]);
  expect(own.map((i) => [i.code, i.severity])).toEqual([['file-too-large', 'error']]);
  // One bad file never stops the others: the units workbook after it is read in full.
  expect(json.issues.filter((i) => i.file !== bomb[name])).toEqual([]);
  expect(json.summary.sheets.map((s) => [s.file, s.kind, s.used])).toEqual([[other, 'units', 1]]);
  expect(json.summary.files).toBe(2);
  expect(seconds).toBeLessThan(MAX_SECONDS);
  expect(rssGrowthMB).toBeLessThan(MAX_RSS_GROWTH_MB);
  return { seconds, json, out };
}

describe('the bombs are well made', () => {
  it('a workbook padded with 8 MiB of whitespace (honest headers) reads exactly like the original', async () => {
    const plain = await loadWorkbooks({ files: [good], today: TODAY });
    const padded = await loadWorkbooks({ files: [bomb['pad-8m']!], today: TODAY });
    expect(plain.findings).toEqual([]);
    expect(padded.findings).toEqual([]);
    expect(padded.sheets.map((s) => [s.kind, s.counts])).toEqual(plain.sheets.map((s) => [s.kind, s.counts]));
    const rows = (r: typeof plain) => r.dataset.villages.map(({ origin, ...row }) => ({ ...row, origin: { ...origin, file: '' } }));
    expect(rows(padded)).toEqual(rows(plain));
    expect(rows(padded)).toHaveLength(2);
  });

  it('a 200 MiB sheet under the default limit is no bomb: read (or at worst unreadable), never a crash, the next file still read', async () => {
    // Not a size refusal: 200 MiB < 1 GiB. The memory it costs is printed, not asserted (see the report).
    const { value: result, seconds } = await measured('load honest-200m.xlsx under the default limit', () => loadWorkbooks({ files: [bomb['honest-200m']!, other], today: TODAY }));
    expect(seconds).toBeLessThan(30);
    const codes = result.findings.filter((f) => f.file === bomb['honest-200m']).map((f) => f.code);
    expect(codes).not.toContain('file-too-large');
    console.log(`[zipbomb] honest-200m under the default limit: ${codes.length > 0 ? codes.join(', ') : `read, ${result.dataset.villages.length} village rows`}`);
    if (codes.length > 0) expect(codes).toEqual(['file-unreadable']);
    else expect(result.dataset.villages).toHaveLength(2);
    expect(result.files[1]!.read).toBe(true);
    expect(result.dataset.units).toHaveLength(1);
  });
});

describe('file-too-large: honest headers', () => {
  it('refuses a 200 MiB sheet with --max-size 64M, without inflating it', async () => {
    const { json, out } = await refuses('honest-200m', ['--max-size', '64M']);
    expect(json.issues[0]!.message).toContain('64 MiB');
    expect(json.issues[0]!.message).toContain('--max-size');
    expect(out.stdout).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
  });

  it('refuses a 1.1 GiB sheet at the default limit (1 GiB)', async () => {
    const { json } = await refuses('honest-1100m');
    expect(json.issues[0]!.message).toContain('1 GiB');
  });

  it('refuses a 2 GiB sheet at the default limit, and says so in English with --lang en', async () => {
    const { json } = await refuses('honest-2g', ['--lang', 'en']);
    expect(json.issues[0]!.message).toMatch(/exceeds the limit of 1 GiB/);
  });

  it('counts the whole file, not each part: three 30 MiB sheets against a 64 MiB limit', async () => {
    await refuses('honest-3x30m', ['--max-size', '64M']);
  });

  it('the same limit through the API: maxSize in bytes', async () => {
    const result = await loadWorkbooks({ files: [bomb['honest-200m']!, good], today: TODAY, maxSize: 64 * MiB });
    expect(result.findings.map((f) => [f.file, f.code, f.severity])).toEqual([[bomb['honest-200m'], 'file-too-large', 'error']]);
    expect(result.files.map((f) => f.read)).toEqual([false, true]);
    expect(result.dataset.villages).toHaveLength(2);
  });
});

describe('file-too-large: lying headers (the zip says 1,000 bytes)', () => {
  it('refuses 2 GiB of content at the default limit, counting while inflating', async () => {
    await refuses('lying-2g');
  });

  it('refuses it sooner with --max-size 64M', async () => {
    const { seconds } = await refuses('lying-2g', ['--max-size', '64M']);
    expect(seconds).toBeLessThan(5);
  });

  it('counts the whole file, not each part: three 30 MiB sheets that each claim 1,000 bytes, 64 MiB limit', async () => {
    await refuses('lying-3x30m', ['--max-size', '64M']);
  });

  it('refuses 8 MiB that claims 1,000 bytes against a 4 MiB limit (the lie is not believed)', async () => {
    const result = await loadWorkbooks({ files: [bomb['lying-8m']!, good], today: TODAY, maxSize: 4 * MiB });
    expect(result.findings.map((f) => [f.file, f.code])).toEqual([[bomb['lying-8m'], 'file-too-large']]);
    expect(result.files.map((f) => f.read)).toEqual([false, true]);
  });

  it('counts every part, also one the reader never parses: 400 MiB of document properties that claim 1,000 bytes, 64 MiB limit', async () => {
    await refuses('lying-docprops-400m', ['--max-size', '64M']);
  });

  it('--annotate never inflates such a bomb either (exceljs would read every part into memory)', async () => {
    await refuses('lying-docprops-400m', ['--max-size', '64M', '--annotate', 'danh-dau']);
    expect(existsSync(join(dir, 'danh-dau', 'lying-docprops-400m.xlsx'))).toBe(false);
  });

  it('under the limit, a size lie is at worst an unreadable file, never a crash or a hang', async () => {
    const { value: result, seconds } = await measured('lying-16m under the default limit', () => loadWorkbooks({ files: [bomb['lying-16m']!, other], today: TODAY }));
    expect(seconds).toBeLessThan(MAX_SECONDS);
    const codes = result.findings.filter((f) => f.file === bomb['lying-16m']).map((f) => f.code);
    expect(codes).not.toContain('file-too-large');
    // Either the rows are read (the data is fine) or the file is reported as damaged.
    if (codes.length > 0) expect(codes).toEqual(['file-unreadable']);
    else expect(result.dataset.villages).toHaveLength(2);
    expect(result.files[1]!.read).toBe(true);
    expect(result.dataset.units).toHaveLength(1);
  });
});

describe('file-too-large: other commands', () => {
  it('stats refuses the bomb as a data error (exit 1) and shows the finding on stderr', async () => {
    const out = capture(dir);
    const code = await main(['stats', bomb['lying-2g']!, good, '--max-size', '64M'], out);
    expect(code).toBe(1);
    expect(out.stderr).toContain('file-too-large');
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });

  it('stats --allow-errors leaves the bomb out and computes from the other file', async () => {
    const out = capture(dir);
    const code = await main(['stats', '--json', '--allow-errors', bomb['lying-2g']!, good, '--max-size', '64M', '--year', '2020'], out);
    expect(code).toBe(0);
    const stats = JSON.parse(out.stdout) as { villages: { total: number; households: number } };
    expect(stats.villages).toMatchObject({ total: 2, households: 215 });
    expect(out.stderr).toMatch(/1 tệp không đọc được/);
  });

  it('fix refuses the bomb (exit 1) and writes nothing', async () => {
    const out = capture(dir);
    const target = join(dir, 'fixed.xlsx');
    const { value: code } = await measured('fix lying-2g.xlsx', () => main(['fix', bomb['lying-2g']!, '-o', target], out));
    expect(code).toBe(1);
    expect(out.stderr).toMatch(/1 GiB/);
    expect(out.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(target)).toBe(false);
  });
});
