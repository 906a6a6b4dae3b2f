/**
 * The words of `--help`: the program's and each command's description, usage, arguments
 * and options, and commander's usage errors. Rendered by `render` (./render.ts).
 */
import type { Messages } from './render.js';

export const CLI_HELP = {
  description: {
    vi: 'Kiểm tra, tổng hợp số liệu và lập báo cáo công tác kết nghĩa giữa cơ quan, đơn vị với thôn, làng, bon, buôn đồng bào dân tộc thiểu số.',
    en: 'Check, aggregate and report on the programme pairing agencies and units with ethnic-minority villages.',
  },
  programUsage: { vi: '[tùy chọn] [lệnh]', en: '[options] [command]' },
  filesUsage: { vi: '[tùy chọn] <tệp hoặc thư mục...>', en: '[options] <files or folders...>' },
  usageTitle: { vi: 'Cách dùng:', en: 'Usage:' },
  optionsTitle: { vi: 'Tùy chọn:', en: 'Options:' },
  commandsTitle: { vi: 'Lệnh:', en: 'Commands:' },
  argumentsTitle: { vi: 'Tham số:', en: 'Arguments:' },
  globalOptionsTitle: { vi: 'Tùy chọn chung:', en: 'Global Options:' },
  helpOption: { vi: 'hiện hướng dẫn', en: 'display help' },
  helpCommand: { vi: 'hiện hướng dẫn của một lệnh', en: 'display help for a command' },
  versionOption: { vi: 'hiện số phiên bản', en: 'output the version number' },
  langOption: { vi: 'ngôn ngữ: vi (mặc định) hoặc en', en: 'language: vi (default) or en' },
  debugOption: { vi: 'khi có lỗi chương trình, in chi tiết (stack trace)', en: 'print the stack trace of internal errors' },
  filesArgument: { vi: 'tệp .xlsx hoặc thư mục chứa tệp .xlsx', en: '.xlsx files or folders containing them' },
  validateDescription: {
    vi: 'kiểm tra các sổ tính nộp về, chỉ ra từng ô sai kèm gợi ý sửa',
    en: 'check submitted workbooks and point at every bad cell, with suggestions',
  },
  jsonOption: { vi: 'in kết quả dạng JSON', en: 'print the result as JSON' },
  annotateOption: {
    vi: 'ghi vào thư mục này bản sao mỗi tệp, tô đỏ ô lỗi, tô vàng ô cảnh báo, kèm trang "Lỗi"',
    en: 'write to this folder a copy of each file with error cells red, warnings yellow, and a "Lỗi" sheet',
  },
  maxErrorsOption: { vi: 'dừng sau N lỗi', en: 'stop after N errors' },
  strictOption: { vi: 'coi cảnh báo là lỗi', en: 'treat warnings as errors' },
  maxSizeOption: {
    vi: 'giới hạn dung lượng giải nén của mỗi tệp (vd. 1G, 500M; mặc định 1G)',
    en: 'limit on each file’s uncompressed size (e.g. 1G, 500M; default 1G)',
  },
  configOption: {
    vi: 'tệp cấu hình (mặc định ketnghia.config.json ở thư mục hiện tại, nếu không có thì bên cạnh các tệp số liệu)',
    en: 'config file (default ketnghia.config.json in the working folder, else beside the data files)',
  },
  statsDescription: { vi: 'tính các chỉ tiêu của báo cáo: kết nghĩa, kinh phí, hoạt động, hộ nghèo, hạ tầng', en: 'compute the report indicators: coverage, funds, activities, poverty, infrastructure' },
  coverageDescription: { vi: 'thôn chưa có đơn vị kết nghĩa (khó khăn nhất trước), kết nghĩa theo xã, đơn vị và cặp kết nghĩa không hoạt động', en: 'villages without a partner (most needy first), coverage by commune, idle units and pairings' },
  yearOption: { vi: 'kỳ báo cáo là một năm, ví dụ 2024', en: 'the period is one year, e.g. 2024' },
  fromOption: { vi: 'đầu kỳ: năm (2017) hoặc ngày (2017-07-01, 01/07/2017)', en: 'start of the period: a year (2017) or a date (2017-07-01)' },
  toOption: { vi: 'cuối kỳ: năm (2020) hoặc ngày (2020-06-30)', en: 'end of the period: a year (2020) or a date (2020-06-30)' },
  allowErrorsOption: { vi: 'vẫn tính khi số liệu có lỗi, bỏ qua các dòng lỗi', en: 'compute despite errors, leaving the bad rows out' },
  xlsxOption: { vi: 'ghi các bảng số liệu ra tệp Excel này', en: 'write the tables to this Excel file' },
  byOption: {
    vi: 'các bảng hiện ra, cách nhau dấu phẩy: summary, year, type, source, unit, commune, uncovered, inactive, poverty, infrastructure, all',
    en: 'tables to show, comma-separated: summary, year, type, source, unit, commune, uncovered, inactive, poverty, infrastructure, all',
  },
  reportDescription: { vi: 'lập báo cáo Word (năm, sơ kết, tổng kết) theo thể thức văn bản Đảng hoặc Nhà nước', en: 'write the Word report (annual, interim or whole-programme review) in Party or State layout' },
  kindOption: { vi: 'loại báo cáo: nam (mặc định), so-ket, tong-ket', en: 'report kind: nam (annual, default), so-ket (interim), tong-ket (whole programme)' },
  outputOption: { vi: 'tệp .docx ghi ra (mặc định bao-cao-<loại>-<từ năm>-<đến năm>.docx)', en: 'the .docx to write (default bao-cao-<kind>-<from>-<to>.docx)' },
  templateOption: { vi: 'dùng mẫu báo cáo (.hbs) của mình thay cho mẫu có sẵn', en: 'use your own template (.hbs) instead of the bundled one' },
  printContextOption: { vi: 'in dữ liệu (JSON) mà mẫu báo cáo nhận được, không ghi báo cáo', en: 'print the data (JSON) a template sees instead of writing the report' },
  pdfOption: { vi: 'ghi thêm bản PDF (cần LibreOffice)', en: 'also write a PDF (needs LibreOffice)' },
  initDescription: {
    vi: 'tạo mẫu sổ tính để các đơn vị điền (có danh sách chọn, kiểm tra khi nhập, trang Hướng dẫn) và tệp cấu hình mẫu ketnghia.config.json',
    en: 'write a blank submission workbook (dropdowns, input checks, a guide sheet) and a commented starter ketnghia.config.json',
  },
  initUsage: { vi: '[tùy chọn] [thư mục]', en: '[options] [dir]' },
  dirArgument: { vi: 'thư mục ghi tệp (mặc định: thư mục hiện tại)', en: 'folder to write into (default: the working folder)' },
  fromMasterOption: { vi: 'lấy danh sách xã, thôn, làng, đơn vị từ tệp tổng hợp này cho các danh sách chọn', en: 'fill the commune, village and unit dropdowns from this master workbook' },
  forceOption: { vi: 'ghi đè tệp đã có', en: 'overwrite existing files' },
  fixDescription: {
    vi: 'ghi bản sao đã sửa của sổ tính: chữ Unicode chuẩn, chuyển bảng mã TCVN3/VNI, số và ngày lưu đúng kiểu, tên loại theo danh mục; không bao giờ sửa đè tệp gốc',
    en: 'write a cleaned copy of a workbook: normalised Unicode, TCVN3/VNI converted, numbers and dates stored as such, listed names; never in place',
  },
  fixUsage: { vi: '<tệp.xlsx> -o <tệp-đã-sửa.xlsx> [tùy chọn]', en: '<file.xlsx> -o <fixed.xlsx> [options]' },
  fileArgument: { vi: 'tệp .xlsx cần sửa', en: 'the .xlsx file to fix' },
  fixOutputOption: { vi: 'tệp .xlsx ghi bản đã sửa (bắt buộc, khác tệp gốc)', en: 'the .xlsx file to write the fixed copy to (required, not the input)' },
  missingMandatoryOptionValue: { vi: 'Thiếu tùy chọn bắt buộc {name}. Xem: ketnghia {command} --help', en: 'Missing required option {name}. See: ketnghia {command} --help' },
  overwriteOption: { vi: 'ghi đè tệp đã có (mặc định không ghi đè)', en: 'overwrite existing files (by default they are kept)' },
  reportStrictOption: {
    vi: 'mục phần đầu văn bản còn thiếu hoặc còn để mẫu là lỗi (mã thoát 1)',
    en: 'a header item missing or left as a placeholder is an error (exit 1)',
  },
  submissionsDescription: {
    vi: 'sổ theo dõi nộp báo cáo: đơn vị nào đã nộp, nộp không có hoạt động, chưa nộp trong kỳ; tỷ lệ nộp',
    en: 'the submissions register: which units reported, reported no activity, or have not reported for the period; the reporting rate',
  },
  remindOption: {
    vi: 'in lời nhắc ngắn gửi các đơn vị chưa nộp (dán vào thư hoặc nhóm nhắn tin)',
    en: 'print a short reminder to the units that have not reported (to paste into an email or chat)',
  },
  registerXlsxOption: { vi: 'ghi danh sách nộp báo cáo ra tệp Excel này', en: 'write the register to this Excel file' },
  deadlineOption: {
    vi: 'hạn nộp (YYYY-MM-DD hoặc dd/mm/yyyy): tệp sửa sau ngày này bị đánh dấu nộp muộn; mặc định "deadline" trong tệp cấu hình',
    en: 'the deadline (YYYY-MM-DD): files modified after that day are marked late; default: the config\'s "deadline"',
  },
  serveDescription: {
    vi: 'mở trang web trên máy này để kiểm tra tệp, xem số liệu và lập báo cáo',
    en: 'open a local web page to check files, see the figures and write the report',
  },
  dataDirArgument: {
    vi: 'thư mục số liệu, nơi đọc và lưu ketnghia.config.json (mặc định: thư mục hiện tại)',
    en: 'the data folder, where ketnghia.config.json is read and saved (default: the current one)',
  },
  portOption: { vi: 'cổng (mặc định: một cổng còn trống)', en: 'port (default: a free one)' },
  noOpenOption: { vi: 'không tự mở trình duyệt', en: 'do not open the browser' },
  maxUploadOption: { vi: 'giới hạn tổng dung lượng mỗi lần gửi tệp (mặc định 512M)', en: 'limit on each upload in total (default 512M)' },
} as const satisfies Messages;

/** commander's placeholders and argument names as a Vietnamese user reads them (English keeps commander's); unknown words stay. */
export const HELP_WORDS_VI: Readonly<Record<string, string>> = {
  options: 'tùy chọn',
  command: 'lệnh',
  files: 'tệp',
  file: 'tệp',
  dir: 'thư mục',
  lang: 'vi|en',
  n: 'số',
  size: 'dung lượng',
  year: 'năm',
  date: 'ngày',
  tables: 'bảng',
  kind: 'loại',
  master: 'tệp danh mục',
  port: 'cổng',
  folder: 'thư mục',
};
