/**
 * The context's `poverty` section: every year of the period (a year without village rows is
 * "chưa có số liệu", never 0), the stretches under one poverty standard, and the two
 * comparisons the text may state — with the province, and with the year before (annual
 * report) — each only within one standard and past the materiality threshold.
 */
import type { Config } from '../config/schema.js';
import type { Dataset } from '../dataset/types.js';
import { yearPeriod, yearsOf, type Period } from '../indicators/period.js';
import { poverty, standardOf } from '../indicators/poverty.js';
import type { Indicators, PovertySegment, PovertyYear } from '../indicators/types.js';
import { pointsBetween } from '../format/vi.js';
import { yearOf } from '../values/calendar.js';
import type { ReportKind } from './context-types.js';
import { povertySegments, relation, type Relation } from './judgements.js';

/** A trend between two printed rates: past the materiality threshold, or 'same'. */
export type Trend = 'down' | 'up' | 'same';

export type PovertyYearContext = { readonly year: number; readonly hasData: true } & PovertyYear;
export type PovertyGapYear = { readonly year: number; readonly hasData: false; readonly households: null; readonly poor: null; readonly rate: null };

export interface PovertySegmentContext extends PovertySegment {
  readonly oneYear: boolean;
  readonly points: number | null;
  readonly poorChange: number;
  readonly poorFall: number;
  readonly trend: Trend | null;
}

export interface ProvinceComparison {
  /** The province's rate (a fraction) in `year`. */
  readonly rate: number;
  readonly year: number;
  readonly times: number | null;
  readonly relation: Relation;
  readonly points: number;
}

/** The annual report's "so với năm trước", within one poverty standard. */
export interface PreviousPoverty {
  readonly year: number;
  readonly poor: number;
  readonly rate: number;
  readonly points: number;
  readonly poorFall: number;
  readonly poorRise: number;
  readonly trend: Trend;
}

export interface PovertyContext {
  readonly years: ReadonlyArray<PovertyYearContext | PovertyGapYear>;
  readonly first: (PovertyYear & { readonly year: number }) | null;
  readonly last: (PovertyYear & { readonly year: number }) | null;
  readonly segments: readonly PovertySegmentContext[];
  readonly lastSegment: PovertySegmentContext | null;
  readonly standardChanges: readonly number[];
  readonly province: ProvinceComparison | null;
  readonly previous: PreviousPoverty | null;
}

export function povertyContext(ind: Indicators, dataset: Dataset, period: Period, config: Config, kind: ReportKind): PovertyContext {
  const materiality = config.thresholds.materialityPoints;
  const years = yearsOf(period).map((year) => {
    const p = ind.poverty.byYear[String(year)];
    return p ? { year, hasData: true as const, ...p } : { year, hasData: false as const, households: null, poor: null, rate: null };
  });
  const dataYears = years.filter((p) => p.hasData);
  const segments = povertySegments(ind, materiality);
  const standardChanges = config.povertyStandardYears.filter((y) => dataYears.length > 1 && y > dataYears[0]!.year && y <= dataYears[dataYears.length - 1]!.year);
  const last = ind.poverty.last;
  const provinceRate = provincialRate(config, last?.year ?? yearOf(period.to));
  const province =
    provinceRate !== null && last && last.rate !== null
      ? { rate: provinceRate, year: last.year, times: provinceRate > 0 ? last.rate / provinceRate : null, ...relation(last.rate, provinceRate, materiality) }
      : null;
  return {
    years,
    first: ind.poverty.first,
    last,
    segments,
    // The stretch the period ends in: the one the text compares.
    lastSegment: segments[segments.length - 1] ?? null,
    standardChanges,
    province,
    // The annual report's "so với năm trước": the village rows of the year before, whatever the activity rows.
    previous: kind === 'nam' && last ? previousPoverty(last, poverty(dataset.villages, yearPeriod(last.year - 1, last.year - 1), config.povertyStandardYears).last, config) : null,
  };
}

/** The poverty of the period's last year against the last year before the period, when both are under one standard. */
function previousPoverty(last: NonNullable<Indicators['poverty']['last']>, before: Indicators['poverty']['last'], config: Config): PreviousPoverty | null {
  if (!before || last.rate === null || before.rate === null) return null;
  if (standardOf(last.year, config.povertyStandardYears) !== standardOf(before.year, config.povertyStandardYears)) return null;
  const points = pointsBetween(before.rate, last.rate);
  const trend: PreviousPoverty['trend'] = Math.abs(points) < config.thresholds.materialityPoints ? 'same' : points < 0 ? 'down' : 'up';
  return { year: before.year, poor: before.poor, rate: before.rate, points: Math.abs(points), poorFall: before.poor - last.poor, poorRise: last.poor - before.poor, trend };
}

/** The province's poverty rate (a fraction) for a year, from the config's percent. */
function provincialRate(config: Config, year: number): number | null {
  const value = config.provincialPovertyRate;
  if (value === undefined) return null;
  if (typeof value === 'number') return value / 100;
  const exact = value[String(year)];
  return exact === undefined ? null : exact / 100;
}
