import { defineConfig } from 'vitest/config';

/**
 * Two projects, so a run shows which is which. `e2e` holds the files that start other
 * programs (the built CLI, LibreOffice, poppler, chromium, `npm pack`), serve over HTTP or
 * write and read many or large workbooks; `unit` is every other file, fast enough for the
 * edit-and-run loop (`npm run test:unit`). `npm test` runs both. A new test file is a unit
 * test unless it is listed here.
 */
const E2E = [
  'test/cli-process.test.ts', // the built CLI under bash and `script` (a pipe closed early, colours on a terminal)
  'test/fuzz.test.ts', // 700 corrupted copies of real workbooks, some through the CLI
  'test/init.test.ts', // templates filled and judged by LibreOffice (python3-uno)
  'test/install.test.ts', // npm pack
  'test/install-tree.test.ts', // npm install -g of the packed tarball into a temporary prefix
  'test/windows.test.ts', // the Windows package built, unzipped and run under Wine
  'test/levels-commands.test.ts', // every command on the Quảng Nam samples, reports included
  'test/report-kinds.test.ts', // four reports converted by soffice, read by pdftotext
  'test/report.test.ts', // the Ayun Pa report → LibreOffice PDF → pdftotext
  'test/serve-http.test.ts', // the server over HTTP, PDF through LibreOffice
  'test/serve-page.test.ts', // the page in chromium
  'test/serve-page-inbox.test.ts', // the page in chromium, on an inbox from two folders
  'test/timezone.test.ts', // the built CLI under other timezones
  'test/zipbomb.test.ts', // workbooks inflating to 2 GiB, read to the size limit
];

// Applied to both projects: exceljs's reader fix and plain chalk (test/setup.ts), and the
// timeouts (child processes have their own deadlines, test/helpers/spawn.ts).
const shared = {
  setupFiles: ['test/setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: 'unit', include: ['test/**/*.test.ts'], exclude: E2E } },
      { test: { ...shared, name: 'e2e', include: E2E } },
    ],
  },
});
