/** `ketnghia fix <file> -o <out.xlsx>`: a cleaned copy of a workbook, and the list of what changed. */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import chalk from 'chalk';
import { checkOutput } from '../../util/output.js';
import { UsageError } from '../../errors.js';
import { finding, messageOf, toJson, type Finding } from '../../findings/finding.js';
import { FIX } from '../../messages/fix.js';
import { render } from '../../messages/render.js';
import { unreadableFinding } from '../../findings/unreadable.js';
import { fixFile, type CellChange } from '../../fix/workbook.js';
import { formatBytes } from '../../dataset/load.js';
import { integerIn } from '../../format/vi.js';
import { samePath } from '../../util/write.js';
import { localToday } from '../../values/calendar.js';
import { DEFAULT_MAX_SIZE, inspectWorkbook, measureInflated } from '../../workbook/inspect.js';
import type { Io } from '../io.js';
import { changeLines } from '../fix-lines.js';

export type { CellChange };

export interface FixOptions {
  input: string;
  output: string;
  lang: 'vi' | 'en';
  /** Replace an existing output file. */
  force?: boolean;
  json?: boolean;
  /** Today as YYYY-MM-DD: later dates are errors and are not rewritten. */
  today?: string;
}

export interface FixResult {
  /** 1 when the input could not be read or has no recognised sheet (nothing written). */
  exitCode: 0 | 1;
  changes: CellChange[];
  /** The output path as given, once written. */
  written?: string;
  /** Cells left alone because they are blank where required or cannot be read. */
  unfixed?: number;
  /** Why nothing was written. */
  problem?: Finding;
}

export async function fix(options: FixOptions, io: Io): Promise<FixResult> {
  const { lang } = options;
  const input = resolve(io.cwd, options.input);
  const output = resolve(io.cwd, options.output);
  if (!/\.xlsx$/i.test(output)) throw new UsageError(render(lang, FIX.notXlsx, { path: options.output }));
  const info = await stat(input).catch(() => undefined);
  if (info?.isDirectory()) throw new UsageError(render(lang, FIX.isFolder, { path: options.input }));
  if (info?.isFile() !== true) throw new UsageError(render(lang, FIX.notFound, { path: options.input }));
  if (samePath(input, output)) {
    throw new UsageError(render(lang, FIX.inPlace, { suggestion: basename(options.input).replace(/(\.\w+)?$/, '-da-sua.xlsx') }));
  }
  await checkOutput(output, { lang, force: options.force === true, ext: '.xlsx', shown: options.output });

  const fail = (problem: Finding): FixResult => ({ exitCode: 1, changes: [], problem });
  const file = options.input;
  const inspected = await inspectWorkbook(input, DEFAULT_MAX_SIZE).catch(() => undefined);
  if (inspected === undefined) return fail(unreadableFinding(file, 'unreadable'));
  if (inspected.kind === 'legacy') return fail(finding('file-legacy-format', { file }));
  if (inspected.kind === 'too-large') return fail(finding('file-too-large', { file, params: { limit: formatBytes(DEFAULT_MAX_SIZE) } }));
  if (inspected.kind === 'unreadable') return fail(unreadableFinding(file, inspected.reason));
  // fix reads the whole workbook into memory: measure what it really inflates to first,
  // whatever the zip's headers claim.
  const measured = await measureInflated(input, DEFAULT_MAX_SIZE);
  if (measured === 'too-large') return fail(finding('file-too-large', { file, params: { limit: formatBytes(DEFAULT_MAX_SIZE) } }));
  if (measured === 'corrupt') return fail(unreadableFinding(file, 'corrupt'));

  const result = await fixFile(input, output, options.today ?? localToday());
  if (result.kind === 'unreadable') return fail(unreadableFinding(file, 'xml'));
  if (result.kind === 'no-known-sheet') {
    return fail(finding('no-known-sheet', { file, params: { detail: result.sheets.map((s) => `"${s}"`).join(', ') || '—' } }));
  }
  return { exitCode: 0, changes: [...result.changes], written: options.output, unfixed: result.unfixed };
}

export function printFix(result: FixResult, options: FixOptions, io: Io): void {
  const { lang } = options;
  if (options.json) {
    const json = result.problem
      ? { changes: result.changes, issues: [toJson(result.problem, lang)] }
      : { changes: result.changes, written: result.written };
    io.out(JSON.stringify(json, null, 2) + '\n');
    return;
  }
  if (result.problem) {
    io.err(`${chalk.red(result.problem.file)}: ${messageOf(result.problem, lang)}\n`);
    return;
  }
  // Sheet by sheet, in the order the changes were made.
  const sheets = [...new Set(result.changes.map((c) => c.sheet))];
  for (const sheet of sheets) {
    io.out(chalk.bold(render(lang, FIX.sheetTitle, { sheet })) + '\n');
    for (const line of changeLines(result.changes.filter((c) => c.sheet === sheet), lang)) io.out(line + '\n');
  }
  const n = (x: number) => integerIn(lang, x);
  const path = result.written ?? options.output;
  if (result.changes.length === 0) io.out(`${render(lang, FIX.none)} ${render(lang, FIX.copied, { path })}\n`);
  else io.out(render(lang, FIX.done, { n: n(result.changes.length), path }) + '\n');
  if (result.unfixed) io.out(chalk.yellow(render(lang, FIX.unfixed, { n: n(result.unfixed), path })) + '\n');
}
