/**
 * Every sentence the CLI itself prints besides `--help` (summaries, progress, usage errors),
 * in Vietnamese and English. Finding messages are the findings catalogue's.
 */
import { CLI_HELP } from './cli-help.js';
import type { Messages } from './render.js';

const CLI_RUN = {
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
  /** `{clean}` is `annotateClean` or nothing. */
  annotatedCount: { vi: 'Đã ghi {count} bản đánh dấu vào thư mục {dir}{clean}.', en: 'Annotated copies written: {count}, in the folder {dir}{clean}.' },
  annotateClean: { vi: ' ({count} tệp không có lỗi, cảnh báo nên không sao chép)', en: ' ({count} file{count:s} without findings not copied)' },
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
    vi: 'Bỏ qua {count} tệp không phải sổ tính (tệp PDF, Word, ảnh, tệp khóa ~$… Excel tạo khi sổ tính đang mở): {files}',
    en: 'Skipped {count} file{count:s}, not workbooks (PDF, Word, pictures, ~$… lock files Excel keeps while a workbook is open): {files}',
  },
  onlyTemp: {
    vi: 'Các tệp đã cho đều không phải sổ tính Excel, không có gì để đọc (tệp ~$… là tệp khóa Excel tạo khi sổ tính đang mở; hãy chỉ ra chính sổ tính .xlsx).',
    en: 'None of the files given is an Excel workbook; there is nothing to read (a ~$… file is the lock file Excel keeps while a workbook is open; name the .xlsx workbook itself).',
  },
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
  /** `{hint}` is `didYouMean` or nothing. */
  unknownOption: { vi: 'Không có tùy chọn {name}.{hint} Xem: ketnghia {command} --help', en: 'Unknown option {name}.{hint} See: ketnghia {command} --help' },
  unknownCommand: { vi: 'Không có lệnh {name}.{hint} Xem: ketnghia --help', en: 'Unknown command {name}.{hint} See: ketnghia --help' },
  missingArgument: { vi: 'Thiếu tham số {name}. Xem: ketnghia {command} --help', en: 'Missing argument {name}. See: ketnghia {command} --help' },
  optionMissingArgument: { vi: 'Tùy chọn {name} cần một giá trị. Xem: ketnghia {command} --help', en: 'Option {name} needs a value. See: ketnghia {command} --help' },
  excessArguments: { vi: 'Thừa tham số. Xem: ketnghia {command} --help', en: 'Too many arguments. See: ketnghia {command} --help' },
  usageError: { vi: 'Lỗi cách dùng: {message}', en: 'Usage error: {message}' },
  didYouMean: { vi: ' Có phải ý bạn là {name}?', en: ' Did you mean {name}?' },
  examples: {
    vi: 'Ví dụ:\n  ketnghia validate "D:\\Báo cáo 2024"             kiểm tra mọi tệp trong thư mục\n  ketnghia stats "D:\\Báo cáo 2024" --year 2024    các chỉ tiêu năm 2024\n  ketnghia report "D:\\Báo cáo 2024" --year 2024   báo cáo Word năm 2024\n  ketnghia serve                                  mở trang web trên máy này\n  ketnghia validate --help                        hướng dẫn của một lệnh',
    en: 'Examples:\n  ketnghia validate "D:\\Reports 2024"             check every file in the folder\n  ketnghia stats "D:\\Reports 2024" --year 2024    the indicators for 2024\n  ketnghia report "D:\\Reports 2024" --year 2024   the Word report for 2024\n  ketnghia serve                                 open the web page on this computer\n  ketnghia validate --help                       help on one command',
  },
  internalError: {
    vi: 'Lỗi chương trình (không phải lỗi của số liệu): {message}\nChạy lại với --debug để xem chi tiết và gửi cho người phát triển.',
    en: 'Internal error (not a problem with your data): {message}\nRun again with --debug for details to send to the developers.',
  },
  cannotWrite: {
    vi: 'Không ghi được {path} ({reason}): kiểm tra thư mục có tồn tại, đúng là thư mục và được phép ghi.',
    en: 'Cannot write {path} ({reason}): check that the folder exists, is a folder and is writable.',
  },
} as const satisfies Messages;

/** The CLI's table: one key space for the help and the run, as `--help` and the errors share option words. */
export const CLI = { ...CLI_HELP, ...CLI_RUN } as const;

export type CliKey = keyof typeof CLI;
