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
  /** A few words on the code: the warnings note of the data commands ("Có 3 cảnh báo (2 …)") and the web page name it so. */
  readonly title: { readonly vi: string; readonly en: string };
  /** When the code is raised: the README's table of finding codes is generated from this (`npm run codes`). */
  readonly when: string;
  /** The severity column of the README's table, where a check may raise the code as the other severity. */
  readonly severityShown?: string;
}

export const CATALOGUE = {
  'file-unreadable': {
    severity: 'error',
    vi: 'Không đọc được tệp: {detail}. {advice}',
    en: 'Cannot read the file: {detail}. {advice}',
    title: { vi: 'tệp không phải .xlsx đọc được (rỗng, hỏng, cắt cụt)', en: 'not a readable .xlsx (empty, truncated, not a zip, broken XML)' },
    when: 'not a readable .xlsx: empty, truncated, not a zip, an HTML page saved as .xls, broken content. The advice fits the cause: save it again as .xlsx, or — empty, truncated or damaged, which no repair brings back — ask the unit to send the file again',
  },
  'file-legacy-format': {
    severity: 'error',
    vi: 'Tệp ở định dạng Excel cũ (.xls) hoặc được đặt mật khẩu. Hãy mở bằng Excel hoặc LibreOffice, gỡ mật khẩu nếu có, chọn Lưu thành (Save As) → "Excel Workbook (*.xlsx)" rồi chạy lại.',
    en: 'The file is in the old Excel format (.xls) or is password-protected. Open it in Excel or LibreOffice, remove any password, choose Save As → "Excel Workbook (*.xlsx)" and run again.',
    title: { vi: 'tệp .xls hoặc tệp có mật khẩu', en: '.xls or another OLE/CFB file (also password-protected workbooks)' },
    when: 'an `.xls` or other OLE file — also what a password-protected workbook is; the message says how to save as .xlsx',
  },
  'file-too-large': {
    severity: 'error',
    vi: 'Nội dung tệp khi giải nén vượt quá giới hạn {limit} (có thể là tệp hỏng hoặc "bom zip"); tệp bị bỏ qua. Dùng --max-size để nâng giới hạn nếu tệp là thật.',
    en: 'The file’s uncompressed content exceeds the limit of {limit} (a damaged file or a "zip bomb"); it was skipped. Use --max-size to raise the limit if the file is genuine.',
    title: { vi: 'nội dung giải nén vượt giới hạn', en: 'uncompressed content over the limit' },
    when: 'uncompressed content over the limit (1 GiB, `--max-size`); counted while inflating, so a zip bomb is refused in seconds whatever its headers claim',
  },
  'file-skipped': {
    severity: 'warning',
    vi: 'Bỏ qua tệp, không đọc: {detail}.',
    en: 'File skipped, not read: {detail}.',
    title: { vi: 'tệp không phải sổ tính, bị bỏ qua', en: 'a file that is not a workbook, skipped' },
    when: 'a file given or found in a folder that is not a workbook (PDF, .docx, an image…) or is Excel\'s lock file `~$…` of an open workbook: named once, never read, never dropped silently',
  },
  'no-known-sheet': {
    severity: 'error',
    vi: 'Không nhận ra trang tính nào (cần một trong các trang: Thôn làng, Đơn vị, Kết nghĩa, Hoạt động, Xã, Kết nghĩa hộ). Các trang có trong tệp: {detail}.',
    en: 'No sheet was recognised (expected one of: villages, units, pairings, activities, communes, household pairs). Sheets in the file: {detail}.',
    title: { vi: 'tệp không có trang tính nào nhận ra được', en: 'a file has no recognised sheet' },
    when: 'no sheet of the file is recognised',
  },
  'column-missing': {
    severity: 'error',
    vi: 'Thiếu cột bắt buộc "{field}".',
    en: 'Required column "{field}" is missing.',
    title: { vi: 'thiếu cột bắt buộc', en: 'a required column is absent' },
    when: 'a required column is absent',
  },
  'column-duplicate': {
    severity: 'error',
    vi: 'Cột "{value}" trùng với cột {other} (cùng là "{field}"); chỉ giữ một cột.',
    en: 'Column "{value}" duplicates column {other} (both are "{field}"); keep only one.',
    title: { vi: 'hai cột cùng một nội dung', en: 'two columns map to the same key' },
    when: 'two columns map to the same field',
  },
  'column-unknown': {
    severity: 'warning',
    vi: 'Không nhận ra tiêu đề cột "{value}"; cột này bị bỏ qua.',
    en: 'Column header "{value}" is not recognised; the column is ignored.',
    title: { vi: 'tiêu đề cột không nhận ra', en: 'a header is not recognised' },
    when: 'a header is not recognised (with the closest known header); the column is ignored',
  },
  required: {
    severity: 'error',
    vi: 'Ô "{field}" không được để trống.',
    en: '"{field}" must not be blank.',
    title: { vi: 'ô bắt buộc bị bỏ trống', en: 'a required cell is blank' },
    when: 'a required cell is blank',
  },
  'invalid-number': {
    severity: 'error',
    vi: '"{field}": "{value}" không phải là số.',
    en: '"{field}": "{value}" is not a number.',
    title: { vi: 'không đọc được số', en: 'not a number' },
    when: 'not a number',
  },
  'invalid-integer': {
    severity: 'error',
    vi: '"{field}": "{value}" không phải là số nguyên.',
    en: '"{field}": "{value}" is not a whole number.',
    title: { vi: 'không phải số nguyên', en: 'not a whole number' },
    when: 'not a whole number',
  },
  'invalid-date': {
    severity: 'error',
    vi: '"{field}": "{value}" không phải là ngày hợp lệ (ghi theo dạng ngày/tháng/năm, ví dụ 15/03/2022).',
    en: '"{field}": "{value}" is not a valid date (write day/month/year, e.g. 15/03/2022).',
    title: { vi: 'không phải ngày hợp lệ', en: 'not a valid date' },
    when: 'not a date (`31/02/2021`, `03/15/2022`)',
  },
  'invalid-boolean': {
    severity: 'error',
    vi: '"{field}": "{value}" không rõ là có hay không (ghi "x" hoặc "có" nếu có, để trống hoặc "không" nếu không).',
    en: '"{field}": "{value}" is neither yes nor no (write "x" or "có" for yes, blank or "không" for no).',
    title: { vi: 'không rõ có/không', en: 'not a yes/no value' },
    when: 'neither yes nor no',
  },
  'invalid-choice': {
    severity: 'error',
    vi: '"{field}": "{value}" không có trong danh sách ({expected}).',
    en: '"{field}": "{value}" is not one of the choices ({expected}).',
    title: { vi: 'giá trị không có trong danh sách', en: 'not one of the choices' },
    when: 'not one of the choices (with a suggestion); an ethnic group outside the 54 is a warning',
  },
  'negative-value': {
    severity: 'error',
    vi: '"{field}": {value} là số âm.',
    en: '"{field}": {value} is negative.',
    title: { vi: 'số âm', en: 'a count or amount below zero' },
    when: 'a count or an amount below zero',
  },
  'out-of-range': {
    severity: 'error',
    vi: '"{field}": {value} nằm ngoài khoảng cho phép ({min}–{max}).',
    en: '"{field}": {value} is outside the allowed range ({min}–{max}).',
    title: { vi: 'ngoài khoảng cho phép', en: 'outside the allowed range' },
    when: 'outside the allowed range (year 1990–2100, dates 1975–2100)',
  },
  'future-date': {
    severity: 'error',
    vi: '"{field}": ngày {value} ở sau hôm nay ({detail}).',
    en: '"{field}": {value} is after today ({detail}).',
    title: { vi: 'ngày ở tương lai', en: 'a date after today' },
    when: 'a date after today',
  },
  'formula-error': {
    severity: 'error',
    vi: '"{field}": {detail}; hãy sửa công thức hoặc nhập số liệu trực tiếp.',
    en: '"{field}": {detail}; fix the formula or type the figure.',
    title: { vi: 'công thức cho kết quả lỗi', en: 'the formula result is an Excel error' },
    when: 'a formula whose result is an Excel error (or was never calculated)',
  },
  'inconsistent-values': {
    severity: 'error',
    vi: '"{field}" ({value}) không hợp với "{other}" ({expected}): {detail}.',
    en: '"{field}" ({value}) contradicts "{other}" ({expected}): {detail}.',
    title: { vi: 'các giá trị trong một dòng mâu thuẫn nhau', en: 'values of one row contradict each other' },
    when: 'values of one row contradict each other: poor households above households, an end before the start',
  },
  'duplicate-key': {
    severity: 'error',
    vi: '{detail} đã có ở {other}.',
    en: '{detail} already appears at {other}.',
    title: { vi: 'trùng thôn-năm, đơn vị hoặc cặp kết nghĩa', en: 'the same village-year, unit or pairing twice' },
    when: 'the same village and year, unit, or pairing twice',
  },
  'duplicate-row': {
    severity: 'warning',
    vi: 'Dòng hoạt động giống hệt {other} (có thể nộp trùng).',
    en: 'This activity row is identical to {other} (submitted twice?).',
    title: { vi: 'dòng hoạt động trùng lặp', en: 'an activity row identical to another' },
    when: 'an activity row identical to another in the same file, or a few rows repeated across files (submitted twice)',
  },
  'duplicate-file': {
    severity: 'error',
    vi: 'Tệp này lặp lại tệp "{value}": {detail} dòng hoạt động trùng nhau ({expected}). Có thể là bản nộp lại: chưa tính tệp nào cho đến khi bỏ một trong hai tệp khỏi danh sách; với --allow-errors chỉ tính tệp {other}.',
    en: 'This file repeats "{value}": {detail} activity rows are identical ({expected}). It looks like a resubmission: neither file is counted until one of them is removed; with --allow-errors only {other} is counted.',
    title: { vi: 'tệp nộp lại (phần lớn dòng hoạt động trùng với tệp khác)', en: 'a file that repeats another (a resubmission)' },
    when: 'a file whose activity rows mostly (more than half, at least 2) repeat another file\'s — a corrected copy dropped beside the first: **one** finding naming both files, when each was saved and its last activity date, and how many rows match (`3/4`), instead of a `duplicate-row` per row. Neither file is counted until one is removed; `--allow-errors` counts only the newer (saved a minute or more later; else the one with later activities; else the later in the list) and says so on stderr',
  },
  'unknown-village': {
    severity: 'error',
    vi: 'Không có {detail} "{value}" trong danh sách thôn làng.',
    en: 'The {detail} "{value}" is not in the villages list.',
    title: { vi: 'thôn không có trong danh sách', en: 'a village missing from the villages sheet' },
    when: 'a pairing or activity names a village (or commune) the villages sheet lacks, with a suggestion',
  },
  'unknown-commune': {
    severity: 'error',
    vi: 'Không có xã "{value}" trong danh sách xã (hoặc danh sách thôn làng).',
    en: 'The commune "{value}" is not in the communes list (or the villages list).',
    title: { vi: 'xã không có trong danh sách', en: 'a commune missing from the communes (or villages) sheet' },
    when: 'a commune pairing or activity, or a household pair, names a commune neither the communes sheet nor the villages sheet has, with a suggestion',
  },
  'unknown-district': {
    severity: 'error',
    vi: 'Không có huyện "{value}" trong danh sách xã (hoặc danh sách thôn làng).',
    en: 'The district "{value}" is not in the communes list (or the villages list).',
    title: { vi: 'huyện không có trong danh sách', en: 'a district missing from the communes (or villages) sheet' },
    when: 'a district pairing or activity names a district the lists lack, or a commune is named with a district it is not in',
  },
  'unknown-unit': {
    severity: 'error',
    vi: 'Không có đơn vị "{value}" trong danh sách đơn vị.',
    en: 'Unit "{value}" is not in the units list.',
    title: { vi: 'đơn vị không có trong danh sách', en: 'a unit missing from the units sheet' },
    when: 'a pairing or activity names a unit the units sheet lacks',
  },
  'not-paired': {
    severity: 'warning',
    vi: 'Đơn vị "{value}" không kết nghĩa với {detail} vào ngày {expected}.',
    en: 'Unit "{value}" is not paired with {detail} on {expected}.',
    title: { vi: 'hoạt động ở thôn không kết nghĩa', en: 'an activity where the unit has no pairing' },
    when: 'an activity by a unit with no pairing in force on that date with its village, its commune or its district (never on a row that already has `unknown-village`, `unknown-commune`, `unknown-district` or `unknown-unit`: one finding per cause)',
  },
  'legacy-encoding': {
    severity: 'warning',
    vi: 'Chữ gõ bằng bảng mã cũ {detail}, được đọc là "{expected}".',
    en: 'Text typed in the legacy {detail} encoding, read as "{expected}".',
    title: { vi: 'chữ gõ bằng bảng mã TCVN3/VNI', en: 'text in TCVN3/VNI, converted' },
    when: 'text typed in TCVN3 or VNI, converted; the suggestion is the converted text',
  },
  'master-mismatch': {
    severity: 'warning',
    severityShown: 'warning, or error',
    vi: '{value} dòng của tệp này ghi tên {detail} không có trong danh mục: có thể dùng nhầm danh mục (của huyện, xã khác). Tệp này nhắc đến: {expected}.{note} Không báo riêng từng dòng; hãy kiểm tra lại danh mục đã dùng.',
    en: '{value} rows of this file name a {detail} that is not in the master list: the wrong master may have been given (another district or commune). The file mentions: {expected}.{note} Rows are not reported one by one; check the master given.',
    title: { vi: 'phần lớn tên trong tệp không có trong danh mục', en: 'most names of a file are unknown to the master' },
    when: 'more than half of a file\'s pairing and activity rows (at least 5) name a village, commune or unit the master lacks — the master of another district was given: **one** file-level finding, "có thể dùng nhầm danh mục", naming the communes (and districts) the file mentions, instead of a row error each (no `not-paired` either); an **error** when the file shares no district (where districts are not written, no commune) with the master, so another province\'s master never yields figures',
  },
  'totals-mismatch': {
    severity: 'warning',
    vi: 'Dòng tổng cộng ghi "{field}" = {value}, còn cộng các dòng đọc được là {expected}{detail}. Số liệu vẫn tính từ từng dòng, không lấy dòng tổng.',
    en: 'The totals row says "{field}" = {value}, but the rows read add up to {expected}{detail}. Figures are computed from the rows, never from the totals row.',
    title: { vi: 'số ở dòng tổng cộng khác tổng các dòng', en: 'figures of a totals row that differ from the sum of the rows' },
    when: 'a sheet\'s single totals row (`Tổng cộng`, often `=SUM(…)`) differs from the sum of the rows read, per amount or count column: both figures and the likely cause, e.g. "(21 số tiền được gõ dạng chữ nên hàm SUM bỏ qua)" when the amounts typed as text account for the difference exactly. Sheets with subtotals are left alone; figures never come from totals rows',
  },
  'merged-amount': {
    severity: 'warning',
    vi: '"{field}": ô gộp {detail} trải trên {expected} dòng; số này chỉ được tính một lần, cho dòng {other}. Hãy tách ô và ghi số của từng dòng (lệnh "ketnghia fix" tách sẵn).',
    en: '"{field}": the merged cell {detail} spans {expected} rows; its figure is counted once, on row {other}. Split the cell and give each row its own figure ("ketnghia fix" splits it).',
    title: { vi: 'số tiền, số lượng ở ô gộp nhiều dòng', en: 'an amount or count merged over several rows' },
    when: 'an amount or count merged down over several data rows: counted once, on the top row; the message names the merge so it can be split (`fix` splits it). Not in SPEC §3\'s table yet: the issue asks for "a warning that names the merge"',
  },
  outlier: {
    severity: 'warning',
    vi: '"{field}" = {value} khác thường: {detail}.',
    en: '"{field}" = {value} looks wrong: {detail}.',
    title: { vi: 'giá trị bất thường so với chuỗi số liệu', en: 'a value far off its series' },
    when: 'a village\'s households or poor households change by more than half in a year (not across a new poverty standard), or an amount 100 times what its activity type usually costs',
  },
} as const satisfies Record<string, CodeDef>;

export type FindingCode = keyof typeof CATALOGUE;

export const FINDING_CODES = Object.keys(CATALOGUE) as FindingCode[];
