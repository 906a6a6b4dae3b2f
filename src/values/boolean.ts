/** Yes/no cells as offices fill them: `x`, `có`, `1`, `✓` … or blank, `không`, `0`. */
import { fold } from '../text/normalize.js';

const YES = new Set(['x', 'co', 'c', '1', 'true', 'yes', 'y', 'dat', 'da co', 'co x', 'v', 'ok']);
const NO = new Set(['', 'khong', 'k', 'ko', '0', 'false', 'no', 'n', 'chua', 'chua co', 'chua dat', 'khong co', 'khong dat']);
const YES_SYMBOLS = new Set(['✓', '✔', '☑', '✅', '√', '+']);
const NO_SYMBOLS = new Set(['-', '–', '✗', '✘', '☐', '×']);

/** true / false, or undefined when the text is neither. */
export function parseBooleanText(raw: string): boolean | undefined {
  const trimmed = raw.trim();
  if (YES_SYMBOLS.has(trimmed)) return true;
  if (NO_SYMBOLS.has(trimmed)) return false;
  const folded = fold(trimmed);
  if (YES.has(folded)) return true;
  if (NO.has(folded)) return false;
  return undefined;
}
