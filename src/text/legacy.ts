/**
 * Vietnamese typed with pre-Unicode 8-bit fonts, as it reaches us through .xlsx cells:
 * every byte of the font encoding shows up as the Windows-1252 character of that byte
 * ("Bu«n" for "Buôn" in TCVN3, "Ngöôøi" for "Người" in VNI). This module maps such text
 * back to Unicode (NFC) and, when a cell carries no font name, decides from the text
 * alone whether it is legacy at all — conservatively, since converting correct Unicode
 * would corrupt it. The byte tables and the decoders are in legacy-decode.ts.
 */
import { ACUTE, CP1252_GLYPHS, DOT, PUNCT_GLYPHS, TCVN3_MAP, decodeTcvn3, decodeVni, isAsciiLetter, oneOf, vniBase, vniMarks } from './legacy-decode.js';

export type LegacyEncoding = 'tcvn3' | 'vni';

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
