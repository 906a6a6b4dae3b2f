/** Parsed rows without errors, as typed records: the input of the indicators. */
import { SHEET_KINDS, type SheetKind } from '../schema/fields.js';
import type { ActivityRow, CommuneRow, Dataset, HouseholdPairingRow, Origin, PairingRow, ParsedRow, UnitRow, VillageRow } from '../model/types.js';

export function toDataset(rows: Readonly<Record<SheetKind, readonly ParsedRow[]>>): Dataset {
  const clean = (kind: SheetKind) => rows[kind].filter((r) => r.errors === 0 && !r.repeats);
  const present = Object.fromEntries(SHEET_KINDS.map((k) => [k, rows[k].length > 0])) as Record<SheetKind, boolean>;
  // present: a sheet of that kind held data rows, even rejected ones; a coverage claim needs a village list.
  return {
    villages: clean('villages').map((r) => typed<VillageRow>(r)),
    units: clean('units').map((r) => typed<UnitRow>(r)),
    pairings: clean('pairings').map((r) => typed<PairingRow>(r)),
    activities: clean('activities').map((r) => typed<ActivityRow>(r)),
    communes: clean('communes').map((r) => typed<CommuneRow>(r)),
    householdPairings: clean('householdPairings').map((r) => typed<HouseholdPairingRow>(r)),
    present,
  };
}

/**
 * A row without errors has every required field (a blank one is an error) and every
 * value of its field's type (an unreadable one is an error), which is what the typed
 * interfaces state. The parsed row's own values object becomes the record (no copy:
 * at 200,000 rows a second set of objects would double the heap).
 */
function typed<T extends { origin: Origin }>(row: ParsedRow): T {
  const record = row.values as Record<string, unknown>;
  for (const key in record) {
    // A blank yes/no cell in a column the sheet has means "no" (SPEC §2); a column the
    // sheet lacks stays unknown, so no figure claims "0 of 24" from a missing column.
    if (record[key] === undefined && row.sheet.columns.get(key)?.field.type === 'boolean') record[key] = false;
    else if (record[key] === undefined) delete record[key];
  }
  record.origin = { file: row.sheet.file, sheet: row.sheet.name, row: row.row };
  return record as T;
}
