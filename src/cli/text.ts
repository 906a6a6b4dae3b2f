/**
 * Every sentence the CLI itself prints (help, summaries, usage errors), in Vietnamese
 * and English. Finding messages live in the findings catalogue.
 */
import type { Lang } from '../findings/finding.js';

const TEXT = {
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
  // Summaries
  file: { vi: 'Tệp', en: 'File' },
  sheet: { vi: 'Trang', en: 'Sheet' },
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  noFindings: { vi: 'không có lỗi', en: 'no findings' },
  valid: { vi: 'Hợp lệ', en: 'Valid' },
  invalid: { vi: 'Có lỗi', en: 'Errors found' },
  invalidStrict: { vi: 'Không đạt (--strict: {n} cảnh báo được tính là lỗi)', en: 'Not passed (--strict counts warnings as errors: {n} warning{n:s})' },
  stoppedEarly: { vi: 'Đã dừng đọc sau {n} lỗi (--max-errors); các dòng sau đó chưa được kiểm tra.', en: 'Stopped after {n} error{n:s} (--max-errors); later rows were not checked.' },
  sheetSummary: { vi: '{rows} dòng số liệu: {parts}', en: '{rows} data row{rows:s}: {parts}' },
  countUsed: { vi: '{n} dùng được', en: '{n} used' },
  countBlank: { vi: '{n} trống', en: '{n} blank' },
  countTotals: { vi: '{n} dòng tổng cộng', en: '{n} totals row{n:s}' },
  countHeadings: { vi: '{n} dòng tiêu đề nhóm', en: '{n} section heading{n:s}' },
  countFooter: { vi: '{n} dòng chữ ký cuối bảng', en: '{n} signature-block row{n:s}' },
  countRejected: { vi: '{n} bị loại vì lỗi', en: '{n} rejected with errors' },
  countHidden: { vi: 'trong đó {n} dòng đang ẩn (vẫn được tính)', en: 'of which {n} hidden row{n:s} (still counted)' },
  hiddenSheet: { vi: 'trang đang ẩn, vẫn được tính', en: 'a hidden sheet, still counted' },
  ignoredSheets: { vi: 'Bỏ qua trang không nhận ra: {names}', en: 'Ignored unrecognised sheets: {names}' },
  totalSummary: {
    vi: 'Tổng: {files} tệp, {rows} dòng số liệu ({parts}) — {errors} lỗi, {warnings} cảnh báo.',
    en: 'Total: {files} file{files:s}, {rows} data row{rows:s} ({parts}) — {errors} error{errors:s}, {warnings} warning{warnings:s}.',
  },
  annotated: { vi: 'Đã ghi bản đánh dấu: {path}', en: 'Annotated copy written: {path}' },
  annotateSkipped: {
    vi: 'Không đánh dấu được {file}: tệp kiểm tra được nhưng không sao chép được (nội dung bên trong có chỗ hỏng); các lỗi ở trên vẫn đúng.',
    en: 'Could not annotate {file}: it could be checked but not copied (part of its content is damaged); the findings above stand.',
  },
  progress: { vi: 'Đang đọc', en: 'Reading' },
  rowsUnit: { vi: 'dòng', en: 'rows' },
  // Usage errors
  noInputs: {
    vi: 'Chưa chỉ ra tệp nào cần đọc: ghi tên các tệp .xlsx hoặc một thư mục, ví dụ bao-cao/*.xlsx hoặc bao-cao.',
    en: 'No input files given: name .xlsx files or a folder, for example reports/*.xlsx or reports.',
  },
  notFound: { vi: 'Không tìm thấy tệp hoặc thư mục: {path}', en: 'No such file or folder: {path}' },
  noMatch: { vi: 'Không có tệp .xlsx nào khớp mẫu {path}.', en: 'No .xlsx file matches {path}.' },
  skippedTemp: {
    vi: 'Bỏ qua {count} tệp tạm (tệp khóa Excel tạo khi sổ tính đang mở, tệp tạm): {files}',
    en: 'Skipped {count} temporary file{count:s} (Excel owner files of open workbooks, temporary files): {files}',
  },
  onlyTemp: {
    vi: 'Các tệp đã cho đều là tệp tạm, không có sổ tính nào để đọc (tệp ~$… là tệp khóa Excel tạo khi sổ tính đang mở; hãy chỉ ra chính sổ tính đó).',
    en: 'Every file given is a temporary file; there is no workbook to read (a ~$… file is the owner file Excel keeps while a workbook is open; name the workbook itself).',
  },
  overwriteOption: { vi: 'ghi đè tệp đã có (mặc định không ghi đè)', en: 'overwrite existing files (by default they are kept)' },
  configUsed: { vi: 'Cấu hình: {path}', en: 'Config: {path}' },
  configDefaults: {
    vi: 'Cấu hình: mặc định (không thấy ketnghia.config.json ở thư mục hiện tại hay bên cạnh các tệp; tạo bằng ketnghia init)',
    en: 'Config: defaults (no ketnghia.config.json in the working folder or beside the files; ketnghia init writes one)',
  },
  emptyFolder: { vi: 'Thư mục {path} không có tệp .xlsx nào.', en: 'The folder {path} holds no .xlsx file.' },
  badNumber: { vi: 'Giá trị của {option} phải là số nguyên dương, không phải "{value}".', en: '{option} must be a positive whole number, not "{value}".' },
  badSize: { vi: 'Giá trị của --max-size không hợp lệ: "{value}" (ví dụ: 1G, 500M, 2000000).', en: 'Invalid --max-size: "{value}" (e.g. 1G, 500M, 2000000).' },
  badLang: { vi: 'Ngôn ngữ không hỗ trợ: "{value}" (chọn vi hoặc en).', en: 'Unsupported language: "{value}" (choose vi or en).' },
  sameAsInput: { vi: 'Tệp ghi ra {path} trùng với tệp đầu vào; chương trình không bao giờ ghi đè tệp gốc.', en: 'The output {path} is one of the inputs; input files are never overwritten.' },
  unknownOption: { vi: 'Không có tùy chọn {name}. Xem: ketnghia {command} --help', en: 'Unknown option {name}. See: ketnghia {command} --help' },
  unknownCommand: { vi: 'Không có lệnh {name}. Xem: ketnghia --help', en: 'Unknown command {name}. See: ketnghia --help' },
  missingArgument: { vi: 'Thiếu tham số {name}. Xem: ketnghia {command} --help', en: 'Missing argument {name}. See: ketnghia {command} --help' },
  optionMissingArgument: { vi: 'Tùy chọn {name} cần một giá trị. Xem: ketnghia {command} --help', en: 'Option {name} needs a value. See: ketnghia {command} --help' },
  excessArguments: { vi: 'Thừa tham số. Xem: ketnghia {command} --help', en: 'Too many arguments. See: ketnghia {command} --help' },
  usageError: { vi: 'Lỗi cách dùng: {message}', en: 'Usage error: {message}' },
  internalError: {
    vi: 'Lỗi chương trình (không phải lỗi của số liệu): {message}\nChạy lại với --debug để xem chi tiết và gửi cho người phát triển.',
    en: 'Internal error (not a problem with your data): {message}\nRun again with --debug for details to send to the developers.',
  },
  cannotWrite: {
    vi: 'Không ghi được {path} ({reason}): kiểm tra thư mục có tồn tại, đúng là thư mục và được phép ghi.',
    en: 'Cannot write {path} ({reason}): check that the folder exists, is a folder and is writable.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type TextKey = keyof typeof TEXT;

/** `{n}` is the parameter; `{n:s}` is an English plural "s", left out when n is 1. */
export function t(lang: Lang, key: TextKey, params: Record<string, string | number> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)(:s)?\}/g, (whole, name: string, plural?: string) => {
    if (!(name in params)) return whole;
    if (plural) return String(params[name]) === '1' ? '' : 's';
    return String(params[name]);
  });
}

/** The language asked for on the command line, read before commander builds the help; else `fallback` (KETNGHIA_LANG, read by run()). */
export function langFromArgv(argv: readonly string[], fallback: Lang = 'vi'): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang' && argv[i + 1] === 'en') return 'en';
    if (arg === '--lang=en') return 'en';
  }
  return fallback;
}
