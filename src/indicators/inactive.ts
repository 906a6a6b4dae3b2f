/**
 * Inactive pairings (SPEC §5): judged only over the years a pairing was in force *and*
 * its unit reported (indicators/reporting.ts); a unit that sent nothing is "chưa báo cáo". A pairing that ended before the activity data begin,
 * or started after they end, has no year to be judged on and is never inactive — calling
 * it "hình thức" would be a false charge in a signed report.
 */
import type { PairingRow, VillageActivityRow, VillagePairingRow } from '../dataset/types.js';
import { pairKey } from '../checks/identity.js';
import { yearOf } from '../values/calendar.js';
import { yearsOf, type Period } from './period.js';
import type { InactivePairing } from './types.js';
import { Memo } from '../util/memo.js';

/** The years of the period in which the pairing was in force for at least a day. */
export function yearsInForce(pairing: PairingRow, period: Period): number[] {
  return yearsOf(period).filter((y) => pairing.startDate <= `${y}-12-31` && (pairing.endDate === undefined || pairing.endDate >= `${y}-01-01`));
}

export function inactivePairings(
  pairings: readonly VillagePairingRow[],
  activities: readonly VillageActivityRow[],
  period: Period,
  reportedYears: (unit: string) => ReadonlySet<number>,
  minActivities: number,
  unitName: (name: string) => string,
  memo: Memo = new Memo(),
): InactivePairing[] {
  // Activities per pairing and year: a pairing is judged on the years it is judged over only.
  const counts = new Map<string, Map<number, number>>();
  for (const a of activities) {
    const key = pairKey(a.unit, a.commune, a.village, memo);
    const years = counts.get(key) ?? new Map<number, number>();
    const year = yearOf(a.date);
    years.set(year, (years.get(year) ?? 0) + 1);
    counts.set(key, years);
  }
  // A pairing repeated (a replacement row, a later decision) is judged over the union of its years.
  const judged = new Map<string, { pairing: VillagePairingRow; years: Set<number> }>();
  for (const p of pairings) {
    const key = pairKey(p.unit, p.commune, p.village, memo);
    const entry = judged.get(key) ?? { pairing: p, years: new Set<number>() };
    // Not reported is not inactive: only the years its unit sent a report for are judged.
    const reported = reportedYears(p.unit);
    for (const y of yearsInForce(p, period)) if (reported.has(y)) entry.years.add(y);
    judged.set(key, entry);
  }
  const inactive: InactivePairing[] = [];
  for (const [key, { pairing: p, years }] of judged) {
    if (years.size === 0) continue;
    const perYear = counts.get(key);
    let count = 0;
    for (const y of years) count += perYear?.get(y) ?? 0;
    if (count < minActivities) {
      inactive.push({
        unit: unitName(p.unit),
        ...(p.district ? { district: p.district } : {}),
        commune: p.commune,
        village: p.village,
        years: [...years].sort((a, b) => a - b),
      });
    }
  }
  return inactive;
}
