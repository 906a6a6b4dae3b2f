/**
 * `ketnghia serve` opened in Debian's chromium through playwright-core (no browser is
 * downloaded), for the page's tests: a server on a copy of the samples' config, a page at
 * 1366×768, and the clerk's moves — start afresh, add files, add a folder.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/serve/server.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SAMPLES = join(ROOT, 'samples');
export const SAMPLES_LOI = join(ROOT, 'samples-loi');
export const INBOX = join(ROOT, 'samples-nop-2020');
const CHROMIUM = '/usr/bin/chromium';
/** Every browser step's deadline. */
const STEP = 20_000;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface OpenPage {
  readonly page: Page;
  readonly server: RunningServer;
  /** The data folder the server was started in (its config), for downloads and made-up inboxes. */
  readonly dataDir: string;
  readonly scriptErrors: readonly string[];
  readonly close: () => Promise<void>;
}

export async function openPage(): Promise<OpenPage> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install the Debian package "chromium" (.ci/run does)`);
  const dataDir = mkdtempSync(join(tmpdir(), 'kn-serve-data-'));
  copyFileSync(join(SAMPLES, 'ketnghia.config.json'), join(dataDir, 'ketnghia.config.json'));
  const server = await startServer({ dataDir, token: 'test-token-0123456789' });
  let browser: Browser | undefined;
  try {
    // Chromium reads file names in the locale's encoding: a bare CI shell's LANG=C loses "bản sửa".
    browser = await chromium.launch({ executablePath: CHROMIUM, timeout: STEP, args: ARGS, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    context.setDefaultTimeout(STEP);
    const page = await context.newPage();
    const scriptErrors: string[] = [];
    page.on('pageerror', (error) => scriptErrors.push(error.message));
    await page.goto(server.url);
    const opened = browser;
    return {
      page,
      server,
      dataDir,
      scriptErrors,
      close: async () => {
        await opened.close();
        await server.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Takes every file off the list (a choice adds to the files already there). */
export async function clearFiles(page: Page): Promise<void> {
  if (await page.locator('#clear-files').isHidden()) return;
  await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/files/clear')), page.locator('#clear-files').click()]);
  await page.locator('#status').waitFor({ state: 'hidden' });
}

/** One more choice, by the file input or the folder input; the page renders the check's answer, then hides its progress line. */
export async function add(page: Page, input: string, files: string | string[]): Promise<void> {
  await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/check')), page.locator(input).setInputFiles(files)]);
  await page.locator('#status').waitFor({ state: 'hidden' });
}
