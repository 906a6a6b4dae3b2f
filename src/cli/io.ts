import type { Lang } from '../findings/finding.js';

/** Where a command writes: the real terminal, or a buffer in tests. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** stdout is a terminal (colours, tables). */
  readonly isTTY: boolean;
  /** stderr is a terminal (progress bar). */
  readonly errIsTTY: boolean;
  readonly cwd: string;
  /** Width of the terminal stderr is, in columns, when it says (the progress bar's width). */
  readonly errColumns?: number;
  /** Running under CI (the `CI` variable): a build log, where a progress bar is only noise. */
  readonly ci?: boolean;
  /** The language `KETNGHIA_LANG` asks for, used when `--lang` is not given. */
  readonly envLang?: Lang;
}

/**
 * The process's streams, and what the environment says, read once here (run() calls this):
 * nothing below the command line reads `process.env` or writes to `process.stderr` itself.
 */
export function processIo(env: NodeJS.ProcessEnv = process.env): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    errIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
    ...(process.stderr.columns ? { errColumns: process.stderr.columns } : {}),
    ...(env.CI ? { ci: true } : {}),
    ...(env.KETNGHIA_LANG === 'en' ? { envLang: 'en' as const } : {}),
  };
}
