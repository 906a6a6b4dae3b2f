/** `ketnghia submissions` (SPEC §9), the face of app/submissions.ts: who has reported for a period, as a table, JSON or a reminder to paste. */
import chalk from 'chalk';
import { submissions as run, type SubmissionsResult as Built } from '../../app/submissions.js';
import type { Lang } from '../../findings/finding.js';
import type { Register, UnitSubmission } from '../../submissions/register.js';
import { reminder, submissionsText } from '../../words/submissions-text.js';
import { commonFolder, isLate, submissionsJson, unitTable } from '../../words/submissions.js';
import { skippedFiles } from '../../submissions/skipped.js';
import type { Io } from '../io.js';
import { runData, type DataOptions } from '../data-options.js';
import { formatFindings, formatOne } from '../print-findings.js';
import { renderTable } from '../print-tables.js';
import { resolve } from 'node:path';
import { refuseInput } from '../../util/write.js';
import { checkOutput } from '../../util/output.js';
import { CodedUsageError } from '../../errors.js';
import { CLI } from '../../messages/cli.js';

export interface SubmissionsOptions extends Omit<DataOptions, 'allowErrors'> {
  /** Write the register to this workbook. */
  readonly xlsx?: string;
  /** Replace an existing --xlsx file. */
  readonly force?: boolean;
  /** Print a reminder to the missing units instead of the table. */
  readonly remind?: boolean;
  /** `YYYY-MM-DD` (or dd/mm/yyyy): files modified after this day are late; default the config's. */
  readonly deadline?: string;
}

export interface SubmissionsResult extends Built {
  readonly exitCode: 0 | 1;
  /** The --xlsx file written. */
  readonly written?: string;
}

export async function submissions(options: SubmissionsOptions, io: Io): Promise<SubmissionsResult> {
  const xlsx = options.xlsx === undefined ? undefined : resolve(io.cwd, options.xlsx);
  const sameAsInput = new CodedUsageError(CLI.sameAsInput, { path: options.xlsx ?? '' });
  if (xlsx) refuseInput(xlsx, options.inputs.map((i) => resolve(io.cwd, i)), sameAsInput);
  if (xlsx) await checkOutput(xlsx, { force: options.force === true, ext: '.xlsx', shown: options.xlsx! });
  const result = await runData(options, io, (request) =>
    run({ ...request, settings: { ...request.settings, ...(options.deadline !== undefined ? { deadline: options.deadline } : {}) } }),
  );
  if (!result.register) {
    io.err(formatFindings(result.load, options.lang));
    io.err(chalk.red(submissionsText(options.lang).noPairings) + '\n');
    return { ...result, exitCode: 1 };
  }
  if (xlsx) {
    // A folder given may hold the path asked for: checked again against the files found in it.
    refuseInput(xlsx, result.files.map((f) => resolve(io.cwd, f)), sameAsInput);
    const { writeRegisterWorkbook } = await import('../../words/register-xlsx.js');
    await writeRegisterWorkbook(xlsx, { register: result.register, received: result.received, ...(result.deadline ? { deadline: result.deadline } : {}) }, options.lang);
  }
  return { ...result, exitCode: result.load.errors > 0 ? 1 : 0, ...(options.xlsx ? { written: options.xlsx } : {}) };
}

export { submissionsJson };

export function printSubmissions(result: SubmissionsResult, options: SubmissionsOptions, io: Io): void {
  const register = result.register;
  if (!register) return;
  const { lang } = options;
  // Beside the reminder or JSON the workbook's line goes to stderr: stdout is pasted or piped as it is.
  if (result.written && (options.remind || options.json)) io.err(submissionsText(lang).written(result.written) + '\n');
  if (options.remind) {
    const missing = register.units.filter((u) => u.status === 'missing').map((u) => u.unit);
    io.out(reminder(missing, register.period, register.expected, lang, result.deadline) + '\n');
    return;
  }
  if (options.json) {
    io.out(JSON.stringify(submissionsJson({ ...result, register }, lang), null, 2) + '\n');
    printFindingsNote(result, lang, io);
    return;
  }
  const text = submissionsText(lang);
  const received = result.received;
  io.out(chalk.bold(text.title(register.period)) + '\n');
  if (register.expected === 0) io.out(text.noneExpected + '\n');
  else {
    const count = (status: UnitSubmission['status']) => register.units.filter((u) => u.status === status).length;
    io.out(text.headline(register.reported, register.expected, text.rate(register.rate), count('reported'), count('reported-empty'), count('missing')) + '\n');
  }
  // Files are shown within their common folder, named once above the table: the table fits the console.
  const folder = commonFolder([...register.units, ...register.unexpected].flatMap((u) => u.files));
  if (folder) io.out(text.folder(folder) + '\n');
  io.out('\n' + renderTable(unitTable(register.units, received, result.deadline, lang, '', folder, chalk.red), lang, io.isTTY).replace(/^\n/, ''));
  if (register.unexpected.length > 0) {
    const table = unitTable(register.unexpected, received, result.deadline, lang, text.unexpectedTitle(register.unexpected.length), folder, chalk.red);
    io.out('\n' + renderTable(table, lang, io.isTTY));
  }
  if (result.deadline) {
    const late = [...received].filter(([file, time]) => isLate(time, result.deadline) && counted(register, file)).length;
    io.out('\n' + text.deadlineLine(result.deadline, late) + '\n');
  }
  if (register.notes.length > 0) {
    io.out('\n' + chalk.bold(text.notesTitle) + '\n');
    for (const note of register.notes) io.out(`  - ${text.note(note, register.period)}\n`);
  }
  const skipped = skippedFiles(result.load.findings, lang);
  if (skipped.length > 0) {
    io.out('\n' + chalk.bold(text.skippedTitle(skipped.length)) + '\n');
    for (const s of skipped) io.out(`  - ${s.file}: ${s.reason}\n`);
  }
  io.out('\n' + chalk.dim(text.receivedNote) + '\n');
  if (result.written) io.out(text.written(result.written) + '\n');
  printFindingsNote(result, lang, io);
}

const counted = (register: Register, file: string): boolean => [...register.units, ...register.unexpected].some((u) => u.files.includes(file));

function printFindingsNote(result: SubmissionsResult, lang: Lang, io: Io): void {
  const load = result.load;
  if (!load || load.errors + load.warnings === 0) return;
  // Names the register could not credit are shown here; the rest is for `validate`.
  const titleLine = (f: (typeof load.findings)[number]) => {
    const sheet = load.sheets.find((s) => s.file === f.file && s.sheet === f.sheet);
    return f.code === 'unknown-unit' && sheet !== undefined && f.row !== undefined && f.row < sheet.headerRow;
  };
  for (const f of load.findings.filter(titleLine)) io.err(`${f.file}${f.sheet ? ` "${f.sheet}"` : ''} ${formatOne(f, lang)}\n`);
  io.err(chalk.yellow(submissionsText(lang).findings(load.errors, load.warnings)) + '\n');
}
