/**
 * The submissions register in words (tables in ./submissions-words.ts): the period as a
 * phrase, the sentences of the register and the reminder to paste into an email or chat.
 */
import { integerIn, percentIn } from '../format/vi.js';
import type { Period } from '../indicators/period.js';
import type { RegisterNote, SubmissionStatus } from '../submissions/register.js';
import { formatVi, yearOf } from '../values/calendar.js';
import { render, type Lang } from './render.js';
import { PERIOD_PHRASE, REGISTER_NOTES, REMINDER, SUBMISSION_COLUMNS, SUBMISSION_STATUS, SUBMISSIONS } from './submissions-words.js';

/** "năm 2020", "từ năm 2017 đến năm 2020", "từ ngày 01/07/2017 đến ngày 30/06/2020". */
export function periodPhrase(period: Period, lang: Lang): string {
  const whole = period.from.endsWith('-01-01') && period.to.endsWith('-12-31');
  const [a, b] = [yearOf(period.from), yearOf(period.to)];
  // English keeps the ISO dates; Vietnamese writes them as dd/mm/yyyy.
  if (!whole) return render(lang, PERIOD_PHRASE.dates, { from: { vi: formatVi(period.from), en: period.from }, to: { vi: formatVi(period.to), en: period.to } });
  return a === b ? render(lang, PERIOD_PHRASE.year, { year: a }) : render(lang, PERIOD_PHRASE.years, { first: a, last: b });
}

const years = (list: readonly number[]): string => list.join(', ');
const titleYears = (y: { from: number; to: number }): string => (y.from === y.to ? String(y.from) : `${y.from}–${y.to}`);

export function submissionsText(lang: Lang) {
  const n = (value: number) => integerIn(lang, value);
  const T = SUBMISSIONS;
  return {
    periodNeeded: render(lang, T.periodNeeded),
    badDeadline: (value: string) => render(lang, T.badDeadline, { value }),
    noPairings: render(lang, T.noPairings),
    title: (period: Period) => render(lang, T.title, { period: periodPhrase(period, lang) }),
    headline: (reported: number, expected: number, rate: string, full: number, empty: number, missing: number) =>
      render(lang, T.headline, { reported: n(reported), expected: n(expected), rate, full: n(full), empty: n(empty), missing: n(missing) }),
    noneExpected: render(lang, T.noneExpected),
    columns: Object.values(SUBMISSION_COLUMNS).map((column) => render(lang, column)),
    status: (status: SubmissionStatus): string => render(lang, SUBMISSION_STATUS[status]),
    late: render(lang, T.late),
    written: (path: string) => render(lang, T.written, { path }),
    deadlineLine: (date: string, late: number) => render(lang, T.deadlineLine, { date: formatVi(date), late: n(late) }),
    unexpectedTitle: (count: number) => render(lang, T.unexpectedTitle, { count: n(count) }),
    didYouMean: (name: string) => render(lang, T.didYouMean, { name }),
    notesTitle: render(lang, T.notesTitle),
    folder: (folder: string) => render(lang, T.folder, { folder }),
    skippedTitle: (count: number) => render(lang, T.skippedTitle, { count: n(count) }),
    note: (note: RegisterNote, period: Period): string => {
      const where = render(lang, T.where, { file: note.file, sheet: note.sheet });
      const p = periodPhrase(period, lang);
      switch (note.kind) {
        case 'outside-period':
          return render(lang, REGISTER_NOTES['outside-period'], { where, years: years(note.years), period: p, units: note.units.length ? ` (${note.units.join('; ')})` : '' });
        case 'title-outside-period':
          return render(lang, REGISTER_NOTES['title-outside-period'], { where, years: titleYears(note.years), period: p, unit: note.unit });
        case 'no-title-year':
          return render(lang, REGISTER_NOTES['no-title-year'], { where, unit: note.unit });
      }
    },
    receivedNote: render(lang, T.receivedNote),
    findings: (errors: number, warnings: number) => render(lang, T.findings, { errors: n(errors), warnings: n(warnings) }),
    statsLine: (reported: number, expected: number, rate: string) => render(lang, T.statsLine, { reported: n(reported), expected: n(expected), rate }),
    rate: (rate: number | null) => (rate === null ? '–' : percentIn(lang, rate)),
  };
}

/** The reminder: short, to paste into an email or a chat group as it is. */
export function reminder(missing: readonly string[], period: Period, expected: number, lang: Lang, deadline?: string): string {
  const p = periodPhrase(period, lang);
  // The English count is written plain (1234), the Vietnamese one grouped (1.234).
  if (missing.length === 0) return render(lang, REMINDER.allIn, { count: { vi: integerIn('vi', expected), en: String(expected) }, period: p });
  return [
    render(lang, REMINDER.greeting),
    ...missing.map((unit, i) => render(lang, REMINDER.item, { unit, end: { vi: i === missing.length - 1 ? '.' : ';', en: '' } })),
    render(lang, REMINDER.body, { period: p, deadline: deadline ? render(lang, REMINDER.deadline, { date: formatVi(deadline) }) : '' }),
  ].join('\n');
}
