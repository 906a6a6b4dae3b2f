/**
 * The words of the submissions register, in Vietnamese and English: the table, the notes
 * on files that do not count, and the reminder to paste into an email or chat.
 */
import type { Lang } from '../findings/finding.js';
import { integerIn, percentIn } from '../format/vi.js';
import type { Period } from '../indicators/period.js';
import { formatVi, yearOf } from '../values/calendar.js';
import type { RegisterNote, SubmissionStatus } from './register.js';

/** "năm 2020", "từ năm 2017 đến năm 2020", "từ ngày 01/07/2017 đến ngày 30/06/2020". */
export function periodPhrase(period: Period, lang: Lang): string {
  const whole = period.from.endsWith('-01-01') && period.to.endsWith('-12-31');
  const [a, b] = [yearOf(period.from), yearOf(period.to)];
  if (lang === 'vi') {
    if (!whole) return `từ ngày ${formatVi(period.from)} đến ngày ${formatVi(period.to)}`;
    return a === b ? `năm ${a}` : `từ năm ${a} đến năm ${b}`;
  }
  if (!whole) return `from ${period.from} to ${period.to}`;
  return a === b ? `${a}` : `${a}–${b}`;
}

const years = (list: readonly number[]): string => list.join(', ');
const titleYears = (y: { from: number; to: number }): string => (y.from === y.to ? String(y.from) : `${y.from}–${y.to}`);

export function submissionsText(lang: Lang) {
  const vi = lang === 'vi';
  const n = (value: number) => integerIn(lang, value);
  return {
    periodNeeded: vi ? 'Cần cho biết kỳ báo cáo: --year 2024 hoặc --from 2024-01-01 --to 2024-12-31.' : 'Give the period: --year 2024 or --from 2024-01-01 --to 2024-12-31.',
    badDeadline: (value: string) => (vi ? `--deadline cần một ngày, ví dụ 2025-01-15 hoặc 15/01/2025 (không phải "${value}").` : `--deadline needs a date such as 2025-01-15 (not "${value}").`),
    noPairings: vi
      ? 'Không có danh sách kết nghĩa (trang "Kết nghĩa") trong các tệp đã cho nên không biết đơn vị nào phải nộp báo cáo. Hãy đưa thêm tệp danh mục có trang đó.'
      : 'No pairings sheet ("Kết nghĩa") in the files given, so which units must report is unknown. Add the master file that holds it.',
    title: (period: Period) => (vi ? `Tình hình nộp báo cáo kết nghĩa ${periodPhrase(period, lang)}` : `Reports received for ${periodPhrase(period, lang)}`),
    headline: (reported: number, expected: number, rate: string, full: number, empty: number, missing: number) =>
      vi
        ? `Đã nộp ${n(reported)}/${n(expected)} cơ quan, đơn vị (${rate}): ${n(full)} có hoạt động, ${n(empty)} nộp nhưng không có hoạt động; ${n(missing)} chưa nộp.`
        : `${n(reported)}/${n(expected)} units reported (${rate}): ${n(full)} with activities, ${n(empty)} with none in the period; ${n(missing)} missing.`,
    noneExpected: vi ? 'Không có cặp kết nghĩa nào còn hiệu lực trong kỳ nên không có đơn vị nào phải nộp.' : 'No pairing was in force in the period, so no unit was expected to report.',
    columns: vi
      ? ['STT', 'Cơ quan, đơn vị', 'Khối', 'Tình trạng', 'Số hoạt động', 'Tệp', 'Nhận lúc (giờ sửa tệp)']
      : ['No.', 'Unit', 'Bloc', 'Status', 'Activities', 'Files', 'Received (file modified)'],
    status: (status: SubmissionStatus): string =>
      ({
        reported: vi ? 'đã nộp' : 'reported',
        'reported-empty': vi ? 'nộp, không có hoạt động' : 'reported, no activity',
        missing: vi ? 'chưa nộp' : 'missing',
      })[status],
    late: vi ? 'nộp muộn' : 'late',
    deadlineLine: (date: string, late: number) =>
      vi ? `Hạn nộp ${formatVi(date)}: ${n(late)} tệp nhận sau hạn (theo giờ sửa tệp).` : `Deadline ${formatVi(date)}: ${n(late)} file(s) received after it (by modification time).`,
    unexpectedTitle: (count: number) =>
      vi ? `Đơn vị có nộp nhưng không có cặp kết nghĩa trong kỳ (${n(count)}):` : `Units that sent a report but had no pairing in the period (${n(count)}):`,
    didYouMean: (name: string) => (vi ? `có phải là "${name}"?` : `did you mean "${name}"?`),
    notesTitle: vi ? 'Tệp không được tính cho kỳ này:' : 'Files not counted for this period:',
    note: (note: RegisterNote, period: Period): string => {
      const where = vi ? `${note.file} (trang "${note.sheet}")` : `${note.file} (sheet "${note.sheet}")`;
      const p = periodPhrase(period, lang);
      switch (note.kind) {
        case 'outside-period':
          return vi
            ? `${where}: mọi dòng hoạt động thuộc năm ${years(note.years)}, ngoài kỳ ${p} — không tính là đã nộp cho kỳ này${note.units.length ? ` (${note.units.join('; ')})` : ''}.`
            : `${where}: every activity row is dated in ${years(note.years)}, outside ${p} — not counted as a report for this period${note.units.length ? ` (${note.units.join('; ')})` : ''}.`;
        case 'title-outside-period':
          return vi
            ? `${where}: không có dòng hoạt động, tiêu đề ghi năm ${titleYears(note.years)}, ngoài kỳ ${p} — không tính cho ${note.unit}.`
            : `${where}: no activity rows and a title for ${titleYears(note.years)}, outside ${p} — not counted for ${note.unit}.`;
        case 'no-title-year':
          return vi
            ? `${where}: không có dòng hoạt động và tiêu đề không ghi năm báo cáo — chưa tính cho ${note.unit} (ghi "Năm báo cáo: …" hoặc "NĂM …" ở dòng tiêu đề).`
            : `${where}: no activity rows and no year in its title — not counted for ${note.unit} (write "Năm báo cáo: …" or "NĂM …" in the title).`;
      }
    },
    receivedNote: vi
      ? 'Giờ nhận là thời điểm tệp được sửa lần cuối trên máy này (giờ sửa tệp), không phải ngày gửi ghi trên thư.'
      : 'The time received is when the file was last modified on this machine, not the date on the email.',
    findings: (errors: number, warnings: number) =>
      vi
        ? `Các tệp có ${n(errors)} lỗi, ${n(warnings)} cảnh báo (xem: ketnghia validate); dòng có lỗi vẫn cho biết đơn vị đã nộp.`
        : `The files have ${n(errors)} error(s) and ${n(warnings)} warning(s) (see: ketnghia validate); a row with errors still shows that its unit reported.`,
    statsLine: (reported: number, expected: number, rate: string) =>
      vi
        ? `Số liệu tổng hợp từ báo cáo của ${n(reported)}/${n(expected)} cơ quan, đơn vị (tỷ lệ nộp ${rate}; danh sách: ketnghia submissions).`
        : `Figures compiled from the reports of ${n(reported)}/${n(expected)} units (reporting rate ${rate}; the list: ketnghia submissions).`,
    rate: (rate: number | null) => (rate === null ? '–' : percentIn(lang, rate)),
  };
}

/** The reminder: short, to paste into an email or a chat group as it is. */
export function reminder(missing: readonly string[], period: Period, expected: number, lang: Lang, deadline?: string): string {
  const p = periodPhrase(period, lang);
  if (lang === 'vi') {
    if (missing.length === 0) return `Tất cả ${integerIn(lang, expected)} cơ quan, đơn vị đã nộp báo cáo kết quả công tác kết nghĩa ${p}.`;
    return [
      'Kính gửi các cơ quan, đơn vị:',
      ...missing.map((u, i) => `- ${u}${i === missing.length - 1 ? '.' : ';'}`),
      `Đến nay chưa nhận được báo cáo kết quả công tác kết nghĩa ${p} của các cơ quan, đơn vị nêu trên. ` +
        `Đề nghị các cơ quan, đơn vị khẩn trương gửi báo cáo${deadline ? ` (hạn nộp ngày ${formatVi(deadline)})` : ''}; ` +
        `đơn vị không có hoạt động trong kỳ vẫn gửi biểu, ghi rõ "Đơn vị báo cáo" và năm báo cáo ở đầu biểu. Trân trọng cảm ơn.`,
    ].join('\n');
  }
  if (missing.length === 0) return `All ${expected} units have sent their report for ${p}.`;
  return [
    'To the following units:',
    ...missing.map((u) => `- ${u}`),
    `We have not yet received your report on the pairing programme for ${p}. Please send it${deadline ? ` (deadline ${formatVi(deadline)})` : ''}; ` +
      'a unit with no activity in the period still sends the form, with "Đơn vị báo cáo" and the year filled in at the top. Thank you.',
  ].join('\n');
}
