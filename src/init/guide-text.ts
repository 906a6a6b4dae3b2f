/**
 * The words of the template's `Hướng dẫn` sheet (init/guide.ts lays them out): the general
 * rules, a title per data sheet, the heads of its table of columns and the kind and allowed
 * values of each column. The column's own help is its field definition's (schema/fields.ts).
 */
import type { FieldType, SheetKind } from '../schema/fields.js';
import type { Messages, Text } from '../messages/render.js';

export const GUIDE_TITLE = { vi: 'HƯỚNG DẪN ĐIỀN MẪU SỐ LIỆU CÔNG TÁC KẾT NGHĨA', en: 'HOW TO FILL IN THE PAIRING PROGRAMME WORKBOOK' } as const;

/** The general rules; `{sheet}` is the hidden sheet of the lists. */
export const GUIDE_NOTES: readonly Text[] = [
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
    vi: 'Các danh sách chọn nằm ở trang ẩn "{sheet}" (bấm chuột phải vào tên trang, chọn Bỏ ẩn để xem).',
    en: 'The dropdown lists are on the hidden sheet "{sheet}" (right-click a sheet tab and choose Unhide to see it).',
  },
  {
    vi: 'Kiểm tra tệp trước khi gửi: ketnghia validate <tệp>.xlsx. Sửa tự động bảng mã, khoảng trắng, số và ngày ghi dạng chữ: ketnghia fix <tệp>.xlsx -o <tệp mới>.xlsx.',
    en: 'Check a file before sending it: ketnghia validate <file>.xlsx. Fix encodings, spaces, numbers and dates stored as text: ketnghia fix <file>.xlsx -o <new file>.xlsx.',
  },
];

export const GUIDE_LEGEND = { vi: 'Cột bắt buộc (tiêu đề có dấu *)', en: 'Required column (header marked *)' } as const;

/** What a row of each data sheet is. */
export const GUIDE_SECTIONS: Record<SheetKind, Text> = {
  villages: { vi: 'mỗi dòng là một thôn, làng, bon, buôn trong một năm', en: 'one row per village and year' },
  units: { vi: 'mỗi dòng là một cơ quan, đơn vị (trang này không bắt buộc)', en: 'one row per agency or unit (optional sheet)' },
  pairings: {
    vi: 'mỗi dòng là một cặp kết nghĩa giữa một đơn vị và một thôn; kết nghĩa với cả xã thì bỏ trống cột thôn, với cả huyện thì bỏ trống cả cột xã và cột thôn',
    en: 'one row per pairing of a unit with a village; for a whole commune leave the village blank, for a whole district leave commune and village blank',
  },
  activities: {
    vi: 'mỗi dòng là một hoạt động của một đơn vị tại một thôn (hoạt động chung cho cả xã: bỏ trống cột thôn; cho cả huyện: bỏ trống cột xã và cột thôn)',
    en: 'one row per activity of a unit in a village (for a whole commune leave the village blank; for a whole district, commune and village)',
  },
  communes: {
    vi: 'mỗi dòng là một xã trong một năm (trang này không bắt buộc; không có thì danh sách xã lấy từ trang thôn làng)',
    en: 'one row per commune and year (optional sheet; without it the communes are those of the villages sheet)',
  },
  householdPairings: {
    vi: 'mỗi dòng là một cặp hộ kết nghĩa: hộ khá giúp đỡ hộ khó khăn (trang này không bắt buộc)',
    en: 'one row per household pair: a well-off household helping one in difficulty (optional sheet)',
  },
};

/** The heads of a section's table of columns. */
export const GUIDE_HEAD: readonly Text[] = [
  { vi: 'Cột', en: 'Column' },
  { vi: 'Bắt buộc', en: 'Required' },
  { vi: 'Kiểu dữ liệu', en: 'Kind of value' },
  { vi: 'Giá trị cho phép', en: 'Allowed values' },
  { vi: 'Ví dụ', en: 'Example' },
  { vi: 'Giải thích', en: 'Explanation' },
];

/** The kind of value of each field type, worded to avoid header words ("Kiểu ngày…", not "Ngày"). */
export const GUIDE_TYPES: Record<FieldType, Text> = {
  text: { vi: 'Chữ', en: 'Text' },
  integer: { vi: 'Số nguyên', en: 'Whole number' },
  number: { vi: 'Số thập phân', en: 'Decimal number' },
  money: { vi: 'Số tiền, ghi bằng số', en: 'Amount, digits only' },
  date: { vi: 'Kiểu ngày: ngày/tháng/năm', en: 'Calendar day: day/month/year' },
  boolean: { vi: 'Có/không', en: 'Yes/no' },
  choice: { vi: 'Chọn trong danh sách', en: 'One of a list' },
  ethnicity: { vi: 'Tên dân tộc', en: 'Name from the 54 groups' },
};

/** A section's title: the sheet's name (`{english}`: its English name in brackets, in English only). */
export const GUIDE_SECTION = { vi: 'Trang “{name}”{english}: {rows}', en: 'Sheet “{name}”{english}: {rows}' } as const;

/** The "required" column of a field's row. */
export const GUIDE_REQUIRED = {
  yes: { vi: 'Bắt buộc', en: 'Yes' },
  byLevel: { vi: 'Tùy cấp kết nghĩa', en: 'Depends on the level' },
} as const satisfies Messages;

/** The "allowed values" column, by field type. */
export const GUIDE_ALLOWED = {
  listed: { vi: 'Chọn trong danh sách lấy từ tệp tổng hợp (tên mới vẫn gõ được)', en: 'From the list taken from the master file (new names may be typed)' },
  villagesOfCommune: {
    vi: 'Chọn trong danh sách lấy từ tệp tổng hợp: các thôn của xã đã ghi ở cột "{commune}" (tên mới vẫn gõ được)',
    en: 'From the list taken from the master file: the villages of the commune in the "{commune}" column (new names may be typed)',
  },
  range: { vi: 'Từ {min} đến {max}', en: 'From {min} to {max}' },
  notAbove: { vi: ', không quá cột "{other}"', en: ', not above the "{other}" column' },
  dates: { vi: 'Từ 01/01/{first} đến hôm nay', en: 'From 01/01/{first} to today' },
  notBefore: { vi: ', không trước cột "{other}"', en: ', not before the "{other}" column' },
  boolean: { vi: '"{yes}" là có; để trống hoặc "{no}" là không', en: '"{yes}" for yes; blank or "{no}" for no' },
  ethnicity: { vi: 'Một trong 54 dân tộc (chọn trong danh sách)', en: 'One of the 54 ethnic groups (from the list)' },
} as const satisfies Messages;
