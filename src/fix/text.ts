/** What `fix` says, in Vietnamese and English: the reason of each change and the summary. */
import type { Lang } from '../findings/finding.js';
import type { UnreadableReason } from '../workbook/inspect.js';
import type { FixReason } from './cell.js';

type Text = { readonly vi: string; readonly en: string };

export const REASONS: Record<FixReason, Text> = {
  nfc: { vi: 'chuẩn hóa Unicode dựng sẵn (NFC)', en: 'Unicode normalised to NFC' },
  spaces: { vi: 'bỏ khoảng trắng, xuống dòng thừa', en: 'extra spaces and line breaks removed' },
  'legacy-encoding': { vi: 'chuyển chữ từ bảng mã cũ (TCVN3/VNI) sang Unicode, phông Times New Roman', en: 'legacy TCVN3/VNI text converted to Unicode, font Times New Roman' },
  'number-text': { vi: 'số ghi dạng chữ, lưu lại thành số', en: 'number stored as text, now a number' },
  'date-text': { vi: 'ngày ghi dạng chữ hoặc số, lưu lại thành ngày', en: 'date stored as text or a serial, now a date' },
  'choice-label': { vi: 'ghi đúng tên trong danh mục', en: 'written as the listed name' },
  boolean: { vi: 'có/không ghi thống nhất là "x" hoặc "không"', en: 'yes/no written as "x" or "không"' },
};

/** Details for `file-unreadable`, as the reader words them. */
export const UNREADABLE: Record<UnreadableReason | 'content' | 'open', Text> = {
  open: { vi: 'không mở được tệp (có thể do không có quyền đọc)', en: 'the file cannot be opened (no permission to read it?)' },
  empty: { vi: 'tệp rỗng (0 byte)', en: 'the file is empty (0 bytes)' },
  'not-zip': { vi: 'nội dung không phải sổ tính Excel .xlsx', en: 'the content is not an Excel .xlsx workbook' },
  html: { vi: 'đây là trang HTML/XML được đặt đuôi Excel, không phải sổ tính .xlsx', en: 'this is an HTML/XML page with an Excel extension, not an .xlsx workbook' },
  text: { vi: 'đây là tệp văn bản (có thể là CSV), không phải sổ tính .xlsx', en: 'this is a text file (CSV?), not an .xlsx workbook' },
  truncated: { vi: 'tệp bị cắt cụt hoặc hỏng (không đọc được mục lục nén)', en: 'the file is truncated or damaged (its zip directory cannot be read)' },
  'not-workbook': { vi: 'tệp nén không chứa sổ tính Excel (có thể là tệp Word hoặc tệp nén khác)', en: 'the zip holds no Excel workbook (a Word file or another archive?)' },
  corrupt: { vi: 'dữ liệu nén trong tệp bị hỏng', en: 'the compressed data in the file is damaged' },
  content: { vi: 'nội dung bên trong tệp bị hỏng', en: 'the content inside the file is damaged' },
};

const MESSAGES = {
  notXlsx: { vi: 'Tệp ghi ra (-o) phải có đuôi .xlsx: {path}', en: 'The output (-o) must end in .xlsx: {path}' },
  notFound: { vi: 'Không tìm thấy tệp {path}.', en: 'File {path} not found.' },
  inPlace: {
    vi: 'Không sửa đè lên tệp gốc: hãy chọn tên khác cho -o (ví dụ {suggestion}).',
    en: 'fix never writes over its input: choose another name for -o (e.g. {suggestion}).',
  },
  sheetTitle: { vi: 'Trang "{sheet}":', en: 'Sheet "{sheet}":' },
  none: { vi: 'Không có ô nào cần sửa.', en: 'No cell needed fixing.' },
  done: { vi: 'Đã sửa {n} ô; bản đã sửa: {path} (tệp gốc giữ nguyên).', en: '{n} cells fixed; the fixed copy: {path} (the input is unchanged).' },
  copied: { vi: 'Đã ghi bản sao: {path} (tệp gốc giữ nguyên).', en: 'Copy written: {path} (the input is unchanged).' },
  unfixed: {
    vi: 'Còn {n} ô bỏ trống hoặc có giá trị không đọc được, không sửa tự động được; xem bằng lệnh: ketnghia validate {path}',
    en: '{n} cells are blank or hold values that cannot be read, and were left for you; see them with: ketnghia validate {path}',
  },
} as const satisfies Record<string, Text>;

export type MessageKey = keyof typeof MESSAGES;

export function message(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}
