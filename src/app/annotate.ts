/**
 * Copies of the checked workbooks with each finding marked in its cell and listed on a sheet
 * of their own (`validate --annotate`, the page's copies). The notes are written in the
 * language asked for: the copies are documents, as the report is.
 */
import type { LoadResult } from '../dataset/load.js';
import type { Lang } from '../findings/finding.js';

export interface AnnotateRequest {
  /** The check whose findings are marked. */
  readonly load: LoadResult;
  /** The folder the copies go to, and the folder the inputs are named from. */
  readonly dir: string;
  readonly cwd: string;
  /** Every input of the run: no copy may be written over one. */
  readonly inputs: readonly string[];
  readonly lang: Lang;
  readonly force?: boolean;
  /** Copy only the files with findings (validate's choice; the page copies them all). */
  readonly onlyWithFindings?: boolean;
}

export interface AnnotateResult {
  readonly written: readonly string[];
  /** Inputs that could be checked but not copied. */
  readonly skipped: readonly string[];
  /** Files without findings, not copied. */
  readonly clean: number;
}

export async function annotate(request: AnnotateRequest): Promise<AnnotateResult> {
  const { annotateAll } = await import('../annotate/annotate.js');
  const { load, ...options } = request;
  return annotateAll(load, options);
}
