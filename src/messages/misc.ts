/**
 * The smaller sets of words: a resubmitted file (checks/resubmission.ts), the `Lỗi` sheet of an
 * annotated copy (annotate/annotate.ts), the `--xlsx` export and `ketnghia serve` on the terminal.
 */
import type { Messages } from './render.js';

export const RESUBMISSION = {
  saved: { vi: 'lưu lúc {time}', en: 'saved {time}' },
  activitiesUpTo: { vi: 'hoạt động đến ngày {date}', en: 'activities up to {date}' },
  modified: { vi: 'lưu sau', en: 'saved later' },
  dates: { vi: 'có hoạt động muộn hơn', en: 'holds later activities' },
  order: { vi: 'đứng sau trong danh sách tệp', en: 'comes later in the file list' },
  kept: {
    vi: '--allow-errors: "{file}" và "{other}" trùng {matched} dòng hoạt động; chỉ tính tệp {why}, bỏ tệp "{dropped}".',
    en: '--allow-errors: "{file}" and "{other}" share {matched} activity rows; only {why} is counted, "{dropped}" is left out.',
  },
} as const satisfies Messages;

export const ANNOTATE = {
  sameAsInput: {
    vi: 'Bản đánh dấu {path} sẽ trùng với tệp đầu vào; hãy chọn thư mục khác cho --annotate.',
    en: 'The annotated copy {path} would overwrite an input; choose another folder for --annotate.',
  },
  sheet: { vi: 'Trang', en: 'Sheet' },
  cell: { vi: 'Ô', en: 'Cell' },
  severity: { vi: 'Mức độ', en: 'Severity' },
  code: { vi: 'Mã', en: 'Code' },
  message: { vi: 'Nội dung', en: 'Message' },
  suggestion: { vi: 'Gợi ý', en: 'Suggestion' },
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
} as const satisfies Messages;

export const SERVE_RUN = {
  badPort: { vi: '--port cần một số cổng từ 0 (cổng trống bất kỳ) đến 65535 (không phải "{value}").', en: '--port needs a port number from 0 (any free port) to 65535 (not "{value}").' },
  noFolder: { vi: 'Không có thư mục {dir}.', en: 'No folder {dir}.' },
  portInUse: { vi: 'Cổng {port} đang được dùng; chọn cổng khác hoặc bỏ --port.', en: 'Port {port} is in use; choose another or leave out --port.' },
  running: {
    vi: 'Trang ketnghia đang chạy tại:\n\n  {url}\n\nChỉ máy này mở được địa chỉ trên. Tệp cấu hình báo cáo: {config}\nNhấn Ctrl+C để dừng (các tệp tạm sẽ được xóa).\n',
    en: 'The ketnghia page is running at:\n\n  {url}\n\nOnly this computer can open it. Report config file: {config}\nPress Ctrl+C to stop (temporary files are removed).\n',
  },
  stopped: { vi: 'Đã dừng.\n', en: 'Stopped.\n' },
  badSize: { vi: '{flag} không hợp lệ: "{value}" (ví dụ 500M, 2G).', en: 'Invalid {flag}: "{value}" (e.g. 500M, 2G).' },
} as const satisfies Messages;
