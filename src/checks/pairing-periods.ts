/**
 * The periods of each pairing — by (unit, village), (unit, commune) or (unit, district) —
 * that the duplicate check and `not-paired` both work from (SPEC §2, §8).
 */
import type { ParsedRow } from '../model/types.js';
import { nameKey } from '../text/names.js';
import { targetName, targetOf, type AreaPeriod } from './areas.js';
import { districtKey, pairKey, sameDistrict } from './identity.js';
import { placeOf, reportAtField, type Report } from './report.js';
import type { Memo } from '../util/memo.js';
import { FINDING_WORDS } from '../messages/findings.js';
import { inBoth } from '../messages/render.js';

const str = (row: ParsedRow, key: string): string | undefined => {
  const value = row.values[key];
  return typeof value === 'string' ? value : undefined;
};

export interface PairingPeriod {
  readonly row: ParsedRow;
  readonly district?: string;
  readonly start: string;
  readonly end?: string;
}

export interface Periods {
  /** By (unit, village), (unit, commune) or (unit, district), in row order: what both pairing checks work from. */
  readonly byPair: Map<string, PairingPeriod[]>;
  /** Pairings with a whole commune or district, by unit: they cover activities anywhere in their area. */
  readonly areasByUnit: Map<string, AreaPeriod[]>;
}

export function pairingPeriods(pairings: readonly ParsedRow[], memo?: Memo): Periods {
  const byPair = new Map<string, PairingPeriod[]>();
  const areasByUnit = new Map<string, AreaPeriod[]>();
  for (const row of pairings) {
    const unit = str(row, 'unit');
    const target = targetOf(row);
    const start = str(row, 'startDate');
    if (!unit || !target || !start) continue;
    const end = str(row, 'endDate');
    const district = districtKey(target.district, memo);
    // Village keys as before levels; "" for the village of a commune pairing, a marked key for a district.
    const key =
      target.level === 'district' ? `${nameKey(unit, 'unit', memo)}\u0001${district}` : pairKey(unit, target.commune!, target.level === 'village' ? target.village! : '', memo);
    const list = byPair.get(key) ?? [];
    list.push({ row, start, ...(end ? { end } : {}), ...(district ? { district } : {}) });
    byPair.set(key, list);
    if (target.level !== 'village') {
      const unitKey = nameKey(unit, 'unit', memo);
      const areas = areasByUnit.get(unitKey) ?? [];
      const commune = target.commune ? nameKey(target.commune, 'commune', memo) : undefined;
      areas.push({ row, level: target.level, start, ...(end ? { end } : {}), ...(district ? { district } : {}), ...(commune ? { commune } : {}) });
      areasByUnit.set(unitKey, areas);
    }
  }
  return { byPair, areasByUnit };
}

export function checkDuplicatePairings(periods: Periods, report: Report): void {
  for (const list of periods.byPair.values()) {
    list.forEach((p, i) => {
      // The same unit and village twice over overlapping periods is one pairing entered twice.
      const first = list.slice(0, i).find((e) => sameDistrict(e.district, p.district) && (e.end === undefined || e.end >= p.start) && (p.end === undefined || p.end >= e.start));
      if (!first) return;
      // Another file stating the same pairing with the same dates (a unit's submission and the
      // master) is one pairing told twice, not a mistake: it counts once.
      if (first.row.sheet.file !== p.row.sheet.file && first.start === p.start && first.end === p.end) {
        p.row.repeats = true;
        return;
      }
      const unit = str(p.row, 'unit');
      const { field, name } = targetName(targetOf(p.row)!);
      reportAtField(report, p.row, field, 'duplicate-key', {
        params: { detail: inBoth(FINDING_WORDS.pairing, { unit: String(unit), name: String(name) }), other: placeOf(first.row, field) },
      });
    });
  }
}
