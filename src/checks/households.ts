/**
 * Checks across household pairs (SPEC §8): the same pair twice, and the places they name.
 * The row rules (year out of poverty) are in level.ts, with the other per-row checks.
 */
import type { ParsedRow } from '../model/types.js';
import { nameKey } from '../text/names.js';
import { checkArea, type AreaIndex } from './areas.js';
import { districtKey, sameDistrict } from './identity.js';
import { placeOf, reportAtField, type Report } from './report.js';
import { FINDING_WORDS } from '../messages/findings.js';
import { inBoth } from '../messages/render.js';

const str = (row: ParsedRow, key: string): string | undefined => {
  const value = row.values[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

export function checkHouseholdPairs(pairs: readonly ParsedRow[], areas: AreaIndex, report: Report): void {
  const memo = areas.memo;
  const seen = new Map<string, ParsedRow[]>();
  for (const row of pairs) {
    const helper = str(row, 'helper');
    const helped = str(row, 'helped');
    const commune = str(row, 'commune');
    const start = str(row, 'startDate');
    if (!helper || !helped || !commune || !start) continue;
    // Households are named by their heads: compared as names are, without prefix words.
    const key = `${nameKey(helper, 'unit', memo)}\u0000${nameKey(helped, 'unit', memo)}\u0000${nameKey(commune, 'commune', memo)}`;
    const earlier = seen.get(key) ?? [];
    const end = str(row, 'endDate');
    const first = earlier.find((e) => {
      const eEnd = str(e, 'endDate');
      const eStart = str(e, 'startDate')!;
      // The same two households over overlapping periods: one pair entered twice.
      return sameDistrict(districtKey(str(e, 'district'), memo), districtKey(str(row, 'district'), memo)) && (eEnd === undefined || eEnd >= start) && (end === undefined || end >= eStart);
    });
    if (first) {
      reportAtField(report, row, 'helped', 'duplicate-key', {
        params: { detail: inBoth(FINDING_WORDS.householdPair, { helper, helped }), other: placeOf(first, 'helped') },
      });
    }
    earlier.push(row);
    seen.set(key, earlier);
    if (areas.communeCount > 0) checkArea(row, areas, report);
  }
}
