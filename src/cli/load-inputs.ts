/**
 * The first step of every data command: the inputs expanded (files that are not workbooks
 * skipped, each named as `file-skipped`) and read, with a progress bar on a terminal. The reading edge; `prepare` builds on it.
 */
import type { CrossOptions } from '../checks/cross.js';
import { loadWorkbooks, type LoadOptions, type LoadResult, type Progress } from '../dataset/load.js';
import type { Lang } from '../findings/finding.js';
import { localToday, type CalendarDate } from '../values/calendar.js';
import { expandInputs, skipNote, type SkippedFile } from './inputs.js';
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
  /** Files left out before the inputs came (the page's folder choice sends only workbooks): named as those the expansion leaves out. */
  readonly skipped?: readonly SkippedFile[];
}

/** Inputs expanded and read, with a progress bar on a terminal: the first step of every data command. */
export async function loadInputs(options: LoadInputsOptions, io: Io): Promise<{ files: string[]; load: LoadResult }> {
  let skipped: readonly SkippedFile[] = [];
  let files: string[];
  try {
    files = await expandInputs(options.inputs, io.cwd, options.lang, { onSkip: (list) => (skipped = list) });
  } catch (error) {
    // No findings follow a usage error: a line says what was left out ("only a PDF here").
    if (skipped.length > 0) io.err(`${skipNote(skipped, options.lang)}\n`);
    throw error;
  }
  const progress = startProgress(io, options.lang);
  try {
    const load = await loadWorkbooks({
      files,
      skipped: [...(options.skipped ?? []), ...skipped],
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
