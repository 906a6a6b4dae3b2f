/**
 * The figures (SPEC §5) of the data files for a period, with the reporting register's
 * summary when the data can tell who reported: `stats`, and the page's third step.
 */
import type { Dataset } from '../model/types.js';
import { computeIndicators } from '../indicators/compute.js';
import type { Indicators } from '../indicators/types.js';
import { registerOf, sentSheets, summaryOf } from '../submissions/summary.js';
import type { Period } from '../values/period.js';
import { prepare, type Prepared, type RunNotes } from './prepare.js';
import type { DataRequest, RunSettings } from './request.js';
import type { Memo } from '../util/memo.js';

export type StatsResult =
  | { readonly ok: false; readonly prepared: Prepared }
  | {
      readonly ok: true;
      readonly prepared: Prepared & { ok: true };
      readonly indicators: Indicators;
      readonly notes: RunNotes;
      /** The data the indicators come from (coverage and the charts are drawn from it too). */
      readonly dataset: Dataset;
    };

export async function stats(request: DataRequest): Promise<StatsResult> {
  const prepared = await prepare(request);
  if (!prepared.ok) return { ok: false, prepared };
  const indicators = figures(prepared.dataset, prepared.period, request.settings, prepared.memo, prepared.load.sheets);
  return { ok: true, prepared, indicators, notes: prepared.notes, dataset: prepared.dataset };
}

/** The indicators of a period, with the config's settings, and the register's summary when there is one. */
export function figures(dataset: Dataset, period: Period, settings: RunSettings, memo: Memo, sheets: Parameters<typeof registerOf>[1]): Indicators {
  const computed = computeIndicators(dataset, period, {
    ...(settings.minActivities ? { minActivities: settings.minActivities } : {}),
    ...(settings.povertyStandardYears ? { povertyStandardYears: settings.povertyStandardYears } : {}),
    memo,
    sheets: sentSheets(sheets),
  });
  const register = registerOf(dataset, sheets, period, memo);
  return register ? { ...computed, submissions: summaryOf(register) } : computed;
}
