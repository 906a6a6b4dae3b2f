/**
 * The report's judgements as coded items (issue 19), like the findings catalogue: each is
 * `{ code, params }`, computed in one place (./assess.ts) from the indicators, and worded by
 * one partial, `templates/partials/judgements/<code>.hbs`. A template lists them with
 * `{{#each judgements.weaknesses}}{{> (judgement code) params}}{{/each}}`; an office changes a
 * sentence by editing its partial, and a test asserts both the item and the sentence.
 */

/** A few names in the body, the rest pointed to in an appendix ("…" never ends a list). */
export interface NamedList<T> {
  readonly count: number;
  readonly first: readonly T[];
  /** How many are not named in the body (0 when all are). */
  readonly more: number;
  /** The appendix that lists them all; null when there is none. */
  readonly appendix: number | null;
}

export interface VillageName {
  readonly village: string;
  readonly communeName: string;
}

export interface PairingName extends VillageName {
  readonly unit: string;
  readonly yearsText: string;
}

export interface UnitYears {
  readonly unit: string;
  readonly yearsText: string;
}

/** What each code's partial is given. */
export interface JudgementParams {
  // Weaknesses (section III), each with its figure.
  'uncovered-villages': NamedList<VillageName>;
  'inactive-pairings': NamedList<PairingName>;
  /** SPEC §8: communes without a partner at the end of the period. */
  'uncovered-communes': NamedList<{ readonly communeName: string }>;
  /** SPEC §8: commune or district pairings with no activity in their area over the years their unit reported. */
  'inactive-area-pairings': NamedList<{ readonly unit: string; readonly place: string }> & { readonly level: 'commune' | 'district' };
  'mostly-gifts': { readonly share: number };
  'many-gifts': { readonly share: number };
  'poverty-above-province': { readonly year: number; readonly rate: number; readonly provinceRate: number; readonly times: number | null };
  // Neither strength nor weakness: said as they are.
  'poverty-same-as-province': { readonly year: number; readonly rate: number; readonly provinceRate: number };
  /** `year` when reports exist for one year only (then the names carry no years). */
  'unreported-units': NamedList<UnitYears> & { readonly year: number | null };
  'reporting-by-year': { readonly years: ReadonlyArray<{ readonly year: number; readonly reported: number; readonly expected: number }> };
  // Directions written from the data (when the config gives none).
  'assign-uncovered-villages': NamedList<VillageName>;
  'assign-uncovered-communes': NamedList<{ readonly communeName: string }>;
  'keep-full-coverage': Record<string, never>;
  'revive-inactive-pairings': NamedList<PairingName>;
  'collect-reports': NamedList<{ readonly unit: string }>;
  'shift-from-gifts': Record<string, never>;
  'review-yearly': Record<string, never>;
  // Đơn vị tiêu biểu (tổng kết).
  'commend-units': CommendParams;
  'no-exemplary-units': { readonly candidates: number };
}

export type JudgementCode = keyof JudgementParams;

export type Judgement = { [C in JudgementCode]: { readonly code: C; readonly params: JudgementParams[C] } }[JudgementCode];

/** Where the proposal to commend goes (SPEC §6): the style's channel, or the config's. */
export type ProposalChannel =
  | { readonly channel: 'party'; readonly committee: string | null }
  /** `own`: the issuer is that Ủy ban nhân dân, so it commends within its authority, not proposing to its own chair. */
  | { readonly channel: 'state'; readonly committee: string | null; readonly own: boolean }
  | { readonly channel: 'config'; readonly to: string };

export interface ExemplaryUnit {
  readonly rank: number;
  readonly unit: string;
  readonly activities: number;
  readonly funds: number;
  readonly yearsInForce: number;
  readonly activitiesPerYear: number;
  readonly fundsPerYear: number;
  /** Share of activities other than visits and gifts, 0..1. */
  readonly livelihoodShare: number;
  readonly villages: number;
  /** Shown beside, never ranked on (SPEC §6): the unit did not earn it alone. */
  readonly povertyFall: number | null;
}

export interface CommendParams {
  readonly units: readonly ExemplaryUnit[];
  readonly proposal: ProposalChannel;
  /** Units that met the conditions, of which `units` are the best `max`. */
  readonly candidates: number;
  /** Some unit has a poverty fall to show beside its figures (village pairings under one standard). */
  readonly povertyShown: boolean;
}

/** The context's `judgements`. */
export interface JudgementsContext {
  readonly weaknesses: readonly Judgement[];
  /** "tương đương" and other comparisons that are neither strength nor weakness. */
  readonly neutral: readonly Judgement[];
  /** Who reported: "năm 2023: 24/30 cơ quan, đơn vị báo cáo", the units that sent nothing. */
  readonly reporting: readonly Judgement[];
  readonly directions: readonly Judgement[];
  /** commend-units or no-exemplary-units (tổng kết). */
  readonly exemplary: Judgement;
}

export function item<C extends JudgementCode>(code: C, params: JudgementParams[C]): Judgement {
  return { code, params } as Judgement;
}

/** The first `shown` of a list, with how many more and where they all are. */
export function namedList<T>(all: readonly T[], shown: number, appendix: number | null): NamedList<T> {
  return { count: all.length, first: all.slice(0, shown), more: Math.max(0, all.length - shown), appendix };
}
