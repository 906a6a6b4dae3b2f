/**
 * The words of the submissions register (assembled by ./submissions.ts): the table, the
 * notes on files that do not count, and the reminder to paste into an email or chat.
 */
import type { Messages } from './render.js';

export const PERIOD_PHRASE = {
  dates: { vi: 'từ ngày {from} đến ngày {to}', en: 'from {from} to {to}' },
  year: { vi: 'năm {year}', en: '{year}' },
  years: { vi: 'từ năm {first} đến năm {last}', en: '{first}–{last}' },
} as const satisfies Messages;

export const SUBMISSIONS = {
  periodNeeded: { vi: 'Cần cho biết kỳ báo cáo: --year 2024 hoặc --from 2024-01-01 --to 2024-12-31.', en: 'Give the period: --year 2024 or --from 2024-01-01 --to 2024-12-31.' },
  badDeadline: { vi: '--deadline cần một ngày, ví dụ 2025-01-15 hoặc 15/01/2025 (không phải "{value}").', en: '--deadline needs a date such as 2025-01-15 (not "{value}").' },
  noPairings: {
    vi: 'Không có danh sách kết nghĩa (trang "Kết nghĩa") trong các tệp đã cho nên không biết đơn vị nào phải nộp báo cáo. Hãy đưa thêm tệp danh mục có trang đó.',
    en: 'No pairings sheet ("Kết nghĩa") in the files given, so which units must report is unknown. Add the master file that holds it.',
  },
  title: { vi: 'Tình hình nộp báo cáo kết nghĩa {period}', en: 'Reports received for {period}' },
  headline: {
    vi: 'Đã nộp {reported}/{expected} cơ quan, đơn vị ({rate}): {full} có hoạt động, {empty} nộp nhưng không có hoạt động; {missing} chưa nộp.',
    en: '{reported}/{expected} units reported ({rate}): {full} with activities, {empty} with none in the period; {missing} missing.',
  },
  noneExpected: { vi: 'Không có cặp kết nghĩa nào còn hiệu lực trong kỳ nên không có đơn vị nào phải nộp.', en: 'No pairing was in force in the period, so no unit was expected to report.' },
  late: { vi: 'nộp muộn', en: 'late' },
  written: { vi: 'Đã ghi danh sách nộp báo cáo: {path}', en: 'Register written: {path}' },
  deadlineLine: { vi: 'Hạn nộp {date}: {late} tệp nhận sau hạn (theo giờ sửa tệp).', en: 'Deadline {date}: {late} file(s) received after it (by modification time).' },
  unexpectedTitle: { vi: 'Đơn vị có nộp nhưng không có cặp kết nghĩa trong kỳ ({count}):', en: 'Units that sent a report but had no pairing in the period ({count}):' },
  didYouMean: { vi: 'có phải là "{name}"?', en: 'did you mean "{name}"?' },
  folder: { vi: 'Tệp trong thư mục {folder}', en: 'Files in the folder {folder}' },
  skippedTitle: { vi: 'Tệp không dùng được ({count}):', en: 'Files that could not be used ({count}):' },
  notesTitle: { vi: 'Tệp không được tính cho kỳ này:', en: 'Files not counted for this period:' },
  where: { vi: '{file} (trang "{sheet}")', en: '{file} (sheet "{sheet}")' },
  receivedNote: {
    vi: 'Giờ nhận là thời điểm tệp được sửa lần cuối trên máy này (giờ sửa tệp), không phải ngày gửi ghi trên thư.',
    en: 'The time received is when the file was last modified on this machine, not the date on the email.',
  },
  findings: {
    vi: 'Các tệp có {errors} lỗi, {warnings} cảnh báo (xem: ketnghia validate); dòng có lỗi vẫn cho biết đơn vị đã nộp.',
    en: 'The files have {errors} error(s) and {warnings} warning(s) (see: ketnghia validate); a row with errors still shows that its unit reported.',
  },
  statsLine: {
    vi: 'Số liệu tổng hợp từ báo cáo của {reported}/{expected} cơ quan, đơn vị (tỷ lệ nộp {rate}; danh sách: ketnghia submissions).',
    en: 'Figures compiled from the reports of {reported}/{expected} units (reporting rate {rate}; the list: ketnghia submissions).',
  },
} as const satisfies Messages;

export const SUBMISSION_COLUMNS = {
  no: { vi: 'STT', en: 'No.' },
  unit: { vi: 'Cơ quan, đơn vị', en: 'Unit' },
  bloc: { vi: 'Khối', en: 'Bloc' },
  status: { vi: 'Tình trạng', en: 'Status' },
  activities: { vi: 'Số hoạt động', en: 'Activities' },
  files: { vi: 'Tệp', en: 'Files' },
  received: { vi: 'Nhận lúc', en: 'Received' },
} as const satisfies Messages;

export const SUBMISSION_STATUS = {
  reported: { vi: 'đã nộp', en: 'reported' },
  'reported-empty': { vi: 'nộp, không có hoạt động', en: 'reported, no activity' },
  missing: { vi: 'chưa nộp', en: 'missing' },
} as const satisfies Messages;

/** Why a file does not count; `{units}` is " (a; b)" or nothing. */
export const REGISTER_NOTES = {
  'outside-period': {
    vi: '{where}: mọi dòng hoạt động thuộc năm {years}, ngoài kỳ {period} — không tính là đã nộp cho kỳ này{units}.',
    en: '{where}: every activity row is dated in {years}, outside {period} — not counted as a report for this period{units}.',
  },
  'title-outside-period': {
    vi: '{where}: không có dòng hoạt động, tiêu đề ghi năm {years}, ngoài kỳ {period} — không tính cho {unit}.',
    en: '{where}: no activity rows and a title for {years}, outside {period} — not counted for {unit}.',
  },
  'no-title-year': {
    vi: '{where}: không có dòng hoạt động và tiêu đề không ghi năm báo cáo — chưa tính cho {unit} (ghi "Năm báo cáo: …" hoặc "NĂM …" ở dòng tiêu đề).',
    en: '{where}: no activity rows and no year in its title — not counted for {unit} (write "Năm báo cáo: …" or "NĂM …" in the title).',
  },
} as const satisfies Messages;

/** The reminder to paste into an email or chat group; `{deadline}` is the bracket of the deadline or nothing. */
export const REMINDER = {
  allIn: { vi: 'Tất cả {count} cơ quan, đơn vị đã nộp báo cáo kết quả công tác kết nghĩa {period}.', en: 'All {count} units have sent their report for {period}.' },
  greeting: { vi: 'Kính gửi các cơ quan, đơn vị:', en: 'To the following units:' },
  /** A missing unit; `{end}` closes the Vietnamese list's items (";", and "." on the last). */
  item: { vi: '- {unit}{end}', en: '- {unit}{end}' },
  body: {
    vi: 'Đến nay chưa nhận được báo cáo kết quả công tác kết nghĩa {period} của các cơ quan, đơn vị nêu trên. Đề nghị các cơ quan, đơn vị khẩn trương gửi báo cáo{deadline}; đơn vị không có hoạt động trong kỳ vẫn gửi biểu, ghi rõ "Đơn vị báo cáo" và năm báo cáo ở đầu biểu. Trân trọng cảm ơn.',
    en: 'We have not yet received your report on the pairing programme for {period}. Please send it{deadline}; a unit with no activity in the period still sends the form, with "Đơn vị báo cáo" and the year filled in at the top. Thank you.',
  },
  deadline: { vi: ' (hạn nộp ngày {date})', en: ' (deadline {date})' },
} as const satisfies Messages;
