/**
 * The one place the report's judgements are made (issue 19): from the indicators and the
 * config's thresholds to coded items (./items.ts), each worded by its own partial. Nothing
 * here writes a sentence; everything here decides whether one is true.
 */
import type { Config } from '../../config/schema.js';
import type { Dataset } from '../../model/types.js';
import type { Period } from '../../values/period.js';
import type { Indicators } from '../../indicators/types.js';
import { nameKey } from '../../text/names.js';
import { yearRanges as yearSpan } from '../../format/years.js';
import { communeName, judgedGiftShare } from '../directions.js';
import type { ProvinceComparison } from '../poverty-context.js';
import type { UnitRow } from '../units.js';
import { exemplaryUnits, isIssuer, proposalChannel } from './commendation.js';
import { item, namedList, type Judgement, type JudgementsContext } from './items.js';

/** "huyện Nam Giang", or the name as written when it carries its kind. */
const districtName = (d: string): string => (/^(huyện|thị xã|thành phố|quận)\s/iu.test(d.trim()) ? d.trim().replace(/^(\S+)/u, (w) => w.toLocaleLowerCase('vi')) : `huyện ${d.trim()}`);

/** How many names a list in the body gives before pointing to its appendix. */
const NAMED_IN_BODY = 5;

export interface AssessInput {
  readonly ind: Indicators;
  readonly dataset: Dataset;
  readonly period: Period;
  readonly config: Config;
  readonly units: readonly UnitRow[];
  readonly province: ProvinceComparison | null;
  /** Appendix numbers of the lists the items point to. */
  readonly appendix: { readonly uncovered: number | null; readonly inactive: number | null; readonly missing: number | null; readonly communes: number | null };
  /** Whether the commune level is present (SPEC §8): only then are uncovered communes a direction. */
  readonly communeLevel: boolean;
  readonly villageCoverage: boolean;
  /** Who reported each year of the period compared with (the year or stage before), said beside the comparison. */
  readonly previousReporting: ReadonlyArray<{ readonly year: number; readonly reported: number; readonly expected: number }>;
}

/** The years each unit reported, from `reporting`: the judged years it was not listed as missing in. */
export function reportedYearsOf(ind: Indicators): (unit: string) => ReadonlySet<number> {
  const all = Object.keys(ind.reporting.byYear).map(Number);
  const missing = new Map(ind.reporting.unreported.map((u) => [nameKey(u.unit, 'unit'), new Set(u.years)]));
  return (unit) => {
    const gaps = missing.get(nameKey(unit, 'unit'));
    return new Set(gaps ? all.filter((y) => !gaps.has(y)) : all);
  };
}

export function assess(input: AssessInput): JudgementsContext {
  const { ind, config, appendix } = input;
  const t = config.thresholds;
  const giftShare = judgedGiftShare(ind);
  const uncovered = input.villageCoverage ? ind.coverage.uncovered.map((u) => ({ village: u.village, communeName: communeName(u.commune) })) : [];
  const inactive = ind.activities.inactivePairings.map((p) => ({ unit: p.unit, village: p.village, communeName: communeName(p.commune), yearsText: yearSpan(p.years) }));
  const unreported = ind.reporting.unreported.map((u) => ({ unit: u.unit, yearsText: yearSpan(u.years) }));
  const reportYears = Object.keys(ind.reporting.byYear);

  const weaknesses: Judgement[] = [];
  if (uncovered.length > 0) weaknesses.push(item('uncovered-villages', namedList(uncovered, NAMED_IN_BODY, appendix.uncovered)));
  if (inactive.length > 0) weaknesses.push(item('inactive-pairings', namedList(inactive, NAMED_IN_BODY, appendix.inactive)));
  // The district tells communes apart only when they lie in more than one.
  const uncoveredCommunes = input.communeLevel ? ind.coverage.communes.uncovered : [];
  const manyDistricts = new Set(uncoveredCommunes.map((c) => c.district ?? '')).size > 1;
  const communes = uncoveredCommunes.map((c) => ({ communeName: communeName(c.commune) + (manyDistricts && c.district ? ` (${districtName(c.district)})` : '') }));
  if (communes.length > 0) weaknesses.push(item('uncovered-communes', namedList(communes, NAMED_IN_BODY, appendix.communes)));
  for (const level of ['commune', 'district'] as const) {
    const idle = ind.activities.inactiveAreaPairings.filter((p) => p.targetLevel === level).map((p) => ({ unit: p.unit, place: level === 'commune' ? communeName(p.commune ?? '') : districtName(p.district ?? '') }));
    if (idle.length > 0) weaknesses.push(item('inactive-area-pairings', { ...namedList(idle, NAMED_IN_BODY, null), level }));
  }
  if (ind.activities.count > 0 && giftShare > t.giftShareMostly) weaknesses.push(item('mostly-gifts', { share: giftShare }));
  else if (ind.activities.count > 0 && giftShare >= t.giftShareHigh) weaknesses.push(item('many-gifts', { share: giftShare }));
  const p = input.province;
  const last = ind.poverty.last;
  if (p && last && last.rate !== null && p.relation === 'above') {
    weaknesses.push(item('poverty-above-province', { year: p.year, rate: last.rate, provinceRate: p.rate, times: p.times !== null && p.times >= t.timesProvince ? p.times : null }));
  }

  const neutral: Judgement[] = [];
  if (p && last && last.rate !== null && p.relation === 'same') neutral.push(item('poverty-same-as-province', { year: p.year, rate: last.rate, provinceRate: p.rate }));

  const reporting: Judgement[] = [];
  // Year by year only when there are years to compare (the period's, or the year before it too):
  // one year's count is the submissions sentence.
  const byYear = [...input.previousReporting, ...reportYears.map((y) => ({ year: Number(y), ...ind.reporting.byYear[y]! }))];
  if (byYear.length > 1) reporting.push(item('reporting-by-year', { years: byYear }));
  if (unreported.length > 0) reporting.push(item('unreported-units', { ...namedList(unreported, NAMED_IN_BODY, appendix.missing), year: reportYears.length === 1 ? Number(reportYears[0]) : null }));

  const directions: Judgement[] = [];
  if (uncovered.length > 0) directions.push(item('assign-uncovered-villages', namedList(uncovered, 8, appendix.uncovered)));
  else if (input.villageCoverage && ind.coverage.rate === 1) directions.push(item('keep-full-coverage', {}));
  if (communes.length > 0) directions.push(item('assign-uncovered-communes', namedList(communes, 8, appendix.communes)));
  if (inactive.length > 0) directions.push(item('revive-inactive-pairings', namedList(inactive, NAMED_IN_BODY, appendix.inactive)));
  // The issuing body does not urge itself to report; the facts above still name it.
  const toCollect = unreported.filter((u) => !isIssuer(u.unit, config.issuingBody));
  if (toCollect.length > 0) directions.push(item('collect-reports', namedList(toCollect.map((u) => ({ unit: u.unit })), NAMED_IN_BODY, appendix.missing)));
  if (ind.activities.count > 0 && giftShare >= t.giftShareHigh) directions.push(item('shift-from-gifts', {}));
  directions.push(item('review-yearly', {}));

  const commendation = exemplaryUnits(input.dataset, input.period, ind, input.units, reportedYearsOf(ind), config);
  const exemplary =
    commendation.units.length > 0
      ? item('commend-units', { units: commendation.units, proposal: proposalChannel(config), candidates: commendation.candidates, povertyShown: commendation.units.some((u) => u.povertyFall !== null) })
      : item('no-exemplary-units', { candidates: commendation.candidates });

  return { weaknesses, neutral, reporting, directions, exemplary };
}
