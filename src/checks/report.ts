/** Findings about a parsed row, pointed at the cell of one of its fields. */
import type { FindingCode } from '../findings/catalogue.js';
import { finding, type Finding, type FindingInit, type Param } from '../findings/finding.js';
import { SHEETS } from '../schema/fields.js';
import { formatNumber } from '../format/vi.js';
import type { ParsedRow } from '../model/types.js';
import { fieldLabel } from './sheet-recognise.js';
import { FINDING_WORDS } from '../messages/findings.js';
import { inBoth } from '../messages/render.js';

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
    ...(value !== undefined && extra.value === undefined ? { value: typeof value === 'number' ? formatNumber(value, 3) : String(value) } : {}),
    ...extra,
    params: { ...(def ? { field: fieldLabel(def) } : {}), ...extra.params },
  });
  if (f.severity === 'error') row.errors++;
  report(f);
}

/** Where another row is, for messages that point at it: ô B7 trang "Kết nghĩa" (tệp x.xlsx). */
export function placeOf(row: ParsedRow, field?: string): Param {
  const column = field ? row.sheet.columns.get(field) : undefined;
  const file = baseName(row.sheet.file);
  return column
    ? inBoth(FINDING_WORDS.placeCell, { cell: `${column.letter}${row.row}`, sheet: row.sheet.name, file })
    : inBoth(FINDING_WORDS.placeRow, { row: row.row, sheet: row.sheet.name, file });
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
