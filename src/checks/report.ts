/** Findings about a parsed row, pointed at the cell of one of its fields. */
import type { FindingCode } from '../findings/catalogue.js';
import { finding, type Finding, type FindingInit } from '../findings/finding.js';
import { SHEETS } from '../schema/fields.js';
import type { ParsedRow } from '../dataset/types.js';
import { fieldLabel } from './sheet.js';

export type Report = (finding: Finding) => void;

export function reportAtField(
  report: Report,
  row: ParsedRow,
  field: string,
  code: FindingCode,
  extra: Omit<FindingInit, 'file' | 'sheet' | 'row' | 'column' | 'field'> = {},
): void {
  const column = row.sheet.columns.get(field);
  const def = SHEETS[row.sheet.kind].fields.find((f) => f.key === field);
  const value = row.values[field];
  const f = finding(code, {
    file: row.sheet.file,
    sheet: row.sheet.name,
    row: row.row,
    ...(column ? { column: column.letter } : {}),
    field,
    ...(value !== undefined && extra.value === undefined ? { value: String(value) } : {}),
    ...extra,
    params: { ...(def ? { field: fieldLabel(def) } : {}), ...extra.params },
  });
  if (f.severity === 'error') row.errors++;
  report(f);
}

/** "Kết nghĩa!B7", the place of a row for messages that point at another one. */
export function placeOf(row: ParsedRow, field?: string): string {
  const column = field ? row.sheet.columns.get(field) : undefined;
  return `${row.sheet.name}!${column ? column.letter : ''}${row.row}` + (row.sheet.file ? ` (${baseName(row.sheet.file)})` : '');
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
