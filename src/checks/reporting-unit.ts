/**
 * A reporting-unit line (`Đơn vị báo cáo: …`, SPEC §9) must name a unit of the units sheet,
 * as a pairing or an activity must: the register cannot credit a name it does not know.
 * Only when a units sheet is given, like `unknown-unit` on rows.
 */
import type { ParsedRow, SheetInfo } from '../model/types.js';
import { finding } from '../findings/finding.js';
import { UnitIndex } from './identity.js';
import type { Report } from './report.js';

export function checkReportingUnits(sheets: readonly SheetInfo[], units: readonly ParsedRow[], report: Report): void {
  const known = new UnitIndex();
  for (const row of units) if (typeof row.values.unit === 'string') known.add(row.values.unit);
  if (known.size === 0) return;
  for (const sheet of sheets) {
    const line = sheet.title?.reportingUnit;
    if (!line || known.has(line.name)) continue;
    const suggestion = known.suggest(line.name);
    report(finding('unknown-unit', { file: sheet.file, sheet: sheet.name, row: line.row, column: line.column, field: 'unit', value: line.name, ...(suggestion ? { suggestion } : {}) }));
  }
}
