/**
 * What `report` says about the report besides the report itself (whose wording is the
 * templates'): config sentences the data contradict, header items to complete, the other
 * kind of document's forms, the PDF, and errors in a template or its markup.
 */
import type { Messages } from './render.js';

export const CONFIG_CHECKS = {
  fullCoverage: {
    vi: 'Cấu hình viết "{sentence}" nhưng số liệu cho thấy tỷ lệ kết nghĩa là {rate} ({covered}/{villages}).',
    en: 'The config says "{sentence}" but coverage in the data is {rate} ({covered}/{villages}).',
  },
  unknownArea: {
    vi: 'Địa bàn "{area}" trong cấu hình (programme.area) không trùng với huyện, xã nào trong danh sách thôn, làng.',
    en: 'The area "{area}" in the config (programme.area) matches no district or commune of the village list.',
  },
} as const satisfies Messages;

/** Header items: `{state}` is `leftAs` or `blank`. */
export const HEADER = {
  missing: {
    vi: 'Phần đầu/cuối văn bản: chưa có {label} ("{key}" {state} trong tệp cấu hình).',
    en: 'Header: the {label} is {state} ("{key}" in the config).',
  },
  leftAs: { vi: 'còn để "{value}"', en: 'still "{value}"' },
  blank: { vi: 'để trống', en: 'missing' },
  superiorBody: { vi: 'cơ quan cấp trên', en: 'superior body' },
  issuingBody: { vi: 'cơ quan ban hành', en: 'issuing body' },
  documentNumber: { vi: 'số, ký hiệu văn bản', en: 'document number' },
  place: { vi: 'địa danh', en: 'place' },
  signerName: { vi: 'họ tên người ký', en: 'signer’s name' },
  style: { vi: 'Thể thức: {mismatch}.', en: 'Style: {mismatch}.' },
} as const satisfies Messages;

/** Party forms in a State report and State forms in a Party one. */
export const STYLE_MISMATCH = {
  partyOnBehalf: {
    vi: '"{onBehalf}" là thể thức văn bản Đảng; văn bản nhà nước viết "TM." / "KT." (không có gạch chéo)',
    en: '"{onBehalf}" is the Party form; State documents write "TM." / "KT." (no slash)',
  },
  partyNumber: {
    vi: 'số "{number}" theo thể thức văn bản Đảng; văn bản nhà nước viết dạng "12/BC-UBND"',
    en: 'the number "{number}" is in the Party form; State documents write "12/BC-UBND"',
  },
  stateOnBehalf: {
    vi: '"{onBehalf}" là thể thức văn bản nhà nước; văn bản Đảng viết "T/M" / "K/T"',
    en: '"{onBehalf}" is the State form; Party documents write "T/M" / "K/T"',
  },
  stateNumber: {
    vi: 'số "{number}" theo thể thức văn bản nhà nước; văn bản Đảng viết dạng "21-BC/TU"',
    en: 'the number "{number}" is in the State form; Party documents write "21-BC/TU"',
  },
} as const satisfies Messages;

export const PDF = {
  noLibreOffice: {
    vi: 'Không tạo được PDF: máy chưa cài LibreOffice. Tệp .docx đã được ghi: mở tệp bằng Word, chọn Tệp → Lưu dưới dạng → PDF (File → Save As → PDF); hoặc cài LibreOffice (libreoffice.org) rồi chạy lại với --pdf.',
    en: 'No PDF: LibreOffice is not installed. The .docx was written: open it in Word and choose File → Save As → PDF; or install LibreOffice (libreoffice.org) and run again with --pdf.',
  },
  timeout: { vi: 'quá {time} chưa xong', en: 'not done after {time}' },
  failed: { vi: 'LibreOffice không chuyển được sang PDF: {reason}', en: 'LibreOffice could not convert to PDF: {reason}' },
} as const satisfies Messages;

export const TEMPLATE_ERRORS = {
  unreadable: { vi: 'Không đọc được mẫu báo cáo {path}.', en: 'Cannot read the template {path}.' },
  /** What Handlebars calls "[object Object]". */
  theData: { vi: 'dữ liệu', en: 'the data' },
  error: { vi: 'Lỗi trong mẫu báo cáo {where}: {detail}', en: 'Error in the template {where}: {detail}' },
  markup: {
    vi: 'Lỗi đánh dấu trong mẫu báo cáo (dòng {line} của kết quả: "{text}"): {message}',
    en: 'Markup error in the template (line {line} of its output: "{text}"): {message}',
  },
} as const satisfies Messages;

/**
 * Handlebars' own errors in Vietnamese, applied in order to its message (English keeps
 * Handlebars' words). `$1`, `$2` are the pattern's groups.
 */
export const TEMPLATE_ERRORS_VI: ReadonlyArray<readonly [RegExp, string]> = [
  [/^"([^"]+)" not defined in .*$/, 'không có "$1" trong dữ liệu của mẫu (xem: ketnghia report --print-context)'],
  [/^\{\{(\w+)\}\} needs a number, got (.*)$/, '{{$1}} cần một số, nhưng nhận được $2'],
  [/^(\S+) doesn't match (\S+)/, 'khối {{#$1}} lại được đóng bằng {{/$2}}'],
  [/^Parse error on line (\d+):/, 'sai cú pháp ở dòng $1:'],
  // The parser's own expectation list is for programmers: say what it means.
  [/\nExpecting [^\n]*, got 'EOF'$/, '\nmẫu kết thúc khi một khối {{#if}}, {{#each}}… chưa được đóng bằng {{/if}}, {{/each}}…'],
  [/\nExpecting [^\n]*$/, '\nthường do thiếu hoặc thừa dấu {{, }}, hoặc một khối {{#…}} đóng sai tên.'],
];
