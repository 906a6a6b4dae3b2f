/**
 * Who has reported for a period (SPEC §9): every file read as `validate` reads it, the
 * register built from the rows as sent (rows with errors still show that a unit sent its
 * report), and when each file was received: its modification time.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ParsedRow } from '../model/types.js';
import type { LoadResult } from '../dataset/load.js';
import { CodedUsageError } from '../errors.js';
import { SUBMISSIONS } from '../messages/submissions-words.js';
import { buildRegister, type Register, type SentActivity } from '../submissions/register.js';
import { sentSheets } from '../submissions/summary.js';
import { localToday, type CalendarDate } from '../values/calendar.js';
import { parseDateText } from '../values/date.js';
import { Memo } from '../util/memo.js';
import { loadRequested } from './prepare.js';
import { askedPeriod, resolvePeriod } from './period.js';
import type { DataRequest } from './request.js';

export interface SubmissionsRequest extends Omit<DataRequest, 'allowErrors'> {
  /** Without a period asked, the years the data cover (the page); otherwise a period is required. */
  readonly dataYearsWhenNoPeriod?: boolean;
}

export interface SubmissionsResult {
  readonly load: LoadResult;
  /** The files read, as named (folders expanded). */
  readonly files: readonly string[];
  /** Absent when the files hold no pairings: nobody is expected to report. */
  readonly register?: Register;
  /** Each file's modification time: when it was received, as far as the folder can tell. */
  readonly received: ReadonlyMap<string, Date>;
  readonly deadline?: CalendarDate;
}

export async function submissions(request: SubmissionsRequest): Promise<SubmissionsResult> {
  const today = request.today ?? localToday();
  const asked = askedPeriod(request.period, today);
  if (!asked && !request.dataYearsWhenNoPeriod) throw new CodedUsageError(SUBMISSIONS.periodNeeded);
  const typed = request.settings.deadline;
  const deadline = typed === undefined ? undefined : parseDateText(typed);
  if (typed !== undefined && !deadline) throw new CodedUsageError(SUBMISSIONS.badDeadline, { value: typed });

  let sent: SentActivity[] = [];
  const memo = request.memo ?? new Memo();
  const { files, load } = await loadRequested(request, { today, memo, onRows: (rows) => (sent = sentActivities(rows.activities)) });
  const received = new Map<string, Date>();
  if (!load.dataset.present.pairings) return { load, files, received };
  const register = buildRegister({
    period: resolvePeriod({ asked, dataset: load.dataset, today }),
    pairings: load.dataset.pairings,
    units: load.dataset.units,
    activities: sent,
    sheets: sentSheets(load.sheets),
    memo,
  });
  for (const file of files) {
    const info = await stat(resolve(request.cwd, file)).catch(() => undefined);
    if (info) received.set(file, info.mtime);
  }
  return { load, files, register, received, ...(deadline ? { deadline } : {}) };
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
