/**
 * `ketnghia submissions` (SPEC §9): who has reported for a period. Reads every file as
 * `validate` does, builds the register from the rows as sent (rows with errors still show
 * that a unit sent its report) and adds when each file was received: its modification time.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import chalk from 'chalk';
import type { ParsedRow } from '../../dataset/types.js';
import type { LoadResult } from '../../dataset/load.js';
import { UsageError } from '../../errors.js';
import { parsePeriod, type PeriodInput } from '../../indicators/period.js';
import { buildRegister, type Register, type SentActivity } from '../../submissions/register.js';
import { localToday, type CalendarDate } from '../../values/calendar.js';
import { refuseFuturePeriod } from '../period-check.js';
import { parseDateText } from '../../values/date.js';
import type { Io } from '../io.js';
import { loadInputs, type LoadInputsOptions } from '../load-inputs.js';
import { formatFindings } from '../print-findings.js';
import { submissionsText } from '../../messages/submissions.js';
import { sentSheets } from '../../submissions/summary.js';
import { Memo } from '../../util/memo.js';
import { refuseInput } from '../../util/write.js';
import { checkOutput } from '../../util/output.js';
import { CLI } from '../../messages/cli.js';
import { render } from '../../messages/render.js';

export interface SubmissionsOptions extends LoadInputsOptions, PeriodInput {
  readonly json?: boolean;
  /** Print a reminder to the missing units instead of the table. */
  readonly remind?: boolean;
  /** `YYYY-MM-DD` (or dd/mm/yyyy): files modified after this day are late. */
  readonly deadline?: string;
  /** Write the register to this workbook. */
  readonly xlsx?: string;
  /** Replace an existing --xlsx file. */
  readonly force?: boolean;
}

export interface SubmissionsResult {
  readonly exitCode: 0 | 1;
  readonly register?: Register;
  /** Each file's modification time: when it was received, as far as the folder can tell. */
  readonly received?: ReadonlyMap<string, Date>;
  readonly deadline?: CalendarDate;
  readonly load?: LoadResult;
  /** The --xlsx file written. */
  readonly written?: string;
}

export async function submissions(options: SubmissionsOptions, io: Io): Promise<SubmissionsResult> {
  const text = submissionsText(options.lang);
  const period = parsePeriod(options);
  if (!period) throw new UsageError(text.periodNeeded);
  // 2032 for 2023 would list every unit as missing and draft a reminder to all of them.
  refuseFuturePeriod(period, options.today ?? localToday(), options.lang);
  const deadline = options.deadline === undefined ? undefined : parseDateText(options.deadline);
  if (options.deadline !== undefined && !deadline) throw new UsageError(text.badDeadline(options.deadline));
  const xlsx = options.xlsx === undefined ? undefined : resolve(io.cwd, options.xlsx);
  const sameAsInput = render(options.lang, CLI.sameAsInput, { path: options.xlsx ?? '' });
  if (xlsx) refuseInput(xlsx, options.inputs.map((i) => resolve(io.cwd, i)), sameAsInput);
  if (xlsx) await checkOutput(xlsx, { lang: options.lang, force: options.force === true, ext: '.xlsx', shown: options.xlsx! });

  let sent: SentActivity[] = [];
  const memo = new Memo();
  const { files, load } = await loadInputs({ ...options, memo, onRows: (rows) => (sent = sentActivities(rows.activities)) }, io);
  if (!load.dataset.present.pairings) {
    io.err(formatFindings(load, options.lang));
    io.err(chalk.red(text.noPairings) + '\n');
    return { exitCode: 1, load };
  }
  const register = buildRegister({
    period,
    pairings: load.dataset.pairings,
    units: load.dataset.units,
    activities: sent,
    sheets: sentSheets(load.sheets),
    memo,
  });
  const received = new Map<string, Date>();
  for (const file of files) {
    const info = await stat(resolve(io.cwd, file)).catch(() => undefined);
    if (info) received.set(file, info.mtime);
  }
  if (xlsx) {
    // A folder given may hold the path asked for: checked again against the files found in it.
    refuseInput(xlsx, files.map((f) => resolve(io.cwd, f)), sameAsInput);
    const { writeRegisterWorkbook } = await import('../../export/register-xlsx.js');
    await writeRegisterWorkbook(xlsx, { register, received, ...(deadline ? { deadline } : {}) }, options.lang);
  }
  return { exitCode: load.errors > 0 ? 1 : 0, register, received, ...(deadline ? { deadline } : {}), load, ...(options.xlsx ? { written: options.xlsx } : {}) };
}

/** Activity rows whose unit and date could be read, errors elsewhere in the row or not. */
function sentActivities(rows: readonly ParsedRow[]): SentActivity[] {
  const sent: SentActivity[] = [];
  for (const row of rows) {
    const { unit, date } = row.values;
    if (typeof unit === 'string' && typeof date === 'string') sent.push({ unit, date, file: row.sheet.file, sheet: row.sheet.name });
  }
  return sent;
}

export { printSubmissions, submissionsJson } from '../print-submissions.js';
