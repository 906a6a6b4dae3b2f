/**
 * The submissions register on the page: app/submissions.ts run on the uploads, shown as the
 * terminal lays it out (headline, table, late files, notes), with the reminder to copy that
 * `--remind` prints. Without a period the register covers the years the data do, as the figures.
 */
import { columnDecimals } from '../format/columns.js';
import type { Progress } from '../dataset/load.js';
import type { Table } from '../model/table.js';
import { dataRequest } from '../app/request.js';
import type { Register, UnitSubmission } from '../submissions/register.js';
import { formatCell } from '../words/cells.js';
import { isLate, submissionsJson, unitTable } from '../words/submissions.js';
import type { JobContext, FiguresRequest } from './jobs.js';
import { MESSAGES, PageError } from './text.js';

export async function submissionsView(ctx: JobContext, request: FiguresRequest, onProgress: (p: Progress) => void) {
  const { session, config } = ctx;
  if (session.files.length === 0) throw new PageError(400, MESSAGES.noFiles);
  const [{ submissions }, { reminder, submissionsText }] = await Promise.all([import('../app/submissions.js'), import('../words/submissions-text.js')]);
  const built = dataRequest({
    inputs: session.files,
    cwd: session.uploadDir,
    config: { config, checks: ctx.checks },
    period: { ...(request.from !== undefined ? { from: request.from } : {}), ...(request.to !== undefined ? { to: request.to } : {}) },
    ...(ctx.maxSize !== undefined ? { maxSize: ctx.maxSize } : {}),
    hooks: { onProgress },
    skipped: session.skipped,
  });
  const result = await submissions({ ...built, dataYearsWhenNoPeriod: true });
  const text = submissionsText('vi');
  if (!result.register) throw new PageError(422, text.noPairings);
  const { register, received } = result;
  const count = (status: UnitSubmission['status']) => register.units.filter((u) => u.status === status).length;
  const json = submissionsJson({ ...result, register }, 'vi');
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
  return [...received].filter(([file, time]) => credited.has(file) && isLate(time, deadline)).length;
}

/** The register's table as the page's: cells as text. */
function plain(table: Omit<Table, 'id'>) {
  const decimals = columnDecimals(table);
  const row = (cells: Table['rows'][number]) => cells.map((cell, i) => formatCell(cell, table.columns[i]!.kind, 'vi', decimals[i]));
  return { title: table.title, columns: table.columns.map((c) => c.header), numeric: table.columns.map((c) => c.kind !== 'text'), rows: table.rows.map(row) };
}
