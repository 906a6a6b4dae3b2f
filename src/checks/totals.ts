/**
 * `totals-mismatch`: offices type a `Tổng cộng` row with `=SUM(…)`, and `SUM` skips
 * amounts typed as text, so the submitted total is often wrong while every row is right.
 * The totals row is never a source of figures; it is compared with the sum of the rows
 * read, and a difference is said with both figures and its likely cause.
 */
import { finding, type Param } from '../findings/finding.js';
import { formatInteger, integerIn } from '../format/vi.js';
import type { MappedColumn } from '../workbook/header.js';
import { writtenForm, type RawValue } from '../workbook/raw.js';
import type { Report } from './report.js';
import { FINDING_WORDS } from '../messages/findings.js';
import { inBoth } from '../messages/render.js';

interface ColumnSum {
  sum: number;
  /** Cells typed as text that read as numbers: SUM leaves them out. */
  textCount: number;
  textSum: number;
}

interface TotalsCell {
  readonly column: MappedColumn;
  readonly raw: RawValue;
  readonly value: number;
}

const SUMMED = new Set(['money', 'integer']);

export function isSummed(column: MappedColumn): boolean {
  return SUMMED.has(column.field.type);
}

export class TotalsCheck {
  private readonly sums = new Map<string, ColumnSum>();
  private readonly totalsRows: Array<{ readonly row: number; readonly cells: readonly TotalsCell[] }> = [];

  /** A data row's cell of a summed column, as written and as read. */
  cell(column: MappedColumn, raw: RawValue | undefined, value: unknown): void {
    if (typeof value !== 'number') return;
    let s = this.sums.get(column.field.key);
    if (!s) this.sums.set(column.field.key, (s = { sum: 0, textCount: 0, textSum: 0 }));
    s.sum += value;
    if (raw?.t === 's') {
      s.textCount++;
      s.textSum += value;
    }
  }

  totalsRow(row: number, cells: readonly TotalsCell[]): void {
    this.totalsRows.push({ row, cells });
  }

  /**
   * Compares the sheet's totals row with the rows. A sheet with subtotals (several totals
   * rows) is left alone: which rows each covers is not written down.
   */
  report(file: string, sheet: string, report: Report, label: (column: MappedColumn) => Param): void {
    if (this.totalsRows.length !== 1) return;
    const { row, cells } = this.totalsRows[0]!;
    for (const { column, raw, value } of cells) {
      const s = this.sums.get(column.field.key) ?? { sum: 0, textCount: 0, textSum: 0 };
      if (Math.abs(value - s.sum) < 0.5) continue;
      report(
        finding('totals-mismatch', {
          file,
          sheet,
          row,
          column: column.letter,
          field: column.field.key,
          value: writtenForm(raw),
          params: {
            field: label(column),
            value: { vi: formatInteger(value), en: integerIn('en', value) },
            expected: { vi: formatInteger(s.sum), en: integerIn('en', s.sum) },
            detail: cause(value, s, column.field.type === 'money'),
          },
        }),
      );
    }
  }
}

function cause(total: number, s: ColumnSum, money: boolean): Param {
  if (s.textCount === 0) return '';
  const what = money ? FINDING_WORDS.amounts : FINDING_WORDS.figures;
  const n = { vi: formatInteger(s.textCount), en: integerIn('en', s.textCount) };
  const exactly = Math.abs(s.sum - s.textSum - total) < 0.5;
  return inBoth(exactly ? FINDING_WORDS.typedAsText : FINDING_WORDS.maybeTypedAsText, { n, what });
}
