/**
 * Checks between the values of one row (SPEC §3 `inconsistent-values`): counts that
 * must not exceed the total they are part of, an end that must not precede its start.
 */
import type { Param } from '../findings/finding.js';
import { SHEETS, type SheetKind } from '../schema/fields.js';
import { formatVi } from '../values/calendar.js';
import type { CellIssue, Value } from './cells.js';

export interface RowIssue extends CellIssue {
  /** The field whose cell the finding points at. */
  readonly field: string;
}

export function checkRowConsistency(kind: SheetKind, values: Record<string, Value | undefined>): RowIssue[] {
  const issues: RowIssue[] = [];
  for (const field of SHEETS[kind].fields) {
    const value = values[field.key];
    if (value === undefined) continue;
    if (field.notAbove) {
      const limit = values[field.notAbove];
      const other = SHEETS[kind].fields.find((f) => f.key === field.notAbove)!;
      if (typeof value === 'number' && typeof limit === 'number' && value > limit) {
        issues.push({
          field: field.key,
          code: 'inconsistent-values',
          params: {
            other: { vi: other.header, en: other.en },
            expected: limit,
            detail: { vi: `${field.header.toLowerCase()} lớn hơn ${other.header.toLowerCase()}`, en: `${field.en.toLowerCase()} exceed ${other.en.toLowerCase()}` } satisfies Param,
          },
        });
      }
    }
    if (field.notBefore) {
      const start = values[field.notBefore];
      const other = SHEETS[kind].fields.find((f) => f.key === field.notBefore)!;
      if (typeof value === 'string' && typeof start === 'string' && value < start) {
        issues.push({
          field: field.key,
          code: 'inconsistent-values',
          params: {
            other: { vi: other.header, en: other.en },
            expected: formatVi(start),
            detail: { vi: 'ngày kết thúc trước ngày bắt đầu', en: 'the end is before the start' },
          },
        });
      }
    }
  }
  return issues;
}
