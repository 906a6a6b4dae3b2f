/**
 * Communes and districts as things a unit is paired with (SPEC §8): the index of known
 * ones (communes sheet, else villages sheet), the pairings with a whole area, and whether
 * one of them covers an activity.
 */
import type { ParsedRow } from '../dataset/types.js';
import { nameKey } from '../text/names.js';
import { Suggester } from '../text/suggest.js';
import type { TargetLevel } from './level.js';
import { reportAtField, type Report } from './report.js';
import type { Memo } from '../util/memo.js';

const str = (row: ParsedRow, key: string): string | undefined => {
  const value = row.values[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

export type AreaLookup = { readonly found: true } | { readonly found: false; readonly part: 'commune' | 'district'; readonly suggestion?: string };

/** The communes and districts the lists name, with where each commune lies. */
export class AreaIndex {
  constructor(readonly memo?: Memo) {}

  private readonly communes = new Map<string, Array<{ district?: string; display?: string }>>();
  private readonly communeNames = new Suggester();
  private readonly districts = new Set<string>();
  private readonly districtNames = new Suggester();

  add(commune: string, district: string | undefined): void {
    const c = nameKey(commune, 'commune', this.memo);
    let known = this.communes.get(c);
    if (!known) {
      known = [];
      this.communes.set(c, known);
      this.communeNames.add({ display: commune, key: c });
    }
    const d = district ? nameKey(district, 'district', this.memo) : undefined;
    if (!known.some((k) => k.district === d)) known.push(d ? { district: d, display: district! } : {});
    if (d && !this.districts.has(d)) {
      this.districts.add(d);
      this.districtNames.add({ display: district!, key: d });
    }
  }

  get communeCount(): number {
    return this.communes.size;
  }

  /** A commune (with its district when both sides have one), or a district alone. */
  lookup(commune: string | undefined, district: string | undefined): AreaLookup {
    if (commune !== undefined) {
      const c = nameKey(commune, 'commune', this.memo);
      const known = this.communes.get(c);
      if (!known) return withSuggestion('commune', this.communeNames.suggest(c));
      if (!district) return { found: true };
      const d = nameKey(district, 'district', this.memo);
      if (known.some((k) => k.district === undefined || k.district === d)) return { found: true };
      return withSuggestion('district', known.find((k) => k.display)?.display);
    }
    if (district === undefined || this.districts.size === 0) return { found: true };
    const d = nameKey(district, 'district', this.memo);
    return this.districts.has(d) ? { found: true } : withSuggestion('district', this.districtNames.suggest(d));
  }

  /** Whether the lists name this commune (any district). */
  hasCommune(commune: string): boolean {
    return this.communes.has(nameKey(commune, 'commune', this.memo));
  }

  /** Whether the lists name this district; undefined when they name no district at all. */
  hasDistrict(district: string): boolean | undefined {
    if (this.districts.size === 0) return undefined;
    return this.districts.has(nameKey(district, 'district', this.memo));
  }

  /** The districts a commune lies in, keyed (empty when the lists do not say). */
  districtsOf(commune: string): string[] {
    return (this.communes.get(nameKey(commune, 'commune', this.memo)) ?? []).flatMap((k) => (k.district ? [k.district] : []));
  }
}

function withSuggestion(part: 'commune' | 'district', suggestion: string | undefined): AreaLookup {
  return suggestion === undefined ? { found: false, part } : { found: false, part, suggestion };
}

/** Known areas from the villages and communes sheets. */
export function areaIndex(villages: readonly ParsedRow[], communes: readonly ParsedRow[], memo?: Memo): AreaIndex {
  const index = new AreaIndex(memo);
  for (const row of [...communes, ...villages]) {
    const commune = str(row, 'commune');
    if (commune) index.add(commune, str(row, 'district'));
  }
  return index;
}

/** What a pairing or an activity is with, as read (undefined when its level could not be settled). */
export interface Target {
  readonly level: TargetLevel;
  readonly district?: string;
  readonly commune?: string;
  readonly village?: string;
}

export function targetOf(row: ParsedRow): Target | undefined {
  const level = row.values.targetLevel as TargetLevel | undefined;
  if (level === undefined) return undefined;
  const district = str(row, 'district');
  const commune = str(row, 'commune');
  const village = str(row, 'village');
  return { level, ...(district ? { district } : {}), ...(commune ? { commune } : {}), ...(village ? { village } : {}) };
}

/** The name a message shows for a target, and the field its cell is in. */
export function targetName(target: Target): { field: 'village' | 'commune' | 'district'; name: string } {
  if (target.level === 'village') return { field: 'village', name: target.village! };
  if (target.level === 'commune') return { field: 'commune', name: target.commune! };
  return { field: 'district', name: target.district! };
}

export interface AreaPeriod {
  readonly row: ParsedRow;
  readonly level: 'commune' | 'district';
  /** Keyed names. */
  readonly commune?: string;
  readonly district?: string;
  readonly start: string;
  readonly end?: string;
}

/**
 * Whether a commune or district pairing covers an activity's place: a commune pairing covers
 * the commune and every village of it, a district pairing every commune of the district.
 */
export function areaCovers(p: AreaPeriod, target: Target, areas: AreaIndex): boolean {
  const district = target.district ? nameKey(target.district, 'district', areas.memo) : undefined;
  if (p.level === 'commune') {
    if (!target.commune || nameKey(target.commune, 'commune', areas.memo) !== p.commune) return false;
    return p.district === undefined || district === undefined || p.district === district;
  }
  if (district !== undefined) return district === p.district;
  return target.commune !== undefined && areas.districtsOf(target.commune).includes(p.district!);
}

/** The `unknown-commune` / `unknown-district` finding of a row naming an area, to report; undefined when the area is known. */
export function areaFinding(row: ParsedRow, areas: AreaIndex): ((report: Report) => void) | undefined {
  const commune = str(row, 'commune');
  const district = str(row, 'district');
  const lookup = areas.lookup(commune, district);
  if (lookup.found) return undefined;
  const part = lookup.part;
  return (report) =>
    reportAtField(report, row, part, part === 'commune' ? 'unknown-commune' : 'unknown-district', {
      value: part === 'commune' ? commune! : district!,
      ...(lookup.suggestion ? { suggestion: lookup.suggestion } : {}),
    });
}

/** Reports an unknown area of a row at once; true when there was one. */
export function checkArea(row: ParsedRow, areas: AreaIndex, report: Report): boolean {
  const emit = areaFinding(row, areas);
  emit?.(report);
  return emit !== undefined;
}
