/**
 * What a template sees (`ketnghia report --print-context`): the indicators, the config,
 * and the facts sentences are conditioned on, so that a template says only what the
 * data shows. Pure: no clock (the report date is passed in), no files.
 *
 * Templates run in strict mode, so every key is present; "no value" is null, never absent.
 */
import type { Config } from '../config/schema.js';
import type { Dataset } from '../dataset/types.js';
import { activeDuring, computeIndicators, fundsSplitByYear, unitDisplay } from '../indicators/compute.js';
import { dataYears } from '../indicators/data-years.js';
import { yearPeriod, yearsOf, type Period } from '../indicators/period.js';
import { povertySegments, relation, yearSpan, yearsNote } from './judgements.js';
import { standardOf } from '../indicators/poverty.js';
import { pointsBetween } from '../format/vi.js';
import { signerFor } from './signer.js';
import { exemplaryUnits, unitRows } from './units.js';
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
  // Every year of the period; a year without village rows is "chưa có số liệu", never 0.
  const povertyYears = yearsOf(period).map((year) => {
    const p = ind.poverty.byYear[String(year)];
    return p ? { year, hasData: true, ...p } : { year, hasData: false, households: null, poor: null, rate: null };
  });
  const povertyDataYears = povertyYears.filter((p) => p.hasData);
  const segments = povertySegments(ind, materiality);
  const standardChanges = config.povertyStandardYears.filter((y) => povertyDataYears.length > 1 && y > povertyDataYears[0]!.year && y <= povertyDataYears[povertyDataYears.length - 1]!.year);
  const provinceRate = provincialRate(config, ind.poverty.last?.year ?? toYear);
  const lastRate = ind.poverty.last?.rate ?? null;
  const province = provinceRate !== null && lastRate !== null ? { rate: provinceRate, year: ind.poverty.last!.year, times: provinceRate > 0 ? lastRate / provinceRate : null, ...relation(lastRate, provinceRate, materiality) } : null;

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
  const units = unitRows(dataset, period, ind, config.povertyStandardYears);
  const exemplary = exemplaryUnits(units, config.thresholds.exemplaryUnits);
  const signer = signerFor(config);
  const giftShare = ind.activities.giftShare ?? 0;
  const inactive = ind.activities.inactivePairings.map((p) => ({ district: p.district ?? null, ...p, communeName: communeName(p.commune), yearsText: yearSpan(p.years) }));
  const causes = Array.isArray(config.causes) ? { general: config.causes, objective: [] as string[], subjective: [] as string[] } : { general: [] as string[], ...config.causes };
  const directiveYear = config.programme.directiveDate ? yearOf(config.programme.directiveDate) : null;
  const previous = previousPeriod(kind, dataset, period, config);
  const term = config.villageTerm.trim() || 'thôn, làng';

  return {
    kind,
    style: config.style,
    isParty: config.style === 'dang',
    villageTerm: term,
    document: {
      superiorBody: config.superiorBody,
      issuingBody: config.issuingBody,
      number: config.documentNumber || null,
      place: config.place || null,
      date,
      basis: config.basis || null,
      // ND30: the line under the agency name is 1/3–1/2 of the name's width (here ~40 %),
      // as a share of the header's left column (38 % of 165 mm), from the name's length in 13 pt capitals.
      agencyRule: Math.max(10, Math.min(50, Math.round((0.4 * Math.min(config.issuingBody.length * 2.9, 62)) / 62 * 100))),
    },
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
      years: directiveYear !== null ? toYear - directiveYear + 1 : toYear - fromYear + 1,
    },
    leadership: config.leadership,
    causes,
    strengthCauses: config.strengthCauses,
    lessons: config.lessons,
    directions: config.directions,
    defaultDirections: defaultDirections(ind, inactive.length, giftShare, term),
    recommendations: config.recommendations,
    period: { from: period.from, to: period.to, fromYear, toYear, years: toYear - fromYear + 1, oneYear: fromYear === toYear },
    data: {
      activityYears,
      villageYears: ind.data.villageYears,
      activityNote: yearsNote(period, activityYears),
      villageNote: yearsNote(period, ind.data.villageYears),
      missingYears: yearsOf(period).filter((y) => !activityYears.includes(y) && !ind.data.villageYears.includes(y)),
    },
    thresholds: { materialityPoints: materiality },
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
      standardChange: standardChanges.length > 0,
      infrastructure: infrastructure.length > 0,
      coverage: ind.coverage.villages !== null && ind.coverage.villages > 0,
      fullCoverage: ind.coverage.rate === 1,
      uncovered: ind.coverage.uncovered.length > 0,
      inactive: inactive.length > 0,
      mostlyGifts: giftShare > 0.5,
      // Not "mostly", yet a large share: still the weakness reviews name.
      manyGifts: giftShare >= MANY_GIFTS && giftShare <= 0.5,
      province: province !== null,
      povertyAboveProvince: province?.relation === 'above',
      povertySameAsProvince: province?.relation === 'same',
      povertyBelowProvince: province?.relation === 'below',
      // "gấp 1,5 lần" only when it is; a rate barely above the province's is "cao hơn".
      povertyTimesProvince: province?.relation === 'above' && province.times !== null && province.times >= TIMES_WORTH_SAYING,
      weaknesses: ind.coverage.uncovered.length > 0 || inactive.length > 0 || giftShare >= MANY_GIFTS || province?.relation === 'above',
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
    poverty: {
      years: povertyYears,
      first: ind.poverty.first,
      last: ind.poverty.last,
      segments,
      // The stretch the period ends in: the one the text compares.
      lastSegment: segments[segments.length - 1] ?? null,
      standardChanges,
      province,
      // The annual report's "so với năm trước": the village rows of the year before, whatever the activity rows.
      previous: kind === 'nam' && ind.poverty.last ? previousPoverty(ind.poverty.last, computeIndicators(dataset, yearPeriod(ind.poverty.last.year - 1, ind.poverty.last.year - 1)).poverty.last, config) : null,
    },
    previous: previous && {
      ...previous,
      activitiesDiff: ind.activities.count - previous.activities,
      fundsDiff: ind.funds.total - previous.funds,
    },
    appendix: appendixNumbers(ind, pairings.length, input.submissions?.missingCount ?? 0),
    infrastructure,
    pairings,
    uncovered: ind.coverage.uncovered.map((u) => ({ district: u.district ?? null, ...u })),
    submissions: input.submissions ?? null,
  };
}

/** Appendix numbers, so the text cites "Phụ lục 3" only when it exists and is the third. */
function appendixNumbers(ind: Indicators, pairings: number, missingReports: number) {
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

/** Recipients as the style writes them: State style ends each with ";" and the last "- Lưu: VT, …". */
function recipientsFor(config: Config): string[] {
  if (config.style === 'dang') return config.recipients;
  return config.recipients.map((r, i, all) => {
    const text = r.trim().replace(/[,;.]+$/, '');
    if (i === all.length - 1) return /^-\s*Lưu/i.test(text) ? `${text.replace(/^-\s*Lưu:?\s*/i, '- Lưu: ')}.` : `${text};`;
    return `${text};`;
  });
}

/** "xã Ia Sao" from "Ia Sao"; a name already carrying its kind ("Xã Chư Băh", "Phường Đoàn Kết") is written as is. */
function communeName(commune: string): string {
  return /^(xã|phường|thị trấn)\s/iu.test(commune.trim()) ? commune.trim().replace(/^(\S+)/u, (w) => w.toLocaleLowerCase('vi')) : `xã ${commune.trim()}`;
}

/** Directions written from the data when the config gives none: name what needs doing. */
function defaultDirections(ind: Indicators, inactiveCount: number, giftShare: number, term: string): string[] {
  const directions: string[] = [];
  const uncovered = ind.coverage.uncovered;
  if (uncovered.length > 0) {
    const names = uncovered.slice(0, 8).map((u) => `${u.village} (${communeName(u.commune)})`).join(', ');
    directions.push(`Phân công cơ quan, đơn vị kết nghĩa với ${uncovered.length} ${term} chưa có đơn vị kết nghĩa: ${names}${uncovered.length > 8 ? ' và các ' + term + ' khác tại Phụ lục 2' : ''}.`);
  } else if (ind.coverage.rate === 1) {
    directions.push(`Duy trì 100% ${term} có cơ quan, đơn vị kết nghĩa; kịp thời phân công đơn vị thay thế khi có thay đổi về tổ chức.`);
  }
  if (inactiveCount > 0) {
    const names = ind.activities.inactivePairings.slice(0, 5).map((p) => `${p.unit} với ${p.village}`).join('; ');
    directions.push(`Chỉ đạo ${inactiveCount} cặp kết nghĩa chưa có hoạt động (${names}${inactiveCount > 5 ? '; …' : ''}) xây dựng kế hoạch và tổ chức hoạt động cụ thể.`);
  }
  if (giftShare >= MANY_GIFTS) directions.push('Chuyển trọng tâm từ thăm hỏi, tặng quà sang hỗ trợ sinh kế, phát triển sản xuất, đào tạo nghề cho đồng bào.');
  directions.push('Định kỳ hằng năm tổng hợp, đánh giá kết quả hoạt động của từng cặp kết nghĩa.');
  return directions;
}

/**
 * The period before, for "so với năm trước" (nam) and "so với giai đoạn trước" (so-ket):
 * null unless the workbooks hold activity data for each of its years.
 */
function previousPeriod(kind: ReportKind, dataset: Dataset, period: Period, config: Config) {
  if (kind === 'tong-ket') return null;
  const length = yearOf(period.to) - yearOf(period.from) + 1;
  const before = yearPeriod(yearOf(period.from) - length, yearOf(period.from) - 1);
  // A stage with a year missing would compare a part with a whole: only a fully covered one is compared.
  if (dataYears(dataset, before).activityYears.length < length) return null;
  const ind = computeIndicators(dataset, before, { minActivities: config.thresholds.minActivities, povertyStandardYears: config.povertyStandardYears });
  return { fromYear: yearOf(before.from), toYear: yearOf(before.to), oneYear: length === 1, activities: ind.activities.count, funds: ind.funds.total };
}

/** The poverty of the period's last year against the last year before the period, when both are under one standard. */
function previousPoverty(last: Indicators['poverty']['last'], before: Indicators['poverty']['last'] | undefined, config: Config) {
  if (!last || !before || last.rate === null || before.rate === null) return null;
  if (standardOf(last.year, config.povertyStandardYears) !== standardOf(before.year, config.povertyStandardYears)) return null;
  const points = pointsBetween(before.rate, last.rate);
  const trend = Math.abs(points) < config.thresholds.materialityPoints ? 'same' : points < 0 ? 'down' : 'up';
  return { year: before.year, poor: before.poor, rate: before.rate, points: Math.abs(points), poorFall: before.poor - last.poor, poorRise: last.poor - before.poor, trend };
}

/** The province's poverty rate (a fraction) for a year, from the config's percent. */
function provincialRate(config: Config, year: number): number | null {
  const value = config.provincialPovertyRate;
  if (value === undefined) return null;
  if (typeof value === 'number') return value / 100;
  const exact = value[String(year)];
  return exact === undefined ? null : exact / 100;
}
