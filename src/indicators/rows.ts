/**
 * What the indicators ask of single rows, in one place: the level a row is at, whether a
 * pairing is in force, how a rate is made from its parts, and one spelling per unit.
 */
import type { ActivityRow, Dataset, PairingRow, VillageActivityRow, VillagePairingRow } from '../dataset/types.js';
import { nameKey } from '../text/names.js';
import { Memo } from '../util/memo.js';
import type { Period } from './period.js';

/** A rate recomputed from its parts; null when there is no whole to divide by. */
export const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** A pairing (of any level, or of households) with the dates it is in force. */
interface InForce {
  readonly startDate: string;
  readonly endDate?: string;
}

export function isVillagePairing(p: PairingRow): p is VillagePairingRow {
  return p.targetLevel === 'village';
}

export function isVillageActivity(a: ActivityRow): a is VillageActivityRow {
  return a.targetLevel === 'village';
}

/** Active at the end of the period: started by `to`, not ended before it. */
export function activeAt(pairing: InForce, date: string): boolean {
  return pairing.startDate <= date && (pairing.endDate === undefined || pairing.endDate >= date);
}

/** Active at some time in the period. */
export function activeDuring(pairing: InForce, period: Period): boolean {
  return pairing.startDate <= period.to && (pairing.endDate === undefined || pairing.endDate >= period.from);
}

/**
 * One spelling per unit in every list: the units sheet's, else the first met in pairings,
 * then activities ("Phòng Tài chính – Kế hoạch" and "Phòng Tài chính - Kế hoạch" are one unit).
 */
export function unitDisplay(dataset: Dataset, memo: Memo = new Memo()): (name: string) => string {
  const names = new Map<string, string>();
  for (const rows of [dataset.units, dataset.pairings, dataset.activities]) {
    for (const { unit } of rows) {
      const key = nameKey(unit, 'unit', memo);
      if (!names.has(key)) names.set(key, unit);
    }
  }
  return (name) => names.get(nameKey(name, 'unit', memo)) ?? name;
}

/**
 * Units of the units sheet with no pairing active at the end of the period; `ended` is the
 * last end date of a pairing that had ended by then (the unit was paired, and is not to be
 * called one that never was).
 */
export function unitsWithoutPairing(dataset: Dataset, period: Period): Array<{ unit: string; level?: string; bloc?: string; ended?: string }> {
  const paired = new Set(dataset.pairings.filter((p) => activeAt(p, period.to)).map((p) => nameKey(p.unit, 'unit')));
  const ended = new Map<string, string>();
  for (const p of dataset.pairings) {
    if (p.endDate === undefined || p.endDate > period.to || p.startDate > period.to) continue;
    const key = nameKey(p.unit, 'unit');
    if ((ended.get(key) ?? '') < p.endDate) ended.set(key, p.endDate);
  }
  return dataset.units
    .filter((u) => !paired.has(nameKey(u.unit, 'unit')))
    .map((u) => {
      const end = ended.get(nameKey(u.unit, 'unit'));
      return { unit: u.unit, ...(u.level ? { level: u.level } : {}), ...(u.bloc ? { bloc: u.bloc } : {}), ...(end ? { ended: end } : {}) };
    });
}
