/**
 * Why an output cannot be written: refused before any work (a folder, a wrong extension, an
 * existing file without --force), or failed on the system's code (util/output.ts) — in words a
 * clerk can act on, with the program that usually holds such a file open (`{app}`).
 */
import type { Messages } from './render.js';

export const OUTPUT = {
  /** `{example}` is `folderExample` or nothing. */
  isFolder: { vi: '{shown} là một thư mục; hãy ghi tên tệp{example}.', en: '{shown} is a folder; give a file name{example}.' },
  folderExample: { vi: ', ví dụ {name}', en: ', e.g. {name}' },
  exampleName: { vi: 'bao-cao{ext}', en: 'report{ext}' },
  /** `{hint}` is `pdfHint` or nothing. */
  wrongExtension: { vi: 'Tệp ghi ra phải có đuôi {ext}: {shown}.{hint}', en: 'The output must end in {ext}: {shown}.{hint}' },
  pdfHint: {
    vi: ' Muốn có bản PDF, hãy dùng -o {docx} --pdf (ghi cả bản Word và bản PDF, cần LibreOffice).',
    en: ' For a PDF, use -o {docx} --pdf (writes both the Word file and the PDF; needs LibreOffice).',
  },
  exists: {
    vi: 'Tệp {shown} đã có; không ghi đè để khỏi mất những gì đã sửa trong đó. Hãy chọn tên khác, hoặc thêm --force để ghi đè.',
    en: '{shown} already exists; it is not overwritten, so edits made in it are not lost. Choose another name, or add --force to overwrite it.',
  },
  pdfViewer: { vi: 'trình xem PDF', en: 'a PDF viewer' },
} as const satisfies Messages;

/** By the system's error code; `default` for any other. */
export const WRITE_PROBLEMS = {
  EBUSY: { vi: 'Tệp {path} đang mở trong {app} — hãy đóng tệp rồi chạy lại.', en: '{path} is open in {app} — close it and run again.' },
  // Windows says EPERM both for a file open in Word or Excel and for a read-only one.
  EPERM: {
    vi: 'Không được phép ghi {path}: tệp có thể đang mở trong {app} (hãy đóng tệp rồi chạy lại) hoặc là tệp/thư mục chỉ đọc (hãy chọn thư mục khác).',
    en: 'Not allowed to write {path}: it may be open in {app} (close it and run again) or read-only (choose another folder).',
  },
  EACCES: {
    vi: 'Thư mục của {path} không cho phép ghi (chỉ đọc hoặc không có quyền) — hãy chọn thư mục khác, ví dụ Tài liệu (Documents).',
    en: 'The folder of {path} cannot be written (read-only or no permission) — choose another folder, e.g. Documents.',
  },
  EISDIR: { vi: '{path} là một thư mục; hãy ghi tên tệp.', en: '{path} is a folder; give a file name.' },
  ENOTDIR: {
    vi: 'Đường dẫn {path} có một phần là tệp chứ không phải thư mục — hãy kiểm tra lại đường dẫn.',
    en: 'Part of the path {path} is a file, not a folder — check the path.',
  },
  ENOENT: {
    vi: 'Không tạo được thư mục cho {path} (ổ đĩa hoặc thư mục không tồn tại) — hãy kiểm tra lại đường dẫn.',
    en: 'Cannot create the folder of {path} (the drive or folder does not exist) — check the path.',
  },
  ENOSPC: {
    vi: 'Ổ đĩa đã đầy, không ghi được {path} — hãy giải phóng chỗ trống hoặc ghi sang ổ khác.',
    en: 'The disk is full; {path} was not written — free some space or write to another drive.',
  },
  ENAMETOOLONG: { vi: 'Tên hoặc đường dẫn {path} quá dài — hãy chọn tên ngắn hơn hoặc thư mục nông hơn.', en: 'The name or path {path} is too long — choose a shorter name or folder.' },
  default: {
    vi: 'Không ghi được {path} — hãy kiểm tra thư mục có tồn tại và được phép ghi, rồi chạy lại.',
    en: 'Could not write {path} — check that the folder exists and is writable, then run again.',
  },
} as const satisfies Messages;
