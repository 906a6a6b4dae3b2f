/**
 * The two pre-Unicode encodings as their bytes reach us through .xlsx cells (see legacy.ts):
 * the TCVN3 table and the VNI mark bytes, and the decoding of each to Unicode (convertLegacy
 * in legacy.ts makes it NFC). Detection and the cell-level API are in legacy.ts.
 *
 * Tables cross-checked against: Unikey's vnconv data.cpp (TCVN3 and VNI-WIN), xvnkb's
 * tcvn.h and vni.h, GNU libiconv's tcvn.h (full TCVN 5712 VN1), duydev/vietnamese-conversion.
 */

export const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
export const DOT = '\u0323';
/** Column order of the tables below: sắc, huyền, hỏi, ngã, nặng. */
const TONES = [ACUTE, GRAVE, HOOK, TILDE, DOT] as const;

// ---------------------------------------------------------------------------
// TCVN3 (TCVN 5712:1993). VN3, the 8-bit font set, has only lower-case toned letters
// plus Ă Â Ê Ô Ơ Ư Đ; the toned capitals come from VN1 (codes 0x01–0x17, 0x80–0x9F and
// a few unused VN3 slots), which some converters and keyboards emit. Each row: letter
// without tone, its code (0 = plain ASCII), then the codes with the five tones.
// VN1's combining tone marks at 0xB0–0xB4 are deliberately not mapped: those bytes are
// ° ± ² ³ ´, which real cells use as symbols ("m²", "25°C").
// ---------------------------------------------------------------------------
const TCVN3_ROWS: ReadonlyArray<readonly [string, number, number, number, number, number, number]> = [
  ['a', 0, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9],
  ['ă', 0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6],
  ['â', 0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb],
  ['e', 0, 0xd0, 0xcc, 0xce, 0xcf, 0xd1],
  ['ê', 0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6],
  ['i', 0, 0xdd, 0xd7, 0xd8, 0xdc, 0xde],
  ['o', 0, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4],
  ['ô', 0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9],
  ['ơ', 0xac, 0xed, 0xea, 0xeb, 0xec, 0xee],
  ['u', 0, 0xf3, 0xef, 0xf1, 0xf2, 0xf4],
  ['ư', 0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9],
  ['y', 0, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe],
  ['A', 0, 0x83, 0x80, 0x81, 0x82, 0x84],
  ['Ă', 0xa1, 0xc0, 0xaf, 0xba, 0xbf, 0x85],
  ['Â', 0xa2, 0xc4, 0xc1, 0xc2, 0xc3, 0x86],
  ['E', 0, 0x8a, 0x87, 0x88, 0x89, 0x8b],
  ['Ê', 0xa3, 0xda, 0xc5, 0xcd, 0xd9, 0x8c],
  ['I', 0, 0x90, 0x8d, 0x8e, 0x8f, 0x91],
  ['O', 0, 0x95, 0x92, 0x93, 0x94, 0x96],
  ['Ô', 0xa4, 0xff, 0xdb, 0xe0, 0xf0, 0x97],
  ['Ơ', 0xa5, 0x9b, 0x98, 0x99, 0x9a, 0x9c],
  ['U', 0, 0x01, 0x9d, 0x9e, 0x9f, 0x02],
  ['Ư', 0xa6, 0x11, 0x04, 0x05, 0x06, 0x12],
  ['Y', 0, 0x16, 0x13, 0x14, 0x15, 0x17],
];
const TCVN3_D: ReadonlyArray<readonly [string, number]> = [['đ', 0xae], ['Đ', 0xa7]];

/** Windows-1252 characters of bytes 0x80–0x9F; '' where cp1252 leaves the byte undefined. */
const CP1252_C1 = [
  '\u20ac', '', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021',
  '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '', '\u017d', '',
  '', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014',
  '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '', '\u017e', '\u0178',
] as const;
export const CP1252_GLYPHS: ReadonlySet<string> = new Set(CP1252_C1.filter((c) => c !== ''));

// Quotes, dashes, bullet and ellipsis are everyday punctuation in office text (M’Nông,
// “…”, 2021 – 2025) and Unikey's TCVN3 keeps them as such; only VN1 puts capitals there.
// So their cp1252 forms count as letters only inside an all-capitals word.
export const PUNCT_GLYPHS = new Set(['\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014', '\u2026']);

export const TCVN3_MAP = buildTcvn3Map();

function withTone(letter: string, tone: string): string {
  return (letter.normalize('NFD') + tone).normalize('NFC');
}

function buildTcvn3Map(): Map<string, string> {
  const map = new Map<string, string>();
  const add = (code: number, letter: string): void => {
    map.set(String.fromCharCode(code), letter);
    const glyph = code >= 0x80 && code < 0xa0 ? CP1252_C1[code - 0x80] : '';
    if (glyph) map.set(glyph, letter);
  };
  for (const [letter, plain, ...toned] of TCVN3_ROWS) {
    if (plain !== 0) add(plain, letter);
    toned.forEach((code, i) => add(code, withTone(letter, TONES[i] ?? '')));
  }
  for (const [letter, code] of TCVN3_D) add(code, letter);
  return map;
}

export const isAsciiLetter = (ch: string | undefined): boolean => ch !== undefined && /^[A-Za-z]$/.test(ch);
/** Whether `ch`, in either case, is one of the single characters in `chars`. */
export const oneOf = (chars: string, ch: string | undefined): boolean =>
  ch !== undefined && ch.length === 1 && chars.includes(ch.toLowerCase());
const isTcvn3Letter = (ch: string | undefined): boolean =>
  ch !== undefined && (isAsciiLetter(ch) || TCVN3_MAP.has(ch));

function glyphIsLetter(chars: readonly string[], i: number): boolean {
  const prev = chars[i - 1];
  const next = chars[i + 1];
  if (!PUNCT_GLYPHS.has(chars[i] ?? '')) return isTcvn3Letter(prev) || isTcvn3Letter(next);
  if (!isTcvn3Letter(prev) || !isTcvn3Letter(next)) return false;
  let start = i;
  while (isTcvn3Letter(chars[start - 1])) start--;
  let end = i;
  while (isTcvn3Letter(chars[end + 1])) end++;
  return !chars.slice(start, end + 1).some((c) => /^[a-z]$/.test(c));
}

export function decodeTcvn3(text: string): string {
  const chars = Array.from(text);
  return chars
    .map((ch, i) => {
      const letter = TCVN3_MAP.get(ch);
      if (letter === undefined) return ch;
      return CP1252_GLYPHS.has(ch) && !glyphIsLetter(chars, i) ? ch : letter;
    })
    .join('');
}

// ---------------------------------------------------------------------------
// VNI (VNI-Windows): a base letter followed by a diacritic byte; marks are upper case
// after capitals. A few letters are single bytes.
// ---------------------------------------------------------------------------
const VNI_TONE: Readonly<Record<string, string>> = { 'ù': ACUTE, 'ø': GRAVE, 'û': HOOK, 'õ': TILDE, 'ï': DOT };
const VNI_CIRCUMFLEX: Readonly<Record<string, string>> = {
  'â': '', 'á': ACUTE, 'à': GRAVE, 'å': HOOK, 'ã': TILDE, 'ä': DOT,
};
const VNI_BREVE: Readonly<Record<string, string>> = {
  'ê': '', 'é': ACUTE, 'è': GRAVE, 'ú': HOOK, 'ü': TILDE, 'ë': DOT,
};
const VNI_SINGLE: Readonly<Record<string, string>> = {
  'ñ': 'đ', 'ö': 'ư', 'ô': 'ơ', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'î': 'ỵ',
};

/** The NFD letter a VNI base byte stands for, or undefined when marks cannot follow it. */
export function vniBase(ch: string): string | undefined {
  if (oneOf('aeiouy', ch)) return ch;
  if (ch === 'ô' || ch === 'ö') return (ch === 'ô' ? 'o' : 'u') + '\u031b';
  if (ch === 'Ô' || ch === 'Ö') return (ch === 'Ô' ? 'O' : 'U') + '\u031b';
  return undefined;
}

/** Combining marks for base + VNI mark byte, or undefined when the pair is not VNI. */
export function vniMarks(base: string, mark: string): string | undefined {
  const m = mark.toLowerCase();
  const plain = base.toLowerCase();
  const tone = VNI_TONE[m];
  if (tone !== undefined) return tone;
  const circ = VNI_CIRCUMFLEX[m];
  if (circ !== undefined && (plain === 'a' || plain === 'e' || plain === 'o')) return '\u0302' + circ;
  const breve = VNI_BREVE[m];
  if (breve !== undefined && plain === 'a') return '\u0306' + breve;
  return undefined;
}

export function decodeVni(text: string): string {
  const chars = Array.from(text);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const base = vniBase(ch);
    const next = chars[i + 1];
    if (base !== undefined) {
      const marks = next === undefined ? undefined : vniMarks(base, next);
      out += marks === undefined ? base : base + marks;
      if (marks !== undefined) i++;
      continue;
    }
    const single = VNI_SINGLE[ch.toLowerCase()];
    out += single === undefined ? ch : ch === ch.toLowerCase() ? single : single.toUpperCase();
  }
  return out;
}
