/**
 * The submissions register on the page: `ketnghia submissions` run on the uploads, shown
 * as its terminal output is laid out (headline, table, late files, notes), with the
 * reminder to copy that `--remind` prints.
 */
import { columnDecimals } from '../format/columns.js';
import { stripVTControlCharacters } from 'node:util';
import type { Progress } from '../dataset/load.js';
import { formatCell } from '../cli/print-tables.js';
import type { Table } from '../indicators/tables.js';
import { dataPeriod } from '../cli/prepare.js';
import type { Register, UnitSubmission } from '../submissions/register.js';
import { localToday } from '../values/calendar.js';
import type { JobContext, FiguresRequest } from './jobs.js';
import { MESSAGES, PageError } from './text.js';

export async function submissionsView(ctx: JobContext, request: FiguresRequest, onProgress: (p: Progress) => void) {
  const { session, config } = ctx;
  if (session.files.length === 0) throw new PageError(400, MESSAGES.noFiles);
  const [{ submissions, submissionsJson }, { unitTable }, { reminder, submissionsText }] = await Promise.all([
    import('../cli/commands/submissions.js'),
    import('../cli/print-submissions.js'),
    import('../messages/submissions.js'),
  ]);
  // The command needs a period; without one the page uses the years the check found, as the figures do.
  let { from, to } = { from: request.from?.trim() || undefined, to: request.to?.trim() || undefined };
  if (from === undefined && to === undefined && session.lastLoad) {
    const years = dataPeriod(session.lastLoad.dataset, localToday());
    [from, to] = [years.from, years.to];
  }
  const result = await submissions(
    {
      inputs: session.files,
      skipped: session.skipped,
      lang: 'vi',
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
      ...(config.deadline ? { deadline: config.deadline } : {}),
      ...(ctx.maxSize !== undefined ? { maxSize: ctx.maxSize } : {}),
      ...(ctx.checks ? { checks: ctx.checks } : {}),
      onProgress,
    },
    { out: () => {}, err: () => {}, isTTY: false, errIsTTY: false, cwd: session.uploadDir },
  );
  const text = submissionsText('vi');
  if (!result.register) throw new PageError(422, text.noPairings);
  const { register } = result;
  const received = result.received ?? new Map<string, Date>();
  const count = (status: UnitSubmission['status']) => register.units.filter((u) => u.status === status).length;
  const json = submissionsJson(result, 'vi');
  const missing = register.units.filter((u) => u.status === 'missing').map((u) => u.unit);
  return {
    json,
    title: text.title(register.period),
    headline:
      register.expected === 0
        ? text.noneExpected
        : text.headline(register.reported, register.expected, text.rate(register.rate), count('reported'), count('reported-empty'), count('missing')),
    table: plain(unitTable(register.units, received, result.deadline, 'vi', '')),
    ...(register.unexpected.length > 0 ? { unexpected: plain(unitTable(register.unexpected, received, result.deadline, 'vi', text.unexpectedTitle(register.unexpected.length))) } : {}),
    ...(result.deadline ? { deadline: text.deadlineLine(result.deadline, lateFiles(register, received, result.deadline)) } : {}),
    notes: json.notes.map((n) => n.message),
    receivedNote: text.receivedNote,
    reminder: reminder(missing, register.period, register.expected, 'vi', result.deadline),
  };
}

/** Files credited to a unit and modified on a later day than the deadline, as the terminal counts them. */
function lateFiles(register: Register, received: ReadonlyMap<string, Date>, deadline: string): number {
  const credited = new Set([...register.units, ...register.unexpected].flatMap((u) => u.files));
  return [...received].filter(([file, time]) => credited.has(file) && localToday(time) > deadline).length;
}

/** The terminal's table as the page's: cells as text, colours taken off. */
function plain(table: Omit<Table, 'id'>) {
  const decimals = columnDecimals(table);
  const row = (cells: Table['rows'][number]) => cells.map((cell, i) => stripVTControlCharacters(formatCell(cell, table.columns[i]!.kind, 'vi', decimals[i])));
  return { title: table.title, columns: table.columns.map((c) => c.header), numeric: table.columns.map((c) => c.kind !== 'text'), rows: table.rows.map(row) };
}
