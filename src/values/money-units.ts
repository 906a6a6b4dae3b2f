/**
 * The words for money units, in one place, each with the factor that makes đồng: how a
 * cell's own text names its unit ("1,5 triệu", "500k", "2.000.000 đ"; lower case, NFC,
 * at the end of the text) and how a header or a title line names a column's ("(triệu
 * đồng)", "ĐVT: nghìn đồng"; folded, the whole unit), and how a report writes it.
 */
export interface MoneyUnit {
  readonly factor: number;
  /** The unit typed after an amount in a cell. */
  readonly typed: RegExp;
  /** The unit as a header names it, folded (no diacritics, lower case). */
  readonly folded: readonly string[];
  /** The word a report's prose writes before "đồng" ("5,3 triệu đồng"). */
  readonly written: string;
}

export const DONG: MoneyUnit = { factor: 1, typed: /(?:vnđ|vnd|đồng|đ\.?|dong|d)$/, folded: ['dong', 'vnd', 'vn dong'], written: '' };

/** Thousands, millions, billions of đồng, largest first. */
export const MONEY_MULTIPLES: readonly MoneyUnit[] = [
  { factor: 1e9, typed: /(?:tỷ|tỉ|ty)$/, folded: ['ty dong', 'ty'], written: 'tỷ' },
  { factor: 1e6, typed: /(?:triệu|trieu|tr\.?)$/, folded: ['trieu dong', 'trieu', 'tr d', 'trd', 'tr'], written: 'triệu' },
  { factor: 1e3, typed: /(?:nghìn|ngàn|nghin|ngan|k)$/, folded: ['nghin dong', 'ngan dong', 'nghin', 'ngan', '1000 dong', '1 000 dong'], written: 'nghìn' },
];
