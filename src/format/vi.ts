/**
 * Numbers, money and percentages in Vietnamese form: `1.033`, `989.356.000`, `45,5%`.
 *
 * The forms are exactly Intl.NumberFormat('vi-VN')'s (and 'en-US''s for --lang en):
 * test/format-intl.test.ts checks them against it over thousands of values — negatives,
 * halves, 10^15, rates with 0 to 2 decimals. They are written here all the same because
 * the first Intl.NumberFormat of a process costs 20–35 ms of ICU start-up, paid by every
 * command that prints a count (a small `validate` takes about 0.5 s, and its start-up is
 * already over target); and `%` is appended without ICU's space: official documents
 * write `45,5%`. Rounding is half up, as the figures are checked by hand.
 */
import { MONEY_MULTIPLES } from '../values/money-units.js';

/** The decimal separator of Vietnamese numbers (`2,5`); `.` groups thousands. */
export const DECIMAL_COMMA = ',';

/** A number's digits as they are, with the decimal comma and no grouping: 2.5 → "2,5" (a cell's value as typed). */
export function withDecimalComma(value: number | string): string {
  return String(value).replace('.', DECIMAL_COMMA);
}

/** Digits in groups of three: "1234567" → "1.234.567". */
function groupDigits(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Integer with dot thousands separators: 1033 → "1.033", -5000 → "-5.000". */
export function formatInteger(value: number): string {
  const rounded = Math.round(value);
  const sign = rounded < 0 ? '-' : '';
  return sign + groupDigits(String(Math.abs(rounded)), '.');
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
  return `${sign}${formatInteger(whole)}${DECIMAL_COMMA}${fractionText}`;
}

/**
 * The one rounding rule for rates (SPEC §6, "one figure, one form"): percentages with at
 * most two decimals, trailing zeros dropped, in the text, the tables, the charts and
 * `stats` alike, so 1,81% is never 1,8% elsewhere; differences in points are taken
 * between the rounded figures the reader sees.
 */
const RATE_DECIMALS = 2;

/** A rate 0..1 as the percentage printed: 0.018138 → 1.81. */
export function percentValue(rate: number): number {
  const factor = 10 ** RATE_DECIMALS;
  return Math.round(rate * 100 * factor) / factor;
}

/** Percentage points between two rates, from their printed forms: 27,5% and 1,81% → 25.69. */
export function pointsBetween(from: number, to: number): number {
  const factor = 10 ** RATE_DECIMALS;
  return Math.round((percentValue(to) - percentValue(from)) * factor) / factor;
}

/** A rate 0..1 as a percentage: 0.455 → "45,5%". */
export function formatPercent(rate: number, decimals = RATE_DECIMALS): string {
  return `${formatNumber(rate * 100, decimals)}%`;
}

/** English-style grouping for --lang en: 1,033 and 45.5%. */
export function formatIntegerEn(value: number): string {
  const rounded = Math.round(value);
  const sign = rounded < 0 ? '-' : '';
  return sign + groupDigits(String(Math.abs(rounded)), ',');
}

/** A whole number in the form of the output's language: 1.033 or 1,033. */
export function integerIn(lang: 'vi' | 'en', value: number): string {
  return lang === 'vi' ? formatInteger(value) : formatIntegerEn(value);
}

/** A rate in the form of the output's language: 45,5% or 45.5%. */
export function percentIn(lang: 'vi' | 'en', rate: number, decimals = RATE_DECIMALS): string {
  return lang === 'vi' ? formatPercent(rate, decimals) : `${Number((rate * 100).toFixed(decimals))}%`;
}

/**
 * "ngày 05 tháng 3 năm 2020", "ngày 26 tháng 01 năm 2021": Nghị định 30/2020 writes days
 * below 10 and the months January and February with a leading zero.
 */
export function fullDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month < 3 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** "989.356.000 đồng". */
export function formatMoney(amount: number): string {
  return `${formatInteger(amount)} đồng`;
}

const MONEY_UNITS: ReadonlyArray<[number, string]> = MONEY_MULTIPLES.map((unit) => [unit.factor, unit.written]);

/**
 * Money rounded for prose, honestly: "gần 50 tỷ đồng" only when the figure was rounded
 * up, "hơn 5 triệu đồng" only when it was rounded down, no word when exact.
 * @param digits significant digits kept (default 2)
 * @param word a fixed word instead ("khoảng")
 */
export function roundMoney(amount: number, digits = 2, word?: string): string {
  if (amount === 0) return '0 đồng';
  let index = MONEY_UNITS.findIndex(([f]) => Math.abs(amount) >= f);
  let [factor, unit] = MONEY_UNITS[index] ?? [1, ''];
  let inUnit = amount / factor;
  let step = 10 ** (Math.floor(Math.log10(Math.abs(inUnit))) - digits + 1);
  let rounded = Math.round(inUnit / step) * step;
  // 999.999.999 rounds to 1.000 triệu: say "1 tỷ" instead.
  if (Math.abs(rounded) >= 1000 && index > 0) {
    index = index < 0 ? MONEY_UNITS.length - 1 : index - 1;
    [factor, unit] = MONEY_UNITS[index]!;
    inUnit = amount / factor;
    step = 10 ** (Math.floor(Math.log10(Math.abs(rounded / 1000))) - digits + 1);
    rounded = Math.round(inUnit / step) * step;
  }
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const shown = formatNumber(Number(rounded.toFixed(decimals)), decimals);
  const exact = Math.abs(rounded * factor - amount) < 0.5;
  const prefix = word ?? (exact ? '' : rounded * factor > amount ? 'gần' : 'hơn');
  return `${prefix ? `${prefix} ` : ''}${shown}${unit ? ` ${unit}` : ''} đồng`;
}

/** 1 → "I", 4 → "IV", 14 → "XIV". */
export function roman(n: number): string {
  const numerals: ReadonlyArray<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = Math.floor(n);
  let out = '';
  for (const [value, numeral] of numerals) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}
