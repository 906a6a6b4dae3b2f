/**
 * Numbers as Vietnamese offices type them: `1.500.000`, `1.500.000 đ`, `2,5`,
 * `5 triệu`, `(200.000)`, and also the English form `1,500,000.5` that some
 * exports produce. Dot groups thousands and comma marks decimals unless the text
 * shows otherwise.
 */
import { DONG, MONEY_MULTIPLES } from './money-units.js';

export interface NumberOptions {
  /**
   * A lone comma followed by three digits (`1,500`) is a thousands separator when a
   * fraction would make no sense (whole đồng, counts); otherwise it is a decimal comma.
   */
  readonly wholeExpected?: boolean;
}

const CURRENCY = DONG.typed;
const MULTIPLIERS: ReadonlyArray<[RegExp, number]> = MONEY_MULTIPLES.map((unit) => [unit.typed, unit.factor]);

/**
 * True when the text names its own unit ("2.000.000 đ", "1,5 triệu", "500k"): the amount is
 * then in that unit whatever the column header says.
 */
export function hasOwnUnit(raw: string): boolean {
  const text = raw.normalize('NFC').toLowerCase().replace(/[\s\u00a0\u202f)]+$/, '');
  return /\d/.test(text) && (CURRENCY.test(text) || MULTIPLIERS.some(([pattern]) => pattern.test(text)));
}

/** The number a text holds, or undefined when it is not a number. */
export function parseNumberText(raw: string, options: NumberOptions = {}): number | undefined {
  let text = raw.normalize('NFC').toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (text === '') return undefined;
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (/^[-−–]/.test(text)) {
    negative = !negative;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) {
    text = text.slice(1).trim();
  }
  text = text.replace(CURRENCY, '').trim();
  let multiplier = 1;
  for (const [pattern, factor] of MULTIPLIERS) {
    if (pattern.test(text)) {
      multiplier = factor;
      text = text.replace(pattern, '').trim();
      break;
    }
  }
  // Spaces between digit groups: "1 500 000".
  if (/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(text)) text = text.replace(/ /g, '');
  const value = parseDigits(text, options.wholeExpected === true || multiplier !== 1);
  if (value === undefined) return undefined;
  const scaled = multiplier === 1 ? value : scale(value, multiplier);
  return negative ? -scaled : scaled;
}

function parseDigits(text: string, wholeExpected: boolean): number | undefined {
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return undefined;
  const dots = count(text, '.');
  const commas = count(text, ',');
  let normalised: string;
  if (dots > 0 && commas > 0) {
    // Both present: the last one is the decimal mark.
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [whole, fraction, extra] = text.split(decimal);
    if (extra !== undefined || fraction === undefined || !isGrouped(whole!, group)) return undefined;
    normalised = `${whole!.split(group).join('')}.${fraction}`;
  } else if (dots + commas === 0) {
    normalised = text;
  } else {
    const mark = dots > 0 ? '.' : ',';
    const groups = text.split(mark);
    if (groups.length > 2) {
      if (!isGrouped(text, mark)) return undefined;
      normalised = groups.join('');
    } else {
      const [whole, fraction] = groups as [string, string];
      if (whole === '' || fraction === '') return undefined;
      const thousands = fraction.length === 3 && whole.length <= 3 && whole !== '0' && (mark === '.' || wholeExpected);
      normalised = thousands ? whole + fraction : `${whole}.${fraction}`;
    }
  }
  if (!/^\d+(\.\d+)?$/.test(normalised)) return undefined;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}

function isGrouped(text: string, mark: string): boolean {
  const groups = text.split(mark);
  return /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

/**
 * value × factor without binary noise: 2.3 × 1e6 is 2300000, not 2299999.9999999995.
 * Money ends in whole đồng, so the product is rounded to the precision the input had.
 */
export function scale(value: number, factor: number): number {
  if (factor === 1) return value;
  const product = value * factor;
  const rounded = Math.round(product);
  return Math.abs(product - rounded) < 1e-6 * Math.max(1, Math.abs(product)) ? rounded : product;
}
