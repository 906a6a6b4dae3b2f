/** `ketnghia fix <file> -o <out.xlsx>`, the face of app/fix.ts: a cleaned copy of a workbook, and the list of what changed. */
import chalk from 'chalk';
import { messageOf, toJson } from '../../findings/finding.js';
import { FIX } from '../../messages/fix.js';
import { render } from '../../messages/render.js';
import { integerIn } from '../../format/vi.js';
import { fix as run, type FixOptions as Request, type FixResult } from '../../app/fix.js';
import type { Io } from '../io.js';
import { changeLines } from '../fix-lines.js';

export type { CellChange, FixResult } from '../../app/fix.js';

export interface FixOptions extends Omit<Request, 'cwd'> {
  lang: 'vi' | 'en';
  json?: boolean;
}

export function fix(options: FixOptions, io: Io): Promise<FixResult> {
  return run({ input: options.input, output: options.output, cwd: io.cwd, ...(options.force !== undefined ? { force: options.force } : {}), ...(options.today !== undefined ? { today: options.today } : {}) });
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
