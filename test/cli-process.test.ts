/**
 * The built CLI as a shell runs it (`npm test` builds dist/ first): what only a real process
 * shows — stdout piped into a reader that leaves early, colours on a real terminal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../src/messages/cli.js';
import { render } from '../src/messages/render.js';
import { run as spawnRun } from './helpers/spawn.js';
import { HEADERS, tempDir, writeWorkbook } from './helpers/workbook.js';

describe('a closed pipe', () => {
  it('stops quietly when the reader of stdout goes away (ketnghia … | head)', async () => {
    // Far more output than a pipe buffers, so the writes after `head` has gone fail for sure.
    const rows: unknown[][] = [[...HEADERS.units]];
    for (let i = 0; i < 3000; i++) rows.push([i + 1, `Đơn vị ${i}`, 'cấp lạ', 'Khác']);
    const file = await writeWorkbook(join(tempDir(), 'nhieu-loi.xlsx'), [{ name: 'Đơn vị', rows: rows as never }]);
    const errors = join(tempDir(), 'stderr.txt');
    const output = await spawnRun('/bin/bash', ['-c', `node bin/ketnghia.js validate "${file}" 2>"${errors}" | head -1; echo "status=\${PIPESTATUS[0]}"`], { timeout: 60_000 });
    expect(output).toMatch(/status=1/);
    // Only the line naming the config (SPEC §7); no EPIPE trace.
    expect(readFileSync(errors, 'utf8')).toBe(`${render('vi', CLI.configDefaults)}\n`);
  });
});

describe('colours', () => {
  it('honours NO_COLOR on a terminal', async () => {
    // A minimal environment of our own: a CI runner sets CI (and may set TERM=dumb or FORCE_COLOR),
    // and chalk then turns colours off on a terminal too, which is not what this test is about.
    const base = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', TERM: 'xterm-256color' };
    const run = (command: string, env: Record<string, string>) =>
      spawnRun('script', ['-qc', `node bin/ketnghia.js ${command}`, '/dev/null'], { env: { ...base, ...env }, timeout: 60_000 });
    const colour = /\u001b\[[0-9;]*m/; // SGR only: the progress bar may still hide the cursor
    for (const command of ['validate samples-loi/bat-thuong.xlsx', 'stats samples/ayunpa-danh-muc.xlsx']) {
      expect(await run(command, {})).toMatch(colour);
      expect(await run(command, { NO_COLOR: '1' })).not.toMatch(colour);
    }
  });
});
