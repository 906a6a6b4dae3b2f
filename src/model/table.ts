/**
 * The shape of a table of figures: what the worded stats tables (words/stats-tables.ts)
 * produce and what the terminal, the page and the `--xlsx` export render.
 */
/** `year`: a year as a number, written without grouping (2020, not 2.020). */
export type ColumnKind = 'text' | 'int' | 'money' | 'percent' | 'number' | 'year';

export interface TableColumn {
  readonly header: string;
  readonly kind: ColumnKind;
}

/** A cell; a typed cell overrides its column's kind (the summary mixes counts, money and rates). */
export type TableCell = string | number | null | { readonly value: number | null; readonly kind: ColumnKind };

export interface Table {
  /** Stable id: `--by` names, sheet order. */
  readonly id: TableId;
  readonly title: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly TableCell[])[];
  /** A last row of totals, shown apart. */
  readonly total?: readonly TableCell[];
}

export type TableId = 'summary' | 'year' | 'type' | 'source' | 'unit' | 'commune' | 'uncovered' | 'inactive' | 'poverty' | 'infrastructure';

export const TABLE_IDS: readonly TableId[] = ['summary', 'year', 'type', 'source', 'unit', 'commune', 'uncovered', 'inactive', 'poverty', 'infrastructure'];
