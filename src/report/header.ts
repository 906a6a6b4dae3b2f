/**
 * The agency block of the header (SPEC §6): the body above in regular capitals, the issuing
 * body in bold, each broken into lines by rule, never by the column's wrap.
 *
 * - `issuingBodyHeader` in the config gives every line as printed; a line followed by one
 *   that begins with an administrative level ("THỊ XÃ AYUN PA") is the same name broken
 *   before its place, so both are bold; the lines before the issuing body's are regular.
 * - A People's Committee (or Council) has no superior body line (ND30), and none is missing.
 * - A Ban of a cấp ủy is headed by that cấp ủy: "TỈNH ỦY ĐẮK NÔNG" / "BAN DÂN VẬN" (HD36).
 * - A name too long for the column is broken before its administrative level
 *   ("ỦY BAN NHÂN DÂN" / "THỊ XÃ AYUN PA"), else at the word boundary nearest its middle.
 */
import type { Config } from '../config/schema.js';
import type { CalendarDate } from '../values/calendar.js';
import type { DocumentContext } from './context-types.js';

export interface HeaderLines {
  /** The body above, regular capitals; empty when there is none. */
  readonly superior: readonly string[];
  /** The issuing body, bold capitals. */
  readonly issuing: readonly string[];
  /** Whether the header needs a superior body: the office is told when one is missing. */
  readonly needsSuperior: boolean;
}

const upper = (text: string): string => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleUpperCase('vi');

/** Words that begin the place part of a name. */
// "TỈNH ỦY", "HUYỆN ĐOÀN" are bodies, not places.
const LEVEL = /^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s(?!(ỦY|UỶ|ĐOÀN)(\s|$))/u;
const LEVEL_INSIDE = /\s(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s(?!(ỦY|UỶ|ĐOÀN)(\s|$))/gu;
const PEOPLES = /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)(\s|$)/u;
/** "Ban Dân vận Tỉnh ủy (Đắk Nông)": the Ban's name, then the cấp ủy it belongs to. */
const PARTY_BOARD = /^(BAN [^]*?)\s+((TỈNH|THÀNH|THỊ|HUYỆN|QUẬN|ĐẢNG) ?(ỦY|UỶ))(\s+(.*))?$/u;

/** The most capitals of Times New Roman the header's left column holds on one line. */
export const HEADER_LINE_CHARS = { dang: 28, 'nha-nuoc': 25 } as const;

const PLACEHOLDER = /…|\.\.\.|^\s*$/;

/** A name in one line when it fits, else broken by rule: before its place, then (if still too long) at the middle. */
export function breakName(name: string, max: number): string[] {
  const text = upper(name);
  if (text.length <= max) return [text];
  // Before the last administrative level whose line fits; what comes before it is broken again if it must be.
  const cuts = [...text.matchAll(LEVEL_INSIDE)].map((m) => m.index! + 1);
  const cut = [...cuts].reverse().find((i) => text.length - i <= max);
  if (cut !== undefined) return [...breakName(text.slice(0, cut - 1), max), text.slice(cut)];
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index!);
  if (spaces.length === 0) return [text];
  const middle = spaces.reduce((best, i) => (Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2) ? i : best));
  return [text.slice(0, middle), text.slice(middle + 1)];
}

/** The place in "Đảng bộ tỉnh Đắk Nông", "Tỉnh ủy Đắk Nông", "UBND tỉnh Gia Lai": "ĐẮK NÔNG". */
function placeOf(superior: string): string | null {
  const text = upper(superior);
  const m = /(?:ỦY|UỶ)\s+(.+)$/u.exec(text) ?? /(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)\s+(.+)$/u.exec(text);
  return m ? m[1]! : null;
}

/** The cấp ủy ("HUYỆN ỦY") is of the superior body's level ("Đảng bộ huyện …", "Huyện ủy …"); a Đảng ủy of any. */
function sameLevel(committee: string, superior: string): boolean {
  const level = (text: string): string | null => /(?:^|\s)(TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)(?=\s)/u.exec(text)?.[1] ?? null;
  const own = level(committee);
  return own === null || own === level(upper(superior));
}

/** Lines as the config gives them: the issuing body's are the last and any that continue into it. */
function given(lines: readonly string[]): HeaderLines {
  const all = lines.map(upper).filter(Boolean);
  let first = all.length - 1;
  while (first > 0 && LEVEL.test(all[first]!)) first -= 1;
  return { superior: all.slice(0, first), issuing: all.slice(first), needsSuperior: false };
}

export function headerLines(config: Config): HeaderLines {
  if (config.issuingBodyHeader && config.issuingBodyHeader.some((l) => l.trim())) return given(config.issuingBodyHeader);
  const max = HEADER_LINE_CHARS[config.style];
  const issuing = upper(config.issuingBody);
  const superior = PLACEHOLDER.test(config.superiorBody) ? '' : config.superiorBody;
  if (PEOPLES.test(issuing)) {
    const full = issuing.replace(/^UBND(?=\s|$)/u, 'ỦY BAN NHÂN DÂN').replace(/^HĐND(?=\s|$)/u, 'HỘI ĐỒNG NHÂN DÂN');
    return { superior: [], issuing: breakName(full, max), needsSuperior: false };
  }
  const board = PARTY_BOARD.exec(issuing);
  // The Ban Thường vụ (or Ban Chấp hành) issues in the cấp ủy's own name (HD36), under the Đảng bộ.
  if (board && /^BAN (THƯỜNG VỤ|CHẤP HÀNH)$/u.test(board[1]!)) {
    const place = board[6] ?? (superior && sameLevel(board[2]!, superior) ? placeOf(superior) : null);
    const committee = board[2]!.replace(/UỶ$/u, 'ỦY');
    return { superior: superior ? breakName(superior, max) : [], issuing: breakName(place ? `${committee} ${place}` : committee, max), needsSuperior: true };
  }
  if (board && !board[6] && superior && !sameLevel(board[2]!, superior)) {
    // "Ban Dân vận Huyện ủy" under "Đảng bộ tỉnh Kon Tum": the superior's place is not its cấp ủy's
    // ("HUYỆN ỦY KON TUM" does not exist), so both are written as the config gives them.
    return { superior: breakName(superior, max), issuing: breakName(issuing, max), needsSuperior: true };
  }
  if (board) {
    // Its cấp ủy heads it, with the place from the Ban's own name or from the superior body.
    const place = board[6] ?? (superior ? placeOf(superior) : null);
    const committee = board[2]!.replace(/UỶ$/u, 'ỦY');
    return { superior: place ? breakName(`${committee} ${place}`, max) : [], issuing: breakName(board[1]!, max), needsSuperior: place === null };
  }
  return { superior: superior ? breakName(superior, max) : [], issuing: breakName(issuing, max), needsSuperior: true };
}

/** `document` in the report context: the header's items as the config gives them, and its lines by rule. */
export function documentContext(config: Config, date: CalendarDate): DocumentContext {
  const header = headerLines(config);
  const longest = Math.max(...header.issuing.map((l) => l.length), 1);
  return {
    superiorBody: config.superiorBody,
    issuingBody: config.issuingBody,
    number: config.documentNumber || null,
    place: config.place || null,
    date,
    basis: config.basis || null,
    superiorLines: header.superior,
    issuingLines: header.issuing,
    // ND30: the line under the agency name is 1/3–1/2 of the name's width (here ~40 %),
    // as a share of the header's left column (38 % of 165 mm), from its longest line's length in 13 pt capitals.
    agencyRule: Math.max(10, Math.min(50, Math.round(((0.4 * Math.min(longest * 2.9, 62)) / 62) * 100))),
  };
}
