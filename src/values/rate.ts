/**
 * A rate recomputed from its parts (BRIEF: rates are never summed or averaged): part over
 * whole, or null when there is no whole to speak of. The one place a rate is computed —
 * coverage, poverty, shares of funds and activities, the reporting rate.
 */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
