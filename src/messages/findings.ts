/**
 * The words around findings that are not a finding's own message (those are the catalogue's,
 * src/findings/catalogue.ts): the suggestion as a sentence, and the parts of a message a
 * check or the reader chooses (given to the finding in both languages).
 */
import type { Messages, Text } from './render.js';

export const SUGGESTION = {
  legacyEncoding: { vi: 'lệnh "ketnghia fix" ghi lại bằng Unicode', en: '"ketnghia fix" rewrites it in Unicode' },
  column: { vi: 'có phải là cột "{suggestion}"?', en: 'did you mean the column "{suggestion}"?' },
  value: { vi: 'có phải là "{suggestion}"?', en: 'did you mean "{suggestion}"?' },
} as const satisfies Messages;

/** Why a file cannot be read, the `{detail}` of `file-unreadable` (by the reader's reason). */
export const UNREADABLE_DETAIL = {
  empty: { vi: 'tệp rỗng (0 byte)', en: 'the file is empty (0 bytes)' },
  'not-zip': { vi: 'nội dung không phải sổ tính Excel .xlsx', en: 'the content is not an Excel .xlsx workbook' },
  html: { vi: 'đây là trang HTML/XML được đặt đuôi Excel, không phải sổ tính .xlsx', en: 'this is an HTML/XML page with an Excel extension, not an .xlsx workbook' },
  text: { vi: 'đây là tệp văn bản (có thể là CSV), không phải sổ tính .xlsx', en: 'this is a text file (CSV?), not an .xlsx workbook' },
  truncated: { vi: 'tệp bị cắt cụt hoặc hỏng (không đọc được mục lục nén)', en: 'the file is truncated or damaged (its zip directory cannot be read)' },
  'not-workbook': { vi: 'tệp nén không chứa sổ tính Excel (có thể là tệp Word hoặc tệp nén khác)', en: 'the zip holds no Excel workbook (a Word file or another archive?)' },
  corrupt: { vi: 'dữ liệu nén trong tệp bị hỏng', en: 'the compressed data in the file is damaged' },
  unreadable: { vi: 'không mở được tệp (kiểm tra quyền đọc)', en: 'the file cannot be opened (check read permission)' },
  xml: { vi: 'nội dung bên trong tệp bị hỏng', en: 'the content inside the file is damaged' },
} as const satisfies Messages;

/** What to do about a file that cannot be read, the `{advice}` of `file-unreadable`. */
export const UNREADABLE_ADVICE = {
  resave: { vi: 'Hãy mở tệp bằng Excel hoặc LibreOffice, kiểm tra rồi lưu lại dạng .xlsx.', en: 'Open it in Excel or LibreOffice, check it and save it again as .xlsx.' },
  // A cut-off or damaged zip has lost its content: Excel's repair cannot bring it back.
  resend: {
    vi: 'Mở bằng Excel cũng không sửa được: hãy đề nghị đơn vị gửi lại tệp.',
    en: 'Opening it in Excel cannot repair it: ask the unit to send the file again.',
  },
} as const satisfies Messages;

/** Why a file was skipped, the `{detail}` of `file-skipped`. */
export const SKIPPED_DETAIL = {
  lock: {
    vi: 'tệp khóa Excel tạo ra khi sổ tính đang mở (không phải bài nộp)',
    en: 'the lock file Excel keeps while a workbook is open (not a submission)',
  },
  'not-workbook': {
    vi: 'không phải sổ tính Excel ({ext}); nếu là báo cáo của đơn vị, hãy đề nghị gửi bản Excel .xlsx',
    en: 'not an Excel workbook ({ext}); if it is a unit’s report, ask for it as an Excel .xlsx',
  },
} as const satisfies Messages;

/** What Excel's error results mean, for people who did not write the formula. */
export const EXCEL_ERRORS: Readonly<Record<string, Text>> = {
  '#DIV/0!': { vi: 'chia cho 0', en: 'division by zero' },
  '#REF!': { vi: 'tham chiếu tới ô đã bị xóa', en: 'a reference to a deleted cell' },
  '#VALUE!': { vi: 'phép tính trên dữ liệu sai kiểu, như chữ thay cho số', en: 'a calculation on the wrong kind of data, such as text for a number' },
  '#N/A': { vi: 'không tìm thấy giá trị cần tra', en: 'a looked-up value was not found' },
  '#NAME?': { vi: 'tên hàm hoặc tên vùng không đúng', en: 'an unknown function or range name' },
  '#NUM!': { vi: 'số không hợp lệ', en: 'an invalid number' },
  '#NULL!': { vi: 'hai vùng không giao nhau', en: 'ranges that do not intersect' },
};

/** The parts of findings' sentences that checks choose (`{detail}`, `{other}`, `{expected}`). */
export const FINDING_WORDS = {
  formulaNotCalculated: {
    vi: 'công thức {formula} chưa được tính (tệp không lưu kết quả của nó)',
    en: 'the formula {formula} was never calculated (the file holds no result for it)',
  },
  /** `{meaning}` is ` (…)` from EXCEL_ERRORS, or nothing. */
  formulaError: { vi: 'công thức cho kết quả lỗi {written}{meaning}', en: 'the formula gives the error {written}{meaning}' },
  listedEthnicGroups: { vi: '54 dân tộc trong danh mục', en: 'the 54 listed ethnic groups' },
  endBeforeStart: { vi: 'ngày kết thúc trước ngày bắt đầu', en: 'the end is before the start' },
  startDate: { vi: 'Ngày kết nghĩa', en: 'Start date' },
  exitBeforeStart: { vi: 'năm thoát nghèo trước năm kết nghĩa', en: 'the year out of poverty is before the pairing began' },
  poorWhenPaired: { vi: 'Hộ nghèo khi kết nghĩa', en: 'Poor when paired' },
  no: { vi: 'không', en: 'no' },
  notPoorNoExit: { vi: 'hộ không phải hộ nghèo khi kết nghĩa thì không có năm thoát nghèo', en: 'a household that was not poor when paired cannot leave poverty' },
  village: { vi: 'thôn', en: 'village' },
  commune: { vi: 'xã', en: 'commune' },
  district: { vi: 'huyện', en: 'district' },
  villageLabel: { vi: 'Thôn/làng', en: 'Village' },
  communeLabel: { vi: 'Xã', en: 'Commune' },
  districtLabel: { vi: 'Huyện', en: 'District' },
  yearChange: { vi: 'năm {year} là {before}, thay đổi {change}% trong một năm', en: '{before} in {year}, a change of {change}% in one year' },
  amountOutlier: { vi: 'gấp hơn {factor} lần mức thường gặp của loại hoạt động này', en: 'over {factor} times the usual amount for this activity type' },
  unit: { vi: 'đơn vị', en: 'unit' },
  villageOrCommune: { vi: 'thôn, xã', en: 'village or commune' },
  or: { vi: ' hoặc ', en: ' or ' },
  /** The `{note}` of a `master-mismatch` that is an error. */
  foreignMaster: {
    vi: ' Tệp không có huyện, xã nào chung với danh mục: số liệu của tệp không được tổng hợp cho đến khi dùng đúng danh mục.',
    en: ' The file shares no district or commune with the master list: its figures are not counted until the right master is given.',
  },
  morePlaces: { vi: ' và {more} nơi khác', en: ' and {more} more' },
  placeCell: { vi: 'ô {cell} trang "{sheet}" (tệp {file})', en: 'cell {cell} of sheet "{sheet}" ({file})' },
  placeRow: { vi: 'dòng {row} trang "{sheet}" (tệp {file})', en: 'row {row} of sheet "{sheet}" ({file})' },
  amounts: { vi: 'số tiền', en: 'amounts' },
  figures: { vi: 'số', en: 'figures' },
  typedAsText: { vi: ' ({n} {what} được gõ dạng chữ nên hàm SUM bỏ qua)', en: ' ({n} {what} were typed as text, which SUM skips)' },
  maybeTypedAsText: { vi: ' (có thể do {n} {what} được gõ dạng chữ, hàm SUM bỏ qua)', en: ' (possibly because {n} {what} were typed as text, which SUM skips)' },
  householdPair: { vi: 'Cặp hộ kết nghĩa "{helper}" – "{helped}"', en: 'The household pair "{helper}" – "{helped}"' },
  pairing: { vi: 'Cặp kết nghĩa "{unit}" – "{name}"', en: 'The pairing "{unit}" – "{name}"' },
  villageYear: { vi: 'Thôn "{village}" năm {year}', en: 'Village "{village}" for {year}' },
  communeYear: { vi: 'Xã "{commune}" năm {year}', en: 'Commune "{commune}" for {year}' },
  unitNamed: { vi: 'Đơn vị "{unit}"', en: 'Unit "{unit}"' },
  exceeds: { vi: '{field} lớn hơn {other}', en: '{field} exceed {other}' },
  /** `{whole}` is `levelWhole` or nothing. */
  levelMismatch: { vi: 'cấp kết nghĩa là {stated} nhưng dòng ghi đến {named}{whole}', en: 'the level is {stated} but the row names a {named}{whole}' },
  levelWhole: { vi: ' (kết nghĩa với cả {stated} thì bỏ trống các cột cấp dưới)', en: ' (for a whole {stated}, leave the lower columns blank)' },
} as const satisfies Messages;
