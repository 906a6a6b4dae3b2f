/**
 * A progress bar on stderr, only when stderr is a terminal and the work has already
 * taken a while: short runs, pipes and CI logs stay clean. It draws through `io.err`, like
 * everything a command prints.
 */
import type { Progress } from '../dataset/load.js';
import type { Lang } from '../findings/finding.js';
import { integerIn } from '../format/vi.js';
import type { Io } from './io.js';
import { CLI } from '../messages/cli.js';
import { render } from '../messages/render.js';

const DELAY_MS = 800;

export interface ProgressHandle {
  readonly update: (progress: Progress) => void;
  readonly stop: () => void;
}

export function startProgress(io: Io, lang: Lang): ProgressHandle {
  if (!io.errIsTTY || io.ci === true) return { update: () => {}, stop: () => {} };
  const started = Date.now();
  let bar: { update(value: number, payload?: object): void; setTotal(total: number): void; stop(): void } | undefined;
  let loading = false;
  // The bar's module loads asynchronously: a run that ends while it loads must not get a bar
  // afterwards, whose redraw timer would keep the process alive for ever (the CLI then never
  // exits on a terminal — seen as a test run that hung on a busy machine).
  let stopped = false;
  return {
    update(progress) {
      if (stopped || Date.now() - started < DELAY_MS) return;
      if (!bar && !loading) {
        loading = true;
        void import('cli-progress').then(({ default: cliProgress }) => {
          if (stopped) return;
          bar = new cliProgress.SingleBar(
            {
              stream: terminalOf(io),
              format: `${render(lang, CLI.progress)} {file} [{bar}] {percentage}% | {rows} ${render(lang, CLI.rowsUnit)}`,
              formatValue: (value: number) => String(value),
              hideCursor: true,
              clearOnComplete: true,
            },
            cliProgress.Presets.shades_classic,
          );
          (bar as unknown as { start(total: number, value: number, payload: object): void }).start(Math.max(progress.bytesExpected, 1), 0, { file: progress.file, rows: '0' });
        });
        return;
      }
      if (!bar) return;
      bar.setTotal(Math.max(progress.bytesExpected, progress.bytesRead, 1));
      bar.update(progress.bytesRead, { file: progress.file, rows: integerIn(lang, progress.rowsRead) });
    },
    stop() {
      stopped = true;
      bar?.stop();
      bar = undefined;
    },
  };
}

/**
 * What cli-progress needs of a stream, over `io.err`: `write` (readline's cursor moves call
 * it with a callback too), whether it is a terminal, and its width.
 */
function terminalOf(io: Io): NodeJS.WriteStream {
  const stream = {
    isTTY: io.errIsTTY,
    ...(io.errColumns ? { columns: io.errColumns } : {}),
    write(text: string, callback?: (error?: Error | null) => void): boolean {
      io.err(text);
      if (typeof callback === 'function') callback();
      return true;
    },
  };
  return stream as unknown as NodeJS.WriteStream;
}
