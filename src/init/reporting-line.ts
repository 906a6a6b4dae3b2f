/**
 * The reporting-unit line at the top of the template's activities sheet (SPEC §9): "Đơn vị
 * báo cáo:" with a cell to fill (a dropdown of the master's units with `--from`) and "Năm báo
 * cáo:" with the year. A unit with no activity in the year sends the sheet with these two
 * cells filled and no rows, and the register counts it as "nộp, không có hoạt động".
 * Pure layout: the workbook builder writes it.
 */
import type { Lang } from '../findings/finding.js';
import type { SheetKind } from '../schema/fields.js';
import { listRange, type ListColumn } from './lists.js';
import type { ValidationSpec } from './columns.js';

/** Rows above the header: the line, then a blank row. */
const TITLE_ROWS: Readonly<Record<SheetKind, number>> = { villages: 0, units: 0, pairings: 0, activities: 2, communes: 0, householdPairings: 0 };

export const headerRowOf = (kind: SheetKind): number => TITLE_ROWS[kind] + 1;
export const firstDataRowOf = (kind: SheetKind): number => headerRowOf(kind) + 1;

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

const T = {
  unitPrompt: {
    vi: 'Tên cơ quan, đơn vị gửi báo cáo này. Đơn vị không có hoạt động trong năm vẫn ghi tên, năm báo cáo và gửi trang không có dòng nào.',
    en: 'The unit sending this report. A unit with no activity in the year still fills in its name and the year and sends the sheet without rows.',
  },
  unitWarning: { vi: 'Tên này không có trong danh sách của tệp tổng hợp. Kiểm tra lại chính tả.', en: 'This name is not in the master list. Check the spelling.' },
  yearPrompt: { vi: 'Năm của số liệu trong trang này, ví dụ 2024.', en: 'The year the rows of this sheet are for, e.g. 2024.' },
  yearError: { vi: 'Ghi năm bằng 4 chữ số, ví dụ 2024.', en: 'Write the year in 4 digits, e.g. 2024.' },
};

/** The line's cells: labels in A1 and D1, the name in B1:C1, the year in E1. */
export function reportingLine(lists: readonly ListColumn[], lang: Lang): LineCell[] {
  const units = listRange(lists, 'unit');
  const name: ValidationSpec = units
    ? { type: 'list', formulae: [units], errorStyle: 'warning', promptTitle: 'Đơn vị báo cáo', prompt: T.unitPrompt[lang], errorTitle: 'Đơn vị báo cáo', error: T.unitWarning[lang] }
    : { type: 'any', formulae: [], promptTitle: 'Đơn vị báo cáo', prompt: T.unitPrompt[lang] };
  const year: ValidationSpec = { type: 'whole', operator: 'between', formulae: [1990, 2100], promptTitle: 'Năm báo cáo', prompt: T.yearPrompt[lang], errorTitle: 'Năm báo cáo', error: T.yearError[lang] };
  return [
    { address: 'A1', text: UNIT_LABEL },
    { address: 'B1', input: name, mergeTo: 'C1' },
    { address: 'D1', text: YEAR_LABEL },
    { address: 'E1', input: year },
  ];
}

/** What the guide says of the line. */
export const REPORTING_LINE_GUIDE = {
  vi: 'Dòng đầu trang “Hoạt động”: ghi tên đơn vị vào ô sau “Đơn vị báo cáo:” (ô B1, chọn trong danh sách nếu có) và năm vào ô sau “Năm báo cáo:” (ô E1). Nhờ hai ô này, văn phòng biết đơn vị đã nộp báo cáo năm nào; đơn vị không có hoạt động trong năm vẫn điền hai ô này và gửi trang không có dòng nào (được tính là “nộp, không có hoạt động”).',
  en: 'Top line of the “Hoạt động” sheet: the unit’s name in the cell after “Đơn vị báo cáo:” (B1, from the list when there is one) and the year in the cell after “Năm báo cáo:” (E1). They tell the office which unit reported for which year; a unit with no activity in the year still fills them in and sends the sheet without rows (counted as “reported, no activity”).',
};
