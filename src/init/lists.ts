/**
 * The dropdown lists of the template and where they sit on its hidden list sheet: the
 * closed lists of SPEC §2 (yes/no, levels, blocs, activity types, funding sources, the
 * 54 ethnic groups) and, with `--from`, the master's own communes, villages and units.
 * Pure: the workbook builder only copies these columns out.
 */
import { ACTIVITY_TYPES, FUNDING_SOURCES, TARGET_LEVELS, UNIT_BLOCS, UNIT_LEVELS, type ChoiceSet } from '../schema/choices.js';
import { ETHNIC_GROUPS } from '../schema/ethnic.js';
import type { FieldDef } from '../schema/fields.js';
import type { Dataset } from '../dataset/types.js';
import { columnLetter } from '../workbook/raw.js';
import { nameKey } from '../text/names.js';

export { LIST_SHEET, NO, YES } from './sheet-names.js';
import { LIST_SHEET, NO, YES } from './sheet-names.js';

export type ListId =
  | 'boolean'
  | 'level'
  | 'bloc'
  | 'activityType'
  | 'fundingSource'
  | 'ethnicity'
  | 'commune'
  | 'village'
  | 'unit'
  // The master's villages beside their communes, sorted by commune: the villages of one
  // commune are one block of rows, which a row's village dropdown narrows to.
  | 'placeCommune'
  | 'placeVillage'
  // SPEC §8: thôn, xã, huyện.
  | 'targetLevel';

export interface ListColumn {
  readonly id: ListId;
  /**
   * Title in row 1 of the list sheet. Titles start with "Danh mục" on purpose: a bare
   * "Xã" or "Đơn vị" there would let the reader take the list sheet for a data sheet.
   */
  readonly title: string;
  readonly values: readonly string[];
}

/** Names taken from a master workbook for the Xã, Thôn/làng and Đơn vị dropdowns. */
export interface MasterNames {
  readonly communes: readonly string[];
  readonly villages: readonly string[];
  readonly units: readonly string[];
  /** Each (commune, village) of the master once, sorted by commune, then village. */
  readonly places: ReadonlyArray<{ readonly commune: string; readonly village: string }>;
}

// Made on first use: building a Vietnamese collator costs ~15 ms, paid only when a list is sorted.
let vietnamese: Intl.Collator | undefined;
const collator = { compare: (a: string, b: string): number => (vietnamese ??= new Intl.Collator('vi', { sensitivity: 'base', numeric: true })).compare(a, b) };

function sortedUnique(names: Iterable<string | undefined>): string[] {
  const seen = new Set<string>();
  for (const name of names) if (name !== undefined && name !== '') seen.add(name);
  return [...seen].sort(collator.compare);
}

function sortedPlaces(rows: ReadonlyArray<{ readonly commune?: string; readonly village: string }>): MasterNames['places'] {
  const seen = new Map<string, { commune: string; village: string }>();
  for (const { commune, village } of rows) {
    if (commune && village) seen.set(`${commune}\u0000${village}`, { commune, village });
  }
  return [...seen.values()].sort((a, b) => collator.compare(a.commune, b.commune) || collator.compare(a.village, b.village));
}

/**
 * How many villages and communes a master holds — places, not names: "Thôn 1" of two communes
 * is two villages, a village listed for several years is one, and a commune name found in two
 * districts is two communes. A row without a district is the same place as one with it.
 */
export function masterCounts(dataset: Dataset): { readonly communes: number; readonly villages: number } {
  const count = (rows: ReadonlyArray<{ readonly district?: string | undefined; readonly key: string }>): number => {
    const districts = new Map<string, Set<string>>();
    for (const { district, key } of rows) {
      const set = districts.get(key) ?? new Set<string>();
      if (district) set.add(nameKey(district, 'district'));
      districts.set(key, set);
    }
    return [...districts.values()].reduce((sum, set) => sum + Math.max(1, set.size), 0);
  };
  const village = (r: { district?: string | undefined; commune?: string | undefined; village?: string | undefined }) =>
    r.commune && r.village ? [{ district: r.district, key: `${nameKey(r.commune, 'commune')}\u0000${nameKey(r.village, 'village')}` }] : [];
  const commune = (r: { district?: string | undefined; commune?: string | undefined }) => (r.commune ? [{ district: r.district, key: nameKey(r.commune, 'commune') }] : []);
  return {
    villages: count([...dataset.villages.flatMap(village), ...dataset.pairings.flatMap(village)]),
    communes: count([...dataset.villages.flatMap(commune), ...dataset.communes.flatMap(commune), ...dataset.pairings.flatMap(commune)]),
  };
}

/** The communes, villages and units a master names, from its village list, units and pairings. */
export function masterNames(dataset: Dataset): MasterNames {
  return {
    communes: sortedUnique([...dataset.villages.map((v) => v.commune), ...dataset.communes.map((c) => c.commune), ...dataset.pairings.map((p) => p.commune)]),
    villages: sortedUnique([...dataset.villages.map((v) => v.village), ...dataset.pairings.map((p) => p.village)]),
    units: sortedUnique([...dataset.units.map((u) => u.unit), ...dataset.pairings.map((p) => p.unit)]),
    places: sortedPlaces([...dataset.villages, ...dataset.pairings.filter((p): p is typeof p & { village: string } => p.village !== undefined)]),
  };
}

const labels = (set: ChoiceSet): string[] => set.choices.map((c) => c.label);

/** Every list column of the list sheet, in order; master lists only when they hold names. */
export function listColumns(master?: MasterNames): ListColumn[] {
  const columns: ListColumn[] = [
    { id: 'boolean', title: 'Danh mục có/không', values: [YES, NO] },
    { id: 'level', title: 'Danh mục cấp đơn vị', values: labels(UNIT_LEVELS) },
    { id: 'bloc', title: 'Danh mục khối', values: labels(UNIT_BLOCS) },
    { id: 'activityType', title: 'Danh mục loại hoạt động', values: labels(ACTIVITY_TYPES) },
    { id: 'fundingSource', title: 'Danh mục nguồn kinh phí', values: labels(FUNDING_SOURCES) },
    { id: 'ethnicity', title: 'Danh mục 54 dân tộc', values: sortedUnique(ETHNIC_GROUPS.map((g) => g.name)) },
  ];
  if (master?.communes.length) columns.push({ id: 'commune', title: 'Danh mục xã (tệp tổng hợp)', values: master.communes });
  if (master?.villages.length) columns.push({ id: 'village', title: 'Danh mục thôn, làng (tệp tổng hợp)', values: master.villages });
  if (master?.units.length) columns.push({ id: 'unit', title: 'Danh mục cơ quan (tệp tổng hợp)', values: master.units });
  if (master?.places.length) {
    columns.push({ id: 'placeCommune', title: 'Danh mục xã của thôn (tệp tổng hợp)', values: master.places.map((p) => p.commune) });
    columns.push({ id: 'placeVillage', title: 'Danh mục thôn theo xã (tệp tổng hợp)', values: master.places.map((p) => p.village) });
  }
  // Last, so that the columns above keep their letters.
  columns.push({ id: 'targetLevel', title: 'Danh mục cấp kết nghĩa', values: labels(TARGET_LEVELS) });
  return columns;
}

/** The list a field's dropdown draws from, if it has one. */
export function listIdOf(field: FieldDef): ListId | undefined {
  switch (field.type) {
    case 'boolean':
      return 'boolean';
    case 'ethnicity':
      return 'ethnicity';
    case 'choice':
      if (field.choices === UNIT_LEVELS) return 'level';
      if (field.choices === UNIT_BLOCS) return 'bloc';
      if (field.choices === ACTIVITY_TYPES) return 'activityType';
      if (field.choices === FUNDING_SOURCES) return 'fundingSource';
      if (field.choices === TARGET_LEVELS) return 'targetLevel';
      return undefined;
    case 'text':
      if (field.nameOf === 'commune' || field.nameOf === 'village' || field.nameOf === 'unit') return field.nameOf;
      return undefined;
    default:
      return undefined;
  }
}

/** The absolute range of a list on the list sheet, as a data-validation formula. */
export function listRange(columns: readonly ListColumn[], id: ListId): string | undefined {
  const index = columns.findIndex((c) => c.id === id);
  if (index < 0) return undefined;
  const letter = columnLetter(index + 1);
  return `'${LIST_SHEET}'!$${letter}$2:$${letter}$${columns[index]!.values.length + 1}`;
}

/**
 * The village dropdown of a row whose commune is in `communeCell` (a relative reference such
 * as `$C2`, written for the first data row): the villages of that commune, or every village
 * while the commune is blank or not one of the master's. Plain functions that Excel and
 * LibreOffice both take in a list source (OFFSET over the block of the commune's rows).
 */
export function villagesOfCommuneFormula(columns: readonly ListColumn[], communeCell: string): string | undefined {
  const all = listRange(columns, 'village');
  const communes = listRange(columns, 'placeCommune');
  const index = columns.findIndex((c) => c.id === 'placeVillage');
  if (!all || !communes || index < 0) return undefined;
  const top = `'${LIST_SHEET}'!$${columnLetter(index + 1)}$1`;
  const count = `COUNTIF(${communes},${communeCell})`;
  return `IF(${count}=0,${all},OFFSET(${top},MATCH(${communeCell},${communes},0),0,${count},1))`;
}
