/**
 * `funds` of SPEC §5 — by year, type, source and unit — and the cash / in-kind split per
 * year the report's table and chart show. Whole đồng, summed exactly.
 */
import type { ActivityRow, Dataset } from '../model/types.js';
import { ACTIVITY_TYPES, FUNDING_SOURCES, UNSPECIFIED_SOURCE } from '../schema/choices.js';
import { nameKey } from '../text/names.js';
import type { Memo } from '../util/memo.js';
import { yearOf } from '../values/calendar.js';
import { villageKey } from '../checks/identity.js';
import { inPeriod, yearsOf, type Period } from '../values/period.js';
import { isVillageActivity } from '../model/rows.js';
import type { Indicators, UnitFunds } from './types.js';

interface YearFunds {
  cash: number;
  inKind: number;
}

/** Cash and in-kind per year, for the years that have activity rows (the one place they are summed by year). */
function fundsByYear(activities: readonly ActivityRow[]): Map<string, YearFunds> {
  const years = new Map<string, YearFunds>();
  for (const a of activities) {
    const year = String(yearOf(a.date));
    const entry = years.get(year) ?? { cash: 0, inKind: 0 };
    entry.cash += a.cash ?? 0;
    entry.inKind += a.inKind ?? 0;
    years.set(year, entry);
  }
  return years;
}

export function funds(activities: readonly ActivityRow[], unitName: (name: string) => string, memo: Memo): Omit<Indicators['funds'], 'byLevel'> {
  // Only years with activity rows: a year without data is absent, never 0 (SPEC §5 `data`).
  const byYear: Record<string, number> = {};
  for (const [year, { cash, inKind }] of fundsByYear(activities)) byYear[year] = cash + inKind;
  const byType: Record<string, number> = Object.fromEntries(ACTIVITY_TYPES.choices.map((c) => [c.key, 0]));
  const bySource: Record<string, number> = Object.fromEntries(FUNDING_SOURCES.choices.map((c) => [c.key, 0]));
  const units = new Map<string, { unit: string; total: number; activities: number; villages: Set<string> }>();
  let cash = 0;
  let inKind = 0;
  for (const a of activities) {
    const amount = (a.cash ?? 0) + (a.inKind ?? 0);
    cash += a.cash ?? 0;
    inKind += a.inKind ?? 0;
    byType[a.type] = (byType[a.type] ?? 0) + amount;
    const source = a.source ?? UNSPECIFIED_SOURCE;
    bySource[source] = (bySource[source] ?? 0) + amount;
    const key = nameKey(a.unit, 'unit', memo);
    const entry = units.get(key) ?? { unit: unitName(a.unit), total: 0, activities: 0, villages: new Set<string>() };
    entry.total += amount;
    entry.activities++;
    // "Số thôn": the villages the unit worked in; a commune-wide activity names none.
    if (isVillageActivity(a)) entry.villages.add(villageKey(a.commune, a.village, memo));
    units.set(key, entry);
  }
  const byUnit: UnitFunds[] = [...units.values()]
    .map((u) => ({ unit: u.unit, total: u.total, activities: u.activities, villages: u.villages.size }))
    .sort((a, b) => b.total - a.total || a.unit.localeCompare(b.unit, 'vi'));
  return { cash, inKind, total: cash + inKind, byYear, byType, bySource, byUnit };
}

/**
 * Cash and in-kind per year of the period: the two parts of `funds.byYear`, for the report's
 * table and chart. A year without activity rows is kept (the table says "chưa có số liệu")
 * with null amounts, never zeros.
 */
export function fundsSplitByYear(
  dataset: Dataset,
  period: Period,
): Array<{ year: string; hasData: boolean; cash: number | null; inKind: number | null; total: number | null }> {
  const byYear = fundsByYear(dataset.activities.filter((a) => inPeriod(a.date, period)));
  return yearsOf(period).map((y) => {
    const year = String(y);
    const found = byYear.get(year);
    return found ? { year, hasData: true, cash: found.cash, inKind: found.inKind, total: found.cash + found.inKind } : { year, hasData: false, cash: null, inKind: null, total: null };
  });
}
