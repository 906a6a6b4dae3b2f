/**
 * Child processes for tests, each with a deadline. A clean-clone `npm test` hung on a busy
 * machine: `execFileSync`'s `timeout` kills only the direct child, and the call then waits
 * for the stdio pipes to close — which never happens while a grandchild (the node under
 * `script` or `bash -c`, LibreOffice's soffice.bin under its shell wrapper) still holds them.
 * Here every child leads a process group of its own, and the whole group is killed at the
 * deadline, so a test fails with a clear message instead of hanging the suite.
 */
import { spawn } from 'node:child_process';

export interface Spawned {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface SpawnOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Milliseconds before the whole process group is killed. Default 60 s. */
  readonly timeout?: number;
}

export function spawnWithDeadline(command: string, args: readonly string[], options: SpawnOptions = {}): Promise<Spawned> {
  const timeout = options.timeout ?? 60_000;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // a process group of its own, so the deadline reaches grandchildren too
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeout);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    // 'exit', not 'close': a grandchild left holding a pipe must not keep the test waiting.
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      killGroup(child.pid); // whatever the child left running goes with it
      if (timedOut) {
        reject(new Error(`${command} ${args.join(' ')} did not finish within ${timeout} ms (killed)\nstdout: ${stdout.slice(-2000)}\nstderr: ${stderr.slice(-2000)}`));
        return;
      }
      // The group is gone, so the pipes close at once; wait for them to drain, but not forever.
      const done = () => resolve({ code, signal, stdout, stderr });
      const grace = setTimeout(done, 5_000);
      child.on('close', () => {
        clearTimeout(grace);
        done();
      });
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // the group is gone already
  }
}

/** Runs and expects exit 0; returns stdout. */
export async function run(command: string, args: readonly string[], options: SpawnOptions = {}): Promise<string> {
  const result = await spawnWithDeadline(command, args, options);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.code ?? result.signal}\n${result.stderr.slice(-2000)}`);
  return result.stdout;
}
