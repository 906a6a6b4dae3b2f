/**
 * The comparisons a report states, made fair before any template sees them (SPEC §6):
 * on the rounded figures the reader sees, past a materiality threshold only, within one
 * poverty standard only, and with the years the figures come from named.
 */
import type { Config } from '../config/schema.js';
import type { Dataset } from '../model/types.js';
import { percentValue, pointsBetween } from '../format/vi.js';
import { computeIndicators } from '../indicators/compute.js';
import { dataYears } from '../model/data-years.js';
import { yearPeriod, yearsOf, type Period } from '../values/period.js';
import type { Indicators } from '../indicators/types.js';
import { yearOf } from '../values/calendar.js';
import type { PreviousContext, ReportKind } from './context-types.js';
import type { SentSheet } from '../submissions/register.js';
import type { PovertySegmentContext, Trend } from './poverty-context.js';
import { yearRanges } from '../format/years.js';

export type Relation = 'above' | 'same' | 'below';

/** How one rate compares with another, in points between the printed figures. */
export function relation(rate: number, other: number, materialityPoints: number): { relation: Relation; points: number } {
  const points = pointsBetween(other, rate);
  return { relation: Math.abs(points) < materialityPoints ? 'same' : points > 0 ? 'above' : 'below', points: Math.abs(points) };
}

/** The poverty segments as sentences need them: points fallen or risen, from the printed rates. */
export function povertySegments(ind: Indicators, materialityPoints: number): PovertySegmentContext[] {
  return ind.poverty.segments.map((s) => {
    const comparable = s.from !== s.to && s.first.rate !== null && s.last.rate !== null;
    const points = comparable ? Math.abs(pointsBetween(s.first.rate!, s.last.rate!)) : null;
    const moved = comparable ? percentValue(s.last.rate!) - percentValue(s.first.rate!) : 0;
    const trend: Trend | null = !comparable ? null : points! < materialityPoints ? 'same' : moved < 0 ? 'down' : 'up';
    return {
      ...s,
      oneYear: s.from === s.to,
      points,
      poorChange: s.last.poor - s.first.poor,
      poorFall: s.first.poor - s.last.poor,
      trend,
    };
  });
}

/**
 * "từ năm 2017 đến năm 2020" (templates write "Số liệu {{data.activityNote}}"): the years the
 * figures come from, when the period is longer than the data; null when they cover it all.
 * Templates put it inside brackets, so it has none of its own ("…; năm 2021 chưa có số liệu").
 */
export function yearsNote(period: Period, years: readonly number[]): string | null {
  const all = yearsOf(period);
  if (years.length === 0 || years.length === all.length) return null;
  const contiguous = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  if (years.length === 1) return `năm ${years[0]}`;
  if (contiguous) return `từ năm ${years[0]} đến năm ${years[years.length - 1]}`;
  const missing = all.filter((y) => !years.includes(y));
  return `các năm ${yearRanges(years)}; năm ${yearRanges(missing)} chưa có số liệu`;
}


/**
 * The period before, for "so với năm trước" (nam) and "so với giai đoạn trước" (so-ket):
 * null unless the workbooks hold activity data for each of its years.
 */
export function previousPeriod(kind: ReportKind, dataset: Dataset, period: Period, config: Config, sheets: readonly SentSheet[] = []): Omit<PreviousContext, 'activitiesDiff' | 'fundsDiff'> | null {
  if (kind === 'tong-ket') return null;
  const length = yearOf(period.to) - yearOf(period.from) + 1;
  const before = yearPeriod(yearOf(period.from) - length, yearOf(period.from) - 1);
  // A stage with a year missing would compare a part with a whole: only a fully covered one is compared.
  if (dataYears(dataset, before).activityYears.length < length) return null;
  const ind = computeIndicators(dataset, before, { minActivities: config.thresholds.minActivities, povertyStandardYears: config.povertyStandardYears, sheets });
  // How many units reported each year before: a comparison between years says it (SPEC §5).
  const reporting = Object.entries(ind.reporting.byYear).map(([year, v]) => ({ year: Number(year), reported: v.reported, expected: v.expected }));
  return { fromYear: yearOf(before.from), toYear: yearOf(before.to), oneYear: length === 1, activities: ind.activities.count, funds: ind.funds.total, reporting };
}

