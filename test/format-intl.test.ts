/**
 * The number forms are exactly Intl.NumberFormat's — 'vi-VN' (dot thousands, decimal comma)
 * and 'en-US' for --lang en — over many values: negatives, halves, big integers up to 10^15,
 * and rates with 0 to 2 decimals. (src/format/vi.ts says why they are not made by Intl at
 * run time.) Rounding is ours, half up, so Intl is given the value already rounded.
 */
import { describe, expect, it } from 'vitest';
import { formatInteger, formatIntegerEn, formatMoney, formatNumber, formatPercent, percentIn, roundMoney, withDecimalComma } from '../src/format/vi.js';

const intl = (locale: string, decimals: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: decimals });
const VI = [0, 1, 2, 3, 4].map((d) => intl('vi-VN', d));
const EN = intl('en-US', 0);
/** Intl's form of a value rounded half up to `decimals` (-0 is written 0). */
const oracle = (format: Intl.NumberFormat, value: number, decimals: number): string => {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return format.format(rounded === 0 ? 0 : rounded);
};
const reference = {
  integer: (v: number) => oracle(VI[0]!, v, 0),
  integerEn: (v: number) => oracle(EN, v, 0),
  number: (v: number, decimals = 2) => oracle(VI[decimals]!, v, decimals),
};

/** A fixed pseudo-random sequence, so a failure names a value that can be tried again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(20261129);
const integers = [
  0, -0, 1, -1, 9, 10, 99, 100, 999, 1000, -1000, 1033, -5000, 9999, 10_000, 123_456, 999_999, 1_000_000, -1_000_000, 989_356_000, 2_147_483_647, -2_147_483_648,
  10 ** 12, 10 ** 15, -(10 ** 15), 10 ** 15 - 1, 123_456_789_012_345,
  ...Array.from({ length: 3000 }, () => Math.floor((next() - 0.3) * 10 ** Math.floor(next() * 16))),
];
const fractions = [
  0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.4, -0.4, 0.004, -0.004, 0.005, -0.005, 0.125, -0.125, 1.005, 2.675, 45.5, 1.81, 99.995, 0.1 + 0.2, 1234567.89, -1234567.891,
  ...Array.from({ length: 3000 }, () => (next() - 0.3) * 10 ** Math.floor(next() * 10)),
  ...Array.from({ length: 1000 }, () => Math.round((next() - 0.5) * 100_000) / 1000),
];

describe('number forms are Intl.NumberFormat\'s', () => {
  it('whole numbers: dot thousands, minus sign, up to 10^15, -0 as 0', () => {
    for (const v of [...integers, ...fractions]) expect(formatInteger(v), String(v)).toBe(reference.integer(v));
    expect(formatInteger(10 ** 15)).toBe('1.000.000.000.000.000');
    expect(formatInteger(-5000)).toBe('-5.000');
    expect(formatInteger(-0.4)).toBe('0');
  });

  it('English grouping for --lang en', () => {
    for (const v of [...integers, ...fractions]) expect(formatIntegerEn(v), String(v)).toBe(reference.integerEn(v));
    expect(formatIntegerEn(-1_234_567)).toBe('-1,234,567');
  });

  it('decimals: 0 to 4, decimal comma, trailing zeros dropped, halves and negatives alike', () => {
    for (const decimals of [0, 1, 2, 3, 4]) {
      for (const v of [...integers, ...fractions]) {
        // Past 2^53 the double holds no such decimals: both would print noise there.
        if (Math.abs(v) * 10 ** decimals >= Number.MAX_SAFE_INTEGER) continue;
        expect(formatNumber(v, decimals), `${v} to ${decimals}`).toBe(reference.number(v, decimals));
      }
    }
    expect(formatNumber(10 ** 15, 0)).toBe('1.000.000.000.000.000');
    expect(formatNumber(1234567.891)).toBe('1.234.567,89');
    expect(formatNumber(-0.5)).toBe('-0,5');
    expect(formatNumber(-0.001)).toBe('0');
  });

  it('rates with 0 to 2 decimals, as percentages', () => {
    for (let i = 0; i <= 10_000; i++) {
      const rate = i / 10_000;
      for (const decimals of [0, 1, 2]) expect(formatPercent(rate, decimals), `${rate} to ${decimals}`).toBe(`${reference.number(rate * 100, decimals)}%`);
    }
    for (const v of fractions) expect(formatPercent(v / 100), String(v)).toBe(`${reference.number((v / 100) * 100, 2)}%`);
    expect(formatPercent(0.455)).toBe('45,5%');
    expect(formatPercent(0.018138)).toBe('1,81%');
    expect(percentIn('en', 0.455)).toBe('45.5%');
  });

  it('money in prose and in full', () => {
    expect(formatMoney(989_356_000)).toBe('989.356.000 đồng');
    expect(roundMoney(49_600_000_000)).toBe('gần 50 tỷ đồng');
    expect(roundMoney(5_340_000)).toBe('hơn 5,3 triệu đồng');
    expect(roundMoney(5_300_000)).toBe('5,3 triệu đồng');
    expect(roundMoney(999_999_999)).toBe('gần 1 tỷ đồng');
  });

  it('a cell value as typed keeps all its digits with the decimal comma', () => {
    expect(withDecimalComma(2.5)).toBe('2,5');
    expect(withDecimalComma(1234.125)).toBe('1234,125');
    expect(withDecimalComma('0.3')).toBe('0,3');
    expect(withDecimalComma(7)).toBe('7');
  });
});
