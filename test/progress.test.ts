/**
 * The progress bar must never outlive the run: its module loads asynchronously, and a run that
 * ended while it loaded used to get a bar afterwards whose redraw timer kept the CLI alive for
 * ever on a terminal (a test run that hung on a busy machine).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startProgress } from '../src/cli/progress.js';
import { capture } from './helpers/io.js';

describe('progress bar', () => {
  const ci = process.env.CI;
  afterEach(() => {
    vi.restoreAllMocks();
    if (ci === undefined) delete process.env.CI;
    else process.env.CI = ci;
  });

  it('starts a bar on a terminal once the work takes a while', async () => {
    delete process.env.CI;
    const io = { ...capture('/tmp'), errIsTTY: true };
    const { default: cliProgress } = await import('cli-progress');
    const bars = vi.spyOn(cliProgress.SingleBar.prototype, 'start').mockImplementation(() => {});
    const handle = startProgress(io, 'vi');
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 60_000); // the work has taken long enough for a bar
    handle.update({ file: 'a.xlsx', bytesRead: 10, bytesExpected: 100, rowsRead: 5 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bars).toHaveBeenCalledTimes(1);
    handle.stop();
  });

  it('starts no bar once the run has stopped while the bar was loading', async () => {
    delete process.env.CI;
    const io = { ...capture('/tmp'), errIsTTY: true };
    const { default: cliProgress } = await import('cli-progress');
    const bars = vi.spyOn(cliProgress.SingleBar.prototype, 'start').mockImplementation(() => {});
    const handle = startProgress(io, 'vi');
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 60_000); // the work has taken long enough for a bar
    handle.update({ file: "a.xlsx", bytesRead: 10, bytesExpected: 100, rowsRead: 5 });
    handle.stop(); // the run ends before cli-progress has loaded
    await new Promise((resolve) => setTimeout(resolve, 50)); // let the pending import settle
    expect(bars).not.toHaveBeenCalled();
  });
});
