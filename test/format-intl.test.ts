/**
 * Numbers are grouped by Intl.NumberFormat('vi-VN') / ('en-US'): the forms must be exactly
 * those the hand-written formatters gave (kept here as the reference), over many values —
 * negatives, halves, big integers up to 10^15, and rates with 0 to 2 decimals.
 */
import { describe, expect, it } from 'vitest';
import { formatInteger, formatIntegerEn, formatMoney, formatNumber, formatPercent, percentIn, roundMoney, withDecimalComma } from '../src/format/vi.js';

/** The formatters as they were written by hand before Intl. */
const reference = {
  integer(value: number): string {
    const rounded = Math.round(value);
    const sign = rounded < 0 ? '-' : '';
    return sign + String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  },
  integerEn(value: number): string {
    const rounded = Math.round(value);
    const sign = rounded < 0 ? '-' : '';
    return sign + String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  },
  number(value: number, decimals = 2): string {
    const factor = 10 ** decimals;
    const rounded = Math.round(value * factor) / factor;
    const whole = Math.trunc(rounded);
    const fraction = Math.round(Math.abs(rounded - whole) * factor);
    const sign = rounded < 0 && whole === 0 ? '-' : '';
    if (fraction === 0) return sign + reference.integer(whole);
    const fractionText = String(fraction).padStart(decimals, '0').replace(/0+$/, '');
    return `${sign}${reference.integer(whole)},${fractionText}`;
  },
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

describe('numbers through Intl give the forms offices write', () => {
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
        // Past 2^53 the double holds no such decimals: both forms would print noise there.
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
