/**
 * The indicators stage: (dataset, period) → the figures of SPEC §5. Pure; every figure
 * is computed from rows (never from a sheet's totals row) and every rate from its parts.
 * The figures of each part are in their own modules (coverage, funds, levels, inactive,
 * poverty); this one puts them together.
 */
import type { ActivityRow, Dataset, VillagePairingRow, VillageActivityRow, VillageRow } from '../dataset/types.js';
import { ACTIVITY_TYPES } from '../schema/choices.js';
import { Memo } from '../util/memo.js';
import { yearOf } from '../values/calendar.js';
import { villageCoverage } from './coverage.js';
import { dataYears } from './data-years.js';
import { funds } from './funds.js';
import { inactivePairings } from './inactive.js';
import { byLevel, communeCoverage, districtCoverage, householdIndicators, inactiveAreaPairings } from './levels.js';
import { inPeriod, type Period } from './period.js';
import { poverty } from './poverty.js';
import { isVillageActivity, isVillagePairing, rate, unitDisplay } from './rows.js';
import type { Indicators } from './types.js';
import { latestRows } from './villages.js';
import { reporting } from './reporting.js';
import { communeOutcomes, INFRASTRUCTURE_FIELDS, villageOutcomes } from './outcomes.js';
import type { SentSheet } from '../submissions/register.js';
import { DEFAULT_POVERTY_STANDARD_YEARS, DEFAULT_THRESHOLDS } from '../config/defaults.js';

// The report and the commands take these from the indicators stage.
export { activeDuring, isVillagePairing, unitDisplay, unitsWithoutPairing } from './rows.js';
export { fundsSplitByYear } from './funds.js';

export interface IndicatorOptions {
  /** A pairing with fewer activities than this in the period is inactive. Default 1. */
  readonly minActivities?: number;
  /** The years a new national poverty standard took effect (config `povertyStandardYears`). */
  readonly povertyStandardYears?: readonly number[];
  /** The run's memo (util/memo.ts), as reading the files filled it; a fresh one when none is given. */
  readonly memo?: Memo;
  /** The activities sheets as read (titles, row counts): an empty sheet naming its unit and year is a report. */
  readonly sheets?: readonly SentSheet[];
}


export function computeIndicators(dataset: Dataset, period: Period, options: IndicatorOptions = {}): Indicators {
  const memo = options.memo ?? new Memo();
  const lastYear = yearOf(period.to);
  const latest = latestRows(dataset.villages, lastYear, memo);
  const activities = dataset.activities.filter((a) => inPeriod(a.date, period));
  const unitName = unitDisplay(dataset, memo);
  const data = dataYears(dataset, period);
  const levels = byLevel(activities);
  const villages = villageCoverage(dataset, latest, period, memo);
  const districts = districtCoverage(dataset, period, memo);
  const fundFigures = funds(activities, unitName, memo);
  const minActivities = options.minActivities ?? DEFAULT_THRESHOLDS.minActivities;
  const standardYears = options.povertyStandardYears ?? DEFAULT_POVERTY_STANDARD_YEARS;
  const communes = communeOutcomes(dataset, period, standardYears, memo);
  const reported = reporting(dataset, period, options.sheets, memo);
  const activityFigures = activityIndicators(dataset.pairings.filter(isVillagePairing), activities.filter(isVillageActivity), activities, period, reported.reportedYears, minActivities, unitName, memo);
  // SPEC §8's keys come after SPEC §5's: on village-only data the rest of the JSON is unchanged.
  return {
    period: { from: period.from, to: period.to },
    villages: {
      total: latest.length,
      households: sum(latest, (v) => v.households),
      population: sum(latest, (v) => v.population ?? 0),
      extremelyDifficult: latest.filter((v) => v.extremelyDifficult === true).length,
      border: latest.filter((v) => v.border === true).length,
      outcomes: villageOutcomes(dataset, period, standardYears, memo),
    },
    coverage: { ...villages, communes: communeCoverage(dataset, period, memo), ...(districts ? { districts } : {}) },
    funds: { ...fundFigures, byLevel: levels.funds },
    activities: {
      ...activityFigures,
      byLevel: levels.activities,
      inactiveAreaPairings: inactiveAreaPairings(dataset, activities, period, reported.reportedYears, minActivities, unitName, memo),
    },
    poverty: poverty(dataset.villages, period, standardYears),
    data,
    infrastructure: infrastructure(latest),
    households: householdIndicators(dataset.householdPairings, period),
    reporting: { byYear: reported.byYear, unreported: reported.unreported },
    // SPEC §5: only when the programme pairs communes, as coverage.districts only with district pairings.
    ...(communes.length > 0 ? { communes: { outcomes: communes } } : {}),
  };
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += value(item);
  return total;
}

/**
 * @param activities of every level, for the counts by type
 * @param pairings village pairings, judged on `villageActivities`
 */
function activityIndicators(
  pairings: readonly VillagePairingRow[],
  villageActivities: readonly VillageActivityRow[],
  activities: readonly ActivityRow[],
  period: Period,
  reportedYears: (unit: string) => ReadonlySet<number>,
  minActivities: number,
  unitName: (name: string) => string,
  memo: Memo,
): Omit<Indicators['activities'], 'byLevel' | 'inactiveAreaPairings'> {
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
    inactivePairings: inactivePairings(pairings, villageActivities, period, reportedYears, minActivities, unitName, memo),
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
