/**
 * The README's screenshots of `ketnghia serve` (docs/serve-*.png), taken at 1366×768 in
 * Debian's chromium: `npm run build && node dist/scripts/serve-screenshots.js`.
 * A development tool (playwright-core is a devDependency), not part of the package's commands.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
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

async function main(): Promise<void> {
  mkdirSync(docs, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'kn-shots-'));
  copyFileSync(join(samples, 'ketnghia.config.json'), join(dataDir, 'ketnghia.config.json'));
  const server = await startServer({ dataDir, token: newToken() });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'], timeout: 60_000, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(60_000);
    await page.goto(server.url);
    await page.locator('#config-path:not(:empty)').waitFor();
    const shot = async (name: string, anchor: string, end = false) => {
      await page.locator(`#${anchor}`).evaluate((node, atEnd) => node.scrollIntoView(atEnd ? { block: 'end' } : undefined), end);
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(docs, name) });
    };
    const upload = async (files: string[]) => {
      await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/check')), page.locator('[data-kn="files"]').setInputFiles(files)]);
      await page.locator('#status').waitFor({ state: 'hidden' });
    };

    await upload(readdirSync(loi).map((f) => join(loi, f)));
    await shot('serve-1-chon-tep.png', 'buoc-1');
    await page.locator('#f-file').selectOption('sai-danh-muc.xlsx');
    await shot('serve-2-kiem-tra.png', 'buoc-2');

    await upload(readdirSync(samples).filter((f) => f.endsWith('.xlsx')).map((f) => join(samples, f)));
    await page.locator('[data-kn="period-from"]').fill('2016');
    await page.locator('[data-kn="period-to"]').fill('2020');
    await page.locator('#compute').click();
    await page.locator('[data-table="summary"]').waitFor();
    await shot('serve-3-so-lieu.png', 'buoc-3');

    // The register: the master and the 2020 inbox, with the times the files arrived (a checkout loses them).
    const inbox = join(dataDir, 'nop-2020');
    mkdirSync(inbox);
    for (const file of readdirSync(join(root, 'samples-nop-2020'))) {
      copyFileSync(join(root, 'samples-nop-2020', file), join(inbox, file));
      const received = receivedAt(Number(file.slice(0, 2)) - 1);
      utimesSync(join(inbox, file), received, received);
    }
    await upload([join(samples, 'ayunpa-danh-muc.xlsx'), ...readdirSync(inbox).map((f) => join(inbox, f))]);
    await page.locator('[data-kn="period-from"]').fill('2020');
    await page.locator('[data-kn="period-to"]').fill('2020');
    await page.locator('[name="deadline"]').fill('2021-01-12');
    await page.locator('#submissions').click();
    await page.locator('#reminder').waitFor();
    await shot('serve-3b-nop-bao-cao.png', 'register', true);
    await page.locator('[name="deadline"]').fill('');
    await upload(readdirSync(samples).filter((f) => f.endsWith('.xlsx')).map((f) => join(samples, f)));
    await page.locator('[data-kn="period-from"]').fill('2016');

    await page.locator('#kind').selectOption('so-ket');
    await Promise.all([page.waitForEvent('download'), page.locator('[data-kn="report"]').click()]);
    await page.locator('#report-result a').first().waitFor();
    await shot('serve-4-bao-cao.png', 'buoc-4', true);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
