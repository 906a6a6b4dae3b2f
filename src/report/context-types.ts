/**
 * The report context's shape: what a template sees (`ketnghia report --print-context`), one
 * interface per section. templates/README.md documents every key of it, and
 * test/context-doc.test.ts holds the two to each other.
 *
 * Templates run in strict mode, so every key is present; "no value" is null, never absent.
 * Money in whole đồng; rates are fractions 0..1; points are percentage points, unsigned.
 * The document's head, the period, the data years and the conditions sentences are written on
 * are in context-head-types.ts.
 */
import type { CalendarDate } from '../values/calendar.js';
import type { Indicators, InactivePairing, UncoveredVillage, UnitFunds } from '../indicators/types.js';
import type { SubmissionsContext } from '../submissions/summary.js';
import type { DocumentStyle } from './layout.js';
import type { Signer } from './signer.js';
import type { UnitRow } from './units.js';
import type { LevelsContext } from './levels-context.js';
import type { PovertyContext } from './poverty-context.js';
import type { ExemplaryUnit, JudgementsContext } from './judgements/items.js';
import type { ReportingContext } from './judgements/reporting-context.js';
import type { OutcomesContext } from './outcomes-context.js';
import type { DirectiveProposalContext } from './directive.js';
import type { CommunePovertyContext } from './commune-poverty.js';
import type { DocumentContext, ProgrammeContext, CausesContext, PeriodContext, DataContext, HasContext } from './context-head-types.js';

export type ReportKind = 'nam' | 'so-ket' | 'tong-ket';

export type { DocumentContext, ProgrammeContext, CausesContext, PeriodContext, DataContext, HasContext };

type VillageCounts = Omit<Indicators['villages'], 'outcomes'>;
type Coverage = Indicators['coverage'];

export interface VillagesContext extends VillageCounts {
  /** The latest year of village rows up to the period's end; null without any. */
  readonly year: number | null;
}

/**
 * Coverage as the indicators give it (SPEC §5), with the count of uncovered villages. Its
 * `districts` is absent (not null) without district pairings, as in `stats --json`: templates use `levels.district`.
 */
export interface CoverageContext extends Coverage {
  readonly uncoveredCount: number;
}

export interface FundsYear {
  readonly year: string;
  readonly hasData: boolean;
  readonly cash: number | null;
  readonly inKind: number | null;
  readonly total: number | null;
}

export interface FundsSource {
  readonly key: string;
  readonly label: string;
  readonly total: number;
  readonly share: number | null;
}

export interface FundsContext {
  /** The years that hold activities. */
  readonly fromYear: number;
  readonly toYear: number;
  readonly oneYear: boolean;
  readonly cash: number;
  readonly inKind: number;
  readonly total: number;
  /** Every year of the period; a year without activity rows has hasData false and null amounts. */
  readonly years: readonly FundsYear[];
  readonly sources: readonly FundsSource[];
  readonly units: readonly UnitFunds[];
}

export interface ActivityType {
  readonly key: string;
  readonly label: string;
  readonly count: number;
  readonly funds: number;
  readonly share: number | null;
}

export interface InactiveContextPairing extends Omit<InactivePairing, 'district'> {
  readonly district: string | null;
  /** "xã Ia Sao", or the name as written when it carries its kind. */
  readonly communeName: string;
  readonly yearsText: string;
}

export interface ActivitiesContext {
  readonly count: number;
  readonly types: readonly ActivityType[];
  readonly top: ActivityType | null;
  readonly topAlone: boolean;
  readonly giftShare: number | null;
  readonly inactive: readonly InactiveContextPairing[];
  readonly inactiveCount: number;
}

/** The year or stage before, compared only when each of its years holds activity rows. */
export interface PreviousContext {
  readonly fromYear: number;
  readonly toYear: number;
  readonly oneYear: boolean;
  readonly activities: number;
  readonly funds: number;
  /** Units that reported / were expected, each year of the period before (empty without a pairings sheet). */
  readonly reporting: ReadonlyArray<{ readonly year: number; readonly reported: number; readonly expected: number }>;
  readonly activitiesDiff: number;
  readonly fundsDiff: number;
}

/** The number of each appendix present, null for one that is not. */
export interface AppendixContext {
  readonly units: number;
  readonly uncovered: number | null;
  readonly pairings: number | null;
  readonly inactive: number | null;
  readonly missing: number | null;
}

export interface InfrastructureRow {
  readonly key: string;
  readonly label: string;
  readonly phrase: string;
  readonly yes: number;
  readonly of: number;
  readonly rate: number | null;
}

export interface PairingRow {
  readonly unit: string;
  readonly district: string | null;
  readonly commune: string;
  readonly village: string;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate | null;
  /** Ended before the period's end: listed as ended, never as in force at the end. */
  readonly ended: boolean;
  readonly decision: string | null;
}

export interface UncoveredRow extends Omit<UncoveredVillage, 'district'> {
  readonly district: string | null;
}

export interface ReportContext {
  readonly kind: ReportKind;
  readonly style: DocumentStyle;
  readonly isParty: boolean;
  readonly villageTerm: string;
  readonly document: DocumentContext;
  readonly signer: Signer;
  readonly recipients: readonly string[];
  readonly programme: ProgrammeContext;
  /** Tổng kết: whether the directive should continue, be amended or be replaced. */
  readonly directiveProposal: DirectiveProposalContext;
  /** Paragraphs the config gives; they may carry markup (templates insert them with {{{ }}}). */
  readonly leadership: readonly string[];
  readonly causes: CausesContext;
  readonly strengthCauses: readonly string[];
  readonly lessons: readonly string[];
  readonly directions: readonly string[];
  readonly recommendations: readonly string[];
  readonly period: PeriodContext;
  readonly data: DataContext;
  readonly thresholds: { readonly materialityPoints: number; readonly giftShareHigh: number; readonly giftShareMostly: number; readonly timesProvince: number };
  readonly has: HasContext;
  readonly villages: VillagesContext;
  /** "Kết quả tại từng thôn" (SPEC §5): each village's and commune's poverty and gains within the latest standard. */
  readonly outcomes: OutcomesContext;
  readonly coverage: CoverageContext;
  readonly funds: FundsContext;
  readonly units: readonly UnitRow[];
  /** The đơn vị tiêu biểu (SPEC §6), as judgements.exemplary gives them; empty when none qualify. */
  readonly exemplary: readonly ExemplaryUnit[];
  readonly activities: ActivitiesContext;
  readonly poverty: PovertyContext;
  /** Poor households from the communes sheet, for when the villages give none; null without it. */
  readonly communePoverty: CommunePovertyContext | null;
  readonly previous: PreviousContext | null;
  readonly appendix: AppendixContext;
  readonly infrastructure: readonly InfrastructureRow[];
  readonly pairings: readonly PairingRow[];
  readonly uncovered: readonly UncoveredRow[];
  readonly submissions: SubmissionsContext | null;
  /** Who reported each year (SPEC §5). */
  readonly reporting: ReportingContext;
  /** The judgements as coded items, each worded by templates/partials/judgements/<code>.hbs. */
  readonly judgements: JudgementsContext;
  readonly levels: LevelsContext;
}
