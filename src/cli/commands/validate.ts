/** `ketnghia validate`: check workbooks, print or return every finding. */
import chalk from 'chalk';
import { EnvironmentError, UsageError } from '../../errors.js';
import { writeProblem } from '../../util/output.js';
import type { LoadResult } from '../../dataset/load.js';
import type { RowCounts } from '../../dataset/types.js';
import { toJson, type FindingJson, type Lang } from '../../findings/finding.js';
import type { CalendarDate } from '../../values/calendar.js';
import type { CrossOptions } from '../../checks/cross.js';
import type { Io } from '../io.js';
import { formatFindings, summaryLine, totalCounts } from '../print-findings.js';
import { loadInputs, type LoadInputsOptions } from '../load-inputs.js';
import { CLI } from '../../messages/cli.js';
import { render } from '../../messages/render.js';
import { integerIn } from '../../format/vi.js';
import { VALIDATE_RUN } from '../../messages/commands.js';

export interface ValidateOptions {
  readonly inputs: readonly string[];
  readonly lang: Lang;
  readonly json?: boolean;
  /** Folder for annotated copies. */
  readonly annotate?: string;
  readonly maxErrors?: number;
  /** Warnings count as errors. */
  readonly strict?: boolean;
  /** Bytes; default 1 GiB. */
  readonly maxSize?: number;
  readonly today?: CalendarDate;
  readonly checks?: Partial<CrossOptions>;
  /** Replace annotated copies already in the --annotate folder. */
  readonly force?: boolean;
  /** Files left out before the inputs came (the page's folder choice), named as `file-skipped`. */
  readonly skipped?: LoadInputsOptions['skipped'];
}

export interface ValidateJson {
  valid: boolean;
  /** The row counts (RowCounts) of all sheets together, and of each sheet. */
  summary: RowCounts & {
    files: number;
    errors: number;
    warnings: number;
    stoppedEarly: boolean;
    /** Lists that were not given, so the names they hold were not checked (only when some). */
    namesNotChecked?: Array<'villages' | 'units'>;
    sheets: Array<RowCounts & { file: string; sheet: string; kind: string; headerRow: number; hiddenSheet?: true }>;
  };
  issues: FindingJson[];
}

export interface ValidateResult {
  readonly load: LoadResult;
  readonly valid: boolean;
  /** 2 when --annotate was used wrongly (the listing is printed all the same). */
  readonly exitCode: 0 | 1 | 2;
  readonly annotated: readonly string[];
  readonly annotateSkipped: readonly string[];
  /** Files without findings, not copied by --annotate. */
  readonly annotateClean?: number;
  /** Why --annotate wrote nothing (the listing is printed all the same). */
  readonly annotateProblem?: string;
}

export async function validate(options: ValidateOptions, io: Io): Promise<ValidateResult> {
  const { files, load } = await loadInputs(options, io);
  const valid = load.errors === 0 && (!options.strict || load.warnings === 0);
  let annotated: string[] = [];
  let annotateSkipped: string[] = [];
  let annotateClean = 0;
  if (options.annotate !== undefined) {
    const { annotateAll } = await import('../../annotate/annotate.js');
    try {
      ({ written: annotated, skipped: annotateSkipped, clean: annotateClean } = await annotateAll(load, { dir: options.annotate, cwd: io.cwd, lang: options.lang, inputs: files, force: options.force === true, onlyWithFindings: true }));
    } catch (error) {
      // The findings stand whatever happened to the copies: they are still printed.
      const problem = annotateProblem(error, options.lang);
      if (problem === undefined) throw error;
      return { load, valid, exitCode: error instanceof UsageError ? 2 : 1, annotated, annotateSkipped, annotateProblem: problem };
    }
  }
  return { load, valid, exitCode: valid ? 0 : 1, annotated, annotateSkipped, ...(options.annotate !== undefined ? { annotateClean } : {}) };
}

export function validateJson(result: ValidateResult, lang: Lang): ValidateJson {
  const { load } = result;
  const total = totalCounts(load);
  return {
    valid: result.valid,
    summary: {
      files: load.files.length,
      rows: total.rows,
      errors: load.errors,
      warnings: load.warnings,
      used: total.used,
      blank: total.blank,
      totals: total.totals,
      headings: total.headings,
      footer: total.footer,
      rejected: total.rejected,
      hidden: total.hidden,
      stoppedEarly: load.stoppedEarly,
      ...(namesNotChecked(load).length > 0 ? { namesNotChecked: namesNotChecked(load) } : {}),
      sheets: load.sheets.map((s) => ({ file: s.file, sheet: s.sheet, kind: s.kind, headerRow: s.headerRow, ...s.counts, ...(s.hidden ? { hiddenSheet: true as const } : {}) })),
    },
    issues: load.findings.map((f) => toJson(f, lang)),
  };
}

export function printValidate(result: ValidateResult, options: ValidateOptions, io: Io): void {
  const { lang } = options;
  if (options.json) {
    io.out(JSON.stringify(validateJson(result, lang), null, 2) + '\n');
    if (result.annotateProblem) io.err(result.annotateProblem + '\n');
    return;
  }
  io.out(formatFindings(result.load, lang));
  if (result.load.stoppedEarly) io.out(chalk.yellow(render(lang, CLI.stoppedEarly, { n: options.maxErrors ?? 0 })) + '\n');
  for (const path of result.annotated) io.out(render(lang, CLI.annotated, { path }) + '\n');
  if (result.annotateClean !== undefined && options.annotate !== undefined) {
    const clean = result.annotateClean > 0 ? render(lang, CLI.annotateClean, { count: integerIn(lang, result.annotateClean) }) : '';
    io.out(render(lang, CLI.annotatedCount, { count: integerIn(lang, result.annotated.length), dir: options.annotate, clean }) + '\n');
  }
  for (const file of result.annotateSkipped) io.err(chalk.yellow(render(lang, CLI.annotateSkipped, { file })) + '\n');
  // Under --strict with warnings only, "Có lỗi … 0 lỗi" would contradict itself: say why it fails.
  const strictOnly = !result.valid && result.load.errors === 0;
  const verdict = result.valid
    ? chalk.green.bold(render(lang, CLI.valid))
    : chalk.red.bold(strictOnly ? render(lang, CLI.invalidStrict, { n: integerIn(lang, result.load.warnings) }) : render(lang, CLI.invalid));
  io.out(`${verdict}. ${summaryLine(result.load, lang)}\n`);
  const unchecked = namesNotChecked(result.load);
  if (unchecked.length > 0) io.out(chalk.yellow(uncheckedSentence(unchecked, lang)) + '\n');
  if (result.annotateProblem) io.err(chalk.red(result.annotateProblem) + '\n');
}

function annotateProblem(error: unknown, lang: Lang): string | undefined {
  if (error instanceof UsageError) return error.message;
  if (error instanceof EnvironmentError) return writeProblem(error.path, error.reason, lang);
  return undefined;
}

/**
 * Which names of pairings and activities were not compared with a list, because no
 * villages or units sheet was given: "Hợp lệ" must not sound like "the names are right".
 */
export function namesNotChecked(load: LoadResult): Array<'villages' | 'units'> {
  const { present } = load.dataset;
  if (!present.pairings && !present.activities) return [];
  return (['villages', 'units'] as const).filter((k) => !present[k]);
}

function uncheckedSentence(unchecked: ReadonlyArray<'villages' | 'units'>, lang: Lang): string {
  const names = unchecked.map((k) => render(lang, VALIDATE_RUN[k])).join(render(lang, VALIDATE_RUN.and));
  return render(lang, VALIDATE_RUN.namesNotChecked, { names });
}
