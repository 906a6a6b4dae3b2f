/** The server's own Vietnamese messages (the page is Vietnamese; pipeline messages come from their catalogues). */
import { UsageError, EnvironmentError } from '../errors.js';
import { periodProblemText, usageText } from '../words/usage.js';
import { render } from '../messages/render.js';
import { writeProblem } from '../words/write-problem.js';
import { PeriodError, type PeriodProblem } from '../values/period.js';

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
  if (error instanceof PeriodError) return { status: 400, message: periodText(error.problem) };
  if (error instanceof UsageError) return { status: 400, message: usageText(error, 'vi') };
  if (error instanceof EnvironmentError) return { status: 500, message: writeProblem(error.path, error.reason, 'vi') };
  const message = error instanceof Error ? error.message : String(error);
  return { status: 500, message: `Lỗi chương trình (không phải do số liệu): ${message}. Máy chủ vẫn chạy; hãy thử lại.` };
}

/** A period the page cannot use, named by its boxes «Từ» and «Đến» (the terminal's names its options). */
const PAGE_PERIOD = {
  'bad-from': { vi: 'Ô «Từ» không hợp lệ: "{value}" (ví dụ 2017 hoặc 01/07/2017).', en: 'The box «From» is not valid: "{value}" (e.g. 2017, 01/07/2017 or 2017-07-01).' },
  'bad-to': { vi: 'Ô «Đến» không hợp lệ: "{value}" (ví dụ 2020 hoặc 31/12/2020).', en: 'The box «To» is not valid: "{value}" (e.g. 2020, 30/06/2020 or 2020-06-30).' },
  'half-range': { vi: 'Cần điền cả ô «Từ» và ô «Đến».', en: 'Fill in both boxes «From» and «To».' },
} as const;

function periodText(problem: PeriodProblem): string {
  if (problem.code === 'bad-from' || problem.code === 'bad-to') return render('vi', PAGE_PERIOD[problem.code], { value: problem.value });
  if (problem.code === 'half-range') return render('vi', PAGE_PERIOD['half-range']);
  // The others name no option (or the year option, which the page has not).
  return periodProblemText(problem, 'vi');
}
