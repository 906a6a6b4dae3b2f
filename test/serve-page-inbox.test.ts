/**
 * The page as a new user tries it on an inbox (issue 20's second pass), in chromium: the
 * master chosen from one folder and the inbox added from another, the files a folder holds
 * that cannot be used named, one file taken off; a Vietnamese date and a wrong one named by
 * its label; one period box read as that year; the register and the figures downloaded as
 * workbooks and opened; the report's gaps named by the form's boxes.
 */
import { copyFileSync, cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submissions, submissionsJson } from '../src/cli/commands/submissions.js';
import { validate } from '../src/cli/commands/validate.js';
import { summaryLine } from '../src/cli/print-findings.js';
import { submissionsText } from '../src/messages/submissions.js';
import { capture } from './helpers/io.js';
import { add, clearFiles, INBOX, openPage, ROOT, SAMPLES, SAMPLES_LOI, type OpenPage } from './helpers/page.js';

const mainSamples = readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).map((f) => join(SAMPLES, f));

let opened: OpenPage;
let page: Page;
let dataDir: string;

beforeAll(async () => {
  opened = await openPage();
  ({ page, dataDir } = opened);
});

afterAll(async () => {
  await opened?.close();
});

describe('the page on an inbox, as a new user tries it', () => {
  it('adds the inbox from one folder to the master from another, names every file it cannot use, and takes one file off', async () => {
    await clearFiles(page);
    // The inbox as a clerk's folder holds it: the units' workbooks (their times kept), a PDF, an old .xls, an Excel lock file.
    const inbox = join(dataDir, 'nop-2020');
    mkdirSync(inbox);
    for (const file of readdirSync(INBOX)) cpSync(join(INBOX, file), join(inbox, file), { preserveTimestamps: true });
    writeFileSync(join(inbox, 'cong-van-gui-kem.pdf'), '%PDF-1.4\n%%EOF\n');
    copyFileSync(join(SAMPLES_LOI, 'dinh-dang-cu.xls'), join(inbox, 'bao-cao-cu.xls'));
    writeFileSync(join(inbox, '~$01-van-phong-thi-uy.xlsx'), 'lock');
    await add(page, '[data-kn="files"]', join(SAMPLES, 'ayunpa-danh-muc.xlsx'));
    await add(page, '#folder', inbox);
    const files = await page.locator('#file-list tbody tr td:first-child').allTextContents();
    expect(files.filter((f) => f === 'ayunpa-danh-muc.xlsx')).toHaveLength(1);
    // The old .xls is sent and refused with how to save it again, as a folder given to the command line.
    expect(files.filter((f) => f.startsWith('nop-2020/')).sort()).toEqual([...readdirSync(INBOX), 'bao-cao-cu.xls'].map((f) => `nop-2020/${f}`).sort());
    await expect(page.locator('#file-list tr', { hasText: 'bao-cao-cu.xls' }).textContent()).resolves.toContain('Không dùng được');
    // The PDF and the lock file are not sent, and named as the command line names them.
    const skipped = Object.fromEntries(await page.locator('#skipped-list tbody tr').evaluateAll((rows) => rows.map((r) => [r.children[0]!.textContent, r.children[1]!.textContent])));
    expect(Object.keys(skipped).sort()).toEqual(['nop-2020/cong-van-gui-kem.pdf', 'nop-2020/~$01-van-phong-thi-uy.xlsx'].sort());
    expect(skipped['nop-2020/cong-van-gui-kem.pdf']).toContain('không phải sổ tính Excel (.pdf)');
    expect(skipped['nop-2020/~$01-van-phong-thi-uy.xlsx']).toContain('tệp khóa Excel');
    // The check covers both choices: validate's summary of the master and the inbox folder, skipped files included.
    const both = await validate({ inputs: [join(SAMPLES, 'ayunpa-danh-muc.xlsx'), inbox], lang: 'vi' }, capture(ROOT));
    expect(both.load.findings.filter((f) => f.code === 'file-skipped')).toHaveLength(2);
    await expect(page.locator('[data-kn="summary"]').textContent()).resolves.toContain(summaryLine(both.load, 'vi'));

    const gone = 'nop-2020/01-van-phong-thi-uy.xlsx';
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/check')), page.getByRole('button', { name: `Bỏ tệp ${gone}` }).click()]);
    await page.locator('#status').waitFor({ state: 'hidden' });
    const left = await page.locator('#file-list tbody tr td:first-child').allTextContents();
    expect(left).toHaveLength(files.length - 1);
    expect(left).not.toContain(gone);
    const inputs = [join(SAMPLES, 'ayunpa-danh-muc.xlsx'), ...readdirSync(inbox).filter((f) => f !== '01-van-phong-thi-uy.xlsx').map((f) => join(inbox, f))];
    const fewer = await validate({ inputs, lang: 'vi' }, capture(ROOT));
    await expect(page.locator('[data-kn="summary"]').textContent()).resolves.toContain(summaryLine(fewer.load, 'vi'));
  });

  it('takes a Vietnamese date, names a wrong one by its label, reads one period box as that year, and downloads the register as a workbook', async () => {
    await page.locator('[data-kn="period-from"]').fill('2020');
    await page.locator('[data-kn="period-to"]').fill('');
    await page.locator('[name="deadline"]').fill('32/01/2021');
    await page.locator('#submissions').click();
    await page.locator('#alert:not([hidden])').waitFor();
    const alert = await page.locator('#alert').textContent();
    expect(alert).toContain('«Hạn nộp của các đơn vị»: "32/01/2021" không phải một ngày');
    expect(alert).not.toContain('deadline');

    await page.locator('[name="deadline"]').fill('12/01/2021');
    await page.locator('#submissions').click();
    const register = page.locator('[data-kn="submissions"]');
    await register.locator('#reminder').waitFor();
    const inbox = join(dataDir, 'nop-2020');
    const inputs = [join(SAMPLES, 'ayunpa-danh-muc.xlsx'), ...readdirSync(inbox).filter((f) => /^\d.*\.xlsx$/.test(f) && !f.startsWith('01-')).map((f) => join(inbox, f))];
    const cli = await submissions({ inputs, lang: 'vi', year: '2020', deadline: '2021-01-12' }, capture(ROOT));
    const r = cli.register!;
    const text = submissionsText('vi');
    const count = (status: string) => r.units.filter((u) => u.status === status).length;
    const headline = text.headline(r.reported, r.expected, text.rate(r.rate), count('reported'), count('reported-empty'), count('missing'));
    await expect(register.locator('p.lead').textContent()).resolves.toBe(headline);
    // Nothing the CLI or the config file would say: no command, no option, no key; nor a stray "null".
    const words = await page.locator('main').innerText();
    expect(words).not.toMatch(/ketnghia (validate|stats|coverage|submissions|report|fix)|--[a-z]|\bnull\b|deadline/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#register-xlsx').click()]);
    expect(download.suggestedFilename()).toBe('so-nop-bao-cao-2020.xlsx');
    const saved = join(dataDir, 'so-nop.xlsx');
    await download.saveAs(saved);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(saved);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A2').value).toBe(headline);
    const units = r.units.map((_, i) => sheet.getCell(`B${i + 4}`).value);
    expect(units).toEqual(r.units.map((u) => u.unit));
    const late = submissionsJson(cli, 'vi').units.filter((u) => u.late).length;
    expect(r.units.filter((_, i) => sheet.getCell(`H${i + 4}`).value === 'muộn')).toHaveLength(late);
  });

  it('downloads the figures as a workbook, as stats --xlsx writes them, for a period typed as dates', async () => {
    await clearFiles(page);
    await add(page, '[data-kn="files"]', mainSamples);
    // A day that does not exist is named by its box, with an example written as people write dates.
    await page.locator('[data-kn="period-from"]').fill('32/01/2016');
    await page.locator('[data-kn="period-to"]').fill('31/12/2020');
    await page.locator('#compute').click();
    await page.locator('#alert:not([hidden])').waitFor();
    await expect(page.locator('#alert').textContent()).resolves.toBe('Ô «Từ» không hợp lệ: "32/01/2016" (ví dụ 2017 hoặc 01/07/2017).');
    await page.locator('[data-kn="period-from"]').fill('01/01/2016');
    await page.locator('#compute').click();
    await page.locator('#figures-xlsx').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#figures-xlsx').click()]);
    expect(download.suggestedFilename()).toBe('so-lieu-ket-nghia-2016-2020.xlsx');
    const saved = join(dataDir, 'so-lieu.xlsx');
    await download.saveAs(saved);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(saved);
    expect(book.getWorksheet('Tổng hợp')!.getCell('A1').value).toBe('Tổng hợp (01/01/2016 – 31/12/2020)');
    expect(book.getWorksheet('Kinh phí theo năm')!.getCell('B7').value).toBe(989_356_000);
  });

  it('names the form’s boxes, not the config’s keys, in what the report says it lacks; shows the empty ones beside them', async () => {
    await page.locator('#kind').selectOption('nam');
    await page.locator('[name="documentNumber"]').fill('');
    await page.locator('[name="date"]').fill('');
    await Promise.all([page.waitForEvent('download'), page.locator('[data-kn="report"]').click()]);
    const said = await page.locator('#report-result').innerText();
    expect(said).toContain('ô «Số, ký hiệu» để trống');
    expect(said).not.toMatch(/documentNumber|tệp cấu hình|ketnghia validate/);
    await expect(page.locator('label', { hasText: 'Số, ký hiệu' }).locator('.placeholder-note').textContent()).resolves.toContain('Còn trống');
    await expect(page.locator('#placeholders').textContent()).resolves.toContain('«Số, ký hiệu»');
  });


  it('ran without a script error', () => {
    expect(opened.scriptErrors).toEqual([]);
  });
});
