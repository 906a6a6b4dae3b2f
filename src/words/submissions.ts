/** The submissions register (SPEC §9) as JSON and as a table, the same for the terminal and the page. */
import type { Lang } from '../findings/finding.js';
import type { Register, UnitSubmission } from '../submissions/register.js';
import { submissionsText } from './submissions-text.js';
import { localToday, type CalendarDate } from '../values/calendar.js';
import type { SubmissionsResult } from '../app/submissions.js';
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
export const isLate = (date: Date | undefined, deadline: CalendarDate | undefined): boolean => date !== undefined && deadline !== undefined && localToday(date) > deadline;

/** The first of a unit's files to arrive. */
export function firstReceived(files: readonly string[], received: ReadonlyMap<string, Date>): Date | undefined {
  let first: Date | undefined;
  for (const file of files) {
    const time = received.get(file);
    if (time && (!first || time < first)) first = time;
  }
  return first;
}

export function submissionsJson(result: SubmissionsResult & { readonly register: Register }, lang: Lang): SubmissionsJson {
  const { register, received } = result;
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

/** The folder all these files lie in ('' when they lie in different ones or in the working folder). */
export function commonFolder(files: readonly string[]): string {
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

/**
 * The register's table (the terminal's, and the page's): files named within `folder` when
 * given; `missing` marks the status of a unit that has not reported (the terminal's red).
 */
export function unitTable(
  units: readonly UnitSubmission[],
  received: ReadonlyMap<string, Date>,
  deadline: CalendarDate | undefined,
  lang: Lang,
  title: string,
  folder = '',
  missing: (status: string) => string = (status) => status,
) {
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
      const shown = u.status === 'missing' ? missing(text.status(u.status)) : text.status(u.status);
      const choice = u.bloc ? choiceByKey(UNIT_BLOCS, u.bloc) : undefined;
      const blocLabel = choice ? (lang === 'vi' ? choice.label : choice.en) : (u.bloc ?? '–');
      return [i + 1, name, blocLabel, shown, u.status === 'missing' ? null : u.activities, u.files.map(within).join('\n') || '–', times.join('\n') || '–'];
    }),
  };
}

