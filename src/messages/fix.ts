/** What `fix` says, in Vietnamese and English: the reason of each change and the summary. */
import type { Messages, Text } from './render.js';

/** Keyed by fix/cell.ts's `FixReason` (cli/fix-lines.ts holds the table to that type, so no reason goes unworded). */
export const FIX_REASONS = {
  nfc: { vi: 'chuẩn hóa Unicode dựng sẵn (NFC)', en: 'Unicode normalised to NFC' },
  spaces: { vi: 'bỏ khoảng trắng, xuống dòng thừa', en: 'extra spaces and line breaks removed' },
  'legacy-encoding': { vi: 'chuyển chữ từ bảng mã cũ (TCVN3/VNI) sang Unicode, phông Times New Roman', en: 'legacy TCVN3/VNI text converted to Unicode, font Times New Roman' },
  'number-text': { vi: 'số ghi dạng chữ, lưu lại thành số', en: 'number stored as text, now a number' },
  'date-text': { vi: 'ngày ghi dạng chữ hoặc số, lưu lại thành ngày', en: 'date stored as text or a serial, now a date' },
  'choice-label': { vi: 'ghi đúng tên trong danh mục', en: 'written as the listed name' },
  boolean: { vi: 'có/không ghi thống nhất là "x" hoặc "không"', en: 'yes/no written as "x" or "không"' },
  'merge-split': { vi: 'tách ô gộp, ghi giá trị cho từng dòng', en: 'merged cell split, the value written on each row' },
  'merge-amount': {
    vi: 'tách ô gộp; số chỉ ghi ở dòng trên cùng (như khi tính), có ghi chú để đơn vị ghi số của từng dòng',
    en: 'merged cell split; the figure stays on the top row only (as counted), with a note asking for each row’s figure',
  },
} as const satisfies Record<string, Text>;

export const FIX = {
  notXlsx: { vi: 'Tệp ghi ra (-o) phải có đuôi .xlsx: {path}', en: 'The output (-o) must end in .xlsx: {path}' },
  notFound: { vi: 'Không tìm thấy tệp {path}.', en: 'File {path} not found.' },
  isFolder: {
    vi: '{path} là một thư mục; lệnh fix sửa từng tệp một: ketnghia fix <tệp.xlsx> -o <tệp-mới.xlsx>.',
    en: '{path} is a folder; fix cleans one file at a time: ketnghia fix <file.xlsx> -o <new-file.xlsx>.',
  },
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
} as const satisfies Messages;
