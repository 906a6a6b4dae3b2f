/**
 * Running the Windows package under Wine (test/windows.test.ts). What it takes, learnt the hard way:
 * - a prefix of the test's own (WINEPREFIX in a temporary folder), set to Windows 10 first;
 * - stdout and stderr redirected to files: a pipe from a Windows program fails under Wine;
 * - a UTF-8 locale, so the Vietnamese in paths and arguments reaches Windows intact;
 * - no GUI: no DISPLAY, no Mono or Gecko installer, no menu entries on the host (WINEDLLOVERRIDES), no browser.
 * Every Wine process runs under a deadline (spawnWithDeadline), and `wineserver -k` ends a
 * prefix's long-running ones (serve).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { run, spawnWithDeadline } from './spawn.js';

export interface WineResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The `wine` command: Debian's `wine` package gives `wine`; `wine64` alone only `wine-stable` or /usr/lib/wine/wine64. */
export function findWine(): string {
  for (const candidate of ['wine', 'wine-stable', '/usr/lib/wine/wine64']) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore', timeout: 30_000 });
      return candidate;
    } catch {
      // next
    }
  }
  throw new Error('Wine is not installed (.ci/run installs the Debian packages wine and wine64)');
}

/** A Linux path as Windows sees it: on C: inside the prefix's drive_c, else on Z:. */
export function winPath(prefix: string, path: string): string {
  const driveC = join(prefix, 'drive_c');
  if (path.startsWith(`${driveC}/`)) return `C:\\${relative(driveC, path).replaceAll('/', '\\')}`;
  return `Z:${path.replaceAll('/', '\\')}`;
}

export class Wine {
  private count = 0;
  readonly env: NodeJS.ProcessEnv;

  constructor(
    readonly wine: string,
    readonly prefix: string,
    /** Where the redirected outputs go. */
    private readonly scratch: string,
    extraEnv: NodeJS.ProcessEnv = {},
  ) {
    const { DISPLAY: _display, WAYLAND_DISPLAY: _wayland, ...env } = process.env;
    // HOME of its own too: Wine links the Windows desktop to $HOME/Desktop, and an installer's shortcut must not land on the real one.
    const home = join(prefix, '..', 'home');
    mkdirSync(join(home, 'Desktop'), { recursive: true });
    this.env = { ...env, HOME: home, WINEPREFIX: prefix, WINEDEBUG: '-all', WINEDLLOVERRIDES: 'mscoree,mshtml=;winemenubuilder.exe=d', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', ...extraEnv };
  }

  /** Creates the prefix: Windows 10, and no browser for `start <url>` to open. */
  async init(): Promise<void> {
    const reg = (...args: string[]) => run(this.wine, ['reg', 'add', ...args, '/f'], { env: this.env, timeout: 180_000 });
    await reg('HKCU\\Software\\Wine', '/v', 'Version', '/d', 'win10');
    await reg('HKCU\\Software\\Wine\\WineBrowser', '/v', 'Browsers', '/d', 'none');
  }

  /** `wine <args>` in `cwd`, its outputs read back from files. */
  async run(args: readonly string[], cwd: string, timeout = 90_000): Promise<WineResult> {
    const { out, err } = this.outputs();
    const result = await spawnWithDeadline('sh', ['-c', 'exec "$@" >"$KN_OUT" 2>"$KN_ERR"', 'sh', this.wine, ...args], { cwd, timeout, env: { ...this.env, KN_OUT: out, KN_ERR: err } });
    return { code: result.code, stdout: readFileSync(out, 'utf8'), stderr: readFileSync(err, 'utf8') };
  }

  /**
   * Starts a server (`wine <args>`), waits for the address it prints, hands it to `use`, then
   * ends every Wine process of the prefix. Resolves to what `use` returned and the output.
   */
  async serve<T>(args: readonly string[], cwd: string, use: (url: string, stdout: string) => Promise<T>): Promise<{ value: T; result: WineResult }> {
    const { out, err } = this.outputs();
    const running = spawnWithDeadline('sh', ['-c', 'exec "$@" >"$KN_OUT" 2>"$KN_ERR"', 'sh', this.wine, ...args], { cwd, timeout: 120_000, env: { ...this.env, KN_OUT: out, KN_ERR: err } });
    let value: T;
    try {
      const deadline = Date.now() + 90_000;
      let url: string | undefined;
      let exited = false;
      void running.then(() => (exited = true), () => (exited = true));
      while (!url) {
        if (exited || Date.now() > deadline) throw new Error(`no address printed\nstdout: ${read(out)}\nstderr: ${read(err)}`);
        await new Promise((r) => setTimeout(r, 250));
        url = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(read(out))?.[0];
      }
      value = await use(url, read(out));
    } finally {
      await this.killAll();
    }
    await running.catch(() => undefined);
    return { value, result: { code: null, stdout: read(out), stderr: read(err) } };
  }

  async killAll(): Promise<void> {
    await spawnWithDeadline(this.wineserver(), ['-k'], { env: this.env, timeout: 30_000 }).catch(() => undefined);
  }

  /** Waits until every Wine process of the prefix has ended (an uninstaller runs on from a copy of itself). */
  async waitAll(timeout: number): Promise<void> {
    await run(this.wineserver(), ['-w'], { env: this.env, timeout });
  }

  private wineserver(): string {
    return this.wine.replace(/wine(64)?(-stable)?$/, 'wineserver$2');
  }

  private outputs(): { out: string; err: string } {
    this.count += 1;
    return { out: join(this.scratch, `out-${this.count}.txt`), err: join(this.scratch, `err-${this.count}.txt`) };
  }
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
