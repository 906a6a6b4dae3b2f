/**
 * `outlier` warnings: a village's figures that jump implausibly from one year to the
 * next, and activity amounts far above what that kind of activity usually costs
 * (a typed 5.000.000.000 for 5.000.000). Warnings only: the data may be right.
 */
import type { ParsedRow } from '../model/types.js';
import { districtKey, villageKey } from './identity.js';
import { reportAtField, type Report } from './report.js';
import type { RowsByKind } from '../model/types.js';
import type { Memo } from '../util/memo.js';
import { DEFAULT_POVERTY_STANDARD_YEARS, DEFAULT_THRESHOLDS } from '../model/defaults.js';
import { FINDING_WORDS } from '../messages/findings.js';
import { inBoth } from '../messages/render.js';

export interface OutlierOptions {
  /** Relative year-on-year change of households or poor households that is flagged (0.5 = 50%). */
  readonly outlierChange: number;
  /** Changes are only judged when the earlier figure is at least this large. */
  readonly outlierMinimum: number;
  /** An amount above this many times the median of its activity type is flagged. */
  readonly outlierAmountFactor: number;
  /** Years a new national poverty standard took effect: poverty jumps into them are expected. */
  readonly povertyStandardYears: readonly number[];
}

/** The thresholds without a config file: the config's defaults. */
export const DEFAULT_OUTLIER_OPTIONS: OutlierOptions = {
  outlierChange: DEFAULT_THRESHOLDS.outlierChange,
  outlierMinimum: DEFAULT_THRESHOLDS.outlierMinimum,
  outlierAmountFactor: DEFAULT_THRESHOLDS.outlierAmountFactor,
  povertyStandardYears: DEFAULT_POVERTY_STANDARD_YEARS,
};

/** Amounts below this are never flagged, however small the median. */
const AMOUNT_FLOOR = 100_000_000;

export function checkOutliers(rows: RowsByKind, options: OutlierOptions, report: Report, memo?: Memo): void {
  checkVillageSeries(rows.villages, options, report, memo);
  checkAmounts(rows.activities, options, report);
}

function checkVillageSeries(villages: readonly ParsedRow[], options: OutlierOptions, report: Report, memo: Memo | undefined): void {
  const series = new Map<string, ParsedRow[]>();
  for (const row of villages) {
    const { commune, village, year } = row.values;
    if (typeof commune !== 'string' || typeof village !== 'string' || typeof year !== 'number') continue;
    const d = row.values.district;
    const key = `${villageKey(commune, village, memo)}\u0000${districtKey(typeof d === 'string' ? d : undefined, memo) ?? ''}`;
    const list = series.get(key) ?? [];
    list.push(row);
    series.set(key, list);
  }
  for (const list of series.values()) {
    list.sort((a, b) => (a.values.year as number) - (b.values.year as number));
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1]!;
      const row = list[i]!;
      const year = row.values.year as number;
      if (year !== (prev.values.year as number) + 1) continue;
      for (const field of ['households', 'poorHouseholds'] as const) {
        if (field === 'poorHouseholds' && options.povertyStandardYears.includes(year)) continue;
        const before = prev.values[field];
        const now = row.values[field];
        if (typeof before !== 'number' || typeof now !== 'number' || before < options.outlierMinimum) continue;
        const change = (now - before) / before;
        if (Math.abs(change) > options.outlierChange) {
          const percent = Math.round(change * 100);
          reportAtField(report, row, field, 'outlier', {
            params: {
              detail: inBoth(FINDING_WORDS.yearChange, { year: year - 1, before, change: `${percent > 0 ? '+' : ''}${percent}` }),
            },
          });
        }
      }
    }
  }
}

function checkAmounts(activities: readonly ParsedRow[], options: OutlierOptions, report: Report): void {
  for (const field of ['cash', 'inKind'] as const) {
    const byType = new Map<string, number[]>();
    for (const row of activities) {
      const amount = row.values[field];
      const type = row.values.type;
      if (typeof amount !== 'number' || amount <= 0 || typeof type !== 'string') continue;
      const list = byType.get(type) ?? [];
      list.push(amount);
      byType.set(type, list);
    }
    const limits = new Map<string, number>();
    for (const [type, amounts] of byType) {
      // A median needs a handful of amounts to mean anything.
      if (amounts.length < 5) continue;
      amounts.sort((a, b) => a - b);
      const median = amounts[Math.floor(amounts.length / 2)]!;
      limits.set(type, Math.max(AMOUNT_FLOOR, median * options.outlierAmountFactor));
    }
    for (const row of activities) {
      const amount = row.values[field];
      const limit = limits.get(row.values.type as string);
      if (typeof amount === 'number' && limit !== undefined && amount > limit) {
        reportAtField(report, row, field, 'outlier', {
          params: {
            detail: inBoth(FINDING_WORDS.amountOutlier, { factor: options.outlierAmountFactor }),
          },
        });
      }
    }
  }
}
