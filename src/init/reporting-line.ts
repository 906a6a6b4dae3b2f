/**
 * The reporting-unit line at the top of the template's activities sheet (SPEC §9): "Đơn vị
 * báo cáo:" with a cell to fill (a dropdown of the master's units with `--from`) and "Năm báo
 * cáo:" with the year. A unit with no activity in the year sends the sheet with these two
 * cells filled and no rows, and the register counts it as "nộp, không có hoạt động".
 * Pure layout: the workbook builder writes it.
 */
import type { Lang } from '../findings/finding.js';
import { REPORTING_LINE as T } from '../messages/init.js';
import { render } from '../messages/render.js';
import type { SheetKind } from '../schema/fields.js';
import { listRange, type ListColumn } from './lists.js';
import type { ValidationSpec } from './columns.js';

import { firstDataRowOf, headerRowOf } from './rows.js';

export { firstDataRowOf, headerRowOf };

export interface LineCell {
  /** e.g. "A1" */
  readonly address: string;
  readonly text?: string;
  /** A cell the unit fills in, with its check. */
  readonly input?: ValidationSpec;
  /** Merged over the cells up to this one ("C1"). */
  readonly mergeTo?: string;
}

// The labels stay Vietnamese in an English template, like the headers: they are what the reader matches.
const UNIT_LABEL = 'Đơn vị báo cáo:';
const YEAR_LABEL = 'Năm báo cáo:';

/** The line's cells: labels in A1 and D1, the name in B1:C1, the year in E1. */
export function reportingLine(lists: readonly ListColumn[], lang: Lang): LineCell[] {
  const units = listRange(lists, 'unit');
  const name: ValidationSpec = units
    ? { type: 'list', formulae: [units], errorStyle: 'warning', promptTitle: 'Đơn vị báo cáo', prompt: render(lang, T.unitPrompt), errorTitle: 'Đơn vị báo cáo', error: render(lang, T.unitWarning) }
    : { type: 'any', formulae: [], promptTitle: 'Đơn vị báo cáo', prompt: render(lang, T.unitPrompt) };
  const year: ValidationSpec = { type: 'whole', operator: 'between', formulae: [1990, 2100], promptTitle: 'Năm báo cáo', prompt: render(lang, T.yearPrompt), errorTitle: 'Năm báo cáo', error: render(lang, T.yearError) };
  return [
    { address: 'A1', text: UNIT_LABEL },
    { address: 'B1', input: name, mergeTo: 'C1' },
    { address: 'D1', text: YEAR_LABEL },
    { address: 'E1', input: year },
  ];
}
