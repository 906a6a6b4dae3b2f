/**
 * What reading and checking produce: rows with their origin, and the clean dataset the
 * indicators are computed from.
 */
import type { FieldDef, SheetKind } from '../schema/fields.js';
import type { CalendarDate } from '../values/calendar.js';

/** A cell's value once read: text, a number (money in whole đồng), or yes/no. */
export type Value = string | number | boolean;

/** What a pairing is with: a village (thôn, làng, bon, buôn), a whole commune, or a whole district (SPEC §8). */
export type TargetLevel = 'village' | 'commune' | 'district';

/** A column the header was matched to a field. */
export interface MappedColumn {
  readonly col: number;
  readonly letter: string;
  readonly field: FieldDef;
  /** The header text as written (joined over two rows). */
  readonly header: string;
  /** Multiplier from the header's unit (money in triệu đồng: 1,000,000). */
  readonly scale: number;
}

export interface ReportingUnitLine {
  /** The unit's name as written (legacy encodings converted, NFC, spaces collapsed). */
  readonly name: string;
  readonly row: number;
  /** Letter of the cell that holds the name. */
  readonly column: string;
}

export interface SheetTitle {
  readonly reportingUnit?: ReportingUnitLine;
  /** The years the title names, first to last ("NĂM 2023": 2023 to 2023). */
  readonly years?: { readonly from: number; readonly to: number };
}


export interface RowCounts {
  /** Data rows read below the header. */
  rows: number;
  used: number;
  blank: number;
  totals: number;
  /** Section headings inside the list ("I | KHỐI ĐẢNG"). */
  headings: number;
  /** The signature block under the table ("Ayun Pa, ngày …", "NGƯỜI LẬP BIỂU", names). */
  footer: number;
  rejected: number;
  /** Of the rows above, those hidden in the sheet (read like the others; the user is told). */
  hidden: number;
}

export interface SheetInfo {
  readonly file: string;
  readonly name: string;
  readonly kind: SheetKind;
  /** The sheet is hidden in the workbook (read like the others; the user is told). */
  readonly hidden?: boolean;
  readonly headerRows: readonly number[];
  readonly columns: ReadonlyMap<string, MappedColumn>;
  /** Later tables on the sheet with a header of their own: their columns, from the row after it. */
  layouts?: Array<{ readonly fromRow: number; readonly columns: ReadonlyMap<string, MappedColumn> }>;
  readonly counts: RowCounts;
  /** What the rows above the header say: the reporting unit and the year(s) reported (SPEC §9). */
  readonly title?: SheetTitle;
}

/** A data row as read: its typed values and how many errors were found in it. */
export interface ParsedRow {
  readonly sheet: SheetInfo;
  readonly row: number;
  readonly values: Record<string, Value | undefined>;
  errors: number;
  /**
   * The same record as one read before from another file (a unit's submission repeating a
   * pairing the master holds): read and checked, counted once in the figures.
   */
  repeats?: boolean;
}

/** A village as rows name it: district optional (compared only when both sides have one, SPEC §2). */
export interface VillageRef {
  readonly district?: string;
  readonly commune: string;
  readonly village: string;
}

export interface Origin {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
}

export interface VillageRow {
  readonly origin: Origin;
  readonly province?: string;
  readonly district?: string;
  readonly commune: string;
  readonly village: string;
  readonly year: number;
  readonly ethnicity?: string;
  readonly extremelyDifficult?: boolean;
  readonly border?: boolean;
  readonly households: number;
  readonly minorityHouseholds?: number;
  readonly population?: number;
  readonly poorHouseholds: number;
  readonly nearPoorHouseholds?: number;
  readonly pavedRoadKm?: number;
  readonly hasGrid?: boolean;
  readonly hasCulturalHouse?: boolean;
  readonly hasKindergarten?: boolean;
  readonly hasPartyCell?: boolean;
  readonly newRural?: boolean;
}

export interface UnitRow {
  readonly origin: Origin;
  readonly unit: string;
  readonly level?: string;
  readonly bloc?: string;
}

/**
 * A pairing of a unit with a village, a whole commune or a whole district (SPEC §8).
 * `targetLevel` says which; `village` is there exactly for village pairings, `commune`
 * for village and commune pairings, `district` always for district pairings.
 */
export interface PairingRow {
  readonly origin: Origin;
  readonly unit: string;
  readonly level?: string;
  readonly bloc?: string;
  readonly targetLevel: TargetLevel;
  readonly district?: string;
  readonly commune?: string;
  readonly village?: string;
  readonly startDate: CalendarDate;
  readonly endDate?: CalendarDate;
  readonly decision?: string;
  readonly note?: string;
}

export interface ActivityRow {
  readonly origin: Origin;
  readonly date: CalendarDate;
  readonly unit: string;
  /** As for pairings: an activity for a whole commune or district names no village. */
  readonly targetLevel: TargetLevel;
  readonly district?: string;
  readonly commune?: string;
  readonly village?: string;
  readonly type: string;
  readonly content?: string;
  readonly cash?: number;
  readonly inKind?: number;
  readonly inKindDescription?: string;
  readonly source?: string;
  readonly beneficiaryHouseholds?: number;
  readonly participants?: number;
}

/** A pairing narrowed to one with a village. */
export type VillagePairingRow = PairingRow & { readonly targetLevel: 'village'; readonly commune: string; readonly village: string };
export type VillageActivityRow = ActivityRow & { readonly targetLevel: 'village'; readonly commune: string; readonly village: string };

/** A commune and year of the optional communes sheet (SPEC §8). */
export interface CommuneRow {
  readonly origin: Origin;
  readonly district?: string;
  readonly commune: string;
  readonly year: number;
  readonly extremelyDifficult?: boolean;
  readonly border?: boolean;
  readonly minorityCommune?: boolean;
  readonly households?: number;
  readonly poorHouseholds?: number;
  readonly population?: number;
}

/** A well-off household helping a poor one (SPEC §8). */
export interface HouseholdPairingRow {
  readonly origin: Origin;
  readonly helper: string;
  readonly helped: string;
  readonly district?: string;
  readonly commune: string;
  readonly village?: string;
  readonly startDate: CalendarDate;
  readonly endDate?: CalendarDate;
  readonly helpedWasPoor?: boolean;
  readonly exitYear?: number;
  readonly support?: string;
  readonly note?: string;
}

/** The rows without errors, pooled over all files: what the indicators are computed from. */
export interface Dataset {
  readonly villages: readonly VillageRow[];
  readonly units: readonly UnitRow[];
  /** Pairings of every level; `targetLevel` tells them apart. */
  readonly pairings: readonly PairingRow[];
  readonly activities: readonly ActivityRow[];
  readonly communes: readonly CommuneRow[];
  readonly householdPairings: readonly HouseholdPairingRow[];
  /** Which kinds of sheet were given at all (a coverage claim needs a village list). */
  readonly present: Readonly<Record<SheetKind, boolean>>;
}

/** Every row read, by the kind of sheet it came from (what the cross-sheet checks take). */
export type RowsByKind = Readonly<Record<SheetKind, readonly ParsedRow[]>>;
