/**
 * Coverage (SPEC §5, §8): villages without a partner, most needy first; coverage by commune
 * and of the other levels present; idle units and pairings. The result is the shape
 * `coverage --json` prints and the page draws: data, no words.
 */
import type { Dataset } from '../model/types.js';
import { unitsWithoutPairing } from '../indicators/compute.js';
import { levelsPresent } from '../indicators/levels.js';
import type { AreaPairing, CommuneCoverage, CommuneCoverageLevel, DistrictCoverageLevel, Indicators, InactivePairing, UncoveredVillage } from '../indicators/types.js';
import type { Period } from '../values/period.js';
import type { Prepared, RunNotes } from './prepare.js';
import type { DataRequest } from './request.js';
import { stats } from './stats.js';

export interface CoverageJson {
  period: { from: string; to: string };
  villages: number | null;
  covered: number;
  rate: number | null;
  uncovered: UncoveredVillage[];
  byCommune: CommuneCoverage[];
  /** null when no units sheet was given. */
  unitsWithoutPairing: Array<{ unit: string; level?: string; bloc?: string; ended?: string }> | null;
  inactivePairings: InactivePairing[];
  /** Warnings in the data, and what --allow-errors left out. */
  warnings?: number;
  leftOut?: RunNotes['leftOut'];
  /** SPEC §8, only when the data have commune pairings or a communes sheet. */
  communes?: CommuneCoverageLevel;
  /** SPEC §8, only when the data have district pairings. */
  districts?: DistrictCoverageLevel;
  /** SPEC §8: commune and district pairings with no activity in their area, when there are such pairings. */
  inactiveAreaPairings?: AreaPairing[];
}

export type CoverageResult =
  | { readonly ok: false; readonly prepared: Prepared }
  | {
      readonly ok: true;
      readonly coverage: CoverageJson;
      /** The figures the coverage was taken from (the terminal's tables are drawn from them). */
      readonly indicators: Indicators;
      /** The input had a villages sheet (coverage may still be null: no year of it up to the period's end). */
      readonly villageList: boolean;
      /** Some pairing is with a village, or there are no pairings at all: the village sections are shown. */
      readonly villageLevel: boolean;
      readonly prepared: Prepared & { ok: true };
    };

export async function coverage(request: DataRequest): Promise<CoverageResult> {
  const computed = await stats(request);
  if (!computed.ok) return computed;
  const { dataset, indicators, prepared } = computed;
  const villageLevel = dataset.pairings.length === 0 || dataset.pairings.some((p) => p.targetLevel === 'village');
  return { ok: true, coverage: coverageOf(indicators, dataset, prepared.period, computed.notes), indicators, villageList: dataset.present.villages, villageLevel, prepared };
}

/** The coverage of a run from its figures and the data they were computed from. */
export function coverageOf(ind: Indicators, dataset: Dataset, period: Period, notes: RunNotes): CoverageJson {
  const present = levelsPresent(dataset);
  return {
    period: ind.period,
    villages: ind.coverage.villages,
    covered: ind.coverage.covered,
    rate: ind.coverage.rate,
    uncovered: [...ind.coverage.uncovered],
    byCommune: [...ind.coverage.byCommune],
    unitsWithoutPairing: dataset.present.units ? unitsWithoutPairing(dataset, period) : null,
    inactivePairings: [...ind.activities.inactivePairings],
    warnings: notes.warnings,
    ...(notes.leftOut ? { leftOut: notes.leftOut } : {}),
    ...(present.commune ? { communes: ind.coverage.communes } : {}),
    ...(ind.coverage.districts ? { districts: ind.coverage.districts } : {}),
    ...(present.commune || present.district ? { inactiveAreaPairings: [...ind.activities.inactiveAreaPairings] } : {}),
  };
}
