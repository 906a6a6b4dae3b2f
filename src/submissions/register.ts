/**
 * The submissions register (SPEC §9): which units were expected to report for a period,
 * which did — with activity rows dated in it, or with an empty sheet whose title names the
 * unit and a year of the period — and which did not. Pure: rows and sheet facts in, the
 * register out; file times and printing live at the edge.
 */
import type { PairingRow, UnitRow } from '../dataset/types.js';
import type { SheetTitle } from '../checks/title.js';
import { activeDuring } from '../indicators/rows.js';
import { inPeriod, type Period } from '../indicators/period.js';
import { nameKey } from '../text/names.js';
import { Suggester } from '../text/suggest.js';
import { yearOf, type CalendarDate } from '../values/calendar.js';
import { Memo } from '../util/memo.js';

export type SubmissionStatus = 'reported' | 'reported-empty' | 'missing';

/** An activity row as sent: its unit and date were readable (the row may have other errors). */
export interface SentActivity {
  readonly unit: string;
  readonly date: CalendarDate;
  readonly file: string;
  readonly sheet: string;
}

/** An activities sheet: how many data rows it holds and what its title says. */
export interface SentSheet {
  readonly file: string;
  readonly sheet: string;
  /** Data rows read (used or rejected), blank, totals and signature rows left out. */
  readonly rows: number;
  readonly title?: SheetTitle;
}

export interface RegisterInput {
  readonly period: Period;
  readonly pairings: readonly PairingRow[];
  readonly units: readonly UnitRow[];
  readonly activities: readonly SentActivity[];
  readonly sheets: readonly SentSheet[];
  /** The run's memo (util/memo.ts); a fresh one when none is given. */
  readonly memo?: Memo;
}

export interface UnitSubmission {
  readonly unit: string;
  readonly bloc: string | null;
  readonly status: SubmissionStatus;
  /** The files that count for the unit in the period, in input order. */
  readonly files: readonly string[];
  /** Its activity rows dated in the period. */
  readonly activities: number;
  /** Unexpected units only: the expected unit whose name is closest. */
  readonly suggestion?: string;
}

/** Why a file that names a unit does not count for it in this period. */
export type RegisterNote =
  | { readonly kind: 'outside-period'; readonly file: string; readonly sheet: string; readonly years: readonly number[]; readonly units: readonly string[] }
  | { readonly kind: 'title-outside-period'; readonly file: string; readonly sheet: string; readonly unit: string; readonly years: { readonly from: number; readonly to: number } }
  | { readonly kind: 'no-title-year'; readonly file: string; readonly sheet: string; readonly unit: string };

export interface Register {
  readonly period: Period;
  readonly expected: number;
  readonly reported: number;
  /** reported / expected; null when no unit is expected. */
  readonly rate: number | null;
  readonly units: readonly UnitSubmission[];
  readonly unexpected: readonly UnitSubmission[];
  readonly notes: readonly RegisterNote[];
}

interface Tally {
  name: string;
  activities: number;
  files: Set<string>;
  /** Named by an empty sheet whose title year lies in the period. */
  empty: boolean;
  /** Named by a sheet with rows in the period, though none of them is its own. */
  named: boolean;
}

export function buildRegister(input: RegisterInput): Register {
  const { period } = input;
  const memo = input.memo ?? new Memo();
  const key = (name: string) => nameKey(name, 'unit', memo);
  const display = new Map<string, string>();
  const blocs = new Map<string, string>();
  for (const u of input.units) {
    display.set(key(u.unit), u.unit);
    if (u.bloc) blocs.set(key(u.unit), u.bloc);
  }
  // Expected: a pairing in force at some time in the period (any level: the rows say which).
  const expected = new Map<string, string>();
  for (const p of input.pairings) {
    if (!activeDuring(p, period)) continue;
    const k = key(p.unit);
    if (!display.has(k)) display.set(k, p.unit);
    if (p.bloc && !blocs.has(k)) blocs.set(k, p.bloc);
    if (!expected.has(k)) expected.set(k, display.get(k)!);
  }

  const tallies = new Map<string, Tally>();
  const tally = (name: string): Tally => {
    const k = key(name);
    let t = tallies.get(k);
    if (!t) tallies.set(k, (t = { name: display.get(k) ?? name, activities: 0, files: new Set(), empty: false, named: false }));
    return t;
  };
  const sheetKey = (file: string, sheet: string) => `${file}\u0000${sheet}`;
  const bySheet = new Map<string, { inPeriod: number; years: Set<number>; units: Set<string> }>();
  // Rows come sheet by sheet and mostly unit by unit: the last sheet's entry and unit's tally are
  // kept at hand (the report asks for a register per year, over every row).
  let last: { file: string; sheet: string; entry: { inPeriod: number; years: Set<number>; units: Set<string> } } | undefined;
  let lastTally: { unit: string; tally: Tally } | undefined;
  for (const a of input.activities) {
    if (!last || last.file !== a.file || last.sheet !== a.sheet) {
      const s = sheetKey(a.file, a.sheet);
      let found = bySheet.get(s);
      if (!found) bySheet.set(s, (found = { inPeriod: 0, years: new Set(), units: new Set() }));
      last = { file: a.file, sheet: a.sheet, entry: found };
    }
    const entry = last.entry;
    if (inPeriod(a.date, period)) {
      entry.inPeriod++;
      if (!lastTally || lastTally.unit !== a.unit) lastTally = { unit: a.unit, tally: tally(a.unit) };
      const t = lastTally.tally;
      t.activities++;
      t.files.add(a.file);
    } else {
      entry.years.add(yearOf(a.date));
      entry.units.add(display.get(key(a.unit)) ?? a.unit);
    }
  }

  const notes: RegisterNote[] = [];
  for (const sheet of input.sheets) {
    const sent = bySheet.get(sheetKey(sheet.file, sheet.sheet));
    const unit = sheet.title?.reportingUnit?.name;
    if (sent && sent.inPeriod === 0 && sent.years.size > 0) {
      // A 2022 file sent for 2023 is not a 2023 report, whoever it names.
      const units = unit ? [display.get(key(unit)) ?? unit] : [...sent.units];
      notes.push({ kind: 'outside-period', file: sheet.file, sheet: sheet.sheet, years: [...sent.years].sort(), units });
      continue;
    }
    if (!unit) continue;
    if (sent && sent.inPeriod > 0) {
      const t = tally(unit);
      t.named = true;
      t.files.add(sheet.file);
      continue;
    }
    if (sheet.rows > 0) continue; // rows whose dates could not be read: nothing to say about the period
    const years = sheet.title?.years;
    if (!years) notes.push({ kind: 'no-title-year', file: sheet.file, sheet: sheet.sheet, unit });
    else if (years.to < yearOf(period.from) || years.from > yearOf(period.to)) notes.push({ kind: 'title-outside-period', file: sheet.file, sheet: sheet.sheet, unit, years });
    else {
      const t = tally(unit);
      t.empty = true;
      t.files.add(sheet.file);
    }
  }

  const statusOf = (t: Tally | undefined): SubmissionStatus => (!t ? 'missing' : t.activities > 0 || t.named ? 'reported' : t.empty ? 'reported-empty' : 'missing');
  const entry = (k: string, name: string, t: Tally | undefined): UnitSubmission => ({
    unit: name,
    bloc: blocs.get(k) ?? null,
    status: statusOf(t),
    files: t ? [...t.files] : [],
    activities: t?.activities ?? 0,
  });
  // The units sheet's order (the office's, by bloc), then the pairings'.
  const rank = new Map(input.units.map((u, i) => [key(u.unit), i]));
  const first = new Map([...expected.keys()].map((k, i) => [k, i]));
  const position = (k: string) => rank.get(k) ?? input.units.length + first.get(k)!;
  const units = [...expected.keys()].sort((a, b) => position(a) - position(b)).map((k) => entry(k, expected.get(k)!, tallies.get(k)));
  const nearest = new Suggester();
  for (const [k, name] of expected) nearest.add({ display: name, key: k });
  const unexpected = [...tallies]
    .filter(([k, t]) => !expected.has(k) && statusOf(t) !== 'missing')
    .map(([k, t]) => {
      const suggestion = nearest.suggest(k);
      return { ...entry(k, t.name, t), ...(suggestion ? { suggestion } : {}) };
    });
  const reported = units.filter((u) => u.status !== 'missing').length;
  return { period, expected: units.length, reported, rate: units.length > 0 ? reported / units.length : null, units, unexpected, notes };
}
