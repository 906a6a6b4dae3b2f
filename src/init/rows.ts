/** Where a template sheet's header and first row of data sit: below the title rows a sheet has (the activities sheet's reporting-unit line). */
import type { SheetKind } from '../schema/fields.js';

/** Rows above the header: the line, then a blank row. */
const TITLE_ROWS: Readonly<Record<SheetKind, number>> = { villages: 0, units: 0, pairings: 0, activities: 2, communes: 0, householdPairings: 0 };

export const headerRowOf = (kind: SheetKind): number => TITLE_ROWS[kind] + 1;
export const firstDataRowOf = (kind: SheetKind): number => headerRowOf(kind) + 1;
