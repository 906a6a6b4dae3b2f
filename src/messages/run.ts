/**
 * What the data commands (stats, coverage, report) say on stderr before their figures: why
 * they stopped, what --allow-errors left out, a period without data, and the warnings.
 */
import type { Messages } from './render.js';

export const RUN = {
  stopped: {
    vi: 'Số liệu còn lỗi nên chưa tổng hợp. Hãy sửa các lỗi trên (xem: ketnghia validate --annotate <thư mục>), hoặc chạy lại với --allow-errors để bỏ qua các dòng lỗi.',
    en: 'The data has errors, so nothing was computed. Fix them (see: ketnghia validate --annotate <dir>), or run again with --allow-errors to leave the bad rows out.',
  },
  /** `{unreadable}` is `unreadableFiles` or nothing. */
  leftOut: {
    vi: '--allow-errors: đã bỏ qua {rows} dòng có lỗi{unreadable} ({errors} lỗi; xem chi tiết: ketnghia validate).',
    en: '--allow-errors: left out {rows} rows with errors{unreadable} ({errors} errors; details: ketnghia validate).',
  },
  unreadableFiles: { vi: ' và {files} tệp không đọc được', en: ' and {files} unreadable files' },
  noData: {
    vi: 'Không còn dòng số liệu nào dùng được trong các tệp đã cho nên không tổng hợp được (xem: ketnghia validate).',
    en: 'No usable data row is left in the files given, so nothing can be computed (see: ketnghia validate).',
  },
  periodEmpty: {
    vi: 'Các tệp không có số liệu nào trong kỳ {span}; số liệu có các năm: {held}. Hãy chọn kỳ trong các năm đó (--year, --from/--to).',
    en: 'The files hold no data for the period {span}; the data cover: {held}. Choose a period within those years (--year, --from/--to).',
  },
  periodPairingsOnly: {
    vi: 'Lưu ý: các tệp không có số liệu thôn làng, hoạt động nào trong kỳ {span}; chỉ tính được các cặp kết nghĩa còn hiệu lực.',
    en: 'Note: the files hold no village or activity figures for the period {span}; only the pairings in force are counted.',
  },
  periodPartly: {
    vi: 'Lưu ý: chưa có số liệu năm {missing} trong kỳ {span}; các số liệu chỉ tính từ các năm còn lại.',
    en: 'Note: no data for {missing} in the period {span}; the figures come from the other years only.',
  },
  warnings: { vi: 'Có {total} cảnh báo ({named}) — xem `ketnghia validate`.', en: 'There are {total} warnings ({named}) — see `ketnghia validate`.' },
} as const satisfies Messages;
