/**
 * The first step of every data command: the inputs expanded (temporary files skipped, with a
 * line) and read, with a progress bar on a terminal. The reading edge; `prepare` builds on it.
 */
import type { CrossOptions } from '../checks/cross.js';
import { loadWorkbooks, type LoadOptions, type LoadResult, type Progress } from '../dataset/load.js';
import type { Lang } from '../findings/finding.js';
import { localToday, type CalendarDate } from '../values/calendar.js';
import { expandInputs, skipNote } from './inputs.js';
import type { Io } from './io.js';
import { startProgress } from './progress.js';
import type { Memo } from '../util/memo.js';

export interface LoadInputsOptions {
  readonly inputs: readonly string[];
  readonly lang: Lang;
  readonly maxSize?: number;
  readonly maxErrors?: number;
  readonly checks?: Partial<CrossOptions>;
  readonly today?: CalendarDate;
  readonly onRows?: LoadOptions['onRows'];
  /** Called as the files are read, besides the terminal's progress bar (the web page's progress). */
  readonly onProgress?: (progress: Progress) => void;
  /** The run's memo (util/memo.ts); a fresh one when none is given. */
  readonly memo?: Memo;
}

/** Inputs expanded and read, with a progress bar on a terminal: the first step of every data command. */
export async function loadInputs(options: LoadInputsOptions, io: Io): Promise<{ files: string[]; load: LoadResult }> {
  const files = await expandInputs(options.inputs, io.cwd, options.lang, { onSkip: (skipped) => io.err(`${skipNote(skipped, options.lang)}\n`) });
  const progress = startProgress(io, options.lang);
  try {
    const load = await loadWorkbooks({
      files,
      cwd: io.cwd,
      today: options.today ?? localToday(),
      ...(options.maxSize !== undefined ? { maxSize: options.maxSize } : {}),
      ...(options.maxErrors !== undefined ? { maxErrors: options.maxErrors } : {}),
      ...(options.checks ? { checks: options.checks } : {}),
      ...(options.onRows ? { onRows: options.onRows } : {}),
      ...(options.memo ? { memo: options.memo } : {}),
      onProgress: options.onProgress
        ? (p) => {
            progress.update(p);
            options.onProgress!(p);
          }
        : progress.update,
    });
    return { files, load };
  } finally {
    progress.stop();
  }
}
