/**
 * The comparisons a report states, made fair before any template sees them (SPEC §6):
 * on the rounded figures the reader sees, past a materiality threshold only, within one
 * poverty standard only, and with the years the figures come from named.
 */
import { percentValue, pointsBetween } from '../format/vi.js';
import { yearsOf, type Period } from '../indicators/period.js';
import type { Indicators } from '../indicators/types.js';
import { yearSpan } from '../indicators/tables.js';

export type Relation = 'above' | 'same' | 'below';

/** How one rate compares with another, in points between the printed figures. */
export function relation(rate: number, other: number, materialityPoints: number): { relation: Relation; points: number } {
  const points = pointsBetween(other, rate);
  return { relation: Math.abs(points) < materialityPoints ? 'same' : points > 0 ? 'above' : 'below', points: Math.abs(points) };
}

/** The poverty segments as sentences need them: points fallen or risen, from the printed rates. */
export function povertySegments(ind: Indicators, materialityPoints: number) {
  return ind.poverty.segments.map((s) => {
    const comparable = s.from !== s.to && s.first.rate !== null && s.last.rate !== null;
    const points = comparable ? Math.abs(pointsBetween(s.first.rate!, s.last.rate!)) : null;
    const moved = comparable ? percentValue(s.last.rate!) - percentValue(s.first.rate!) : 0;
    return {
      ...s,
      oneYear: s.from === s.to,
      points,
      poorChange: s.last.poor - s.first.poor,
      poorFall: s.first.poor - s.last.poor,
      trend: !comparable ? null : points! < materialityPoints ? 'same' : moved < 0 ? 'down' : 'up',
    };
  });
}

/**
 * "từ năm 2017 đến năm 2020" (templates write "Số liệu {{data.activityNote}}"): the years the
 * figures come from, when the period is longer than the data; null when they cover it all.
 */
export function yearsNote(period: Period, years: readonly number[]): string | null {
  const all = yearsOf(period);
  if (years.length === 0 || years.length === all.length) return null;
  const contiguous = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  if (years.length === 1) return `năm ${years[0]}`;
  if (contiguous) return `từ năm ${years[0]} đến năm ${years[years.length - 1]}`;
  const missing = all.filter((y) => !years.includes(y));
  return `các năm ${runs(years)} (năm ${runs(missing)} chưa có số liệu)`;
}

/** "2015 - 2018, 2021": runs of three or more years as a span, the others listed. */
function runs(years: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${years[i]} - ${years[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(years[k]));
    i = j + 1;
  }
  return parts.join(', ');
}

export { yearSpan };
