/**
 * Checks between the values of one row (SPEC §3 `inconsistent-values`): counts that
 * must not exceed the total they are part of, an end that must not precede its start.
 */
import { SHEETS, type FieldDef, type SheetKind } from '../schema/fields.js';
import { formatVi } from '../values/calendar.js';
import type { CellIssue, Value } from './cells.js';
import { FINDING_WORDS } from '../messages/findings.js';
import { inBoth } from '../messages/render.js';

export interface RowIssue extends CellIssue {
  /** The field whose cell the finding points at. */
  readonly field: string;
}

interface Constraint {
  readonly field: FieldDef;
  readonly other: FieldDef;
  readonly kind: 'notAbove' | 'notBefore';
}

// The constraints of each kind of sheet, found once: this runs for every row.
const CONSTRAINTS = new Map<SheetKind, readonly Constraint[]>();

function constraintsOf(kind: SheetKind): readonly Constraint[] {
  let list = CONSTRAINTS.get(kind);
  if (!list) {
    const fields = SHEETS[kind].fields;
    list = fields.flatMap((field): Constraint[] => {
      const out: Constraint[] = [];
      if (field.notAbove) out.push({ field, other: fields.find((f) => f.key === field.notAbove)!, kind: 'notAbove' });
      if (field.notBefore) out.push({ field, other: fields.find((f) => f.key === field.notBefore)!, kind: 'notBefore' });
      return out;
    });
    CONSTRAINTS.set(kind, list);
  }
  return list;
}

const NONE: RowIssue[] = [];

export function checkRowConsistency(kind: SheetKind, values: Record<string, Value | undefined>): RowIssue[] {
  let issues = NONE;
  for (const { field, other, kind: rule } of constraintsOf(kind)) {
    const value = values[field.key];
    const limit = values[other.key];
    if (value === undefined || limit === undefined) continue;
    if (rule === 'notAbove' && typeof value === 'number' && typeof limit === 'number' && value > limit) {
      if (issues === NONE) issues = [];
      issues.push({
        field: field.key,
        code: 'inconsistent-values',
        params: {
          other: { vi: other.header, en: other.en },
          expected: limit,
          detail: inBoth(FINDING_WORDS.exceeds, { field: { vi: field.header.toLowerCase(), en: field.en.toLowerCase() }, other: { vi: other.header.toLowerCase(), en: other.en.toLowerCase() } }),
        },
      });
    }
    if (rule === 'notBefore' && typeof value === 'string' && typeof limit === 'string' && value < limit) {
      if (issues === NONE) issues = [];
      issues.push({
        field: field.key,
        code: 'inconsistent-values',
        params: {
          other: { vi: other.header, en: other.en },
          expected: formatVi(limit),
          detail: FINDING_WORDS.endBeforeStart,
        },
      });
    }
  }
  return issues;
}
