/**
 * What a template sees (`ketnghia report --print-context`): the indicators, the config,
 * and the facts sentences are conditioned on, so that a template says only what the
 * data shows. Pure: no clock (the report date is passed in), no files. Its shape is
 * context-types.ts; the poverty and levels sections are built in their own modules.
 *
 * Templates run in strict mode, so every key is present; "no value" is null, never absent.
 */
import type { Config } from '../config/schema.js';
import type { Dataset } from '../dataset/types.js';
import { activeDuring, fundsSplitByYear, isVillagePairing, unitDisplay } from '../indicators/compute.js';
import { levelsContext } from './levels-context.js';
import { latestVillageYear } from '../indicators/villages.js';
import { yearsOf, type Period } from '../indicators/period.js';
import { previousPeriod, yearSpan, yearsNote } from './judgements.js';
import { signerFor } from './signer.js';
import { unitRows } from './units.js';
import { assess } from './judgements/assess.js';
import { reportingContext } from './judgements/reporting-context.js';
import { outcomesContext } from './outcomes-context.js';
import { documentContext } from './header.js';
import { dataSpan, directiveProposal } from './directive.js';
import { communePoverty } from './commune-poverty.js';
import type { Indicators } from '../indicators/types.js';
import { activityTypeLabel, infrastructurePhrase, sourceLabel, villageFieldLabel } from '../labels/labels.js';
import { yearOf, type CalendarDate } from '../values/calendar.js';
import type { SubmissionsContext } from '../submissions/summary.js';
import type { SentSheet } from '../submissions/register.js';
import type { AppendixContext, ReportContext, ReportKind } from './context-types.js';
import { communeName, recipientsFor } from './directions.js';
import { povertyContext } from './poverty-context.js';

export type { ReportContext, ReportKind } from './context-types.js';

export const REPORT_KINDS: readonly ReportKind[] = ['nam', 'so-ket', 'tong-ket'];

export interface ContextInput {
  readonly kind: ReportKind;
  readonly indicators: Indicators;
  readonly dataset: Dataset;
  readonly period: Period;
  readonly config: Config;
  /** The report's date when the config gives none. */
  readonly today: CalendarDate;
  /** Who reported (SPEC §9); absent or null without a pairings sheet, and the report then says nothing of it. */
  readonly submissions?: SubmissionsContext | null;
  /** The activities sheets as read: an empty sheet naming its unit and year is a report (SPEC §5). */
  readonly sheets?: readonly SentSheet[];
}

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

export function buildContext(input: ContextInput): ReportContext {
  const { indicators: ind, config, period, dataset, kind } = input;
  const fromYear = yearOf(period.from);
  const toYear = yearOf(period.to);
  const activityYears = ind.data.activityYears;
  const fundsFrom = activityYears[0] ?? fromYear;
  const fundsTo = activityYears[activityYears.length - 1] ?? toYear;
  const date = config.date ?? input.today;
  const materiality = config.thresholds.materialityPoints;

  const types = Object.entries(ind.activities.byType)
    .filter(([, v]) => v.count > 0)
    .map(([key, v]) => ({ key, label: activityTypeLabel(key, 'vi'), count: v.count, funds: v.funds, share: share(v.count, ind.activities.count) }))
    .sort((a, b) => b.count - a.count);
  const sources = Object.entries(ind.funds.bySource)
    .filter(([, total]) => total > 0)
    .map(([key, total]) => ({ key, label: sourceLabel(key, 'vi'), total, share: share(total, ind.funds.total) }))
    .sort((a, b) => b.total - a.total);
  const poverty = povertyContext(ind, dataset, period, config, kind);
  const povertyDataYears = poverty.years.filter((p) => p.hasData);
  const province = poverty.province;

  const infrastructure = Object.entries(ind.infrastructure).map(([key, v]) => ({
    key,
    label: villageFieldLabel(key, 'vi'),
    phrase: infrastructurePhrase(key),
    yes: v.yes,
    of: v.of,
    rate: share(v.yes, v.of),
  }));
  const unitName = unitDisplay(dataset);
  // The appendix's list of village pairings; commune and district ones have their own (partials/cap-xa.hbs).
  const pairings = dataset.pairings
    .filter(isVillagePairing)
    .filter((p) => activeDuring(p, period))
    .map((p) => ({ unit: unitName(p.unit), district: p.district ?? null, commune: p.commune, village: p.village, startDate: p.startDate, endDate: p.endDate ?? null, ended: p.endDate !== undefined && p.endDate < period.to, decision: p.decision ?? null }))
    .sort((a, b) => a.commune.localeCompare(b.commune, 'vi') || a.village.localeCompare(b.village, 'vi') || a.unit.localeCompare(b.unit, 'vi'));
  const units = unitRows(dataset, period, ind, config.povertyStandardYears);
  const signer = signerFor(config);
  const inactive = ind.activities.inactivePairings.map((p) => ({ district: p.district ?? null, ...p, communeName: communeName(p.commune), yearsText: yearSpan(p.years) }));
  const causes = Array.isArray(config.causes) ? { general: config.causes, objective: [] as string[], subjective: [] as string[] } : { general: [] as string[], ...config.causes };
  const directiveYear = config.programme.directiveDate ? yearOf(config.programme.directiveDate) : null;
  const previous = previousPeriod(kind, dataset, period, config, input.sheets);
  const term = config.villageTerm.trim() || 'thôn, làng';

  const appendix = appendixNumbers(ind, pairings.length, Math.max(input.submissions?.missingCount ?? 0, ind.reporting.unreported.length));
  const programmeYears = directiveYear !== null ? toYear - directiveYear + 1 : toYear - fromYear + 1;
  // Not when every pairing is with a whole commune or district: nothing is said of villages then (SPEC §8).
  const hasCoverage = ind.coverage.villages !== null && ind.coverage.villages > 0 && (dataset.pairings.length === 0 || dataset.pairings.some(isVillagePairing));
  const levels = levelsContext(ind, dataset, period, Math.max(...Object.values(appendix).map((n) => n ?? 0)));
  const judgements = assess({
    ind, dataset, period, config, units, province,
    appendix: { uncovered: appendix.uncovered, inactive: appendix.inactive, missing: appendix.missing, communes: levels.commune?.appendix ?? null },
    communeLevel: levels.commune !== null,
    previousReporting: previous?.reporting ?? [],
    villageCoverage: hasCoverage,
  });
  const exemplary = judgements.exemplary.code === 'commend-units' ? judgements.exemplary.params.units : [];

  return {
    kind,
    style: config.style,
    isParty: config.style === 'dang',
    villageTerm: term,
    document: documentContext(config, date),
    signer,
    recipients: recipientsFor(config),
    programme: {
      name: config.programme.name,
      directive: config.programme.directive || null,
      directiveDate: config.programme.directiveDate ?? null,
      directiveYear,
      issuer: config.programme.issuer || null,
      area: config.programme.area || null,
      // "tổng kết 15 năm": counted inclusively from the directive (2004 → 2018 is 15 years), else the period.
      years: programmeYears,
    },
    directiveProposal: directiveProposal(config, programmeYears, judgements.weaknesses.length > 0),
    leadership: config.leadership,
    causes,
    strengthCauses: config.strengthCauses,
    lessons: config.lessons,
    directions: config.directions,
    recommendations: config.recommendations,
    period: { from: period.from, to: period.to, fromYear, toYear, years: toYear - fromYear + 1, oneYear: fromYear === toYear },
    data: {
      activityYears,
      villageYears: ind.data.villageYears,
      activityNote: yearsNote(period, activityYears),
      villageNote: yearsNote(period, ind.data.villageYears),
      missingYears: yearsOf(period).filter((y) => !activityYears.includes(y) && !ind.data.villageYears.includes(y)),
      ...dataSpan([...activityYears, ...ind.data.villageYears], directiveYear),
    },
    thresholds: { materialityPoints: materiality, giftShareHigh: config.thresholds.giftShareHigh, giftShareMostly: config.thresholds.giftShareMostly, timesProvince: config.thresholds.timesProvince },
    has: {
      villages: dataset.present.villages && ind.villages.total > 0,
      villageList: dataset.present.villages,
      units: dataset.present.units,
      pairings: dataset.present.pairings,
      activities: ind.activities.count > 0,
      funds: ind.funds.total > 0,
      // A table or chart of one row says less than a sentence: both need two years or types.
      fundsTable: activityYears.length > 1,
      typesTable: types.length > 1,
      poverty: povertyDataYears.length > 0,
      povertyTrend: povertyDataYears.length > 1,
      standardChange: poverty.standardChanges.length > 0,
      infrastructure: infrastructure.length > 0,
      coverage: hasCoverage,
      fullCoverage: hasCoverage && ind.coverage.rate === 1,
      uncovered: ind.coverage.uncovered.length > 0,
      inactive: inactive.length > 0,
      mostlyGifts: judgements.weaknesses.some((j) => j.code === 'mostly-gifts'),
      // Not "mostly", yet a large share: still the weakness reviews name.
      manyGifts: judgements.weaknesses.some((j) => j.code === 'many-gifts'),
      province: province !== null,
      povertyAboveProvince: province?.relation === 'above',
      povertySameAsProvince: province?.relation === 'same',
      povertyBelowProvince: province?.relation === 'below',
      // "gấp 1,5 lần" only when it is; a rate barely above the province's is "cao hơn".
      povertyTimesProvince: judgements.weaknesses.some((j) => j.code === 'poverty-above-province' && j.params.times !== null),
      // SPEC §8: uncovered communes and idle commune or district pairings are weaknesses too.
      weaknesses: judgements.weaknesses.length > 0,
      leadership: config.leadership.length > 0,
      causes: causes.general.length + causes.objective.length + causes.subjective.length > 0,
      strengthCauses: config.strengthCauses.length > 0,
      lessons: config.lessons.length > 0,
      directions: config.directions.length > 0,
      recommendations: config.recommendations.length > 0,
      previous: previous !== null,
      exemplary: exemplary.length > 0,
    },
    // The year the village figures come from: each village's latest year up to the period's end.
    villages: { total: ind.villages.total, households: ind.villages.households, population: ind.villages.population, extremelyDifficult: ind.villages.extremelyDifficult, border: ind.villages.border, year: latestVillageYear(dataset.villages, toYear) },
    outcomes: outcomesContext(kind, dataset, period, config),
    coverage: { ...ind.coverage, uncoveredCount: ind.coverage.uncovered.length },
    funds: {
      // The years that hold activities: "(số liệu từ năm 2017 đến năm 2020)".
      fromYear: fundsFrom,
      toYear: fundsTo,
      oneYear: fundsFrom === fundsTo,
      cash: ind.funds.cash,
      inKind: ind.funds.inKind,
      total: ind.funds.total,
      years: fundsSplitByYear(dataset, period),
      sources,
      units: ind.funds.byUnit,
    },
    units,
    exemplary,
    activities: {
      count: ind.activities.count,
      types,
      top: types[0] && types[0].count > 0 ? types[0] : null,
      // "nhiều nhất là …" only when one type leads alone.
      topAlone: types.length === 1 || (types[0] !== undefined && types[1] !== undefined && types[0].count > types[1].count),
      giftShare: ind.activities.giftShare,
      inactive,
      inactiveCount: inactive.length,
    },
    poverty,
    communePoverty: communePoverty(dataset, period, config.povertyStandardYears, materiality),
    previous: previous && {
      ...previous,
      activitiesDiff: ind.activities.count - previous.activities,
      fundsDiff: ind.funds.total - previous.funds,
    },
    appendix,
    infrastructure,
    pairings,
    uncovered: ind.coverage.uncovered.map((u) => ({ district: u.district ?? null, ...u })),
    submissions: input.submissions ?? null,
    reporting: reportingContext(ind, dataset),
    judgements,
    // The §8 appendices come after every one phu-luc.hbs numbers.
    levels,
  };
}

/** Appendix numbers, so the text cites "Phụ lục 3" only when it exists and is the third. */
function appendixNumbers(ind: Indicators, pairings: number, missingReports: number): AppendixContext {
  let next = 2;
  const take = (present: boolean) => (present ? next++ : null);
  return {
    units: 1,
    uncovered: take(ind.coverage.uncovered.length > 0),
    pairings: take(pairings > 0),
    inactive: take(ind.activities.inactivePairings.length > 0),
    missing: take(missingReports > 0),
  };
}
