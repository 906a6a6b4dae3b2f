/**
 * The progress bar draws through the command's Io, like everything else a command prints,
 * and the environment reaches it through the Io too (run() reads it once).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { processIo } from '../src/cli/io.js';
import { startProgress } from '../src/cli/progress.js';
import { capture } from './helpers/io.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 100)); // the pending import of cli-progress

describe('progress through Io', () => {
  afterEach(() => vi.restoreAllMocks());

  it('draws the bar with io.err, never straight to process.stderr', async () => {
    await import('cli-progress'); // loaded, so that `settle` is long enough for the bar's own import
    const direct = vi.spyOn(process.stderr, 'write');
    // Object.assign, not a spread: `stderr` is the captured object's own, filled by its `err`.
    const io = Object.assign(capture('/tmp'), { errIsTTY: true, errColumns: 100 });
    const handle = startProgress(io, 'en');
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 60_000);
    handle.update({ file: 'nop-lai.xlsx', bytesRead: 10, bytesExpected: 100, rowsRead: 5 });
    await settle();
    handle.update({ file: 'nop-lai.xlsx', bytesRead: 50, bytesExpected: 100, rowsRead: 1234 });
    handle.stop();
    expect(io.stderr).toContain('nop-lai.xlsx');
    expect(io.stderr).toMatch(/\d+%/);
    expect(direct).not.toHaveBeenCalled();
  });

  it('draws nothing in CI, even on a terminal, whatever process.env says now', async () => {
    await import('cli-progress');
    const ci = process.env.CI;
    delete process.env.CI; // the process's environment says nothing of CI: the Io does
    const direct = vi.spyOn(process.stderr, 'write');
    const io = Object.assign(capture('/tmp'), { errIsTTY: true, ci: true });
    const handle = startProgress(io, 'vi');
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 60_000);
    handle.update({ file: 'a.xlsx', bytesRead: 10, bytesExpected: 100, rowsRead: 5 });
    await settle();
    handle.stop();
    if (ci !== undefined) process.env.CI = ci;
    expect(io.stderr).toBe('');
    expect(direct).not.toHaveBeenCalled();
  });

  it('reads CI and KETNGHIA_LANG from the environment it is given', () => {
    expect(processIo({ CI: 'true', KETNGHIA_LANG: 'en' })).toMatchObject({ ci: true, envLang: 'en' });
    const plain = processIo({});
    expect(plain.ci).toBeUndefined();
    expect(plain.envLang).toBeUndefined();
  });
});
