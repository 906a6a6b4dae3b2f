/**
 * Text normalisation for Vietnamese office data: one place that decides what
 * "the same text" means, so the reader, the checks and the fixer agree.
 */

// Spaces as office files hold them: regular, non-breaking, narrow and ideographic
// spaces, tabs and line breaks (Alt+Enter in Excel).
const SPACE_RUN = /[\s\u00a0\u2007\u202f\u200b\ufeff]+/g;

/** NFC form, spaces of every kind trimmed and collapsed to one ASCII space. */
export function cleanText(value: string): string {
  if (isClean(value)) return value;
  // normalize() is costly and only changes text that holds combining marks (NFD input).
  const nfc = COMBINING.test(value) ? value.normalize('NFC') : value;
  return nfc.replace(SPACE_RUN, ' ').trim();
}

/**
 * Most cells are already clean: one pass over the characters settles it far faster than
 * the regular expressions (this runs for every text cell of a 200,000-row sheet).
 */
function isClean(value: string): boolean {
  const length = value.length;
  if (length === 0) return true;
  let previousSpace = true; // a leading space is not clean
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    if (code === 32) {
      if (previousSpace) return false;
      previousSpace = true;
      continue;
    }
    previousSpace = false;
    if (code < 32 || code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x300 && code <= 0x36f) || (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff) {
      return false;
    }
  }
  return !previousSpace;
}

const COMBINING = /[\u0300-\u036f]/;

/**
 * Removes Vietnamese diacritics: tone marks, circumflex, breve, horn, and đ → d.
 * Input may be NFC or NFD.
 */
export function stripDiacritics(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đð]/g, 'd')
    // Ð (U+00D0, Icelandic eth) stands in for Đ in text from old fonts and web pages.
    .replace(/[ĐÐ]/g, 'D');
}

/**
 * The loosest form: lower case, no diacritics, punctuation turned into spaces,
 * single-spaced. Used for headers, sheet names, choices and suggestions,
 * never for identity of villages or units (there diacritics matter).
 */
export function fold(value: string): string {
  return stripDiacritics(cleanText(value).toLowerCase())
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
