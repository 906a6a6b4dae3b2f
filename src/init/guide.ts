/**
 * The `Hướng dẫn` sheet as rows of text: general rules, then one section per data sheet
 * with every column's header, whether it is required, its type, allowed values, an
 * example and the help text of `fields.ts`. Pure; `template.ts` lays it out.
 *
 * The sheet must never look like a data sheet to the reader, so no row names two
 * headers of one sheet: the sheet name sits in a section title ("Trang “Đơn vị”"), not
 * in a column, and type names avoid header words ("Kiểu ngày…", not "Ngày").
 */
import { EARLIEST_YEAR } from '../checks/cells.js';
import type { Lang } from '../findings/finding.js';
import { SHEETS, SHEET_KINDS, type FieldDef, type FieldType, type SheetKind } from '../schema/fields.js';
import { REQUIRED_MARK } from './columns.js';
import { LIST_SHEET, listIdOf, NO, YES, type ListColumn } from './lists.js';
import { REPORTING_LINE_GUIDE } from './reporting-line.js';

export type GuideRow =
  | { readonly kind: 'title' | 'note' | 'legend' | 'section'; readonly text: string }
  | { readonly kind: 'head'; readonly cells: readonly string[] }
  | { readonly kind: 'field'; readonly cells: readonly string[]; readonly required: boolean };

export const GUIDE_SHEET = 'Hướng dẫn';

type Text = { readonly vi: string; readonly en: string };

const TITLE: Text = { vi: 'HƯỚNG DẪN ĐIỀN MẪU SỐ LIỆU CÔNG TÁC KẾT NGHĨA', en: 'HOW TO FILL IN THE PAIRING PROGRAMME WORKBOOK' };

const NOTES: readonly Text[] = [
  {
    vi: 'Mẫu có 4 trang nhập liệu: "Thôn làng" (danh sách thôn, mỗi thôn một dòng cho mỗi năm), "Đơn vị" (danh sách cơ quan, đơn vị), "Kết nghĩa" (mỗi cặp đơn vị – thôn một dòng) và "Hoạt động" (mỗi hoạt động một dòng). Đơn vị gửi báo cáo thường chỉ cần điền trang "Kết nghĩa" và "Hoạt động".',
    en: 'Four data sheets: "Thôn làng" (villages, one row per village and year), "Đơn vị" (units), "Kết nghĩa" (one row per unit–village pairing) and "Hoạt động" (one row per activity). A reporting unit usually fills in only "Kết nghĩa" and "Hoạt động".',
  },
  {
    vi: 'Không đổi tên trang, không sửa dòng tiêu đề. Cột có dấu * (tô màu cam) là bắt buộc; các cột khác có thể để trống. Có thể bỏ cột không dùng đến, trừ cột bắt buộc.',
    en: 'Do not rename the sheets or edit the header row. Columns marked * (orange) are required; the others may be left blank. Unused optional columns may be deleted.',
  },
  {
    vi: 'Bấm vào một ô để xem gợi ý của cột. Cột có mũi tên ▼ thì chọn giá trị trong danh sách.',
    en: 'Click a cell to see the column’s hint. Columns with a ▼ arrow take a value from the list.',
  },
  {
    vi: 'Ngày ghi dạng ngày/tháng/năm, ví dụ 15/03/2022. Số tiền ghi bằng đồng và chỉ ghi số (5000000 hoặc 5.000.000), không ghi chữ "đồng".',
    en: 'Dates as day/month/year, e.g. 15/03/2022. Amounts in đồng, digits only (5000000 or 5.000.000), without the word "đồng".',
  },
  {
    vi: 'Có thể để dòng "Tổng cộng" ở cuối bảng: chương trình tự bỏ qua dòng tổng và tự tính lại từ các dòng.',
    en: 'A "Tổng cộng" (total) row at the bottom is fine: the program skips it and recomputes every figure from the rows.',
  },
  {
    vi: 'Gõ chữ bằng Unicode (phông Times New Roman). Chữ gõ bằng bảng mã cũ TCVN3 (.VnTime) hoặc VNI vẫn được nhận ra và chuyển đổi, nhưng nên tránh.',
    en: 'Type in Unicode (Times New Roman). Text in the old TCVN3 (.VnTime) or VNI encodings is recognised and converted, but best avoided.',
  },
  {
    vi: `Các danh sách chọn nằm ở trang ẩn "${LIST_SHEET}" (bấm chuột phải vào tên trang, chọn Bỏ ẩn để xem).`,
    en: `The dropdown lists are on the hidden sheet "${LIST_SHEET}" (right-click a sheet tab and choose Unhide to see it).`,
  },
  {
    vi: 'Kiểm tra tệp trước khi gửi: ketnghia validate <tệp>.xlsx. Sửa tự động bảng mã, khoảng trắng, số và ngày ghi dạng chữ: ketnghia fix <tệp>.xlsx -o <tệp mới>.xlsx.',
    en: 'Check a file before sending it: ketnghia validate <file>.xlsx. Fix encodings, spaces, numbers and dates stored as text: ketnghia fix <file>.xlsx -o <new file>.xlsx.',
  },
];

const LEGEND: Text = { vi: 'Cột bắt buộc (tiêu đề có dấu *)', en: 'Required column (header marked *)' };

const SECTIONS: Record<SheetKind, Text> = {
  villages: { vi: 'mỗi dòng là một thôn, làng, bon, buôn trong một năm', en: 'one row per village and year' },
  units: { vi: 'mỗi dòng là một cơ quan, đơn vị (trang này không bắt buộc)', en: 'one row per agency or unit (optional sheet)' },
  pairings: { vi: 'mỗi dòng là một cặp kết nghĩa giữa một đơn vị và một thôn', en: 'one row per pairing of a unit with a village' },
  activities: { vi: 'mỗi dòng là một hoạt động của một đơn vị tại một thôn', en: 'one row per activity of a unit in a village' },
};

const HEAD: Record<Lang, readonly string[]> = {
  vi: ['Cột', 'Bắt buộc', 'Kiểu dữ liệu', 'Giá trị cho phép', 'Ví dụ', 'Giải thích'],
  en: ['Column', 'Required', 'Kind of value', 'Allowed values', 'Example', 'Explanation'],
};

const TYPES: Record<FieldType, Text> = {
  text: { vi: 'Chữ', en: 'Text' },
  integer: { vi: 'Số nguyên', en: 'Whole number' },
  number: { vi: 'Số thập phân', en: 'Decimal number' },
  money: { vi: 'Số tiền, ghi bằng số', en: 'Amount, digits only' },
  date: { vi: 'Kiểu ngày: ngày/tháng/năm', en: 'Calendar day: day/month/year' },
  boolean: { vi: 'Có/không', en: 'Yes/no' },
  choice: { vi: 'Chọn trong danh sách', en: 'One of a list' },
  ethnicity: { vi: 'Tên dân tộc', en: 'Name from the 54 groups' },
};

export function guideRows(lang: Lang, lists: readonly ListColumn[]): GuideRow[] {
  const rows: GuideRow[] = [{ kind: 'title', text: TITLE[lang] }];
  for (const note of NOTES) rows.push({ kind: 'note', text: `• ${note[lang]}` });
  rows.push({ kind: 'legend', text: LEGEND[lang] });
  for (const kind of SHEET_KINDS) {
    const def = SHEETS[kind];
    const sheetWord = lang === 'vi' ? 'Trang' : 'Sheet';
    const english = lang === 'en' ? ` (${def.en})` : '';
    rows.push({ kind: 'section', text: `${sheetWord} “${def.name}”${english}: ${SECTIONS[kind][lang]}` });
    if (kind === 'activities') rows.push({ kind: 'note', text: `• ${REPORTING_LINE_GUIDE[lang]}` });
    rows.push({ kind: 'head', cells: HEAD[lang] });
    for (const field of def.fields) {
      const required = field.required === true;
      rows.push({
        kind: 'field',
        required,
        cells: [
          field.header + (required ? REQUIRED_MARK : ''),
          required ? (lang === 'vi' ? 'Bắt buộc' : 'Yes') : '',
          TYPES[field.type][lang],
          allowedValues(field, def.fields, lists, lang),
          field.example,
          field.help[lang],
        ],
      });
    }
  }
  return rows;
}

function allowedValues(field: FieldDef, fields: readonly FieldDef[], lists: readonly ListColumn[], lang: Lang): string {
  const vi = lang === 'vi';
  const headerOf = (key: string | undefined) => fields.find((f) => f.key === key)?.header ?? '';
  switch (field.type) {
    case 'text': {
      const listed = lists.some((l) => l.id === listIdOf(field));
      if (!listed) return '';
      const byCommune = field.nameOf === 'village' && fields.some((f) => f.nameOf === 'commune') && lists.some((l) => l.id === 'placeVillage');
      if (byCommune) {
        return vi
          ? `Chọn trong danh sách lấy từ tệp tổng hợp: các thôn của xã đã ghi ở cột "${fields.find((f) => f.nameOf === 'commune')!.header}" (tên mới vẫn gõ được)`
          : `From the list taken from the master file: the villages of the commune in the "${fields.find((f) => f.nameOf === 'commune')!.header}" column (new names may be typed)`;
      }
      return vi ? 'Chọn trong danh sách lấy từ tệp tổng hợp (tên mới vẫn gõ được)' : 'From the list taken from the master file (new names may be typed)';
    }
    case 'integer':
    case 'number':
    case 'money': {
      let text = field.max !== undefined ? (vi ? `Từ ${field.min ?? 0} đến ${field.max}` : `From ${field.min ?? 0} to ${field.max}`) : '≥ 0';
      if (field.notAbove) text += vi ? `, không quá cột "${headerOf(field.notAbove)}"` : `, not above the "${headerOf(field.notAbove)}" column`;
      return text;
    }
    case 'date': {
      let text = vi ? `Từ 01/01/${EARLIEST_YEAR} đến hôm nay` : `From 01/01/${EARLIEST_YEAR} to today`;
      if (field.notBefore) text += vi ? `, không trước cột "${headerOf(field.notBefore)}"` : `, not before the "${headerOf(field.notBefore)}" column`;
      return text;
    }
    case 'boolean':
      return vi ? `"${YES}" là có; để trống hoặc "${NO}" là không` : `"${YES}" for yes; blank or "${NO}" for no`;
    case 'choice':
      return field.choices!.choices.map((c) => c.label).join('; ');
    case 'ethnicity':
      return vi ? 'Một trong 54 dân tộc (chọn trong danh sách)' : 'One of the 54 ethnic groups (from the list)';
  }
}
