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

  /** A bar on a terminal whose work has already taken long enough; `start` is watched, not drawn. */
  async function longRun() {
    delete process.env.CI;
    const { default: cliProgress } = await import('cli-progress');
    const bars = vi.spyOn(cliProgress.SingleBar.prototype, 'start').mockImplementation(() => {});
    const handle = startProgress({ ...capture('/tmp'), errIsTTY: true }, 'vi');
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 60_000);
    handle.update({ file: 'a.xlsx', bytesRead: 10, bytesExpected: 100, rowsRead: 5 });
    return { bars, handle };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50)); // the pending import of cli-progress

  it('starts a bar on a terminal once the work takes a while', async () => {
    const { bars, handle } = await longRun();
    await settle();
    expect(bars).toHaveBeenCalledTimes(1);
    handle.stop();
  });

  it('starts no bar once the run has stopped while the bar was loading', async () => {
    const { bars, handle } = await longRun();
    handle.stop(); // the run ends before cli-progress has loaded
    await settle();
    expect(bars).not.toHaveBeenCalled();
  });
});
