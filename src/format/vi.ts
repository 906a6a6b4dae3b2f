/**
 * Numbers, money and percentages in Vietnamese form: `1.033`, `989.356.000`, `45,5%`.
 * Hand-written because Intl's vi-VN output varies with the ICU build and uses a
 * non-breaking space before `%`; official documents write `45,5%`.
 */

/** Integer with dot thousands separators: 1033 → "1.033", -5000 → "-5.000". */
export function formatInteger(value: number): string {
  const rounded = Math.round(value);
  const sign = rounded < 0 ? '-' : '';
  const digits = String(Math.abs(rounded));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A number with up to `decimals` decimals (trailing zeros dropped) and a decimal comma. */
export function formatNumber(value: number, decimals = 2): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  const whole = Math.trunc(rounded);
  const fraction = Math.round(Math.abs(rounded - whole) * factor);
  const sign = rounded < 0 && whole === 0 ? '-' : '';
  if (fraction === 0) return sign + formatInteger(whole);
  const fractionText = String(fraction).padStart(decimals, '0').replace(/0+$/, '');
  return `${sign}${formatInteger(whole)},${fractionText}`;
}

/** A rate 0..1 as a percentage: 0.455 → "45,5%". */
export function formatPercent(rate: number, decimals = 1): string {
  return `${formatNumber(rate * 100, decimals)}%`;
}

/** A difference of rates in percentage points, signed: -0.2113 → "-21,13". */
export function formatPoints(change: number, decimals = 2): string {
  const text = formatNumber(change * 100, decimals);
  return change > 0 ? `+${text}` : text;
}

/** English-style grouping for --lang en: 1,033 and 45.5%. */
export function formatIntegerEn(value: number): string {
  const rounded = Math.round(value);
  const sign = rounded < 0 ? '-' : '';
  return sign + String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
