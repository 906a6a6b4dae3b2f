/**
 * Outputs that never destroy work: an existing file is overwritten only with --force (a
 * clerk's hand edits to last week's report must not vanish), a folder or a wrong extension
 * is refused before any work, and a failed write is told in plain words, never as a code.
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { UsageError } from '../errors.js';
import type { Lang } from '../findings/finding.js';

export interface OutputCheck {
  readonly lang: Lang;
  /** --force was given: an existing file may be replaced. */
  readonly force?: boolean;
  /** The extension the file must have, with its dot (".docx"). */
  readonly ext?: string;
  /** How the user named it (shown in messages); the resolved path otherwise. */
  readonly shown?: string;
}

/** Throws a usage error when `path` may not be written as asked. */
export async function checkOutput(path: string, check: OutputCheck): Promise<void> {
  const vi = check.lang === 'vi';
  const shown = check.shown ?? path;
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) {
    throw new UsageError(vi ? `${shown} là một thư mục; hãy ghi tên tệp${check.ext ? `, ví dụ ${joinName(shown, `bao-cao${check.ext}`)}` : ''}.` : `${shown} is a folder; give a file name${check.ext ? `, e.g. ${joinName(shown, `report${check.ext}`)}` : ''}.`);
  }
  if (check.ext && extname(path).toLowerCase() !== check.ext) {
    throw new UsageError(vi ? `Tệp ghi ra phải có đuôi ${check.ext}: ${shown}.` : `The output must end in ${check.ext}: ${shown}.`);
  }
  if (info && !check.force) {
    throw new UsageError(
      vi
        ? `Tệp ${shown} đã có; không ghi đè để khỏi mất những gì đã sửa trong đó. Hãy chọn tên khác, hoặc thêm --force để ghi đè.`
        : `${shown} already exists; it is not overwritten, so edits made in it are not lost. Choose another name, or add --force to overwrite it.`,
    );
  }
}

function joinName(folder: string, name: string): string {
  return /[\\/]$/.test(folder) ? `${folder}${name}` : `${folder}${folder.includes('\\') ? '\\' : '/'}${name}`;
}

/** The program that usually holds a file of this kind open on an office PC. */
function holder(path: string, lang: Lang): string {
  const ext = extname(path).toLowerCase();
  if (ext === '.docx' || ext === '.doc') return 'Word';
  if (ext === '.pdf') return lang === 'vi' ? 'trình xem PDF' : 'a PDF viewer';
  return 'Excel';
}

/** Why a file could not be written, in the words a clerk can act on (system codes stay inside). */
export function writeProblem(path: string, code: string, lang: Lang): string {
  const vi = lang === 'vi';
  const app = holder(path, lang);
  switch (code) {
    case 'EBUSY':
      return vi ? `Tệp ${path} đang mở trong ${app} — hãy đóng tệp rồi chạy lại.` : `${path} is open in ${app} — close it and run again.`;
    case 'EPERM':
      // Windows says EPERM both for a file open in Word or Excel and for a read-only one.
      return vi
        ? `Không được phép ghi ${path}: tệp có thể đang mở trong ${app} (hãy đóng tệp rồi chạy lại) hoặc là tệp/thư mục chỉ đọc (hãy chọn thư mục khác).`
        : `Not allowed to write ${path}: it may be open in ${app} (close it and run again) or read-only (choose another folder).`;
    case 'EACCES':
    case 'EROFS':
      return vi ? `Thư mục của ${path} không cho phép ghi (chỉ đọc hoặc không có quyền) — hãy chọn thư mục khác, ví dụ Tài liệu (Documents).` : `The folder of ${path} cannot be written (read-only or no permission) — choose another folder, e.g. Documents.`;
    case 'EISDIR':
      return vi ? `${path} là một thư mục; hãy ghi tên tệp.` : `${path} is a folder; give a file name.`;
    case 'ENOTDIR':
      return vi ? `Đường dẫn ${path} có một phần là tệp chứ không phải thư mục — hãy kiểm tra lại đường dẫn.` : `Part of the path ${path} is a file, not a folder — check the path.`;
    case 'ENOENT':
      return vi ? `Không tạo được thư mục cho ${path} (ổ đĩa hoặc thư mục không tồn tại) — hãy kiểm tra lại đường dẫn.` : `Cannot create the folder of ${path} (the drive or folder does not exist) — check the path.`;
    case 'ENOSPC':
      return vi ? `Ổ đĩa đã đầy, không ghi được ${path} — hãy giải phóng chỗ trống hoặc ghi sang ổ khác.` : `The disk is full; ${path} was not written — free some space or write to another drive.`;
    case 'ENAMETOOLONG':
      return vi ? `Tên hoặc đường dẫn ${path} quá dài — hãy chọn tên ngắn hơn hoặc thư mục nông hơn.` : `The name or path ${path} is too long — choose a shorter name or folder.`;
    default:
      return vi ? `Không ghi được ${path} — hãy kiểm tra thư mục có tồn tại và được phép ghi, rồi chạy lại.` : `Could not write ${path} — check that the folder exists and is writable, then run again.`;
  }
}
