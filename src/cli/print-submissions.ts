/** The submissions register on the terminal, as JSON (SPEC §9), or as a reminder to paste. */
import chalk from 'chalk';
import type { Lang } from '../findings/finding.js';
import type { Register, UnitSubmission } from '../submissions/register.js';
import { reminder, submissionsText } from '../messages/submissions.js';
import { localToday, type CalendarDate } from '../values/calendar.js';
import type { SubmissionsOptions, SubmissionsResult } from './commands/submissions.js';
import type { Io } from './io.js';
import { formatOne } from './print-findings.js';
import { renderTable } from './print-tables.js';
import { choiceByKey, UNIT_BLOCS } from '../schema/choices.js';
import { skippedFiles, type SkippedJson } from '../submissions/skipped.js';

export interface UnitJson {
  unit: string;
  bloc: string | null;
  status: UnitSubmission['status'];
  files: string[];
  activities: number;
  /** The first of its files to arrive (modification time, local time with its offset); null when none. */
  received: string | null;
  /** Only with a deadline: its first file arrived after it. */
  late?: boolean;
  suggestion?: string;
}

export interface SubmissionsJson {
  period: { from: string; to: string };
  expected: number;
  reported: number;
  rate: number | null;
  units: UnitJson[];
  unexpected: UnitJson[];
  deadline?: string;
  notes: Array<{ kind: string; file: string; sheet: string; message: string }>;
  /** Files given or found that could not be used, with why (SPEC §9). */
  skipped: SkippedJson[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 2021-01-10T08:30:00+07:00: the local clock with its offset, so no reader shifts the day. */
export function localIso(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function localShort(date: Date): string {
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A file is late when it was last modified on a later local day than the deadline. */
const isLate = (date: Date | undefined, deadline: CalendarDate | undefined): boolean => date !== undefined && deadline !== undefined && localToday(date) > deadline;

function firstReceived(files: readonly string[], received: ReadonlyMap<string, Date>): Date | undefined {
  let first: Date | undefined;
  for (const file of files) {
    const time = received.get(file);
    if (time && (!first || time < first)) first = time;
  }
  return first;
}

export function submissionsJson(result: SubmissionsResult, lang: Lang): SubmissionsJson {
  const register = result.register!;
  const received = result.received ?? new Map<string, Date>();
  const text = submissionsText(lang);
  const unit = (u: UnitSubmission): UnitJson => {
    const first = firstReceived(u.files, received);
    return {
      unit: u.unit,
      bloc: u.bloc,
      status: u.status,
      files: [...u.files],
      activities: u.activities,
      received: first ? localIso(first) : null,
      ...(result.deadline ? { late: isLate(first, result.deadline) } : {}),
      ...(u.suggestion ? { suggestion: u.suggestion } : {}),
    };
  };
  return {
    period: { from: register.period.from, to: register.period.to },
    expected: register.expected,
    reported: register.reported,
    rate: register.rate,
    units: register.units.map(unit),
    unexpected: register.unexpected.map(unit),
    ...(result.deadline ? { deadline: result.deadline } : {}),
    notes: register.notes.map((note) => ({ kind: note.kind, file: note.file, sheet: note.sheet, message: text.note(note, register.period) })),
    skipped: skippedFiles(result.load?.findings ?? [], lang),
  };
}

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
    io.out(JSON.stringify(submissionsJson(result, lang), null, 2) + '\n');
    printFindingsNote(result, lang, io);
    return;
  }
  const text = submissionsText(lang);
  const received = result.received ?? new Map<string, Date>();
  io.out(chalk.bold(text.title(register.period)) + '\n');
  if (register.expected === 0) io.out(text.noneExpected + '\n');
  else {
    const count = (status: UnitSubmission['status']) => register.units.filter((u) => u.status === status).length;
    io.out(text.headline(register.reported, register.expected, text.rate(register.rate), count('reported'), count('reported-empty'), count('missing')) + '\n');
  }
  // Files are shown within their common folder, named once above the table: the table fits the console.
  const folder = commonFolder([...register.units, ...register.unexpected].flatMap((u) => u.files));
  if (folder) io.out(text.folder(folder) + '\n');
  io.out('\n' + renderTable(unitTable(register.units, received, result.deadline, lang, '', folder), lang, io.isTTY).replace(/^\n/, ''));
  if (register.unexpected.length > 0) {
    const table = unitTable(register.unexpected, received, result.deadline, lang, text.unexpectedTitle(register.unexpected.length), folder);
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
  const skipped = skippedFiles(result.load?.findings ?? [], lang);
  if (skipped.length > 0) {
    io.out('\n' + chalk.bold(text.skippedTitle(skipped.length)) + '\n');
    for (const s of skipped) io.out(`  - ${s.file}: ${s.reason}\n`);
  }
  io.out('\n' + chalk.dim(text.receivedNote) + '\n');
  if (result.written) io.out(text.written(result.written) + '\n');
  printFindingsNote(result, lang, io);
}

/** The folder all these files lie in ('' when they lie in different ones or in the working folder). */
function commonFolder(files: readonly string[]): string {
  if (files.length === 0) return '';
  const parts = files.map((file) => file.split(/[\\/]/).slice(0, -1));
  const first = parts[0]!;
  let length = first.length;
  for (const p of parts) {
    let i = 0;
    while (i < length && p[i] === first[i]) i++;
    length = i;
  }
  if (length === 0) return '';
  // The separator as written, so the prefix matches the names it is stripped from.
  const prefix = first.slice(0, length).join('/');
  return files.every((f) => f.replaceAll('\\', '/').startsWith(prefix + '/')) ? files[0]!.slice(0, prefix.length) : '';
}

const counted = (register: Register, file: string): boolean => [...register.units, ...register.unexpected].some((u) => u.files.includes(file));

/** The register's table (the terminal's, and the page's). */
export function unitTable(units: readonly UnitSubmission[], received: ReadonlyMap<string, Date>, deadline: CalendarDate | undefined, lang: Lang, title: string, folder = '') {
  const within = (file: string) => (folder && file.startsWith(folder) ? file.slice(folder.length + 1) : file);
  const text = submissionsText(lang);
  const [no, unit, bloc, status, activities, files, when] = text.columns as [string, string, string, string, string, string, string];
  return {
    title,
    columns: [
      { header: no, kind: 'int' as const },
      { header: unit, kind: 'text' as const },
      { header: bloc, kind: 'text' as const },
      { header: status, kind: 'text' as const },
      { header: activities, kind: 'int' as const },
      { header: files, kind: 'text' as const },
      { header: when, kind: 'text' as const },
    ],
    rows: units.map((u, i) => {
      const name = u.suggestion ? `${u.unit} (${text.didYouMean(u.suggestion)})` : u.unit;
      const times = u.files.map((file) => {
        const time = received.get(file);
        return time ? `${localShort(time)}${isLate(time, deadline) ? ` (${text.late})` : ''}` : '–';
      });
      const shown = u.status === 'missing' ? chalk.red(text.status(u.status)) : text.status(u.status);
      const choice = u.bloc ? choiceByKey(UNIT_BLOCS, u.bloc) : undefined;
      const blocLabel = choice ? (lang === 'vi' ? choice.label : choice.en) : (u.bloc ?? '–');
      return [i + 1, name, blocLabel, shown, u.status === 'missing' ? null : u.activities, u.files.map(within).join('\n') || '–', times.join('\n') || '–'];
    }),
  };
}

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
