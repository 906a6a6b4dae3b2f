/**
 * Rows that are not data: totals and subtotals ("Tổng cộng", "Cộng khối Đảng"), section
 * headings ("I | KHỐI ĐẢNG") and the signature block under the table. They are skipped and
 * counted, never reported as errors.
 */
import type { RawRow } from '../workbook/raw.js';

export interface RowShape {
  /** By column number: true for a recognised column. */
  readonly mapped: readonly boolean[];
  /** Required name columns (unit, commune, village): a real record fills them. */
  readonly nameColumns: ReadonlySet<number>;
  /** STT-like columns. */
  readonly ordinal: ReadonlySet<number>;
}

// With diacritics: "cộng" (sum) is not "công" (as in "Công an thị xã").
const TOTAL_EXACT = new Set(['tổng', 'cộng', 'tổng cộng', 'tổng số', 'cộng toàn tỉnh', 'cộng toàn huyện', 'tổng toàn tỉnh', 'tổng cộng toàn tỉnh', 'tổng cộng toàn huyện']);
const TOTAL_PREFIX = /^(tổng cộng|tổng số|cộng)(?=[\s:(]|$)/;

function lowerText(value: string): string {
  return value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/[\s:.]+$/, '').trim();
}

/**
 * A totals label in one of the row's first text cells. A bare label ("Tổng cộng") is
 * enough; a longer one ("Cộng khối Đảng", "Tổng cộng (24 bôn)") only when the row names no
 * unit or village of its own, so a village called "Cộng Hòa" stays data.
 */
export function isTotalsRow(row: RawRow, shape: RowShape): boolean {
  let seen = 0;
  for (const cell of row.cells) {
    if (cell.value.t !== 's') continue;
    const value = cell.value.v;
    // Every totals label starts with T or C and is short: skip the rest cheaply.
    const first = value.trimStart().charAt(0);
    if (value.length <= 60 && 'TtCc'.includes(first) && first !== '') {
      const text = lowerText(value);
      if (TOTAL_EXACT.has(text)) return true;
      if (TOTAL_PREFIX.test(text) && otherNamesBlank(row, shape, cell.col)) return true;
    }
    if (++seen >= 3) break;
  }
  return false;
}

function otherNamesBlank(row: RawRow, shape: RowShape, labelCol: number): boolean {
  return row.cells.every((c) => c.col === labelCol || !shape.nameColumns.has(c.col));
}

const SECTION_MARK = /^([IVXLC]{1,6}|[A-Za-zĐđ]|\d{1,2})[.)\-–]?$/;
const SECTION_TEXT = /^([IVXLC]{1,6}|[A-Z])[.)\-–]\s*\S/;

/**
 * A section heading inside a list: one text in a recognised column and nothing else but
 * a mark ("I", "A", "1") in the STT column, the text itself numbered ("II. Khối chính
 * quyền") or written in capitals ("KHỐI ĐẢNG").
 */
export function isHeadingRow(row: RawRow, shape: RowShape): boolean {
  let text: string | undefined;
  let mark = false;
  for (const cell of row.cells) {
    if (shape.ordinal.has(cell.col)) {
      const written = cell.value.t === 's' ? cell.value.v.trim() : cell.value.t === 'n' ? String(cell.value.v) : '';
      if (!SECTION_MARK.test(written)) return false;
      mark = /^[IVXLC]+|^[A-Za-zĐđ]$/.test(written.replace(/[.)\-–]$/, ''));
      continue;
    }
    if (!shape.mapped[cell.col]) continue;
    if (cell.value.t !== 's' || text !== undefined) return false;
    text = cell.value.v.trim();
  }
  if (text === undefined || text === '') return false;
  const capitals = /\p{L}{2}/u.test(text) && text === text.toLocaleUpperCase('vi');
  return mark || SECTION_TEXT.test(text) || capitals;
}

// The block under a table that closes every office form: "Ayun Pa, ngày 10 tháng 01 năm
// 2021", "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên)", "T/M BAN THƯỜNG VỤ",
// "Nơi nhận:", then the signers' names.
// The day and month are often left for the signer to fill: "ngày     tháng     năm 2021".
const PLACE_DATE = /(^|,\s*)ngày(\s+\S{1,4})?\s+tháng(\s+\S{1,4})?\s+năm(\s+\S{1,6})?\s*$/u;
// Only words no unit or village name starts with: "Ban Thường vụ Tỉnh đoàn" is a unit.
const SIGNATURE = /^(\((ký|ký tên|đã ký)[,\s)]|người (lập|lập biểu|báo cáo|tổng hợp)( |$)|thủ trưởng( |$)|xác nhận( |$)|nơi nhận|t\/m\.?\s|tm\.\s|kt\.\s|thay mặt\s)/u;
/** A signature block holds a few short texts per row. */
const MAX_FOOTER_CELLS = 3;

/** Short text cells only (a signature block); the texts, or undefined for any other row. */
function footerTexts(row: RawRow): string[] | undefined {
  if (row.cells.length > MAX_FOOTER_CELLS) return undefined;
  const texts: string[] = [];
  for (const cell of row.cells) {
    if (cell.value.t !== 's') return undefined;
    const text = lowerText(cell.value.v);
    if (text.length > 120) return undefined;
    if (text !== '') texts.push(text);
  }
  return texts;
}

/** The first row of the signature block under the table. */
export function isFooterStart(row: RawRow): boolean {
  const texts = footerTexts(row);
  return texts !== undefined && texts.some((text) => PLACE_DATE.test(text) || SIGNATURE.test(text));
}

/** A row that continues a signature block: a few short texts (titles, "(Ký, ghi rõ họ tên)", names). */
export function isFooterRow(row: RawRow): boolean {
  return footerTexts(row) !== undefined;
}
