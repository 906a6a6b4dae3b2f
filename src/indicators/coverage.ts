/** `coverage` of SPEC §5 for villages: which villages of the latest list a pairing covers. */
import type { Dataset, VillageRow } from '../model/types.js';
import { nameKey } from '../text/names.js';
import type { Memo } from '../util/memo.js';
import type { Period } from '../values/period.js';
import { activeAt, isVillagePairing, rate } from '../model/rows.js';
import type { CommuneCoverage, Indicators, UncoveredVillage } from './types.js';
import { villageMatcher } from './villages.js';

type VillageCoverage = Omit<Indicators['coverage'], 'communes' | 'districts'>;

/** Village coverage counts village pairings only (SPEC §8). */
export function villageCoverage(dataset: Dataset, latest: readonly VillageRow[], period: Period, memo: Memo): VillageCoverage {
  const pairings = dataset.pairings.filter(isVillagePairing);
  const active = pairings.filter((p) => activeAt(p, period.to));
  const units = new Set(active.map((p) => nameKey(p.unit, 'unit', memo))).size;
  const { key: identity, matches } = villageMatcher([...latest, ...pairings], memo);
  const coveredKeys = new Set(active.flatMap((p) => matches(p)));
  if (!dataset.present.villages || latest.length === 0) {
    // No village list, or none for a year up to the end of the period: no coverage claim.
    return { villages: null, covered: new Set(active.map((p) => identity(p))).size, rate: null, units, pairings: active.length, uncovered: [], byCommune: [] };
  }
  const uncovered: UncoveredVillage[] = [];
  const communes = new Map<string, { district?: string; commune: string; villages: number; covered: number }>();
  let covered = 0;
  for (const v of latest) {
    const isCovered = coveredKeys.has(identity(v));
    if (isCovered) covered++;
    else {
      uncovered.push({
        ...(v.district ? { district: v.district } : {}),
        commune: v.commune,
        village: v.village,
        extremelyDifficult: v.extremelyDifficult === true,
        border: v.border === true,
        povertyRate: rate(v.poorHouseholds, v.households),
      });
    }
    const communeKey = `${v.district ? nameKey(v.district, 'district', memo) : ''}\u0000${nameKey(v.commune, 'commune', memo)}`;
    const entry = communes.get(communeKey) ?? { ...(v.district ? { district: v.district } : {}), commune: v.commune, villages: 0, covered: 0 };
    entry.villages++;
    if (isCovered) entry.covered++;
    communes.set(communeKey, entry);
  }
  uncovered.sort(byNeed);
  const byCommune: CommuneCoverage[] = [...communes.values()]
    .map((c) => ({ ...c, rate: rate(c.covered, c.villages) }))
    .sort((a, b) => (a.district ?? '').localeCompare(b.district ?? '', 'vi') || a.commune.localeCompare(b.commune, 'vi'));
  return { villages: latest.length, covered, rate: rate(covered, latest.length), units, pairings: active.length, uncovered, byCommune };
}

/** Most needy first (SPEC §4): extremely difficult, then border, then the highest poverty rate. */
function byNeed(a: UncoveredVillage, b: UncoveredVillage): number {
  return (
    Number(b.extremelyDifficult) - Number(a.extremelyDifficult) ||
    Number(b.border) - Number(a.border) ||
    (b.povertyRate ?? -1) - (a.povertyRate ?? -1) ||
    a.commune.localeCompare(b.commune, 'vi') ||
    a.village.localeCompare(b.village, 'vi')
  );
}
