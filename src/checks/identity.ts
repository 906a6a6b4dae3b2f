/**
 * Indexes of the known villages and units, for references from pairings and
 * activities: exact identity by SPEC §2, suggestions for near misses.
 */
import type { VillageRef } from '../model/types.js';
import { nameKey } from '../text/names.js';
import { sameBody } from '../text/bodies.js';
import { Suggester } from '../text/suggest.js';
import { memoTable, type Memo } from '../util/memo.js';

export type VillageLookup =
  | { readonly found: true }
  | { readonly found: false; readonly part: 'commune' | 'village' | 'district'; readonly suggestion?: string };

interface Known {
  readonly district?: string;
  readonly display: string;
}

export class VillageIndex {
  constructor(private readonly memo?: Memo) {}

  private readonly communes = new Map<string, Map<string, Known[]>>();
  private readonly communeNames = new Suggester();
  private readonly villageNames = new Map<string, Suggester>();

  add(ref: VillageRef): void {
    const c = nameKey(ref.commune, 'commune', this.memo);
    const v = nameKey(ref.village, 'village', this.memo);
    let villages = this.communes.get(c);
    if (!villages) {
      villages = new Map();
      this.communes.set(c, villages);
      this.communeNames.add({ display: ref.commune, key: c });
      this.villageNames.set(c, new Suggester());
    }
    let known = villages.get(v);
    if (!known) {
      known = [];
      villages.set(v, known);
      this.villageNames.get(c)!.add({ display: ref.village, key: v });
    }
    const district = ref.district ? nameKey(ref.district, 'district', this.memo) : undefined;
    if (!known.some((k) => k.district === district)) known.push({ ...(district ? { district } : {}), display: ref.district ?? '' });
  }

  get size(): number {
    return this.communes.size;
  }

  lookup(ref: VillageRef): VillageLookup {
    const c = nameKey(ref.commune, 'commune', this.memo);
    const villages = this.communes.get(c);
    if (!villages) return withSuggestion('commune', this.communeNames.suggest(c));
    const v = nameKey(ref.village, 'village', this.memo);
    const known = villages.get(v);
    if (!known) return withSuggestion('village', this.villageNames.get(c)!.suggest(v));
    if (!ref.district) return { found: true };
    const d = nameKey(ref.district, 'district', this.memo);
    // District is compared only when both sides have it (it is optional since 2025).
    if (known.some((k) => k.district === undefined || k.district === d)) return { found: true };
    return withSuggestion('district', known.find((k) => k.display)?.display);
  }
}

function withSuggestion(part: 'commune' | 'village' | 'district', suggestion: string | undefined): VillageLookup {
  return suggestion === undefined ? { found: false, part } : { found: false, part, suggestion };
}

export class UnitIndex {
  constructor(private readonly memo?: Memo) {}

  private readonly keys = new Set<string>();
  private readonly names = new Suggester();

  add(unit: string): void {
    const key = nameKey(unit, 'unit', this.memo);
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.names.add({ display: unit, key });
  }

  has(unit: string): boolean {
    return this.keys.has(nameKey(unit, 'unit', this.memo));
  }

  suggest(unit: string): string | undefined {
    const suggestion = this.names.suggest(nameKey(unit, 'unit', this.memo));
    // "Thị ủy" for "Tỉnh ủy" is another office, not a typo.
    return suggestion !== undefined && sameBody(unit, suggestion) ? suggestion : undefined;
  }

  get size(): number {
    return this.keys.size;
  }
}

const PAIR_KEYS = memoTable<string>('pair keys');

/**
 * The key of a (unit, village) pair, district left out (compared separately). Asked for
 * every row: with the run's memo, worked out once per distinct triple.
 */
export function pairKey(unit: string, commune: string, village: string, memo?: Memo): string {
  return memo ? memo.get3(PAIR_KEYS, unit, commune, village, joinKeys, memo) : joinKeys(unit, commune, village, undefined);
}

function joinKeys(unit: string, commune: string, village: string, memo: Memo | undefined): string {
  return `${nameKey(unit, 'unit', memo)}\u0000${nameKey(commune, 'commune', memo)}\u0000${nameKey(village, 'village', memo)}`;
}

/** The key of a village, district left out (compared separately); memoised with the pair keys. */
export function villageKey(commune: string, village: string, memo?: Memo): string {
  return pairKey('', commune, village, memo);
}

export function districtKey(district: string | undefined, memo?: Memo): string | undefined {
  return district ? nameKey(district, 'district', memo) : undefined;
}

/** Districts agree when either is missing or both name the same district. */
export function sameDistrict(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}
