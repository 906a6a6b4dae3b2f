/**
 * One precision per rate column (issue 19): a table never prints 7,1% above 42,37%, on the
 * console, in the workbook or in the report; the figure is never rounded further than the text.
 */
import { describe, expect, it } from 'vitest';
import { columnDecimals, formatFixed, percentColumn, percentFixedIn, percentNumFmt, rateColumnDecimals } from '../src/format/columns.js';
import { formatPercent } from '../src/format/vi.js';

describe('rate columns', () => {
  it('take the fewest decimals that show every value as the text rounds it, and print them all alike', () => {
    expect(percentColumn([0.071, 0.4237])).toEqual(['7,10%', '42,37%']);
    expect(percentColumn([0.5, 1, null])).toEqual(['50%', '100%', '–']);
    expect(percentColumn([0.25, 0.125])).toEqual(['25,0%', '12,5%']);
    expect(percentColumn([0.455, 0.1])).toEqual(['45,5%', '10,0%']);
    // Never more rounded than the text: 1,81% stays 1,81%.
    expect(percentColumn([0.018138, 0.5])[0]).toBe(formatPercent(0.018138));
    expect(rateColumnDecimals([])).toBe(0);
  });

  it('fixed decimals, signs and languages', () => {
    expect(formatFixed(2, 1)).toBe('2,0');
    expect(formatFixed(1234.5, 2)).toBe('1.234,50');
    expect(formatFixed(-0.004, 2)).toBe('0,00');
    expect(percentFixedIn('en', 0.071, 2)).toBe('7.10%');
    expect(percentNumFmt(0)).toBe('0%');
    expect(percentNumFmt(2)).toBe('0.00%');
  });

  it('per rate column of a table, rows and total; a cell of its own kind is no part of a column', () => {
    const table = {
      columns: [{ kind: 'text' }, { kind: 'percent' }, { kind: 'int' }],
      rows: [
        ['a', 0.071, 3],
        ['b', 0.5, { value: 0.4237, kind: 'percent' }],
      ],
      total: ['', 1, 5],
    };
    expect(columnDecimals(table)).toEqual([undefined, 1, undefined]);
  });
});
