import { describe, expect, it } from 'vitest';
import { formatInteger, formatMoney, formatNumber, formatPercent, fullDate, roman, roundMoney } from '../src/format/vi.js';

describe('Vietnamese number forms', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatInteger(1033)).toBe('1.033');
    expect(formatInteger(989_356_000)).toBe('989.356.000');
    expect(formatInteger(-5000)).toBe('-5.000');
    expect(formatNumber(2.5)).toBe('2,5');
    expect(formatNumber(1234.567, 2)).toBe('1.234,57');
    expect(formatPercent(0.455)).toBe('45,5%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatMoney(989_356_000)).toBe('989.356.000 đồng');
  });

  it('writes full dates with the leading zeros of Nghị định 30', () => {
    expect(fullDate('2015-11-26')).toBe('ngày 26 tháng 11 năm 2015');
    expect(fullDate('2020-03-05')).toBe('ngày 05 tháng 3 năm 2020');
    expect(fullDate('2021-01-09')).toBe('ngày 09 tháng 01 năm 2021');
    expect(fullDate('2021-02-10')).toBe('ngày 10 tháng 02 năm 2021');
    expect(fullDate('2021-12-31')).toBe('ngày 31 tháng 12 năm 2021');
  });

  it('rounds money honestly: gần when rounded up, hơn when rounded down', () => {
    expect(roundMoney(49_800_000_000)).toBe('gần 50 tỷ đồng');
    expect(roundMoney(5_230_000, 1)).toBe('hơn 5 triệu đồng');
    expect(roundMoney(989_356_000)).toBe('gần 990 triệu đồng');
    expect(roundMoney(989_356_000, 3)).toBe('hơn 989 triệu đồng');
    expect(roundMoney(5_000_000)).toBe('5 triệu đồng');
    expect(roundMoney(1_250_000_000)).toBe('gần 1,3 tỷ đồng');
    expect(roundMoney(1_249_000_000, 2)).toBe('hơn 1,2 tỷ đồng');
    expect(roundMoney(999_999_999, 1)).toBe('gần 1 tỷ đồng');
    expect(roundMoney(999_600, 2)).toBe('gần 1 triệu đồng');
    expect(roundMoney(12_345_678, 2, 'khoảng')).toBe('khoảng 12 triệu đồng');
    expect(roundMoney(0)).toBe('0 đồng');
  });

  it('writes Roman section numbers', () => {
    expect([1, 2, 3, 4, 5, 9, 14].map(roman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'IX', 'XIV']);
  });
});
