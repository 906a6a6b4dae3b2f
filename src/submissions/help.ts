/** The help lines of `ketnghia submissions`, kept apart so `--help` loads nothing else of it. */
export const SUBMISSIONS_HELP = {
  description: {
    vi: 'sổ theo dõi nộp báo cáo: đơn vị nào đã nộp, nộp không có hoạt động, chưa nộp trong kỳ; tỷ lệ nộp',
    en: 'the submissions register: which units reported, reported no activity, or have not reported for the period; the reporting rate',
  },
  remind: {
    vi: 'in lời nhắc ngắn gửi các đơn vị chưa nộp (dán vào thư hoặc nhóm nhắn tin)',
    en: 'print a short reminder to the units that have not reported (to paste into an email or chat)',
  },
  deadline: {
    vi: 'hạn nộp (YYYY-MM-DD hoặc dd/mm/yyyy): tệp sửa sau ngày này bị đánh dấu nộp muộn; mặc định "deadline" trong tệp cấu hình',
    en: 'the deadline (YYYY-MM-DD): files modified after that day are marked late; default: the config\'s "deadline"',
  },
} as const;
