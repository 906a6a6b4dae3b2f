/**
 * Checks that need every row of every file: duplicates, references to villages and
 * units, activities outside any pairing, and values far off their series. Run once,
 * after all files are read.
 */
import type { ParsedRow } from '../dataset/types.js';
import type { SheetKind } from '../schema/fields.js';
import { nameKey } from '../text/names.js';
import { formatVi } from '../values/calendar.js';
import { areaCovers, areaFinding, areaIndex, targetName, targetOf, type AreaIndex } from './areas.js';
import { checkHouseholdPairs } from './households.js';
import { checkDuplicatePairings, pairingPeriods, type Periods } from './pairing-periods.js';
import { districtKey, pairKey, sameDistrict, UnitIndex, VillageIndex, villageKey } from './identity.js';
import { PendingReferences } from './master-mismatch.js';
import { checkOutliers, type OutlierOptions } from './outliers.js';
import { checkResubmissions, type FileStamp, type Resubmission, type RowPair } from './resubmission.js';
import { placeOf, reportAtField, type Report } from './report.js';
import { Memo } from '../util/memo.js';
import { FINDING_WORDS } from '../messages/findings.js';
import { inBoth, type Text } from '../messages/render.js';

export type RowsByKind = Readonly<Record<SheetKind, readonly ParsedRow[]>>;

export interface CrossOptions extends OutlierOptions {}

/** What the checks know of the files themselves: their order and when each was saved. */
export interface FileContext {
  readonly order: readonly string[];
  readonly stamps: ReadonlyMap<string, FileStamp>;
}

const str = (row: ParsedRow, key: string): string | undefined => {
  const value = row.values[key];
  return typeof value === 'string' ? value : undefined;
};

/** `memo`: the run's (see util/memo.ts); a fresh one when the caller has none. */
export function crossCheck(rows: RowsByKind, options: CrossOptions, report: Report, files: FileContext = { order: [], stamps: new Map() }, memo: Memo = new Memo()): Resubmission[] {
  // Before the reference checks, so that only rows already rejected for a bad cell are left out.
  const pairs = duplicateActivities(rows.activities);
  const { resubmissions, remaining } = checkResubmissions(pairs, rows.activities, files.order, files.stamps, report);
  // A resubmitted file repeats its lists too: one `duplicate-file` says so, not a
  // `duplicate-key` per village and unit.
  const duplicate = duplicateReporter(resubmissions, report);
  checkDuplicateVillages(rows.villages, duplicate, memo);
  checkDuplicateUnits(rows.units, duplicate, memo);
  checkDuplicateCommunes(rows.communes, duplicate, memo);
  const periods = pairingPeriods(rows.pairings, memo);
  checkDuplicatePairings(periods, report);
  for (const [row, first] of remaining) reportAtField(report, row, 'date', 'duplicate-row', { params: { other: placeOf(first) } });
  const areas = areaIndex(rows.villages, rows.communes, memo);
  const unknownNames = checkReferences(rows, areas, report, memo);
  checkHouseholdPairs(rows.householdPairings, areas, report);
  checkNotPaired(rows, periods, areas, report, unknownNames, memo);
  checkOutliers(rows, options, report, memo);
  return resubmissions;
}

/** Reports `row` as repeating `first` (a `duplicate-key` at `field`). */
type DuplicateReport = (row: ParsedRow, first: ParsedRow, field: string, detail: Text) => void;

/**
 * A `duplicate-key`, unless the two rows come from a file and its resubmission: then the
 * dropped file's row is set aside silently, as its activity rows are, and counts only if the
 * user removes the other file.
 */
function duplicateReporter(resubmissions: readonly Resubmission[], report: Report): DuplicateReport {
  return (row, first, field, detail) => {
    const files = [row.sheet.file, first.sheet.file];
    const pair = files[0] === files[1] ? undefined : resubmissions.find((r) => files.includes(r.file) && files.includes(r.other));
    if (pair) {
      (row.sheet.file === pair.dropped ? row : first).errors++;
      return;
    }
    reportAtField(report, row, field, 'duplicate-key', { params: { detail, other: placeOf(first, field) } });
  };
}

function checkDuplicateVillages(villages: readonly ParsedRow[], duplicate: DuplicateReport, memo: Memo): void {
  const seen = new Map<string, ParsedRow[]>();
  for (const row of villages) {
    const commune = str(row, 'commune');
    const village = str(row, 'village');
    const year = row.values.year;
    if (!commune || !village || typeof year !== 'number') continue;
    const key = `${villageKey(commune, village, memo)}\u0000${year}`;
    const earlier = seen.get(key) ?? [];
    const district = districtKey(str(row, 'district'), memo);
    const first = earlier.find((e) => sameDistrict(districtKey(str(e, 'district'), memo), district));
    if (first) duplicate(row, first, 'village', inBoth(FINDING_WORDS.villageYear, { village, year }));
    earlier.push(row);
    seen.set(key, earlier);
  }
}

function checkDuplicateUnits(units: readonly ParsedRow[], duplicate: DuplicateReport, memo: Memo): void {
  const index = new Map<string, ParsedRow>();
  for (const row of units) {
    const unit = str(row, 'unit');
    if (!unit) continue;
    const key = nameKey(unit, 'unit', memo);
    const first = index.get(key);
    if (first) duplicate(row, first, 'unit', inBoth(FINDING_WORDS.unitNamed, { unit }));
    else index.set(key, row);
  }
}

function checkDuplicateCommunes(communes: readonly ParsedRow[], duplicate: DuplicateReport, memo: Memo): void {
  const seen = new Map<string, ParsedRow[]>();
  for (const row of communes) {
    const commune = str(row, 'commune');
    const year = row.values.year;
    if (!commune || typeof year !== 'number') continue;
    const key = `${nameKey(commune, 'commune', memo)}\u0000${year}`;
    const earlier = seen.get(key) ?? [];
    const first = earlier.find((e) => sameDistrict(districtKey(str(e, 'district'), memo), districtKey(str(row, 'district'), memo)));
    if (first) duplicate(row, first, 'commune', inBoth(FINDING_WORDS.communeYear, { commune, year }));
    earlier.push(row);
    seen.set(key, earlier);
  }
}

/** Returns the rows that name an unknown village, commune, district or unit. */
function checkReferences(rows: RowsByKind, areas: AreaIndex, report: Report, memo: Memo): Set<ParsedRow> {
  const pending = new PendingReferences();
  const villages = new VillageIndex(memo);
  for (const row of rows.villages) {
    const commune = str(row, 'commune');
    const village = str(row, 'village');
    const district = str(row, 'district');
    if (commune && village) villages.add({ commune, village, ...(district ? { district } : {}) });
  }
  const units = new UnitIndex(memo);
  for (const row of rows.units) {
    const unit = str(row, 'unit');
    if (unit) units.add(unit);
  }
  for (const row of [...rows.pairings, ...rows.activities]) {
    const unit = str(row, 'unit');
    if (units.size > 0 || villages.size > 0 || areas.communeCount > 0) pending.checked(row);
    if (units.size > 0 && unit && !units.has(unit)) {
      const suggestion = units.suggest(unit);
      pending.unknown(row, 'unit', () => reportAtField(report, row, 'unit', 'unknown-unit', suggestion ? { suggestion } : {}));
    }
    const commune = str(row, 'commune');
    const village = str(row, 'village');
    const level = row.values.targetLevel;
    if (level === 'commune' || level === 'district') {
      const emit = areas.communeCount > 0 ? areaFinding(row, areas) : undefined;
      // A commune or district is a place name like a village's: summarised with them by master-mismatch.
      if (emit) pending.unknown(row, 'village', () => emit(report));
      continue;
    }
    if (villages.size === 0 || !commune || !village) continue;
    const district = str(row, 'district');
    const lookup = villages.lookup({ commune, village, ...(district ? { district } : {}) });
    if (lookup.found) continue;
    const part = lookup.part;
    const detail = { commune: FINDING_WORDS.commune, village: FINDING_WORDS.village, district: FINDING_WORDS.village }[part];
    const shown = part === 'district' ? `${village} (${district})` : part === 'commune' ? commune : village;
    pending.unknown(row, 'village', () =>
      reportAtField(report, row, part, 'unknown-village', {
        value: shown,
        params: { detail },
        ...(lookup.suggestion ? { suggestion: lookup.suggestion } : {}),
      }),
    );
  }
  return pending.flush(report, areas);
}

/**
 * An activity needs a pairing of its unit in force on its date: with its village, or with
 * the whole commune or district it lies in (SPEC §8).
 */
function checkNotPaired(rows: RowsByKind, periods: Periods, areas: AreaIndex, report: Report, unknownNames: ReadonlySet<ParsedRow>, memo: Memo): void {
  if (rows.pairings.length === 0) return;
  const inForce = (p: { start: string; end?: string }, date: string): boolean => p.start <= date && (p.end === undefined || p.end >= date);
  for (const row of rows.activities) {
    // One finding per cause: a row naming an unknown village or unit is not also "not paired".
    if (unknownNames.has(row)) continue;
    const unit = str(row, 'unit');
    const target = targetOf(row);
    const date = str(row, 'date');
    if (!unit || !target || !date) continue;
    const district = districtKey(target.district, memo);
    let paired = false;
    if (target.level === 'village') {
      const list = periods.byPair.get(pairKey(unit, target.commune!, target.village!, memo));
      paired = list?.some((p) => sameDistrict(p.district, district) && inForce(p, date)) === true;
    }
    if (!paired) paired = periods.areasByUnit.get(nameKey(unit, 'unit', memo))?.some((p) => inForce(p, date) && areaCovers(p, target, areas)) === true;
    if (!paired) {
      const detail = target.level === 'village' ? `${target.village} (${target.commune})` : targetName(target).name;
      reportAtField(report, row, 'unit', 'not-paired', {
        params: { detail, expected: formatVi(date) },
      });
    }
  }
}

/**
 * A compact fingerprint of a row, confirmed by a full compare on a hit. It covers the
 * fields that repeat (dates, names, choices, amounts), not free text, so the string ids
 * stay few: V8 caches a string's hash, so a Map lookup per value is cheap where hashing
 * every character in JavaScript is not.
 */
const FREE_TEXT = new Set(['content', 'inKindDescription', 'note', 'decision']);

function fingerprinter(): (values: Record<string, unknown>) => number {
  const ids = new Map<string, number>();
  return (values) => {
    let hash = 0x811c9dc5;
    for (const key in values) {
      if (FREE_TEXT.has(key)) continue;
      const value = values[key];
      let id: number;
      if (typeof value === 'number') id = (value | 0) ^ Math.floor(value / 4294967296);
      else if (typeof value === 'string') {
        id = ids.get(value) ?? ids.size + 1;
        if (id === ids.size + 1) ids.set(value, id);
      } else id = value === undefined ? 0 : value ? 1 : 2;
      hash = Math.imul(hash ^ id, 0x01000193);
    }
    return hash >>> 0;
  };
}

function sameValues(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/** Each activity row identical to an earlier one, with that first one. */
function duplicateActivities(activities: readonly ParsedRow[]): RowPair[] {
  const pairs: RowPair[] = [];
  const seen = new Map<number, ParsedRow[]>();
  const fingerprint = fingerprinter();
  for (const row of activities) {
    // A rejected row's unreadable cells are blank here: two such rows are not the same activity.
    if (row.errors > 0) continue;
    const hash = fingerprint(row.values);
    const bucket = seen.get(hash);
    const first = bucket?.find((other) => sameValues(other.values, row.values));
    if (first) {
      pairs.push([row, first]);
      continue;
    }
    if (bucket) bucket.push(row);
    else seen.set(hash, [row]);
  }
  return pairs;
}
