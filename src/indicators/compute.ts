/**
 * The indicators stage: (dataset, period) → the figures of SPEC §5. Pure; every figure
 * is computed from rows (never from a sheet's totals row) and every rate from its parts.
 */
import type { ActivityRow, Dataset, PairingRow, VillageRow } from '../dataset/types.js';
import { ACTIVITY_TYPES, FUNDING_SOURCES } from '../schema/choices.js';
import { nameKey } from '../text/names.js';
import { yearOf } from '../values/calendar.js';
import { villageKey } from '../checks/identity.js';
import { inPeriod, yearsOf, type Period } from './period.js';
import { dataYears } from './data-years.js';
import { inactivePairings } from './inactive.js';
import { poverty } from './poverty.js';
import type { CommuneCoverage, Indicators, UncoveredVillage, UnitFunds } from './types.js';
import { latestRows, villageMatcher } from './villages.js';

export interface IndicatorOptions {
  /** A pairing with fewer activities than this in the period is inactive. Default 1. */
  readonly minActivities?: number;
  /** The years a new national poverty standard took effect (config `povertyStandardYears`). */
  readonly povertyStandardYears?: readonly number[];
}

/** The config's default standard years, for callers without a config. */
export const DEFAULT_POVERTY_STANDARD_YEARS: readonly number[] = [2016, 2021, 2026];

export const INFRASTRUCTURE_FIELDS = ['hasGrid', 'hasCulturalHouse', 'hasKindergarten', 'hasPartyCell', 'newRural'] as const;

/** Key used in `bySource` for activities whose source was left blank. */
export const UNSPECIFIED_SOURCE = 'unspecified';

const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

export function computeIndicators(dataset: Dataset, period: Period, options: IndicatorOptions = {}): Indicators {
  const lastYear = yearOf(period.to);
  const latest = latestRows(dataset.villages, lastYear);
  const activities = dataset.activities.filter((a) => inPeriod(a.date, period));
  const unitName = unitDisplay(dataset);
  const data = dataYears(dataset, period);
  return {
    period: { from: period.from, to: period.to },
    villages: {
      total: latest.length,
      households: sum(latest, (v) => v.households),
      population: sum(latest, (v) => v.population ?? 0),
      extremelyDifficult: latest.filter((v) => v.extremelyDifficult === true).length,
      border: latest.filter((v) => v.border === true).length,
    },
    coverage: coverage(dataset, latest, period),
    funds: funds(activities, unitName),
    activities: activityIndicators(dataset.pairings, activities, period, data.activityYears, options.minActivities ?? 1, unitName),
    poverty: poverty(dataset.villages, period, options.povertyStandardYears ?? DEFAULT_POVERTY_STANDARD_YEARS),
    data,
    infrastructure: infrastructure(latest),
  };
}

/**
 * One spelling per unit in every list: the units sheet's, else the first met in pairings,
 * then activities ("Phòng Tài chính – Kế hoạch" and "Phòng Tài chính - Kế hoạch" are one unit).
 */
export function unitDisplay(dataset: Dataset): (name: string) => string {
  const names = new Map<string, string>();
  for (const rows of [dataset.units, dataset.pairings, dataset.activities]) {
    for (const { unit } of rows) {
      const key = nameKey(unit, 'unit');
      if (!names.has(key)) names.set(key, unit);
    }
  }
  return (name) => names.get(nameKey(name, 'unit')) ?? name;
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += value(item);
  return total;
}

/** Active at the end of the period: started by `to`, not ended before it. */
export function activeAt(pairing: PairingRow, date: string): boolean {
  return pairing.startDate <= date && (pairing.endDate === undefined || pairing.endDate >= date);
}

/** Active at some time in the period. */
export function activeDuring(pairing: PairingRow, period: Period): boolean {
  return pairing.startDate <= period.to && (pairing.endDate === undefined || pairing.endDate >= period.from);
}

function coverage(dataset: Dataset, latest: readonly VillageRow[], period: Period): Indicators['coverage'] {
  const active = dataset.pairings.filter((p) => activeAt(p, period.to));
  const units = new Set(active.map((p) => nameKey(p.unit, 'unit'))).size;
  const { key: identity, matches } = villageMatcher([...latest, ...dataset.pairings]);
  const coveredKeys = new Set(active.flatMap((p) => matches(p)));
  if (!dataset.present.villages || latest.length === 0) {
    // No village list, or none for a year up to the end of the period: no coverage claim.
    return { villages: null, covered: new Set(active.map((p) => identity(p))).size, rate: null, units, pairings: active.length, uncovered: [], byCommune: [] };
  }
  const uncovered: UncoveredVillage[] = [];
  const communes = new Map<string, { district?: string; commune: string; villages: number; covered: number }>();
  let covered = 0;
  for (const v of latest) {
    const isCovered = coveredKeys.has(identity(v));
    if (isCovered) covered++;
    else {
      uncovered.push({
        ...(v.district ? { district: v.district } : {}),
        commune: v.commune,
        village: v.village,
        extremelyDifficult: v.extremelyDifficult === true,
        border: v.border === true,
        povertyRate: rate(v.poorHouseholds, v.households),
      });
    }
    const communeKey = `${v.district ? nameKey(v.district, 'district') : ''}\u0000${nameKey(v.commune, 'commune')}`;
    const entry = communes.get(communeKey) ?? { ...(v.district ? { district: v.district } : {}), commune: v.commune, villages: 0, covered: 0 };
    entry.villages++;
    if (isCovered) entry.covered++;
    communes.set(communeKey, entry);
  }
  uncovered.sort(byNeed);
  const byCommune: CommuneCoverage[] = [...communes.values()]
    .map((c) => ({ ...c, rate: rate(c.covered, c.villages) }))
    .sort((a, b) => (a.district ?? '').localeCompare(b.district ?? '', 'vi') || a.commune.localeCompare(b.commune, 'vi'));
  return { villages: latest.length, covered, rate: rate(covered, latest.length), units, pairings: active.length, uncovered, byCommune };
}

/** Most needy first (SPEC §4): extremely difficult, then border, then the highest poverty rate. */
export function byNeed(a: UncoveredVillage, b: UncoveredVillage): number {
  return (
    Number(b.extremelyDifficult) - Number(a.extremelyDifficult) ||
    Number(b.border) - Number(a.border) ||
    (b.povertyRate ?? -1) - (a.povertyRate ?? -1) ||
    a.commune.localeCompare(b.commune, 'vi') ||
    a.village.localeCompare(b.village, 'vi')
  );
}

function funds(activities: readonly ActivityRow[], unitName: (name: string) => string): Indicators['funds'] {
  // Only years with activity rows: a year without data is absent, never 0 (SPEC §5 `data`).
  const byYear: Record<string, number> = {};
  const byType: Record<string, number> = Object.fromEntries(ACTIVITY_TYPES.choices.map((c) => [c.key, 0]));
  const bySource: Record<string, number> = Object.fromEntries(FUNDING_SOURCES.choices.map((c) => [c.key, 0]));
  const units = new Map<string, { unit: string; total: number; activities: number; villages: Set<string> }>();
  let cash = 0;
  let inKind = 0;
  for (const a of activities) {
    const amount = (a.cash ?? 0) + (a.inKind ?? 0);
    cash += a.cash ?? 0;
    inKind += a.inKind ?? 0;
    const year = String(yearOf(a.date));
    byYear[year] = (byYear[year] ?? 0) + amount;
    byType[a.type] = (byType[a.type] ?? 0) + amount;
    const source = a.source ?? UNSPECIFIED_SOURCE;
    bySource[source] = (bySource[source] ?? 0) + amount;
    const key = nameKey(a.unit, 'unit');
    const entry = units.get(key) ?? { unit: unitName(a.unit), total: 0, activities: 0, villages: new Set<string>() };
    entry.total += amount;
    entry.activities++;
    entry.villages.add(villageKey(a.commune, a.village));
    units.set(key, entry);
  }
  const byUnit: UnitFunds[] = [...units.values()]
    .map((u) => ({ unit: u.unit, total: u.total, activities: u.activities, villages: u.villages.size }))
    .sort((a, b) => b.total - a.total || a.unit.localeCompare(b.unit, 'vi'));
  return { cash, inKind, total: cash + inKind, byYear, byType, bySource, byUnit };
}

function activityIndicators(
  pairings: readonly PairingRow[],
  activities: readonly ActivityRow[],
  period: Period,
  activityYears: readonly number[],
  minActivities: number,
  unitName: (name: string) => string,
): Indicators['activities'] {
  const byType: Record<string, { count: number; funds: number }> = Object.fromEntries(ACTIVITY_TYPES.choices.map((c) => [c.key, { count: 0, funds: 0 }]));
  for (const a of activities) {
    const entry = (byType[a.type] ??= { count: 0, funds: 0 });
    entry.count++;
    entry.funds += (a.cash ?? 0) + (a.inKind ?? 0);
  }
  return {
    count: activities.length,
    byType,
    giftShare: rate(byType['visits-gifts']?.count ?? 0, activities.length),
    inactivePairings: inactivePairings(pairings, activities, period, activityYears, minActivities, unitName),
  };
}

function infrastructure(latest: readonly VillageRow[]): Indicators['infrastructure'] {
  const result: Record<string, { yes: number; of: number }> = {};
  for (const field of INFRASTRUCTURE_FIELDS) {
    const known = latest.filter((v) => v[field] !== undefined);
    if (known.length === 0) continue;
    result[field] = { yes: known.filter((v) => v[field] === true).length, of: known.length };
  }
  return result;
}

/** Units of the units sheet with no pairing active at the end of the period. */
export function unitsWithoutPairing(dataset: Dataset, period: Period): Array<{ unit: string; level?: string; bloc?: string }> {
  const paired = new Set(dataset.pairings.filter((p) => activeAt(p, period.to)).map((p) => nameKey(p.unit, 'unit')));
  return dataset.units
    .filter((u) => !paired.has(nameKey(u.unit, 'unit')))
    .map((u) => ({ unit: u.unit, ...(u.level ? { level: u.level } : {}), ...(u.bloc ? { bloc: u.bloc } : {}) }));
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
  const years = new Map(yearsOf(period).map((y) => [String(y), { year: String(y), hasData: false, cash: 0, inKind: 0, total: 0 }]));
  for (const a of dataset.activities) {
    if (!inPeriod(a.date, period)) continue;
    const entry = years.get(a.date.slice(0, 4))!;
    entry.hasData = true;
    entry.cash += a.cash ?? 0;
    entry.inKind += a.inKind ?? 0;
    entry.total += (a.cash ?? 0) + (a.inKind ?? 0);
  }
  return [...years.values()].map((y) => (y.hasData ? y : { ...y, cash: null, inKind: null, total: null }));
}
