/**
 * The first step of every data use case: the inputs expanded (files that are not workbooks
 * left out, each named as `file-skipped` among the findings) and read. What a face shows while this runs (a terminal's progress bar,
 * the page's progress) it attaches through the hooks; nothing here prints.
 */
import type { CrossOptions } from '../checks/cross.js';
import { loadWorkbooks, type LoadOptions, type LoadResult, type Progress } from '../dataset/load.js';
import { localToday, type CalendarDate } from '../values/calendar.js';
import { expandInputs, type SkippedFile } from './inputs.js';
import type { Memo } from '../util/memo.js';

/** What a face hears while the files are read. */
export interface LoadHooks {
  /** The files left out, when a usage error follows and no finding will name them ("only a PDF here"). */
  readonly onSkip?: (skipped: readonly SkippedFile[]) => void;
  readonly onProgress?: (progress: Progress) => void;
}

export interface LoadRequest {
  readonly inputs: readonly string[];
  /** The folder relative inputs are read from, and file names are shown relative to. */
  readonly cwd: string;
  readonly maxSize?: number;
  readonly maxErrors?: number;
  readonly checks?: Partial<CrossOptions>;
  readonly today?: CalendarDate;
  readonly onRows?: LoadOptions['onRows'];
  readonly hooks?: LoadHooks;
  /** Files left out before the inputs came (the page's folder choice sends only workbooks): named as those the expansion leaves out. */
  readonly skipped?: readonly SkippedFile[];
  /** The run's memo (util/memo.ts); a fresh one when none is given. */
  readonly memo?: Memo;
}

/** Inputs expanded and read: the first step of every data use case. */
export async function loadInputs(request: LoadRequest): Promise<{ files: string[]; load: LoadResult }> {
  const { hooks } = request;
  let skipped: readonly SkippedFile[] = [];
  let files: string[];
  try {
    files = await expandInputs(request.inputs, request.cwd, { onSkip: (list) => (skipped = list) });
  } catch (error) {
    if (skipped.length > 0) hooks?.onSkip?.(skipped);
    throw error;
  }
  const load = await loadWorkbooks({
    files,
    skipped: [...(request.skipped ?? []), ...skipped],
    cwd: request.cwd,
    today: request.today ?? localToday(),
    ...(request.maxSize !== undefined ? { maxSize: request.maxSize } : {}),
    ...(request.maxErrors !== undefined ? { maxErrors: request.maxErrors } : {}),
    ...(request.checks ? { checks: request.checks } : {}),
    ...(request.onRows ? { onRows: request.onRows } : {}),
    ...(request.memo ? { memo: request.memo } : {}),
    ...(hooks?.onProgress ? { onProgress: hooks.onProgress } : {}),
  });
  return { files, load };
}
