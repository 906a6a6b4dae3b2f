/**
 * The README's screenshots of `ketnghia serve` (docs/serve-*.png), taken at 1366×768 in
 * Debian's chromium: `npm run build && node dist/scripts/serve-screenshots.js`.
 * A development tool (playwright-core is a devDependency), not part of the package's commands.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { newToken } from '../src/serve/guard.js';
import { startServer } from '../src/serve/server.js';
import { packageRoot } from '../src/util/package.js';
import { receivedAt } from './samples/nop.js';

const root = packageRoot();
const docs = join(root, 'docs');
const samples = join(root, 'samples');
const loi = join(root, 'samples-loi');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function main(): Promise<void> {
  mkdirSync(docs, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'kn-shots-'));
  copyFileSync(join(samples, 'ketnghia.config.json'), join(dataDir, 'ketnghia.config.json'));
  const server = await startServer({ dataDir, token: newToken() });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS, timeout: 60_000, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    page.setDefaultTimeout(60_000);
    await page.goto(server.url);
    await page.locator('#config-path:not(:empty)').waitFor();
    const shot = async (name: string, anchor: string, end = false) => {
      await page.locator(`#${anchor}`).evaluate((node, atEnd) => node.scrollIntoView(atEnd ? { block: 'end' } : undefined), end);
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(docs, name) });
    };
    const settled = () => page.locator('#status').waitFor({ state: 'hidden' });
    const add = async (input: string, files: string | string[]) => {
      await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/check')), page.locator(input).setInputFiles(files)]);
      await settled();
    };
    const clear = async () => {
      if (await page.locator('#clear-files').isHidden()) return;
      await page.locator('#clear-files').click();
      await settled();
    };

    // The inbox as it arrived (with the times the files came, which a checkout loses), beside a
    // PDF, an old .xls and Excel's lock file; the master is chosen from another folder.
    const inbox = join(dataDir, 'nop-2020');
    mkdirSync(inbox);
    for (const file of readdirSync(join(root, 'samples-nop-2020'))) {
      copyFileSync(join(root, 'samples-nop-2020', file), join(inbox, file));
      const received = receivedAt(Number(file.slice(0, 2)) - 1);
      utimesSync(join(inbox, file), received, received);
    }
    writeFileSync(join(inbox, 'cong-van-gui-kem.pdf'), '%PDF-1.4\n%%EOF\n');
    copyFileSync(join(loi, 'dinh-dang-cu.xls'), join(inbox, '44-dien-luc-ayun-pa.xls'));
    writeFileSync(join(inbox, '~$05-uy-ban-kiem-tra-thi-uy.xlsx'), 'lock');
    await add('[data-kn="files"]', join(samples, 'ayunpa-danh-muc.xlsx'));
    await add('#folder', inbox);
    await shot('serve-1-chon-tep.png', 'buoc-1');

    await page.locator('[data-kn="period-from"]').fill('2020');
    await page.locator('[name="deadline"]').fill('12/01/2021');
    await page.locator('#submissions').click();
    await page.locator('#reminder').waitFor();
    await shot('serve-3b-nop-bao-cao.png', 'register');
    await page.locator('[name="deadline"]').fill('');

    await clear();
    await add('[data-kn="files"]', readdirSync(loi).map((f) => join(loi, f)));
    await page.locator('#f-file').selectOption('sai-danh-muc.xlsx');
    await shot('serve-2-kiem-tra.png', 'buoc-2');

    await clear();
    await add('[data-kn="files"]', readdirSync(samples).filter((f) => f.endsWith('.xlsx')).map((f) => join(samples, f)));
    await page.locator('[data-kn="period-from"]').fill('01/01/2016');
    await page.locator('[data-kn="period-to"]').fill('2020');
    await page.locator('#compute').click();
    await page.locator('[data-table="summary"]').waitFor();
    await shot('serve-3-so-lieu.png', 'buoc-3');

    await page.locator('#kind').selectOption('so-ket');
    await shot('serve-4-bao-cao.png', 'buoc-4');
    await Promise.all([page.waitForEvent('download'), page.locator('[data-kn="report"]').click()]);
    await page.locator('#report-result a').first().waitFor();
    await shot('serve-4b-bao-cao-tai-ve.png', 'buoc-4', true);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
