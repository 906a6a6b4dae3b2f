/** The server's own Vietnamese messages (the page is Vietnamese; pipeline messages come from their catalogues). */
import { stripVTControlCharacters } from 'node:util';
import { UsageError, EnvironmentError } from '../errors.js';
import { usageText } from '../messages/period.js';

/** A request that could not be served, with the Vietnamese message the page shows. */
export class PageError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type Step = 'upload' | 'check' | 'copies' | 'figures' | 'submissions' | 'report' | 'config';

const STEPS: Record<Step, string> = {
  upload: 'Đang nhận tệp',
  check: 'Đang kiểm tra',
  copies: 'Đang tạo bản đánh dấu lỗi và bản đã sửa',
  figures: 'Đang tính số liệu',
  submissions: 'Đang lập danh sách nộp báo cáo',
  report: 'Đang lập báo cáo',
  config: 'Đang ghi tệp cấu hình',
};

export function stepName(step: Step): string {
  return STEPS[step];
}

export function busyMessage(step: Step): string {
  return `${STEPS[step]}, chưa làm được việc khác. Hãy chờ bước này xong rồi bấm lại.`;
}

export const MESSAGES = {
  wrongHost:
    'Yêu cầu bị từ chối: địa chỉ máy chủ không đúng. Chỉ mở trang bằng địa chỉ http://127.0.0.1:… mà lệnh ketnghia serve đã in ra.',
  noToken:
    'Thiếu hoặc sai mã truy cập. Hãy mở đúng địa chỉ mà lệnh ketnghia serve đã in ra (có phần ?token=…), hoặc chạy lại lệnh.',
  noCsrf: 'Yêu cầu bị từ chối: thiếu mã truy cập của trang. Hãy tải lại trang rồi làm lại.',
  badOrigin: 'Yêu cầu bị từ chối: gửi từ một trang khác.',
  notFound: 'Không có trang hoặc tệp này.',
  method: 'Phương thức không được hỗ trợ.',
  noFiles: 'Chưa có tệp nào. Hãy chọn hoặc kéo thả các tệp Excel ở bước 1.',
  noCheck: 'Chưa kiểm tra tệp nào. Hãy chọn tệp ở bước 1.',
  badJson: 'Dữ liệu gửi lên không đọc được. Hãy tải lại trang rồi làm lại.',
  dataErrors:
    'Số liệu còn lỗi nên chưa tổng hợp. Hãy sửa các lỗi ở bước 2 (tải bản đánh dấu lỗi để xem từng ô), hoặc đánh dấu «Bỏ qua các dòng có lỗi».',
  noData: 'Không còn dòng số liệu nào dùng được trong các tệp đã chọn nên không tổng hợp được (xem bước 2).',
  noReadable: 'Không có tệp nào đọc được để tạo bản đánh dấu lỗi và bản đã sửa.',
} as const;

export function tooLarge(limit: string): string {
  return `Các tệp gửi lên vượt quá giới hạn ${limit} mỗi lần. Hãy chọn ít tệp hơn mỗi lần: các lần chọn được cộng dồn.`;
}

/** Any error as a sentence for the page: usage errors as they are, anything else as a program error, never a stack. */
export function pageMessage(error: unknown): { status: number; message: string } {
  if (error instanceof PageError) return { status: error.status, message: error.message };
  if (error instanceof UsageError) return { status: 400, message: forPage(usageText(error, 'vi')) };
  if (error instanceof EnvironmentError) return { status: 500, message: `Không ghi được ${error.path}: ${error.reason}.` };
  const message = error instanceof Error ? error.message : String(error);
  return { status: 500, message: `Lỗi chương trình (không phải do số liệu): ${message}. Máy chủ vẫn chạy; hãy thử lại.` };
}

/** The period's messages name the command-line options; on the page they are the two boxes. */
function forPage(message: string): string {
  return message.replace(/--from\b/g, 'ô «Từ»').replace(/--to\b/g, 'ô «Đến»').replace(/--year\b/g, 'năm');
}

/**
 * A command's stderr as sentences for the page: colours removed, and the command-line
 * words it uses put as the page's ("--allow-errors" is the box «Bỏ qua các dòng có lỗi»).
 */
export function cliNotes(text: string): string[] {
  return stripVTControlCharacters(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) =>
      forPage(line.replace('(--year, --from/--to)', '(ô «Từ» và ô «Đến»)').replace('— xem `ketnghia validate`.', '— xem bước 2.'))
        .replace(/^--allow-errors:\s*/, 'Bỏ qua các dòng có lỗi: ')
        .replace(/\(xem chi tiết: ketnghia validate\)/g, '(xem bước 2)')
        .replace(/\(xem: ketnghia validate\)/g, '(xem bước 2)'),
    );
}
