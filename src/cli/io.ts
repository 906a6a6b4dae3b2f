/** Where a command writes: the real terminal, or a buffer in tests. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** stdout is a terminal (colours, tables). */
  readonly isTTY: boolean;
  /** stderr is a terminal (progress bar). */
  readonly errIsTTY: boolean;
  readonly cwd: string;
}

export function processIo(): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    errIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
  };
}
