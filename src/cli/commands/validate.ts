/** `ketnghia validate`: the face of app/validate.ts — check workbooks, print every finding or the JSON. */
import chalk from 'chalk';
import { UsageError } from '../../errors.js';
import { writeProblem } from '../../words/write-problem.js';
import type { Lang } from '../../findings/finding.js';
import type { CalendarDate } from '../../values/calendar.js';
import type { CrossOptions } from '../../checks/cross.js';
import { validate as run, namesNotChecked, type ValidateResult as Checked } from '../../app/validate.js';
import type { Io } from '../io.js';
import { withLoadHooks } from '../load-hooks.js';
import type { SkippedFile } from '../../app/inputs.js';
import { formatFindings } from '../print-findings.js';
import { summaryLine } from '../../words/counts.js';
import { validateJson, type ValidateJson } from '../../words/validate-json.js';
import { usageText } from '../../words/usage.js';
import { CLI } from '../../messages/cli.js';
import { render } from '../../messages/render.js';
import { integerIn } from '../../format/vi.js';
import { VALIDATE_RUN } from '../../messages/commands.js';

export { validateJson, type ValidateJson };

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
  readonly skipped?: readonly SkippedFile[];
}

export interface ValidateResult extends Checked {
  /** 2 when --annotate was used wrongly (the listing is printed all the same). */
  readonly exitCode: 0 | 1 | 2;
}

export async function validate(options: ValidateOptions, io: Io): Promise<ValidateResult> {
  const { lang } = options;
  const result = await withLoadHooks(io, lang, (hooks) =>
    run({
      inputs: options.inputs,
      cwd: io.cwd,
      settings: options.checks ? { checks: options.checks } : {},
      hooks,
      ...(options.maxSize !== undefined ? { maxSize: options.maxSize } : {}),
      ...(options.maxErrors !== undefined ? { maxErrors: options.maxErrors } : {}),
      ...(options.strict ? { strict: true } : {}),
      ...(options.today ? { today: options.today } : {}),
      ...(options.skipped ? { skipped: options.skipped } : {}),
      ...(options.annotate !== undefined ? { annotate: { dir: options.annotate, lang, force: options.force === true } } : {}),
    }),
  );
  const failure = result.annotateFailure;
  return { ...result, exitCode: failure ? (failure instanceof UsageError ? 2 : 1) : result.valid ? 0 : 1 };
}

export function printValidate(result: ValidateResult, options: ValidateOptions, io: Io): void {
  const { lang } = options;
  const problem = annotateProblem(result, lang);
  if (options.json) {
    io.out(JSON.stringify(validateJson(result, lang), null, 2) + '\n');
    if (problem) io.err(problem + '\n');
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
  if (problem) io.err(chalk.red(problem) + '\n');
}

function annotateProblem(result: Checked, lang: Lang): string | undefined {
  const failure = result.annotateFailure;
  if (failure === undefined) return undefined;
  if (failure instanceof UsageError) return usageText(failure, lang);
  return writeProblem(failure.path, failure.reason, lang);
}

function uncheckedSentence(unchecked: ReadonlyArray<'villages' | 'units'>, lang: Lang): string {
  const names = unchecked.map((k) => render(lang, VALIDATE_RUN[k])).join(render(lang, VALIDATE_RUN.and));
  return render(lang, VALIDATE_RUN.namesNotChecked, { names });
}
