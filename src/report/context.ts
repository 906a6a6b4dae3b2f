/**
 * What a template sees (`ketnghia report --print-context`): the indicators, the config,
 * and the facts sentences are conditioned on, so that a template says only what the
 * data shows. Pure: no clock (the report date is passed in), no files.
 *
 * Templates run in strict mode, so every key is present; "no value" is null, never absent.
 */
import type { Config } from '../config/schema.js';
import type { Dataset } from '../dataset/types.js';
import { activeDuring, fundsSplitByYear, unitDisplay } from '../indicators/compute.js';
import type { Period } from '../indicators/period.js';
import type { Indicators } from '../indicators/types.js';
import { activityTypeLabel, infrastructurePhrase, sourceLabel, villageFieldLabel } from '../labels/labels.js';
import { yearOf, type CalendarDate } from '../values/calendar.js';
import type { SubmissionsContext } from '../submissions/summary.js';

export type ReportKind = 'nam' | 'so-ket' | 'tong-ket';

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
}

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** A share of visits and gifts from which section III names it. */
const MANY_GIFTS = 0.3;
/** A ratio to the provincial poverty rate worth stating as "gấp … lần". */
const TIMES_WORTH_SAYING = 1.5;

function latestVillageYear(dataset: Dataset, toYear: number): number | null {
  let year: number | null = null;
  for (const v of dataset.villages) if (v.year <= toYear && (year === null || v.year > year)) year = v.year;
  return year;
}

export function buildContext(input: ContextInput): Record<string, unknown> {
  const { indicators: ind, config, period, dataset, kind } = input;
  const fromYear = yearOf(period.from);
  const toYear = yearOf(period.to);
  const fundsFrom = Number(Object.entries(ind.funds.byYear).find(([, v]) => v > 0)?.[0] ?? fromYear);
  const fundsTo = Number([...Object.entries(ind.funds.byYear)].reverse().find(([, v]) => v > 0)?.[0] ?? toYear);
  const date = config.date ?? input.today;

  const types = Object.entries(ind.activities.byType)
    .filter(([, v]) => v.count > 0)
    .map(([key, v]) => ({ key, label: activityTypeLabel(key, 'vi'), count: v.count, funds: v.funds, share: share(v.count, ind.activities.count) }))
    .sort((a, b) => b.count - a.count);
  const sources = Object.entries(ind.funds.bySource)
    .filter(([, total]) => total > 0)
    .map(([key, total]) => ({ key, label: sourceLabel(key, 'vi'), total, share: share(total, ind.funds.total) }))
    .sort((a, b) => b.total - a.total);
  const povertyYears = Object.entries(ind.poverty.byYear).map(([year, p]) => ({ year: Number(year), ...p }));
  const standardChange = config.povertyStandardYears.find((y) => povertyYears.length > 1 && y > povertyYears[0]!.year && y <= povertyYears[povertyYears.length - 1]!.year) ?? null;
  const province = provincialRate(config, ind.poverty.last?.year ?? toYear);
  const lastRate = ind.poverty.last?.rate ?? null;

  const infrastructure = Object.entries(ind.infrastructure).map(([key, v]) => ({
    key,
    label: villageFieldLabel(key, 'vi'),
    phrase: infrastructurePhrase(key),
    yes: v.yes,
    of: v.of,
    rate: share(v.yes, v.of),
  }));
  const unitName = unitDisplay(dataset);
  const pairings = dataset.pairings
    .filter((p) => activeDuring(p, period))
    .map((p) => ({ unit: unitName(p.unit), district: p.district ?? null, commune: p.commune, village: p.village, startDate: p.startDate, endDate: p.endDate ?? null, decision: p.decision ?? null }))
    .sort((a, b) => a.commune.localeCompare(b.commune, 'vi') || a.village.localeCompare(b.village, 'vi') || a.unit.localeCompare(b.unit, 'vi'));

  return {
    kind,
    style: config.style,
    isParty: config.style === 'dang',
    document: {
      superiorBody: config.superiorBody,
      issuingBody: config.issuingBody,
      number: config.documentNumber || null,
      place: config.place || null,
      date,
    },
    signer: config.signer,
    recipients: config.recipients,
    programme: {
      name: config.programme.name,
      directive: config.programme.directive || null,
      directiveDate: config.programme.directiveDate ?? null,
      issuer: config.programme.issuer || null,
      area: config.programme.area || null,
      // "tổng kết 15 năm": counted from the directive when there is one, else the period.
      years: config.programme.directiveDate ? toYear - yearOf(config.programme.directiveDate) : toYear - fromYear + 1,
    },
    leadership: config.leadership,
    causes: config.causes,
    directions: config.directions,
    recommendations: config.recommendations,
    period: { from: period.from, to: period.to, fromYear, toYear, years: toYear - fromYear + 1, oneYear: fromYear === toYear },
    has: {
      villages: dataset.present.villages && ind.villages.total > 0,
      villageList: dataset.present.villages,
      units: dataset.present.units,
      pairings: dataset.present.pairings,
      activities: ind.activities.count > 0,
      funds: ind.funds.total > 0,
      poverty: povertyYears.length > 0,
      povertyTrend: povertyYears.length > 1,
      infrastructure: infrastructure.length > 0,
      coverage: ind.coverage.villages !== null && ind.coverage.villages > 0,
      uncovered: ind.coverage.uncovered.length > 0,
      inactive: ind.activities.inactivePairings.length > 0,
      mostlyGifts: (ind.activities.giftShare ?? 0) > 0.5,
      // Not "mostly", yet a large share: still the weakness reviews name.
      manyGifts: (ind.activities.giftShare ?? 0) >= MANY_GIFTS && (ind.activities.giftShare ?? 0) <= 0.5,
      province: province !== null && lastRate !== null,
      povertyAboveProvince: province !== null && lastRate !== null && lastRate > province,
      // "gấp 1,5 lần" only when it is; a rate barely above the province's is "cao hơn".
      povertyTimesProvince: province !== null && province > 0 && lastRate !== null && lastRate / province >= TIMES_WORTH_SAYING,
      leadership: config.leadership.length > 0,
      causes: config.causes.length > 0,
      directions: config.directions.length > 0,
      recommendations: config.recommendations.length > 0,
    },
    // The year the village figures come from: each village's latest year up to the period's end.
    villages: { ...ind.villages, year: latestVillageYear(dataset, toYear) },
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
    activities: {
      count: ind.activities.count,
      types,
      top: types[0] && types[0].count > 0 ? types[0] : null,
      giftShare: ind.activities.giftShare,
      inactive: ind.activities.inactivePairings.map((p) => ({ district: p.district ?? null, ...p })),
      inactiveCount: ind.activities.inactivePairings.length,
    },
    poverty: {
      years: povertyYears,
      first: ind.poverty.first,
      last: ind.poverty.last,
      change: ind.poverty.change,
      trend: ind.poverty.first && ind.poverty.last ? (ind.poverty.last.poor < ind.poverty.first.poor ? 'down' : ind.poverty.last.poor > ind.poverty.first.poor ? 'up' : 'same') : null,
      poorChange: ind.poverty.first && ind.poverty.last ? ind.poverty.last.poor - ind.poverty.first.poor : null,
      standardChange,
      province:
        province !== null && lastRate !== null
          ? { rate: province, times: province > 0 ? lastRate / province : null, above: lastRate > province }
          : null,
    },
    infrastructure,
    pairings,
    uncovered: ind.coverage.uncovered.map((u) => ({ district: u.district ?? null, ...u })),
    submissions: input.submissions ?? null,
  };
}

/** The province's poverty rate (a fraction) for a year, from the config's percent. */
function provincialRate(config: Config, year: number): number | null {
  const value = config.provincialPovertyRate;
  if (value === undefined) return null;
  if (typeof value === 'number') return value / 100;
  const exact = value[String(year)];
  return exact === undefined ? null : exact / 100;
}
