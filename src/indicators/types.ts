/** The indicators of SPEC §5: the JSON of `stats --json`, and what reports are built from. */
import type { VillageRef } from '../dataset/types.js';
import type { CalendarDate } from '../values/calendar.js';
import type { DataYears } from './data-years.js';
import type { SubmissionsSummary } from '../submissions/summary.js';
import type { ReportingIndicators } from './reporting.js';
import type { CommuneOutcome, VillageOutcome } from './outcomes.js';

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

/** A commune without a commune pairing at the end of the period (SPEC §8). */
export interface UncoveredCommune {
  readonly district?: string;
  readonly commune: string;
  readonly extremelyDifficult: boolean;
  readonly border: boolean;
  readonly minorityCommune: boolean;
  /** Poor households / households (communes sheet, else the sum of its villages); null without households. */
  readonly povertyRate: number | null;
}

export interface CommuneCoverageLevel {
  /** Communes in the list (communes sheet, else villages sheet); null without a list. */
  readonly communes: number | null;
  readonly covered: number;
  readonly rate: number | null;
  /** Units and commune pairings in force at the end of the period. */
  readonly units: number;
  readonly pairings: number;
  readonly uncovered: readonly UncoveredCommune[];
}

export interface DistrictCoverageLevel {
  readonly districts: number | null;
  readonly covered: number;
  readonly rate: number | null;
  readonly units: number;
  readonly pairings: number;
  readonly uncovered: ReadonlyArray<{ readonly district: string }>;
}

export interface HouseholdIndicators {
  /** Pairs in force at some time in the period. */
  readonly pairs: number;
  /** Pairs in force at the end of the period. */
  readonly active: number;
  /** Of the pairs, those whose helped household was poor when paired. */
  readonly helpedPoor: number;
  /** Of those, the ones that left poverty in a year inside the period. */
  readonly exited: number;
  readonly exitRate: number | null;
}

/** A pairing with a whole commune or district that had no activity in its area. */
export interface AreaPairing {
  readonly unit: string;
  readonly targetLevel: 'commune' | 'district';
  readonly district?: string;
  readonly commune?: string;
}

export type LevelKey = 'village' | 'commune' | 'district';

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
    /** What changed in each village within the latest poverty standard (SPEC §5). */
    readonly outcomes: readonly VillageOutcome[];
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
    /** SPEC §8: communes covered by commune pairings. */
    readonly communes: CommuneCoverageLevel;
    /** SPEC §8: only when there are district pairings. */
    readonly districts?: DistrictCoverageLevel;
  };
  readonly funds: {
    readonly cash: number;
    readonly inKind: number;
    readonly total: number;
    readonly byYear: Readonly<Record<string, number>>;
    readonly byType: Readonly<Record<string, number>>;
    readonly bySource: Readonly<Record<string, number>>;
    readonly byUnit: readonly UnitFunds[];
    /** Funds of village, commune and district activities; they add up to `total`. */
    readonly byLevel: Readonly<Record<LevelKey, number>>;
  };
  readonly activities: {
    readonly count: number;
    readonly byType: Readonly<Record<string, { readonly count: number; readonly funds: number }>>;
    /** Share of activities of type visits-gifts, by count; null without activities. */
    readonly giftShare: number | null;
    readonly inactivePairings: readonly InactivePairing[];
    /** Activities of each level; the counts add up to `count`. */
    readonly byLevel: Readonly<Record<LevelKey, { readonly count: number; readonly funds: number }>>;
    /** Commune and district pairings with no activity in their area (village ones are in `inactivePairings`). */
    readonly inactiveAreaPairings: readonly AreaPairing[];
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
  /** Who reported each year (SPEC §5): a year counts for a pairing's judgement only if its unit reported it. */
  readonly reporting: ReportingIndicators;
  /** Only when the programme pairs communes (SPEC §5). */
  readonly communes?: { readonly outcomes: readonly CommuneOutcome[] };
  /** SPEC §8: household pairs. */
  readonly households: HouseholdIndicators;
  /** Who reported (SPEC §9); only when a pairings sheet is given. Added by `stats`, not by computeIndicators. */
  readonly submissions?: SubmissionsSummary;
}
