/**
 * Running another program (LibreOffice) with a deadline that really ends it. `execFile`'s
 * `timeout` kills only the direct child and then waits for its stdio pipes to close; soffice
 * is a shell wrapper whose soffice.bin would keep them open, and the call would never return.
 * Here output is not piped, the child leads a process group of its own (POSIX), and the
 * whole group is killed at the deadline.
 */
import { spawn } from 'node:child_process';

export type ChildResult = { readonly ok: true } | { readonly ok: false; readonly reason: 'timeout' | 'exit' | 'spawn'; readonly detail: string };

export function runQuietly(command: string, args: readonly string[], timeoutMs: number): Promise<ChildResult> {
  const group = process.platform !== 'win32';
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: ChildResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const child = spawn(command, args, { stdio: 'ignore', detached: group, windowsHide: true });
    const kill = () => {
      try {
        if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      kill();
      finish({ ok: false, reason: 'timeout', detail: `${Math.round(timeoutMs / 1000)} s` });
    }, timeoutMs);
    child.on('error', (error) => finish({ ok: false, reason: 'spawn', detail: error.message }));
    child.on('exit', (code, signal) => {
      if (code === 0) finish({ ok: true });
      else finish({ ok: false, reason: 'exit', detail: code !== null ? `exit code ${code}` : `signal ${signal}` });
    });
  });
}
