/**
 * `ketnghia serve` in a real browser (Debian's chromium through playwright-core; no browser
 * is downloaded): upload the samples, read the summary and the figures and compare them
 * with what `validate` and `stats` return in-process; filter the findings of the faulty
 * samples; make the report and open the downloaded .docx; save the report form to the
 * config file beside the data.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stats } from '../src/cli/commands/stats.js';
import { expandInputs, type SkippedFile } from '../src/app/inputs.js';
import { submissions, submissionsJson } from '../src/cli/commands/submissions.js';
import { reminder, submissionsText } from '../src/words/submissions-text.js';
import { validate } from '../src/cli/commands/validate.js';
import { summaryLine } from '../src/words/counts.js';
import { formatCell } from '../src/cli/print-tables.js';
import { integerIn } from '../src/format/vi.js';
import { statsTables } from '../src/words/stats-tables.js';
import { withVillageTerm } from '../src/words/village-term.js';
import { startServer, type RunningServer } from '../src/serve/server.js';
import { capture } from './helpers/io.js';
import { zipEntry } from './helpers/zip.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SAMPLES = join(ROOT, 'samples');
/** The faulty samples (one fault kind per file); kept in one place in case they move. */
const SAMPLES_LOI = join(ROOT, 'samples-loi');
/** A year's inbox: one file per unit, as they arrived. */
const INBOX = join(ROOT, 'samples-nop-2020');
const CHROMIUM = '/usr/bin/chromium';
const STEP = 20_000;

const mainSamples = readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).map((f) => join(SAMPLES, f));
const loiSamples = readdirSync(SAMPLES_LOI).map((f) => join(SAMPLES_LOI, f));

let server: RunningServer;
let browser: Browser;
let page: Page;
let dataDir: string;
const scriptErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install the Debian package "chromium" (.ci/run does)`);
  dataDir = mkdtempSync(join(tmpdir(), 'kn-serve-data-'));
  copyFileSync(join(SAMPLES, 'ketnghia.config.json'), join(dataDir, 'ketnghia.config.json'));
  server = await startServer({ dataDir, token: 'test-token-0123456789' });
  // Chromium reads file names in the locale's encoding: under LANG=C (a bare CI shell) it cannot
  // open "nop-lai (bản sửa).xlsx" and the upload silently lacks it. A clerk's desktop is UTF-8.
  browser = await chromium.launch({ executablePath: CHROMIUM, timeout: STEP, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'], env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  context.setDefaultTimeout(STEP);
  page = await context.newPage();
  page.on('pageerror', (error) => scriptErrors.push(error.message));
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Starts afresh (a choice adds to the files already there), then chooses `files`. */
async function upload(files: readonly string[]): Promise<void> {
  await clearFiles();
  await add('[data-kn="files"]', [...files]);
}

async function clearFiles(): Promise<void> {
  if (await page.locator('#clear-files').isHidden()) return;
  await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/files/clear')), page.locator('#clear-files').click()]);
  await page.locator('#status').waitFor({ state: 'hidden' });
}

/** One more choice, by the file input or the folder input; the page renders the check's answer, then hides its progress line. */
async function add(input: string, files: string | string[]): Promise<void> {
  await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/check')), page.locator(input).setInputFiles(files)]);
  await page.locator('#status').waitFor({ state: 'hidden' });
}

describe('ketnghia serve in chromium', () => {
  it('lands on the page without the token in the address, and keeps working by cookie', async () => {
    expect(page.url()).toBe(server.url.replace(/\?token=.*/, ''));
    await expect(page.locator('h1').textContent()).resolves.toContain('kết nghĩa');
    // The config beside the data filled the report form.
    await page.locator('#config-path:not(:empty)').waitFor();
    await expect(page.locator('[name="issuingBody"]').inputValue()).resolves.toBe('Thị ủy Ayun Pa');
  });

  it('is reached by keyboard: the step links, then the file input', async () => {
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate('document.activeElement.getAttribute("href") || document.activeElement.id'));
    }
    expect(order).toEqual(['#buoc-1', '#buoc-2', '#buoc-3', '#buoc-4', 'files', 'folder']);
  });

  it('checks the samples: the summary is validate’s, the figures are stats’s', async () => {
    await upload(mainSamples);
    const names = mainSamples.map((f) => f.slice(SAMPLES.length + 1));
    const checked = await validate({ inputs: names, lang: 'vi' }, capture(SAMPLES));
    const summary = await page.locator('[data-kn="summary"]').textContent();
    expect(summary).toBe(`Không có lỗi. ${summaryLine(checked.load, 'vi')}`);
    expect(checked.load.files).toHaveLength(5);
    expect(await page.locator('#file-list tbody tr').count()).toBe(5);

    await page.locator('[data-kn="period-from"]').fill('2016');
    await page.locator('[data-kn="period-to"]').fill('2020');
    await page.locator('#compute').click();
    const figures = page.locator('[data-kn="figures"]');
    await figures.locator('[data-table="summary"] table').waitFor();
    const computed = await stats({ inputs: names, lang: 'vi', from: '2016', to: '2020' }, capture(SAMPLES));
    // Labelled as the terminal labels them, with the samples' config's word for a village ("bôn").
    const summaryTable = withVillageTerm(statsTables(computed.indicators!, 'vi').find((t) => t.id === 'summary')!, 'bôn', 'vi');
    const expected = summaryTable.rows.map((row) => row.map((cell, i) => formatCell(cell, summaryTable.columns[i]!.kind, 'vi')));
    const shown = await figures.locator('[data-table="summary"] tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
    expect(shown).toEqual(expected);
    // The headline figures of the README, as the page writes them.
    expect(integerIn('vi', computed.indicators!.funds.total)).toBe('989.356.000');
    await expect(figures.textContent()).resolves.toContain('989.356.000');
    await expect(figures.locator('[data-table="uncovered"]').textContent()).resolves.toContain('(không có)');
    await expect(figures.locator('[data-table="inactive"] h3').textContent()).resolves.toBe('Cặp kết nghĩa không có hoạt động trong kỳ');
    // The report's three charts, drawn (the CSP lets the page show its own images).
    const charts = figures.locator('.charts img');
    expect(await charts.count()).toBe(3);
    type Img = { decode(): Promise<void>; naturalWidth: number };
    const widths = await charts.evaluateAll((images) => Promise.all(images.map((i) => (i as unknown as Img).decode().then(() => (i as unknown as Img).naturalWidth))));
    expect(widths.every((w) => w > 100)).toBe(true);
  });

  it('makes the report and downloads a .docx that opens', async () => {
    await page.locator('#kind').selectOption('so-ket');
    // The form, not only the file it was loaded from, makes the report.
    await page.locator('[name="documentNumber"]').fill('33-BC/TU');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-kn="report"]').click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-so-ket-2016-2020.docx');
    const saved = join(dataDir, 'downloaded.docx');
    await download.saveAs(saved);
    const xml = await zipEntry(readFileSync(saved), 'word/document.xml');
    expect(xml).toContain('33-BC/TU');
    expect(xml).not.toContain('21-BC/TU');
    expect(xml).toContain('THỊ ỦY AYUN PA');
    expect(xml).toContain('989.356.000');
  });

  it('saves the report form to the config file beside the data when asked', async () => {
    await page.locator('[name="signer.name"]').fill('Trần Thị B');
    // The commendation boxes: a number typed is a number, an empty box is no key, a list a line each.
    await page.locator('[name="commendation.max"]').fill('4');
    await page.locator('[name="commendation.exclude"]').fill('Ban Dân vận Thị ủy\nThị đoàn Ayun Pa');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('#config-save').click();
    await page.locator('#alert.info').waitFor();
    const saved = JSON.parse(readFileSync(join(dataDir, 'ketnghia.config.json'), 'utf8')) as { signer: { name: string }; provincialPovertyRate: unknown; commendation: unknown };
    expect(saved.signer.name).toBe('Trần Thị B');
    expect(saved.commendation).toEqual({ max: 4, exclude: ['Ban Dân vận Thị ủy', 'Thị đoàn Ayun Pa'] });
    // What the form does not show is kept.
    expect(saved.provincialPovertyRate).toEqual({ '2020': 1.8 });
  });

  it('shows who has reported, as submissions does, with the reminder ready to copy', async () => {
    const inbox = readdirSync(INBOX).map((f) => join(INBOX, f));
    await upload([join(SAMPLES, 'ayunpa-danh-muc.xlsx'), ...inbox]);
    await page.locator('[data-kn="period-from"]').fill('2020');
    await page.locator('[data-kn="period-to"]').fill('2020');
    await page.locator('[name="deadline"]').fill('2021-01-12');
    await page.locator('#submissions').click();
    const register = page.locator('[data-kn="submissions"]');
    await register.locator('#reminder').waitFor();
    const cli = await submissions({ inputs: ['samples/ayunpa-danh-muc.xlsx', 'samples-nop-2020'], lang: 'vi', year: '2020', deadline: '2021-01-12' }, capture(ROOT));
    const r = cli.register!;
    const text = submissionsText('vi');
    const count = (status: string) => r.units.filter((u) => u.status === status).length;
    await expect(register.locator('p.lead').textContent()).resolves.toBe(text.headline(r.reported, r.expected, text.rate(r.rate), count('reported'), count('reported-empty'), count('missing')));
    expect(await register.locator('table').first().locator('tbody tr').count()).toBe(r.units.length);
    const missing = r.units.filter((u) => u.status === 'missing').map((u) => u.unit);
    expect(missing.length).toBeGreaterThan(0);
    await expect(register.locator('#reminder').inputValue()).resolves.toBe(reminder(missing, r.period, r.expected, 'vi', '2021-01-12'));
    // The files keep their own modification times: the late ones are the command's.
    const late = await register.locator('td', { hasText: 'nộp muộn' }).count();
    const json = submissionsJson({ ...cli, register: cli.register! }, 'vi');
    expect(late).toBe([...json.units, ...json.unexpected].filter((u) => u.late).length);
  });

  it('filters the findings of the faulty samples by severity, code and file', async () => {
    await upload(loiSamples);
    const names = loiSamples.map((f) => f.slice(SAMPLES_LOI.length + 1));
    const checked = await validate({ inputs: names, lang: 'vi' }, capture(SAMPLES_LOI));
    const issues = checked.load.findings;
    await expect(page.locator('[data-kn="summary"]').textContent()).resolves.toBe(`Có lỗi. ${summaryLine(checked.load, 'vi')}`);
    const rows = page.locator('#findings tbody tr');
    expect(await rows.count()).toBe(issues.length);
    // The kind of each finding in Vietnamese; its code only in the tooltip.
    const firstKind = rows.first().locator('td.kind');
    await expect(firstKind.getAttribute('title')).resolves.toBe(`Mã: ${issues[0]!.code}`);
    await expect(page.locator('#findings').textContent()).resolves.not.toContain(issues[0]!.code);
    // The shared messages' command-line words ("với --allow-errors") are the page's boxes here.
    expect(issues.some((f) => f.code === 'duplicate-file')).toBe(true);
    await expect(page.locator('#findings').innerText()).resolves.not.toMatch(/--[a-z]|ketnghia [a-z]/);
    await expect(page.locator('#findings').innerText()).resolves.toContain('khi đánh dấu «Bỏ qua các dòng có lỗi» chỉ tính tệp');
    const kinds = await page.locator('#f-code option').allTextContents();
    expect(kinds.filter((k) => /\([a-z-]+\)$|^[a-z-]+$/.test(k))).toEqual([]);

    await page.locator('#f-severity').selectOption('warning');
    const warnings = issues.filter((f) => f.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(0);
    expect(await rows.count()).toBe(warnings);
    expect(new Set(await rows.evaluateAll((r) => r.map((x) => x.getAttribute('data-severity'))))).toEqual(new Set(['warning']));

    await page.locator('#f-severity').selectOption('');
    const required = issues.filter((f) => f.code === 'required').length;
    expect(required).toBeGreaterThan(0);
    await page.locator('#f-code').selectOption('required');
    expect(await rows.count()).toBe(required);

    await page.locator('#f-code').selectOption('');
    await page.locator('#f-file').selectOption('hong.xlsx');
    expect(await rows.count()).toBe(issues.filter((f) => f.file === 'hong.xlsx').length);
    await expect(page.locator('#findings').textContent()).resolves.toContain('hong.xlsx');

    // A figure asked of data with errors: the page says why, in Vietnamese, and stays usable.
    await page.locator('#compute').click();
    await page.locator('#alert:not([hidden])').waitFor();
    await expect(page.locator('#alert').textContent()).resolves.toContain('Số liệu còn lỗi nên chưa tổng hợp');
    await expect(page.locator('#compute').isEnabled()).resolves.toBe(true);
  });

  it('takes a whole folder: its workbooks, found in its subfolders, named by their path in it; the rest named as not used', async () => {
    await clearFiles();
    await add('#folder', SAMPLES);
    // samples/ holds its README, config and expected findings too: a folder sends only its workbooks, in the order the CLI walks it.
    const files = await page.locator('#file-list tbody tr td:first-child').allTextContents();
    expect(files).toEqual(await expandInputs(['samples'], ROOT));
    expect(files).toContain('samples/ayunpa-danh-muc.xlsx');
    expect(files.some((f) => !f.endsWith('.xlsx'))).toBe(false);
    // What is not a workbook is named as the command line names it; the config file is passed over, as there.
    let cli: readonly SkippedFile[] = [];
    await expandInputs(['samples'], ROOT, { onSkip: (list) => (cli = list) });
    const skipped = await page.locator('#skipped-list tbody tr td:first-child').allTextContents();
    expect(skipped.sort()).toEqual(cli.map((s) => s.file).sort());
    expect(skipped.sort()).toEqual(['samples/loi-expected.json', 'samples/README.md'].sort());
  });

  it('downloads the annotated and fixed copies as one zip', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#copies').click()]);
    expect(download.suggestedFilename()).toBe('ban-danh-dau-va-ban-da-sua.zip');
    const saved = join(dataDir, 'copies.zip');
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    // An annotated copy carries the findings sheet; a fixed copy is a workbook too.
    await expect(zipEntry(bytes, 'ban-danh-dau/ayunpa-danh-muc.xlsx')).resolves.toBeDefined();
    await expect(zipEntry(bytes, 'ban-da-sua/ayunpa-danh-muc-da-sua.xlsx')).resolves.toBeDefined();
  });

  it('serves its icon and ran without a script error', async () => {
    const icon = await page.request.get(new URL('/favicon.ico', page.url()).href);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toBe('image/svg+xml');
    expect(scriptErrors).toEqual([]);
  });
});

