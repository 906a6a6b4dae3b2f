/**
 * Who reported each year (SPEC §5 "Not reported is not inactive"): a year counts for a
 * pairing's judgement only if its unit reported that year — a file of its own for the year
 * (a title line, even "no activity"), or at least one activity row of that unit dated in it.
 * The submissions register (src/submissions/register.ts) already knows this for a period; here
 * it is asked once per year, so a unit missing in 2022 but present in 2023 is judged on 2023.
 */
import type { Dataset } from '../dataset/types.js';
import { buildRegister, type SentActivity, type SentSheet } from '../submissions/register.js';
import { nameKey } from '../text/names.js';
import { Memo } from '../util/memo.js';
import { yearOf } from '../values/calendar.js';
import { inPeriod, yearPeriod, yearsOf, type Period } from './period.js';

/** `stats --json`'s `reporting`. */
export interface ReportingIndicators {
  /** Per year that reports were received for: units that reported / units expected (a pairing in force that year). */
  readonly byYear: Readonly<Record<string, { readonly reported: number; readonly expected: number }>>;
  /** Expected units that sent nothing for some of those years, with the years. */
  readonly unreported: ReadonlyArray<{ readonly unit: string; readonly years: readonly number[] }>;
}

export interface Reporting extends ReportingIndicators {
  /** The years a unit (by its name key) reported; an unknown unit reported none. */
  readonly reportedYears: (unit: string) => ReadonlySet<number>;
}

const NONE: ReadonlySet<number> = new Set();

/**
 * The years of the period reports were received for: activity rows, or empty sheets whose
 * title names the unit and the year. A year with neither is "chưa có số liệu" and absent.
 */
function reportYears(dataset: Dataset, period: Period, sheets: readonly SentSheet[]): number[] {
  const years = new Set<number>();
  for (const a of dataset.activities) if (inPeriod(a.date, period)) years.add(yearOf(a.date));
  const inside = new Set(yearsOf(period));
  for (const s of sheets) {
    const named = s.rows === 0 && s.title?.reportingUnit ? s.title.years : undefined;
    if (named) for (let y = named.from; y <= named.to; y++) if (inside.has(y)) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * @param sheets the activities sheets as read (titles, row counts); without them only
 *   activity rows show who reported.
 */
export function reporting(dataset: Dataset, period: Period, sheets: readonly SentSheet[] = [], memo: Memo = new Memo()): Reporting {
  const byUnit = new Map<string, Set<number>>();
  const missing = new Map<string, { unit: string; years: number[] }>();
  const byYear: Record<string, { reported: number; expected: number }> = {};
  if (dataset.present.pairings) {
    // Each year's register is given that year's rows only: every row is read once, not once a year
    // (a sheet without rows of the year credits no one for it either way).
    const activities = new Map<number, SentActivity[]>();
    for (const a of dataset.activities) {
      if (!inPeriod(a.date, period)) continue;
      const year = yearOf(a.date);
      const list = activities.get(year);
      const sent = { unit: a.unit, date: a.date, file: a.origin.file, sheet: a.origin.sheet };
      if (list) list.push(sent);
      else activities.set(year, [sent]);
    }
    for (const year of reportYears(dataset, period, sheets)) {
      const whole = yearPeriod(year, year);
      // A period that starts or ends inside a year asks for that part of it only.
      const part = { from: whole.from > period.from ? whole.from : period.from, to: whole.to < period.to ? whole.to : period.to };
      const register = buildRegister({ period: part, pairings: dataset.pairings, units: dataset.units, activities: activities.get(year) ?? [], sheets, memo });
      byYear[String(year)] = { reported: register.reported, expected: register.expected };
      for (const u of [...register.units, ...register.unexpected]) {
        const key = nameKey(u.unit, 'unit', memo);
        if (u.status === 'missing') {
          const entry = missing.get(key) ?? { unit: u.unit, years: [] };
          entry.years.push(year);
          missing.set(key, entry);
        } else {
          const set = byUnit.get(key) ?? new Set<number>();
          set.add(year);
          byUnit.set(key, set);
        }
      }
    }
  }
  return {
    byYear,
    unreported: [...missing.values()],
    reportedYears: (unit) => byUnit.get(nameKey(unit, 'unit', memo)) ?? NONE,
  };
}
