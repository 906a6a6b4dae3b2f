import { describe, expect, it } from 'vitest';
import { parseNumberText } from '../src/values/number.js';
import { parseDateText } from '../src/values/date.js';
import { parseBooleanText } from '../src/values/boolean.js';
import { fromSerial, fromUtcDate, toSerial } from '../src/values/calendar.js';

describe('numbers in Vietnamese form', () => {
  it.each([
    ['1.500.000', 1_500_000],
    ['1.500.000 đ', 1_500_000],
    ['1.500.000đ', 1_500_000],
    ['1.500.000 đồng', 1_500_000],
    ['1.500.000 VNĐ', 1_500_000],
    ['2,5', 2.5],
    ['0,75', 0.75],
    ['1.234,5', 1234.5],
    ['1,500,000', 1_500_000],
    ['1,500,000.50', 1_500_000.5],
    ['1 500 000', 1_500_000],
    ['5 triệu', 5_000_000],
    ['2,5 tỷ', 2_500_000_000],
    ['300 nghìn', 300_000],
    ['-5', -5],
    ['(200.000)', -200_000],
    ['42', 42],
    ['2.5', 2.5],
    ['1.500', 1500],
  ])('%s → %d', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  it('reads a lone comma before three digits as thousands only where a fraction makes no sense', () => {
    expect(parseNumberText('1,500')).toBe(1.5);
    expect(parseNumberText('1,500', { wholeExpected: true })).toBe(1500);
  });

  it.each(['', 'abc', '1.50.000', '12a', '1..5', '1.500.00', 'đ'])('%s is not a number', (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });
});

describe('dates, day first', () => {
  it.each([
    ['15/03/2022', '2022-03-15'],
    ['5/3/2022', '2022-03-05'],
    ['15-03-2022', '2022-03-15'],
    ['15.03.2022', '2022-03-15'],
    ['2022-03-15', '2022-03-15'],
    ['15/03/2022 08:30', '2022-03-15'],
    ['ngày 26 tháng 11 năm 2015', '2015-11-26'],
    ['29/02/2020', '2020-02-29'],
  ])('%s → %s', (text, expected) => {
    expect(parseDateText(text)).toBe(expected);
  });

  it.each(['31/02/2021', '29/02/2021', '03/15/2022', '2022-13-01', 'hôm qua', '15/03'])('%s is not a date', (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });

  it('turns Excel serials and exceljs dates into calendar days whatever the timezone', () => {
    expect(fromSerial(44635)).toBe('2022-03-15');
    expect(fromSerial(44635.99)).toBe('2022-03-15');
    expect(toSerial('2022-03-15')).toBe(44635);
    expect(fromUtcDate(new Date(Date.UTC(2022, 2, 15)))).toBe('2022-03-15');
    expect(fromSerial(61)).toBe('1900-03-01');
  });
});

describe('booleans', () => {
  it.each(['x', 'X', 'có', 'Có', 'c', '1', 'TRUE', '✓', 'co'])('%s is yes', (text) => {
    expect(parseBooleanText(text)).toBe(true);
  });
  it.each(['', 'không', 'Không', 'k', '0', 'FALSE', '-'])('%s is no', (text) => {
    expect(parseBooleanText(text)).toBe(false);
  });
  it.each(['có lẽ', '2', 'maybe'])('%s is neither', (text) => {
    expect(parseBooleanText(text)).toBeUndefined();
  });
});
