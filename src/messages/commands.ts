/** What `init`, `report`, `stats` and `validate` print about their own run, besides the shared CLI words (./cli.ts). */
import type { Messages } from './render.js';

export const INIT_RUN = {
  masterNotFound: { vi: 'Không tìm thấy tệp tổng hợp {path}.', en: 'Master file {path} not found.' },
  overwritesMaster: {
    vi: 'Mẫu {template} sẽ ghi đè lên chính tệp --from; hãy chọn thư mục khác.',
    en: 'The template {template} would overwrite the --from file; choose another folder.',
  },
  noNames: {
    vi: 'Không lấy được tên xã, thôn hay đơn vị nào từ {file} nên chưa tạo mẫu. Hãy kiểm tra tệp bằng: ketnghia validate {file}',
    en: 'No commune, village or unit names could be taken from {file}, so no template was written. Check it with: ketnghia validate {file}',
  },
  masterErrors: {
    vi: 'Lưu ý: {file} có {errors} lỗi; các dòng lỗi không được đưa vào danh sách chọn (xem: ketnghia validate {file}).',
    en: 'Note: {file} has {errors} errors; rows with errors are left out of the lists (see: ketnghia validate {file}).',
  },
  templateWritten: { vi: 'Đã tạo mẫu sổ tính: {path}', en: 'Template written: {path}' },
  templateSheets: {
    vi: '  Trang Hướng dẫn và {count} trang nhập liệu: {names} (có danh sách chọn và kiểm tra khi nhập).',
    en: '  A Hướng dẫn (guide) sheet and {count} data sheets: {names} (with dropdowns and input checks).',
  },
  templateLists: {
    vi: '  Danh sách chọn lấy từ {file}: {communes} xã, {villages} thôn, làng, {units} đơn vị.',
    en: '  Dropdowns from {file}: {communes} communes, {villages} villages, {units} units.',
  },
  configWritten: {
    vi: 'Đã tạo tệp cấu hình: {path} (sửa các dòng cần thiết trước khi chạy ketnghia report)',
    en: 'Config written: {path} (edit it before running ketnghia report)',
  },
  configElsewhere: {
    vi: '  Tệp cấu hình nằm trong thư mục {dir}. Các lệnh khác tìm ketnghia.config.json ở thư mục đang đứng, rồi ở thư mục chứa các tệp số liệu: hãy chuyển tệp này sang thư mục làm việc (hoặc thư mục để tệp số liệu), hoặc chạy lệnh kèm --config "{path}".',
    en: '  The config is in the folder {dir}. The other commands look for ketnghia.config.json in the working folder, then in the folders of the data files: move it to the working folder (or beside the data files), or run them with --config "{path}".',
  },
  skipped: {
    vi: 'Bỏ qua {path}: tệp đã có, không ghi đè (dùng --force để ghi đè).',
    en: 'Skipped {path}: the file exists and was not overwritten (use --force to overwrite).',
  },
  nothingWritten: { vi: 'Không ghi tệp nào.', en: 'Nothing was written.' },
  next: {
    vi: 'Tiếp theo: gửi mẫu cho các đơn vị điền; kiểm tra tệp nộp về bằng lệnh: ketnghia validate <tệp hoặc thư mục>',
    en: 'Next: send the template to the units; check what comes back with: ketnghia validate <files or folder>',
  },
} as const satisfies Messages;

export const REPORT_RUN = {
  badKind: { vi: '--kind phải là một trong: {kinds} (không phải "{value}").', en: '--kind must be one of: {kinds} (not "{value}").' },
  warning: { vi: 'Cảnh báo: ', en: 'Warning: ' },
  error: { vi: 'Lỗi: ', en: 'Error: ' },
  strictStop: { vi: 'Chưa ghi báo cáo (--strict): bổ sung các mục trên vào tệp cấu hình.', en: 'No report written (--strict): complete the items above in the config.' },
  written: { vi: 'Đã ghi báo cáo: {path}', en: 'Report written: {path}' },
  dateFromConfig: { vi: 'Ngày báo cáo: {date} (theo "date" trong tệp cấu hình).', en: 'Report date: {date} (the config\'s "date").' },
  dateToday: { vi: 'Ngày báo cáo: {date} (hôm nay; đặt "date" trong tệp cấu hình để ghi ngày khác).', en: 'Report date: {date} (today; set "date" in the config for another).' },
  pdfWritten: { vi: 'Đã ghi bản PDF: {path}', en: 'PDF written: {path}' },
} as const satisfies Messages;

export const STATS_RUN = {
  written: { vi: 'Đã ghi bảng số liệu: {path}', en: 'Tables written: {path}' },
  badTable: { vi: '--by không có bảng "{id}" (chọn: {ids}, all).', en: '--by has no table "{id}" (choose: {ids}, all).' },
  /** A table without rows. */
  none: { vi: '(không có)', en: '(none)' },
} as const satisfies Messages;

export const VALIDATE_RUN = {
  /** `{names}`: the lists not checked, joined by `and`. */
  namesNotChecked: {
    vi: 'Lưu ý: chưa đối chiếu {names} với danh mục; kiểm tra cùng tệp danh mục để đối chiếu.',
    en: 'Note: {names} were not checked against a list; validate together with the master file to check them.',
  },
  villages: { vi: 'tên thôn, xã (không có trang Thôn làng)', en: 'village and commune names (no villages sheet)' },
  units: { vi: 'tên đơn vị (không có trang Đơn vị)', en: 'unit names (no units sheet)' },
  and: { vi: ' và ', en: ' and ' },
  /** A finding on a whole row, where the cell column would be. */
  row: { vi: 'dòng {row}', en: 'row {row}' },
} as const satisfies Messages;
