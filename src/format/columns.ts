/**
 * One precision per column (issue 19): a table that prints 7,1% above 42,37% reads as two
 * kinds of figure. A rate column takes the fewest decimals (at most the two of the one
 * rounding rule, ./vi.ts) that show every value of it exactly as rounded, and prints every
 * value with that many: 7,10% and 42,37%; 50% and 100%. The value is never rounded further
 * than the text prints it, so a figure in a table still equals the same figure in the text.
 */
import { DECIMAL_COMMA, formatInteger, percentValue } from './vi.js';

const MAX_DECIMALS = 2;

/** Decimals a printed value needs: 42.37 → 2, 7.1 → 1, 50 → 0. */
function decimalsOf(value: number): number {
  for (let d = 0; d < MAX_DECIMALS; d++) {
    const factor = 10 ** d;
    if (Math.abs(Math.round(value * factor) / factor - value) < 1e-9) return d;
  }
  return MAX_DECIMALS;
}

/** The decimals of a column of rates (0..1; null cells left out). */
export function rateColumnDecimals(rates: ReadonlyArray<number | null | undefined>): number {
  let decimals = 0;
  for (const r of rates) if (typeof r === 'number' && Number.isFinite(r)) decimals = Math.max(decimals, decimalsOf(percentValue(r)));
  return decimals;
}

/** A number with exactly `decimals` decimals, Vietnamese form: (7.1, 2) → "7,10". */
export function formatFixed(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  const sign = rounded < 0 ? '-' : '';
  const abs = Math.abs(rounded);
  const whole = Math.trunc(abs);
  if (decimals === 0) return sign + formatInteger(whole);
  const fraction = String(Math.round((abs - whole) * factor)).padStart(decimals, '0');
  return `${sign}${formatInteger(whole)}${DECIMAL_COMMA}${fraction}`;
}

/** A rate as a percentage with the column's decimals: (0.071, 2) → "7,10%". */
export function formatPercentFixed(rate: number, decimals: number): string {
  return `${formatFixed(percentValue(rate), decimals)}%`;
}

/** Every rate of a column printed alike: [0.071, 0.4237] → ["7,10%", "42,37%"]; null as "–". */
export function percentColumn(rates: ReadonlyArray<number | null>): string[] {
  const decimals = rateColumnDecimals(rates);
  return rates.map((r) => (r === null ? '–' : formatPercentFixed(r, decimals)));
}

/** The same in the output's language: 7,10% or 7.10%. */
export function percentFixedIn(lang: 'vi' | 'en', rate: number, decimals: number): string {
  return lang === 'vi' ? formatPercentFixed(rate, decimals) : `${percentValue(rate).toFixed(decimals)}%`;
}

/** The spreadsheet number format of a rate column with `decimals` decimals: 0%, 0.0%, 0.00%. */
export function percentNumFmt(decimals: number): string {
  return decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%`;
}

/** A tabulated cell, as the indicator tables hold them (src/model/table.ts). */
type Cell = string | number | null | { readonly value: number | null; readonly kind: string };

/**
 * The decimals of each rate column (rows and total): one precision per column, on the console and
 * in the workbook; undefined for a column of another kind. A cell of its own kind (a summary's
 * figures, one a row) is not part of a column and keeps the rule of its own figure.
 */
export function columnDecimals(table: { readonly columns: ReadonlyArray<{ readonly kind: string }>; readonly rows: ReadonlyArray<readonly Cell[]>; readonly total?: readonly Cell[] }): Array<number | undefined> {
  const rows = table.total ? [...table.rows, table.total] : table.rows;
  return table.columns.map((column, i) =>
    column.kind !== 'percent' ? undefined : rateColumnDecimals(rows.map((row) => (typeof row[i] === 'number' ? (row[i] as number) : null))),
  );
}
