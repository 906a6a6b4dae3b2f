/**
 * Tổng kết framing (SPEC §6): the years the data hold, so a results heading never claims
 * more years than the data ("Kết quả thực hiện (số liệu 2019–2023)"), and the proposal on
 * the directive — continue, amend or replace — from the config, else chosen from the data
 * and worded as a proposal the office can sign.
 */
import type { Config } from '../config/schema.js';

export type DirectiveDecision = 'tiep-tuc' | 'sua-doi' | 'thay-the';

export interface DirectiveProposalContext {
  /** What is proposed; null without a directive or when the config writes its own sentence. */
  readonly decision: DirectiveDecision | null;
  /** The config's own sentence, printed as written; null when a decision is worded by the template. */
  readonly text: string | null;
  /** Whether the config chose (else the data did). */
  readonly fromConfig: boolean;
}

export interface DataSpanContext {
  /** The first and last years inside the period that hold activity or village rows; null without any. */
  readonly firstYear: number | null;
  readonly lastYear: number | null;
  /** Whether the data begin in the directive's year (or earlier): only then may a heading say "sau N năm". */
  readonly fromDirective: boolean;
}

const DECISIONS: readonly string[] = ['tiep-tuc', 'sua-doi', 'thay-the'];

/** A directive older than this, with weaknesses still shown, is proposed for amendment rather than continued as is. */
export const AMEND_AFTER_YEARS = 10;

export function dataSpan(years: readonly number[], directiveYear: number | null): DataSpanContext {
  if (years.length === 0) return { firstYear: null, lastYear: null, fromDirective: false };
  const firstYear = Math.min(...years);
  return { firstYear, lastYear: Math.max(...years), fromDirective: directiveYear !== null && firstYear <= directiveYear };
}

export function directiveProposal(config: Config, programmeYears: number, weaknesses: boolean): DirectiveProposalContext {
  const given = config.directiveProposal?.trim();
  if (given) {
    return DECISIONS.includes(given) ? { decision: given as DirectiveDecision, text: null, fromConfig: true } : { decision: null, text: given, fromConfig: true };
  }
  if (!config.programme.directive.trim()) return { decision: null, text: null, fromConfig: false };
  // Replacing a directive is the cấp ủy's own political judgement: never proposed from figures alone.
  return { decision: weaknesses && programmeYears >= AMEND_AFTER_YEARS ? 'sua-doi' : 'tiep-tuc', text: null, fromConfig: false };
}
