/**
 * Checking workbooks: every finding, the row counts, and (when asked) the annotated copies.
 * `validate` and the page's second step; the valid/invalid verdict and the exit code are
 * derived from the result by the face.
 */
import type { LoadResult } from '../dataset/load.js';
import type { RowCounts } from '../model/types.js';
import { EnvironmentError, UsageError } from '../errors.js';
import type { Lang } from '../findings/finding.js';
import { annotate } from './annotate.js';
import { loadInputs, type LoadHooks } from './load.js';
import type { SkippedFile } from './inputs.js';
import type { RunSettings } from './request.js';
import type { CalendarDate } from '../values/calendar.js';

export interface ValidateRequest {
  readonly inputs: readonly string[];
  readonly cwd: string;
  readonly settings: RunSettings;
  readonly maxSize?: number;
  readonly maxErrors?: number;
  /** Warnings count as errors. */
  readonly strict?: boolean;
  readonly today?: CalendarDate;
  readonly hooks?: LoadHooks;
  /** Files left out before the inputs came (the page's uploads). */
  readonly skipped?: readonly SkippedFile[];
  /** Annotated copies: the folder, the language of the notes written into them, and whether to replace copies already there. */
  readonly annotate?: { readonly dir: string; readonly lang: Lang; readonly force: boolean };
}

export interface ValidateResult {
  readonly load: LoadResult;
  /** The files read, as named (folders expanded). */
  readonly files: readonly string[];
  readonly valid: boolean;
  readonly annotated: readonly string[];
  readonly annotateSkipped: readonly string[];
  /** With annotated copies asked for: the files without findings, not copied. */
  readonly annotateClean?: number;
  /** Why the annotated copies were not written (the findings stand all the same). */
  readonly annotateFailure?: UsageError | EnvironmentError;
}

export async function validate(request: ValidateRequest): Promise<ValidateResult> {
  const { files, load } = await loadInputs({
    inputs: request.inputs,
    cwd: request.cwd,
    ...(request.maxSize !== undefined ? { maxSize: request.maxSize } : {}),
    ...(request.maxErrors !== undefined ? { maxErrors: request.maxErrors } : {}),
    ...(request.settings.checks ? { checks: request.settings.checks } : {}),
    ...(request.today ? { today: request.today } : {}),
    ...(request.hooks ? { hooks: request.hooks } : {}),
    ...(request.skipped ? { skipped: request.skipped } : {}),
  });
  const valid = load.errors === 0 && (!request.strict || load.warnings === 0);
  const base = { load, files, valid, annotated: [] as string[], annotateSkipped: [] as string[] };
  if (request.annotate === undefined) return base;
  try {
    const { written, skipped, clean } = await annotate({ load, ...request.annotate, cwd: request.cwd, inputs: files, onlyWithFindings: true });
    return { ...base, annotated: [...written], annotateSkipped: [...skipped], annotateClean: clean };
  } catch (error) {
    if (error instanceof UsageError || error instanceof EnvironmentError) return { ...base, annotateClean: 0, annotateFailure: error };
    throw error;
  }
}

/** The row counts of all sheets together. */
export function totalCounts(result: LoadResult): RowCounts {
  const total: RowCounts = { rows: 0, used: 0, blank: 0, totals: 0, headings: 0, footer: 0, rejected: 0, hidden: 0 };
  for (const s of result.sheets) for (const key of Object.keys(total) as Array<keyof RowCounts>) total[key] += s.counts[key];
  return total;
}

/**
 * Which names of pairings and activities were not compared with a list, because no
 * villages or units sheet was given: "valid" must not sound like "the names are right".
 */
export function namesNotChecked(load: LoadResult): Array<'villages' | 'units'> {
  const { present } = load.dataset;
  if (!present.pairings && !present.activities) return [];
  return (['villages', 'units'] as const).filter((k) => !present[k]);
}
