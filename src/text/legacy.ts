/**
 * Vietnamese typed with pre-Unicode 8-bit fonts, as it reaches us through .xlsx cells:
 * every byte of the font encoding shows up as the Windows-1252 character of that byte
 * ("Bu«n" for "Buôn" in TCVN3, "Ngöôøi" for "Người" in VNI). This module maps such text
 * back to Unicode (NFC) and, when a cell carries no font name, decides from the text
 * alone whether it is legacy at all — conservatively, since converting correct Unicode
 * would corrupt it.
 *
 * Tables cross-checked against: Unikey's vnconv data.cpp (TCVN3 and VNI-WIN), xvnkb's
 * tcvn.h and vni.h, GNU libiconv's tcvn.h (full TCVN 5712 VN1), duydev/vietnamese-conversion.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
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
const CP1252_GLYPHS: ReadonlySet<string> = new Set(CP1252_C1.filter((c) => c !== ''));

// Quotes, dashes, bullet and ellipsis are everyday punctuation in office text (M’Nông,
// “…”, 2021 – 2025) and Unikey's TCVN3 keeps them as such; only VN1 puts capitals there.
// So their cp1252 forms count as letters only inside an all-capitals word.
const PUNCT_GLYPHS = new Set(['\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014', '\u2026']);

const TCVN3_MAP = buildTcvn3Map();

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

const isAsciiLetter = (ch: string | undefined): boolean => ch !== undefined && /^[A-Za-z]$/.test(ch);
/** Whether `ch`, in either case, is one of the single characters in `chars`. */
const oneOf = (chars: string, ch: string | undefined): boolean =>
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

function decodeTcvn3(text: string): string {
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
function vniBase(ch: string): string | undefined {
  if (oneOf('aeiouy', ch)) return ch;
  if (ch === 'ô' || ch === 'ö') return (ch === 'ô' ? 'o' : 'u') + '\u031b';
  if (ch === 'Ô' || ch === 'Ö') return (ch === 'Ô' ? 'O' : 'U') + '\u031b';
  return undefined;
}

/** Combining marks for base + VNI mark byte, or undefined when the pair is not VNI. */
function vniMarks(base: string, mark: string): string | undefined {
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

function decodeVni(text: string): string {
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

// ---------------------------------------------------------------------------
// Fonts
// ---------------------------------------------------------------------------

/** Encoding implied by a font name (".VnTime", ".VnTimeH", "VNI-Times"...), or undefined. */
export function encodingOfFont(fontName: string | undefined): LegacyEncoding | undefined {
  const name = fontName?.trim() ?? '';
  if (/^\.vn/i.test(name)) return 'tcvn3';
  if (/^vni[-_ ]/i.test(name)) return 'vni';
  return undefined;
}

/** True for TCVN3 "H" (uppercase) fonts like ".VnTimeH", ".VnArialH". */
export function isUppercaseFont(fontName: string | undefined): boolean {
  return encodingOfFont(fontName) === 'tcvn3' && /H$/.test(fontName?.trim() ?? '');
}

/** Converts legacy text to Unicode NFC. `upper` for H fonts. */
export function convertLegacy(text: string, encoding: LegacyEncoding, upper = false): string {
  const decoded = encoding === 'tcvn3' ? decodeTcvn3(text) : decodeVni(text);
  return (upper ? decoded.toUpperCase() : decoded).normalize('NFC');
}

// ---------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------

/**
 * Legacy text can only hold characters an 8-bit font byte turns into: U+0000–U+00FF and
 * the cp1252 forms of 0x80–0x9F. Anything else (ơ, ư, ắ, combining marks of NFD…) proves
 * the text was typed as Unicode.
 */
function fitsLegacyRepertoire(text: string): boolean {
  for (const ch of text) if (ch.charCodeAt(0) > 0xff && !CP1252_GLYPHS.has(ch)) return false;
  return true;
}

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;
const VOWEL = 'aăâeêioôơuưy';

/** Lower-case letters without the tone mark, and the tone; undefined if not one tone on a vowel. */
function splitTone(word: string): { bare: string; tone: string } | undefined {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONE_MARK) ?? [];
  if (tones.length > 1 || /[^aeiouy\u0302\u0306\u031b][\u0300\u0301\u0303\u0309\u0323]/.test(nfd)) return undefined;
  return { bare: nfd.replace(TONE_MARK, '').normalize('NFC'), tone: tones[0] ?? '' };
}

// Vietnamese syllable structure: onset, vowel nucleus, coda. Onsets also admit the
// consonant clusters of Central Highlands names (Prăng, Krông, Jrai) and k as coda (Đắk).
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bdđghjkmpt][rl]|[bcdđfghjklmnpqrstvwxz])?';
const NUCLEUS_OPEN = [
  'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'iêu', 'yêu', 'uyu', 'uya',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ui', 'ưi', 'ưu', 'ưa', 'ua',
].join('|');
const NUCLEUS_CLOSED = 'uyê|iê|yê|uô|ươ|oă|uâ|oo|ă|â';
const NUCLEUS_FREE = 'oa|oe|uê|uy|a|e|ê|i|o|ô|ơ|u|ư|y';
const CODA = 'ch|nh|ng|c|k|m|n|p|t';
const SYLLABLE = new RegExp(
  `^${ONSET}(?:(?:${NUCLEUS_OPEN})|(?:${NUCLEUS_CLOSED})(${CODA})|(?:${NUCLEUS_FREE})(${CODA})?)$`,
);

/** A well-formed Vietnamese syllable (strict: what a decoding must produce to count). */
function isSyllable(word: string): boolean {
  const parts = splitTone(word);
  const m = parts === undefined ? null : SYLLABLE.exec(parts.bare);
  if (parts === undefined || m === null) return false;
  const coda = m[1] ?? m[2] ?? '';
  // Syllables closed by a stop take only the sắc or nặng tone.
  return !['c', 'ch', 'p', 't'].includes(coda) || parts.tone === ACUTE || parts.tone === DOT;
}

const LOOSE_SYLLABLE = new RegExp(
  `^[^${VOWEL}]*(?:gi|qu)?(?:${NUCLEUS_OPEN}|${NUCLEUS_CLOSED}|${NUCLEUS_FREE})[^${VOWEL}]*$`,
);
const MAIN_VOWEL = new Set(['a', 'ă', 'â', 'e', 'ê', 'ô', 'ơ', 'ư']);

/**
 * Could pass for Unicode Vietnamese (lenient: Vietnamese letters, one tone, one known vowel
 * group, any consonants around it, no capital after a small letter). One placement rule is
 * kept because VNI writes its tone after the vowel: the tone never falls on a vowel that
 * follows a main vowel ("báo", "bác", never "baó", "baúc"), except ơ after ư ("được").
 */
function looksUnicodeVietnamese(word: string): boolean {
  if (/\p{Ll}\p{Lu}/u.test(word)) return false;
  const parts = splitTone(word);
  if (parts === undefined || !/^[a-zđăâêôơư]+$/.test(parts.bare)) return false;
  if (!LOOSE_SYLLABLE.test(parts.bare)) return false;
  const letters = Array.from(word.toLowerCase().normalize('NFC'), (ch) => {
    const nfd = ch.normalize('NFD');
    const bare = nfd.replace(TONE_MARK, '');
    return { bare: bare.normalize('NFC'), toned: bare !== nfd };
  });
  return !letters.some((l, i) => {
    const before = letters[i - 1]?.bare ?? '';
    return l.toned && MAIN_VOWEL.has(before) && !(before === 'ư' && l.bare === 'ơ');
  });
}

// TCVN3 codes below 0xC0 are symbols in cp1252 (« ¬ ­ ® µ ¸ ¹ § ©…), never inside a
// Unicode Vietnamese or Western word. The toned-a ones also prefix units ("µm") and
// follow digits, so at the start of a word they are not trusted alone.
const TCVN3_WEAK_INITIAL = new Set(['µ', '¶', '·', '¸', '¹', '»', '¼', '½', '¾']);
// TCVN3 also writes lower-case letters with cp1252 capitals (ế = Õ, ị = Þ): a capital right
// after a lower-case letter ("NguyÔn", "ThÞ") is no Western or Unicode spelling either.
function tcvn3Strong(word: readonly string[]): boolean {
  return word.some((ch, i) => {
    const code = ch.charCodeAt(0);
    if (code >= 0xc0 && code <= 0xde && /^[a-z]$/.test(word[i - 1] ?? '')) return true;
    const symbol =
      (code >= 0x80 && code < 0xc0) || ch === '×' || ch === '÷' || (CP1252_GLYPHS.has(ch) && !/\p{L}/u.test(ch));
    return symbol && !(i === 0 && TCVN3_WEAK_INITIAL.has(ch));
  });
}

// VNI pairs whose mark never follows that vowel in French, German or Spanish words
// (unlike ù in "où", ï in "naïve", ë in "Noël", û in "août", é in "aéroport", á in "deán");
// ù û count after a or e, á only inside iê, yê, uô ("bieát", "muoán").
// An initial Ñ (Đ) is as telling once the word is longer than Spanish "ñu".
const VNI_STRONG_MARKS = new Set(['ø', 'õ', 'å', 'ã', 'â', 'à', 'è', 'ê', 'ä']);

/** VNI writes marks in the case of their letter; "biÕm" is TCVN3 (biếm), not VNI. */
function vniCaseClash(word: readonly string[]): boolean {
  return word.some((ch, i) => {
    const next = word[i + 1];
    const base = vniBase(ch);
    if (next === undefined || base === undefined || vniMarks(base, next) === undefined) return false;
    return ch === ch.toLowerCase() && next !== next.toLowerCase();
  });
}

function vniStrong(word: readonly string[]): boolean {
  if (oneOf('ñ', word[0]) && word.length > 2 && oneOf('aeiouy', word[1])) return true;
  return word.some((ch, i) => {
    const base = vniBase(ch);
    const next = word[i + 1]?.toLowerCase();
    if (base === undefined || next === undefined || vniMarks(base, next) === undefined) return false;
    return (
      VNI_STRONG_MARKS.has(next) ||
      oneOf('ôö', ch) ||
      (oneOf('ae', ch) && (next === 'ù' || next === 'û')) ||
      (next === 'á' && oneOf('iyu', word[i - 1]))
    );
  });
}

interface Tally { strong: number; weak: number; counter: number }

const isWordChar = (ch: string): boolean => isAsciiLetter(ch) || (TCVN3_MAP.has(ch) && !PUNCT_GLYPHS.has(ch));

function words(text: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const ch of text) {
    if (isWordChar(ch)) {
      current.push(ch);
    } else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

function tally(ws: readonly string[][], encoding: LegacyEncoding): Tally {
  const t: Tally = { strong: 0, weak: 0, counter: 0 };
  for (const w of ws) {
    // A lone character is a symbol far more often than a word ("« Bonjour »", "a · b").
    if (w.length < 2) continue;
    const raw = w.join('');
    const decoded = convertLegacy(raw, encoding);
    if (decoded === raw || (encoding === 'vni' && vniCaseClash(w))) continue;
    const rawOk = looksUnicodeVietnamese(raw);
    const decodedOk = isSyllable(decoded);
    if (decodedOk && !rawOk) {
      if (encoding === 'tcvn3' ? tcvn3Strong(w) : vniStrong(w)) t.strong++;
      else t.weak++;
    } else if (rawOk && !decodedOk) {
      t.counter++;
    }
  }
  return t;
}

/**
 * Guess from the characters alone whether text is TCVN3 or VNI (used when the file carries no
 * font name). Must return undefined for plain ASCII, for correct Unicode Vietnamese (NFC or NFD,
 * e.g. "Buôn Ma Thuột", "Đắk Nông", "Người", "Bon Bu Prăng", "Ê Đê", "M'Nông", "Xã Ia Sao",
 * "ĐẢNG BỘ TỈNH GIA LAI"), for English/French text with accents ("café", "Sébastien", "naïve"),
 * for money like "1.500.000 đ", and for short ambiguous strings.
 *
 * Rule: a word is evidence for an encoding when decoding it yields a well-formed Vietnamese
 * syllable while the word as it stands could not be Unicode Vietnamese (foreign letters,
 * symbols, two tones, split vowels). Evidence is strong when it rests on characters no
 * Western word has there (TCVN3 symbol codes like « ¬ ® ¸; VNI marks like ø õ â after a
 * vowel), weak otherwise. An encoding is chosen on one strong or two weak words, if they
 * outnumber words that read as Unicode Vietnamese but decode to nonsense, and if the other
 * encoding does not score as well (strong = 2, weak = 1).
 */
export function detectLegacy(text: string): LegacyEncoding | undefined {
  if (/^[\x00-\x7f]*$/.test(text) || !fitsLegacyRepertoire(text)) return undefined;
  const ws = words(text);
  const score = (t: Tally): number => {
    const qualifies = (t.strong >= 1 || t.weak >= 2) && t.strong + t.weak > t.counter;
    return qualifies ? 2 * t.strong + t.weak : 0;
  };
  const tcvn3 = score(tally(ws, 'tcvn3'));
  const vni = score(tally(ws, 'vni'));
  if (tcvn3 > vni) return 'tcvn3';
  if (vni > tcvn3) return 'vni';
  return undefined;
}

/**
 * One-stop helper for the reader: given a cell's text and (optional) font name, returns
 * { encoding, text: converted } when the text is legacy-encoded, else undefined.
 * If the font says legacy but the text has no legacy characters (pure ASCII words like "Ia Sao"),
 * return undefined (nothing to convert). If the font says legacy, trust it over statistics.
 *
 * Trusting the font still stops at text the font could not have produced (characters beyond
 * its repertoire, e.g. a Unicode "Đắk Nông" typed later into a .VnTime cell).
 */
export function decodeLegacyCell(
  text: string,
  fontName?: string,
): { encoding: LegacyEncoding; text: string } | undefined {
  if (!fitsLegacyRepertoire(text)) return undefined;
  const fromFont = encodingOfFont(fontName);
  const encoding = fromFont ?? detectLegacy(text);
  if (encoding === undefined || convertLegacy(text, encoding) === text) return undefined;
  return { encoding, text: convertLegacy(text, encoding, fromFont !== undefined && isUppercaseFont(fontName)) };
}
