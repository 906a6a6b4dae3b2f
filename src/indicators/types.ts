/** The indicators of SPEC §5: the JSON of `stats --json`, and what reports are built from. */
import type { CalendarDate } from '../values/calendar.js';
import type { DataYears } from './data-years.js';
import type { SubmissionsSummary } from '../submissions/summary.js';

export interface VillageRef {
  readonly district?: string;
  readonly commune: string;
  readonly village: string;
}

export interface UncoveredVillage extends VillageRef {
  readonly extremelyDifficult: boolean;
  readonly border: boolean;
  /** Poor households / households of the village's latest year; null without households. */
  readonly povertyRate: number | null;
}

export interface CommuneCoverage {
  readonly district?: string;
  readonly commune: string;
  readonly villages: number;
  readonly covered: number;
  readonly rate: number | null;
}

export interface UnitFunds {
  readonly unit: string;
  readonly total: number;
  readonly activities: number;
  readonly villages: number;
}

export interface InactivePairing extends VillageRef {
  readonly unit: string;
  /** The years it was judged over: in force and with activity data (SPEC §5). */
  readonly years: readonly number[];
}

export interface PovertyYear {
  readonly households: number;
  readonly poor: number;
  readonly rate: number | null;
}

/** One stretch of years under one national poverty standard (SPEC §5 `poverty.segments`). */
export interface PovertySegment {
  readonly from: number;
  readonly to: number;
  readonly first: PovertyYear & { readonly year: number };
  readonly last: PovertyYear & { readonly year: number };
  /** last.rate − first.rate; null when either is missing or the stretch holds one year. */
  readonly change: number | null;
}

export interface Indicators {
  readonly period: { readonly from: CalendarDate; readonly to: CalendarDate };
  readonly villages: {
    readonly total: number;
    readonly households: number;
    readonly population: number;
    readonly extremelyDifficult: number;
    readonly border: number;
  };
  readonly coverage: {
    /** Villages in the list; null when no villages sheet was given (no coverage claim). */
    readonly villages: number | null;
    readonly covered: number;
    readonly rate: number | null;
    readonly units: number;
    readonly pairings: number;
    readonly uncovered: readonly UncoveredVillage[];
    readonly byCommune: readonly CommuneCoverage[];
  };
  readonly funds: {
    readonly cash: number;
    readonly inKind: number;
    readonly total: number;
    readonly byYear: Readonly<Record<string, number>>;
    readonly byType: Readonly<Record<string, number>>;
    readonly bySource: Readonly<Record<string, number>>;
    readonly byUnit: readonly UnitFunds[];
  };
  readonly activities: {
    readonly count: number;
    readonly byType: Readonly<Record<string, { readonly count: number; readonly funds: number }>>;
    /** Share of activities of type visits-gifts, by count; null without activities. */
    readonly giftShare: number | null;
    readonly inactivePairings: readonly InactivePairing[];
  };
  readonly poverty: {
    readonly byYear: Readonly<Record<string, PovertyYear>>;
    readonly first: (PovertyYear & { readonly year: number }) | null;
    readonly last: (PovertyYear & { readonly year: number }) | null;
    /** last.rate − first.rate; null when either is missing. */
    readonly change: number | null;
    readonly segments: readonly PovertySegment[];
  };
  /** The years of the period the workbooks hold activity and village rows for. */
  readonly data: DataYears;
  readonly infrastructure: Readonly<Record<string, { readonly yes: number; readonly of: number }>>;
  /** Who reported (SPEC §9); only when a pairings sheet is given. Added by `stats`, not by computeIndicators. */
  readonly submissions?: SubmissionsSummary;
}
