/**
 * The fixed set of Handlebars helpers templates may use (documented in templates/README.md):
 * Vietnamese forms of numbers, money, percentages and dates, and a few comparisons.
 */
import type { HelperDelegate, HelperOptions } from 'handlebars';
import { formatInteger, formatMoney, formatNumber, formatPercent, fullDate, roman, roundMoney } from '../format/vi.js';
import { formatVi } from '../values/calendar.js';
import { formatFixed, formatPercentFixed, rateColumnDecimals } from '../format/columns.js';
import { yearSpan } from '../indicators/tables.js';

type Args = unknown[];

/** Handlebars passes its options object last; helpers see only the real arguments. */
function split(args: Args): { values: unknown[]; options: HelperOptions } {
  return { values: args.slice(0, -1), options: args[args.length - 1] as HelperOptions };
}

function num(value: unknown, helper: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new Error(`{{${helper}}} needs a number, got ${value === null ? 'null' : typeof value === 'string' ? `"${value}"` : String(value)}`);
}

const helper =
  (name: string, fn: (values: unknown[], options: HelperOptions) => unknown): HelperDelegate =>
  (...args: Args) => {
    const { values, options } = split(args);
    try {
      return fn(values, options ?? ({ hash: {} } as HelperOptions));
    } catch (error) {
      // Handlebars gives helpers their place in the template: keep it for the message.
      const loc = (options as HelperOptions & { loc?: { start: { line: number; column: number } } }).loc;
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(loc ? `${message} - ${loc.start.line}:${loc.start.column}` : message);
    }
  };

export const HELPERS: Record<string, HelperDelegate> = {
  /** {{number 1033}} → 1.033; {{number 2.5 2}} → 2,5 */
  number: helper('number', ([v, decimals]) => (typeof decimals === 'number' ? formatNumber(num(v, 'number'), decimals) : formatInteger(num(v, 'number')))),
  /** {{money 989356000}} → 989.356.000 đồng */
  money: helper('money', ([v]) => formatMoney(num(v, 'money'))),
  /** {{roundMoney 49800000000}} → gần 50 tỷ đồng; digits=1, word="khoảng" */
  roundMoney: helper('roundMoney', ([v], o) => roundMoney(num(v, 'roundMoney'), (o.hash.digits as number | undefined) ?? 2, o.hash.word as string | undefined)),
  /** {{percent 0.455}} → 45,5%; at most two decimals, the one rule for rates; null (no base) → – */
  percent: helper('percent', ([v, decimals]) => (v === null ? '–' : formatPercent(num(v, 'percent'), typeof decimals === 'number' ? Math.min(decimals, 2) : 2))),
  /** {{points 25.69}} → 25,69 (percentage points as given in the context, without sign) */
  points: helper('points', ([v]) => formatNumber(Math.abs(num(v, 'points')), 2)),
  /** {{capitalize "thôn, làng"}} → Thôn, làng */
  capitalize: helper('capitalize', ([v]) => {
    const text = String(v ?? '');
    return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
  }),
  /** {{years list}} → "2017–2020", "2019", "2017, 2019" */
  years: helper('years', ([v]) => (Array.isArray(v) ? yearSpan(v.map(Number)) : '')),
  /** {{count 3}} → 03 for counts below 10, as documents write them ("03 đơn vị") */
  count: helper('count', ([v]) => String(num(v, 'count')).padStart(2, '0')),
  /** {{fullDate "2015-11-26"}} → ngày 26 tháng 11 năm 2015 */
  fullDate: helper('fullDate', ([v]) => fullDate(String(v))),
  /** {{date "2015-11-26"}} → 26/11/2015 */
  date: helper('date', ([v]) => formatVi(String(v))),
  /** {{roman 4}} → IV */
  roman: helper('roman', ([v]) => roman(num(v, 'roman'))),
  /** {{pad2 5}} → 05 ("sơ kết 05 năm") */
  pad2: helper('pad2', ([v]) => String(num(v, 'pad2')).padStart(2, '0')),
  /** {{times 0.12 0.05}} → 2,4 (how many times one rate is another) */
  times: helper('times', ([a, b]) => formatNumber(num(a, 'times') / num(b, 'times'), 1)),
  upper: helper('upper', ([v]) => String(v ?? '').toLocaleUpperCase('vi')),
  lower: helper('lower', ([v]) => String(v ?? '').toLocaleLowerCase('vi')),
  add: helper('add', ([a, b]) => num(a, 'add') + num(b, 'add')),
  sub: helper('sub', ([a, b]) => num(a, 'sub') - num(b, 'sub')),
  /** {{inc @index}} → 1-based numbering in {{#each}} */
  inc: helper('inc', ([v]) => num(v, 'inc') + 1),
  eq: helper('eq', ([a, b]) => a === b),
  ne: helper('ne', ([a, b]) => a !== b),
  gt: helper('gt', ([a, b]) => num(a, 'gt') > num(b, 'gt')),
  gte: helper('gte', ([a, b]) => num(a, 'gte') >= num(b, 'gte')),
  lt: helper('lt', ([a, b]) => num(a, 'lt') < num(b, 'lt')),
  lte: helper('lte', ([a, b]) => num(a, 'lte') <= num(b, 'lte')),
  and: helper('and', (values) => values.every(Boolean)),
  or: helper('or', (values) => values.some(Boolean)),
  not: helper('not', ([v]) => !v),
  /** {{len list}} → number of items */
  len: helper('len', ([v]) => (Array.isArray(v) ? v.length : 0)),
  /** {{fixed 2.5 2}} → 2,50: exactly that many decimals (a column printed alike) */
  fixed: helper('fixed', ([v, decimals]) => formatFixed(num(v, 'fixed'), num(decimals, 'fixed'))),
  /**
   * {{percentColumn rate ../rows "rate" total}} → the rate with the decimals of its whole column
   * (the key's values in the list — "a,b" for a cell of two rates — and any further rates given,
   * e.g. the total row's): 7,10% beside 42,37%.
   */
  percentColumn: helper('percentColumn', ([v, list, key, ...extra]) => {
    if (v === null) return '–';
    // "fromRate,toRate": a cell that prints two rates takes both into its column.
    const keys = String(key).split(',').map((k) => k.trim());
    const column = Array.isArray(list) ? list.flatMap((row) => keys.map((k) => (row as Record<string, unknown>)[k])) : [];
    const decimals = rateColumnDecimals([...column, ...extra].map((x) => (typeof x === 'number' ? x : null)));
    return formatPercentFixed(num(v, 'percentColumn'), decimals);
  }),
  /** {{> (judgement code) params}}: the partial that words a coded judgement, partials/judgements/<code>.hbs */
  judgement: helper('judgement', ([code]) => `judgements/${String(code)}`),
  /** {{join list ", "}} */
  join: helper('join', ([list, separator]) => (Array.isArray(list) ? list.map(String).join(typeof separator === 'string' ? separator : ', ') : '')),
};
