/**
 * The report context's head (see context-types.ts): the document's header items, the
 * programme, the causes the office writes, the period, the data's years, and the conditions
 * that sentences are written on.
 */
import type { CalendarDate } from '../values/calendar.js';

export interface DocumentContext {
  readonly superiorBody: string;
  readonly issuingBody: string;
  readonly number: string | null;
  readonly place: string | null;
  readonly date: CalendarDate;
  readonly basis: string | null;
  /** The header's lines for the body above (regular capitals), none for a People's Committee (src/report/header.ts). */
  readonly superiorLines: readonly string[];
  /** The issuing body's name in the header, broken into lines by rule (bold capitals). */
  readonly issuingLines: readonly string[];
  /** Width of the rule under the agency name, in percent of the header's left column. */
  readonly agencyRule: number;
}

export interface ProgrammeContext {
  readonly name: string;
  readonly directive: string | null;
  readonly directiveDate: CalendarDate | null;
  readonly directiveYear: number | null;
  readonly issuer: string | null;
  readonly area: string | null;
  /** Counted inclusively from the directive's year, else the period's length. */
  readonly years: number;
}

export interface CausesContext {
  readonly general: readonly string[];
  readonly objective: readonly string[];
  readonly subjective: readonly string[];
}

export interface PeriodContext {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly fromYear: number;
  readonly toYear: number;
  readonly years: number;
  readonly oneYear: boolean;
}

export interface DataContext {
  readonly activityYears: readonly number[];
  readonly villageYears: readonly number[];
  /** "từ năm 2017 đến năm 2020"; null when the data cover the whole period. */
  readonly activityNote: string | null;
  readonly villageNote: string | null;
  readonly missingYears: readonly number[];
  /** The data's first and last years, and whether they begin with the directive (src/report/directive.ts). */
  readonly firstYear: number | null;
  readonly lastYear: number | null;
  readonly fromDirective: boolean;
}

/** The conditions sentences are written on: each true only when the data show it. */
export interface HasContext {
  readonly villages: boolean;
  readonly villageList: boolean;
  readonly units: boolean;
  readonly pairings: boolean;
  readonly activities: boolean;
  readonly funds: boolean;
  readonly fundsTable: boolean;
  readonly typesTable: boolean;
  readonly poverty: boolean;
  readonly povertyTrend: boolean;
  readonly standardChange: boolean;
  readonly infrastructure: boolean;
  readonly coverage: boolean;
  readonly fullCoverage: boolean;
  readonly uncovered: boolean;
  readonly inactive: boolean;
  readonly mostlyGifts: boolean;
  readonly manyGifts: boolean;
  readonly province: boolean;
  readonly povertyAboveProvince: boolean;
  readonly povertySameAsProvince: boolean;
  readonly povertyBelowProvince: boolean;
  readonly povertyTimesProvince: boolean;
  readonly weaknesses: boolean;
  readonly leadership: boolean;
  readonly causes: boolean;
  readonly strengthCauses: boolean;
  readonly lessons: boolean;
  readonly directions: boolean;
  readonly recommendations: boolean;
  readonly previous: boolean;
  readonly exemplary: boolean;
}
