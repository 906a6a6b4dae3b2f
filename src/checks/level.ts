/**
 * The level of a pairing or an activity (SPEC §8): with a village, a whole commune or a
 * whole district, read from which name cells are filled, and checked against the optional
 * `Cấp kết nghĩa` column. Also the row rules of household pairs. Runs once per row.
 */
import type { Param } from '../findings/finding.js';
import type { SheetKind } from '../schema/fields.js';
import { yearOf } from '../values/calendar.js';
import type { Value } from './cells.js';
import type { RowIssue } from './row.js';
import { FINDING_WORDS } from '../messages/findings.js';
import { inBoth } from '../messages/render.js';

import type { TargetLevel } from '../model/types.js';

export type { TargetLevel };

export const TARGET_LEVEL_KEYS: readonly TargetLevel[] = ['village', 'commune', 'district'];

/** The name cell that makes a row of each level, and the headers used in messages. */
type Text = { readonly vi: string; readonly en: string };

const NAME_OF: Record<TargetLevel, { key: string; label: Text; word: Text }> = {
  village: { key: 'village', label: FINDING_WORDS.villageLabel, word: FINDING_WORDS.village },
  commune: { key: 'commune', label: FINDING_WORDS.communeLabel, word: FINDING_WORDS.commune },
  district: { key: 'district', label: FINDING_WORDS.districtLabel, word: FINDING_WORDS.district },
};

const NONE: RowIssue[] = [];

const filled = (values: Record<string, Value | undefined>, key: string): boolean => typeof values[key] === 'string' && values[key] !== '';

/** The level the filled name cells make: the finest one named. */
function impliedLevel(values: Record<string, Value | undefined>): TargetLevel | undefined {
  if (filled(values, 'village')) return 'village';
  if (filled(values, 'commune')) return 'commune';
  if (filled(values, 'district')) return 'district';
  return undefined;
}

/**
 * Checks a row's level and, when it is sound, records it as `values.targetLevel` (the
 * dataset's field for every pairing and activity, whether the sheet has the column or not).
 */
export function checkTargetLevel(kind: SheetKind, values: Record<string, Value | undefined>): RowIssue[] {
  if (kind === 'householdPairings') return checkHouseholdPair(values);
  if (kind !== 'pairings' && kind !== 'activities') return NONE;
  const stated = values.targetLevel as TargetLevel | undefined;
  const implied = impliedLevel(values);
  // Set again below only when the row's level is settled: the cross-sheet checks skip a row without one.
  values.targetLevel = undefined;
  if (implied === undefined) {
    // Nothing names the place: the cells the stated level needs, or commune and village as before levels.
    if (stated === 'district') return [{ field: 'district', code: 'required' }];
    if (stated === 'commune') return [{ field: 'commune', code: 'required' }];
    return [
      { field: 'commune', code: 'required' },
      { field: 'village', code: 'required' },
    ];
  }
  // A village is always named with its commune: "Thôn 1" exists in every commune.
  if (implied === 'village' && !filled(values, 'commune')) return [{ field: 'commune', code: 'required' }];
  if (stated !== undefined && stated !== implied) {
    const named = NAME_OF[implied];
    return [
      {
        field: 'targetLevel',
        code: 'inconsistent-values',
        params: {
          other: named.label,
          expected: String(values[named.key]),
          detail: levelDetail(NAME_OF[stated].word, named.word, stated !== 'village'),
        },
      },
    ];
  }
  values.targetLevel = implied;
  return NONE;
}

function levelDetail(stated: Text, named: Text, wholeArea: boolean): Param {
  return inBoth(FINDING_WORDS.levelMismatch, { stated, named, whole: wholeArea ? inBoth(FINDING_WORDS.levelWhole, { stated }) : '' });
}

/** Household pairs: the year out of poverty is not before the pairing, and only for a household that was poor. */
function checkHouseholdPair(values: Record<string, Value | undefined>): RowIssue[] {
  const exitYear = values.exitYear;
  if (typeof exitYear !== 'number') return NONE;
  const start = values.startDate;
  if (typeof start === 'string' && exitYear < yearOf(start)) {
    return [
      {
        field: 'exitYear',
        code: 'inconsistent-values',
        params: {
          other: FINDING_WORDS.startDate,
          expected: String(yearOf(start)),
          detail: FINDING_WORDS.exitBeforeStart,
        },
      },
    ];
  }
  if (values.helpedWasPoor === false) {
    return [
      {
        field: 'exitYear',
        code: 'inconsistent-values',
        params: {
          other: FINDING_WORDS.poorWhenPaired,
          expected: FINDING_WORDS.no,
          detail: FINDING_WORDS.notPoorNoExit,
        },
      },
    ];
  }
  return NONE;
}
