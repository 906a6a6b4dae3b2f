/**
 * Every finding code of SPEC §3 with its severity and its Vietnamese and English
 * message templates. A finding is made from a code and its parameters, never from a
 * free-form string at the call site, so both languages always exist.
 *
 * Placeholders: {value} the cell as written, {field} the column's header,
 * {detail} extra text chosen by the check, {min} {max} {limit} {other} {expected}.
 */
export type Severity = 'error' | 'warning';

export interface CodeDef {
  readonly severity: Severity;
  readonly vi: string;
  readonly en: string;
  /** One-line description for the README and `--help`. */
  readonly title: { readonly vi: string; readonly en: string };
}

export const CATALOGUE = {
  'file-unreadable': {
    severity: 'error',
    vi: 'Không đọc được tệp: {detail}. Hãy mở tệp bằng Excel hoặc LibreOffice, kiểm tra rồi lưu lại dạng .xlsx.',
    en: 'Cannot read the file: {detail}. Open it in Excel or LibreOffice, check it and save it again as .xlsx.',
    title: { vi: 'tệp không phải .xlsx đọc được (rỗng, hỏng, cắt cụt)', en: 'not a readable .xlsx (empty, truncated, not a zip, broken XML)' },
  },
  'file-legacy-format': {
    severity: 'error',
    vi: 'Tệp ở định dạng Excel cũ (.xls) hoặc được đặt mật khẩu. Hãy mở bằng Excel hoặc LibreOffice, gỡ mật khẩu nếu có, chọn Lưu thành (Save As) → "Excel Workbook (*.xlsx)" rồi chạy lại.',
    en: 'The file is in the old Excel format (.xls) or is password-protected. Open it in Excel or LibreOffice, remove any password, choose Save As → "Excel Workbook (*.xlsx)" and run again.',
    title: { vi: 'tệp .xls hoặc tệp có mật khẩu', en: '.xls or another OLE/CFB file (also password-protected workbooks)' },
  },
  'file-too-large': {
    severity: 'error',
    vi: 'Nội dung tệp khi giải nén vượt quá giới hạn {limit} (có thể là tệp hỏng hoặc "bom zip"); tệp bị bỏ qua. Dùng --max-size để nâng giới hạn nếu tệp là thật.',
    en: 'The file’s uncompressed content exceeds the limit of {limit} (a damaged file or a "zip bomb"); it was skipped. Use --max-size to raise the limit if the file is genuine.',
    title: { vi: 'nội dung giải nén vượt giới hạn', en: 'uncompressed content over the limit' },
  },
  'no-known-sheet': {
    severity: 'error',
    vi: 'Không nhận ra trang tính nào (cần một trong các trang: Thôn làng, Đơn vị, Kết nghĩa, Hoạt động). Các trang có trong tệp: {detail}.',
    en: 'No sheet was recognised (expected one of: villages, units, pairings, activities). Sheets in the file: {detail}.',
    title: { vi: 'tệp không có trang tính nào nhận ra được', en: 'a file has no recognised sheet' },
  },
  'column-missing': {
    severity: 'error',
    vi: 'Thiếu cột bắt buộc "{field}".',
    en: 'Required column "{field}" is missing.',
    title: { vi: 'thiếu cột bắt buộc', en: 'a required column is absent' },
  },
  'column-duplicate': {
    severity: 'error',
    vi: 'Cột "{value}" trùng với cột {other} (cùng là "{field}"); chỉ giữ một cột.',
    en: 'Column "{value}" duplicates column {other} (both are "{field}"); keep only one.',
    title: { vi: 'hai cột cùng một nội dung', en: 'two columns map to the same key' },
  },
  'column-unknown': {
    severity: 'warning',
    vi: 'Không nhận ra tiêu đề cột "{value}"; cột này bị bỏ qua.',
    en: 'Column header "{value}" is not recognised; the column is ignored.',
    title: { vi: 'tiêu đề cột không nhận ra', en: 'a header is not recognised' },
  },
  required: {
    severity: 'error',
    vi: 'Ô "{field}" không được để trống.',
    en: '"{field}" must not be blank.',
    title: { vi: 'ô bắt buộc bị bỏ trống', en: 'a required cell is blank' },
  },
  'invalid-number': {
    severity: 'error',
    vi: '"{field}": "{value}" không phải là số.',
    en: '"{field}": "{value}" is not a number.',
    title: { vi: 'không đọc được số', en: 'not a number' },
  },
  'invalid-integer': {
    severity: 'error',
    vi: '"{field}": "{value}" không phải là số nguyên.',
    en: '"{field}": "{value}" is not a whole number.',
    title: { vi: 'không phải số nguyên', en: 'not a whole number' },
  },
  'invalid-date': {
    severity: 'error',
    vi: '"{field}": "{value}" không phải là ngày hợp lệ (ghi theo dạng ngày/tháng/năm, ví dụ 15/03/2022).',
    en: '"{field}": "{value}" is not a valid date (write day/month/year, e.g. 15/03/2022).',
    title: { vi: 'không phải ngày hợp lệ', en: 'not a valid date' },
  },
  'invalid-boolean': {
    severity: 'error',
    vi: '"{field}": "{value}" không rõ là có hay không (ghi "x" hoặc "có" nếu có, để trống hoặc "không" nếu không).',
    en: '"{field}": "{value}" is neither yes nor no (write "x" or "có" for yes, blank or "không" for no).',
    title: { vi: 'không rõ có/không', en: 'not a yes/no value' },
  },
  'invalid-choice': {
    severity: 'error',
    vi: '"{field}": "{value}" không có trong danh sách ({expected}).',
    en: '"{field}": "{value}" is not one of the choices ({expected}).',
    title: { vi: 'giá trị không có trong danh sách', en: 'not one of the choices' },
  },
  'negative-value': {
    severity: 'error',
    vi: '"{field}": {value} là số âm.',
    en: '"{field}": {value} is negative.',
    title: { vi: 'số âm', en: 'a count or amount below zero' },
  },
  'out-of-range': {
    severity: 'error',
    vi: '"{field}": {value} nằm ngoài khoảng cho phép ({min}–{max}).',
    en: '"{field}": {value} is outside the allowed range ({min}–{max}).',
    title: { vi: 'ngoài khoảng cho phép', en: 'outside the allowed range' },
  },
  'future-date': {
    severity: 'error',
    vi: '"{field}": ngày {value} ở sau hôm nay ({detail}).',
    en: '"{field}": {value} is after today ({detail}).',
    title: { vi: 'ngày ở tương lai', en: 'a date after today' },
  },
  'formula-error': {
    severity: 'error',
    vi: '"{field}": {detail}; hãy sửa công thức hoặc nhập số liệu trực tiếp.',
    en: '"{field}": {detail}; fix the formula or type the figure.',
    title: { vi: 'công thức cho kết quả lỗi', en: 'the formula result is an Excel error' },
  },
  'inconsistent-values': {
    severity: 'error',
    vi: '"{field}" ({value}) không hợp với "{other}" ({expected}): {detail}.',
    en: '"{field}" ({value}) contradicts "{other}" ({expected}): {detail}.',
    title: { vi: 'các giá trị trong một dòng mâu thuẫn nhau', en: 'values of one row contradict each other' },
  },
  'duplicate-key': {
    severity: 'error',
    vi: '{detail} đã có ở {other}.',
    en: '{detail} already appears at {other}.',
    title: { vi: 'trùng thôn-năm, đơn vị hoặc cặp kết nghĩa', en: 'the same village-year, unit or pairing twice' },
  },
  'duplicate-row': {
    severity: 'warning',
    vi: 'Dòng hoạt động giống hệt {other} (có thể nộp trùng).',
    en: 'This activity row is identical to {other} (submitted twice?).',
    title: { vi: 'dòng hoạt động trùng lặp', en: 'an activity row identical to another' },
  },
  'duplicate-file': {
    severity: 'error',
    vi: 'Tệp này lặp lại tệp "{value}": {detail} dòng hoạt động trùng nhau ({expected}). Có thể là bản nộp lại: chưa tính tệp nào cho đến khi bỏ một trong hai tệp khỏi danh sách; với --allow-errors chỉ tính tệp {other}.',
    en: 'This file repeats "{value}": {detail} activity rows are identical ({expected}). It looks like a resubmission: neither file is counted until one of them is removed; with --allow-errors only {other} is counted.',
    title: { vi: 'tệp nộp lại (phần lớn dòng hoạt động trùng với tệp khác)', en: 'a file that repeats another (a resubmission)' },
  },
  'unknown-village': {
    severity: 'error',
    vi: 'Không có {detail} "{value}" trong danh sách thôn làng.',
    en: 'The {detail} "{value}" is not in the villages list.',
    title: { vi: 'thôn không có trong danh sách', en: 'a village missing from the villages sheet' },
  },
  'unknown-unit': {
    severity: 'error',
    vi: 'Không có đơn vị "{value}" trong danh sách đơn vị.',
    en: 'Unit "{value}" is not in the units list.',
    title: { vi: 'đơn vị không có trong danh sách', en: 'a unit missing from the units sheet' },
  },
  'not-paired': {
    severity: 'warning',
    vi: 'Đơn vị "{value}" không kết nghĩa với {detail} vào ngày {expected}.',
    en: 'Unit "{value}" is not paired with {detail} on {expected}.',
    title: { vi: 'hoạt động ở thôn không kết nghĩa', en: 'an activity where the unit has no pairing' },
  },
  'legacy-encoding': {
    severity: 'warning',
    vi: 'Chữ gõ bằng bảng mã cũ {detail}, được đọc là "{expected}".',
    en: 'Text typed in the legacy {detail} encoding, read as "{expected}".',
    title: { vi: 'chữ gõ bằng bảng mã TCVN3/VNI', en: 'text in TCVN3/VNI, converted' },
  },
  'master-mismatch': {
    severity: 'warning',
    vi: '{value} dòng của tệp này ghi tên {detail} không có trong danh mục: có thể dùng nhầm danh mục (của huyện, xã khác). Tệp này nhắc đến: {expected}. Không báo riêng từng dòng; hãy kiểm tra lại danh mục đã dùng.',
    en: '{value} rows of this file name a {detail} that is not in the master list: the wrong master may have been given (another district or commune). The file mentions: {expected}. Rows are not reported one by one; check the master given.',
    title: { vi: 'phần lớn tên trong tệp không có trong danh mục', en: 'most names of a file are unknown to the master' },
  },
  'totals-mismatch': {
    severity: 'warning',
    vi: 'Dòng tổng cộng ghi "{field}" = {value}, còn cộng các dòng đọc được là {expected}{detail}. Số liệu vẫn tính từ từng dòng, không lấy dòng tổng.',
    en: 'The totals row says "{field}" = {value}, but the rows read add up to {expected}{detail}. Figures are computed from the rows, never from the totals row.',
    title: { vi: 'số ở dòng tổng cộng khác tổng các dòng', en: 'figures of a totals row that differ from the sum of the rows' },
  },
  'merged-amount': {
    severity: 'warning',
    vi: '"{field}": ô gộp {detail} trải trên {expected} dòng; số này chỉ được tính một lần, cho dòng {other}. Hãy tách ô và ghi số của từng dòng (lệnh "ketnghia fix" tách sẵn).',
    en: '"{field}": the merged cell {detail} spans {expected} rows; its figure is counted once, on row {other}. Split the cell and give each row its own figure ("ketnghia fix" splits it).',
    title: { vi: 'số tiền, số lượng ở ô gộp nhiều dòng', en: 'an amount or count merged over several rows' },
  },
  outlier: {
    severity: 'warning',
    vi: '"{field}" = {value} khác thường: {detail}.',
    en: '"{field}" = {value} looks wrong: {detail}.',
    title: { vi: 'giá trị bất thường so với chuỗi số liệu', en: 'a value far off its series' },
  },
} as const satisfies Record<string, CodeDef>;

export type FindingCode = keyof typeof CATALOGUE;

export const FINDING_CODES = Object.keys(CATALOGUE) as FindingCode[];
