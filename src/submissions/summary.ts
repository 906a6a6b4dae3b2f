/**
 * The register as `stats` and `report` use it: from the clean dataset (the rows the figures
 * are computed from), so "số liệu tổng hợp từ báo cáo của X/Y cơ quan, đơn vị" is true of
 * those figures. Nothing at all without a pairings sheet: no unit is then expected.
 */
import type { SheetReport } from '../dataset/load.js';
import type { Dataset } from '../model/types.js';
import { dataYears } from '../model/data-years.js';
import type { Period } from '../values/period.js';
import { yearOf } from '../values/calendar.js';
import { choiceByKey, UNIT_BLOCS } from '../schema/choices.js';
import { buildRegister, type Register, type SentSheet } from './register.js';
import type { Memo } from '../util/memo.js';

/** `stats --json`'s `submissions` (SPEC §9). */
/** The reporting register's count beside the figures (SPEC §9): units expected, units that reported, and the rate. */
export interface SubmissionsSummary {
  readonly expected: number;
  readonly reported: number;
  readonly rate: number | null;
}

/** What a report template sees as `submissions`. */
export interface SubmissionsContext extends SubmissionsSummary {
  readonly missingCount: number;
  readonly missing: ReadonlyArray<{ readonly unit: string; readonly bloc: string | null }>;
}

/** The activities sheets as the register reads them: rows held and what the title says. */
export function sentSheets(sheets: readonly SheetReport[]): SentSheet[] {
  return sheets
    .filter((s) => s.kind === 'activities')
    .map((s) => ({ file: s.file, sheet: s.sheet, rows: s.counts.used + s.counts.rejected, ...(s.title ? { title: s.title } : {}) }));
}

/**
 * Over the years of the period that reports were received for (activity rows, or empty
 * sheets whose title names the year), as inactive pairings are judged: a pairing that ended
 * before the reports begin is not a unit that failed to report. No such year: nothing to say.
 */
export function registerOf(dataset: Dataset, sheets: readonly SheetReport[], period: Period, memo?: Memo): Register | undefined {
  if (!dataset.present.pairings) return undefined;
  const sent = sentSheets(sheets);
  const years = new Set(dataYears(dataset, period).activityYears);
  for (const s of sent) {
    const named = s.rows === 0 && s.title?.reportingUnit ? s.title.years : undefined;
    if (named) for (let y = Math.max(named.from, yearOf(period.from)); y <= Math.min(named.to, yearOf(period.to)); y++) years.add(y);
  }
  if (years.size === 0) return undefined;
  const first = `${Math.min(...years)}-01-01`;
  const last = `${Math.max(...years)}-12-31`;
  return buildRegister({
    period: { from: first > period.from ? first : period.from, to: last < period.to ? last : period.to },
    pairings: dataset.pairings,
    units: dataset.units,
    activities: dataset.activities.map((a) => ({ unit: a.unit, date: a.date, file: a.origin.file, sheet: a.origin.sheet })),
    sheets: sent,
    ...(memo ? { memo } : {}),
  });
}

export function summaryOf(register: Register): SubmissionsSummary {
  return { expected: register.expected, reported: register.reported, rate: register.rate };
}

export function contextOf(register: Register | undefined): SubmissionsContext | null {
  if (!register) return null;
  const missing = register.units
    .filter((u) => u.status === 'missing')
    .map((u) => ({ unit: u.unit, bloc: u.bloc ? (choiceByKey(UNIT_BLOCS, u.bloc)?.label ?? u.bloc) : null }));
  return { ...summaryOf(register), missingCount: missing.length, missing };
}
