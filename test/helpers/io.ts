/** An Io that collects what a command prints, for tests that call `main()` in-process. */
import type { Io } from '../../src/cli/io.js';

export type CapturedIo = Io & { stdout: string; stderr: string };

export function capture(cwd: string): CapturedIo {
  const sink = { stdout: '', stderr: '' };
  return Object.assign(sink, {
    out: (t: string) => void (sink.stdout += t),
    err: (t: string) => void (sink.stderr += t),
    isTTY: false,
    errIsTTY: false,
    cwd,
  });
}
