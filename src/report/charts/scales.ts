/** Axis scales: the year band axis and linear axes that end on a round, labelled tick. */

export function xYear(years: string[]) {
  return {
    field: 'year',
    type: 'ordinal',
    sort: years,
    title: 'Năm',
    scale: { domain: years },
  };
}

/**
 * A round step (1, 2, 2,5 or 5 × 10^k, at least `minStep`) giving at most 7 intervals up to `max`,
 * and the axis end as a multiple of it. Computed here rather than by vega's `nice`, which does
 * not round an explicit domainMax, so the axis always ends on a labelled tick.
 */
function niceScale(max: number, minStep: number): { step: number; end: number } {
  const target = max > 0 && Number.isFinite(max) ? max : minStep * 5;
  const raw = target / 7;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  // 2.5 only where it stays a multiple of minStep (not for whole counts below 10).
  const multiples = magnitude >= 10 * minStep ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10];
  const step = Math.max(minStep, (multiples.find((m) => m * magnitude >= raw) ?? 10) * magnitude);
  return { step, end: Math.ceil(target / step - 1e-9) * step };
}

function linearTicks(max: number, minStep: number): number[] {
  const { step, end } = niceScale(max, minStep);
  const ticks: number[] = [];
  for (let i = 0; i * step <= end + step * 1e-9; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** Explicit ticks; tickCount too, or vega thins explicit values down to its default count. */
export function tickValues(max: number, minStep: number) {
  const values = linearTicks(max, minStep);
  return { values, tickCount: values.length };
}

export function linearAxis(max: number, minStep: number) {
  return { scale: { domain: [0, Number(niceScale(max, minStep).end.toPrecision(12))], nice: false, zero: true } };
}

/** Room for the two label lines above the tallest bar, without running past 100% for valid rates. */
export function povertyDomainMax(maxRate: number): number {
  if (maxRate <= 0) return 0.1;
  return maxRate > 1 ? maxRate * 1.22 : Math.min(1, maxRate * 1.22);
}
