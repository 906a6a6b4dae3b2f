/**
 * Properties of the value forms (fast-check): what `format` writes, the reader reads back as
 * the same figure — whole đồng in every form offices type them, rates as printed, calendar
 * dates whatever the machine's timezone — and prose rounding says "gần"/"hơn" truthfully.
 * The example tests (values.test.ts, format.test.ts) pin the forms; these sweep the ranges.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCell, type CellIssue } from '../src/checks/cells.js';
import { formatInteger, formatIntegerEn, formatMoney, formatNumber, formatPercent, fullDate, percentIn, percentValue, roundMoney } from '../src/format/vi.js';
import { ACTIVITIES } from '../src/schema/fields.js';
import { formatVi, fromSerial, fromUtcDate, makeDate, parts, toSerial, toUtcDate } from '../src/values/calendar.js';
import { parseDateText } from '../src/values/date.js';
import { parseNumberText } from '../src/values/number.js';

const RUNS = { numRuns: 300 };
/** Whole đồng of every size up to 10^15 (far above any province's funds), each order of magnitude as likely. */
const dong = fc.integer({ min: 0, max: 15 }).chain((digits) => fc.integer({ min: 0, max: 10 ** digits }));
/** Calendar dates across the whole range the reader accepts. */
const date = fc
  .record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => makeDate(year, month, day) ?? makeDate(year, month, 28)!);

describe('money: what is written is read back to the đồng', () => {
  it('1.500.000, 1.500.000 đồng, 1 500 000, 1.500.000 VNĐ, (1.500.000) and the English 1,500,000', () => {
    const forms: ReadonlyArray<[string, (n: number) => string, (n: number) => number]> = [
      ['dots', formatInteger, (n) => n],
      ['đồng', formatMoney, (n) => n],
      ['đ', (n) => `${formatInteger(n)}đ`, (n) => n],
      ['VNĐ', (n) => `${formatInteger(n)} VNĐ`, (n) => n],
      ['spaces', (n) => formatInteger(n).replace(/\./g, ' '), (n) => n],
      ['non-breaking', (n) => `${formatInteger(n)}\u00a0đ`, (n) => n],
      ['negative', (n) => `-${formatInteger(n)}`, (n) => 0 - n],
      ['brackets', (n) => `(${formatInteger(n)})`, (n) => 0 - n],
      ['English', formatIntegerEn, (n) => n],
    ];
    fc.assert(
      fc.property(dong, fc.constantFrom(...forms), (n, [, write, meant]) => {
        // + 0: "-0" is read as -0, which is the 0 meant.
        expect(parseNumberText(write(n), { wholeExpected: true })! + 0).toBe(meant(n) + 0);
      }),
      RUNS,
    );
  });

  it('dot-grouped amounts need no hint that a whole number is expected', () => {
    fc.assert(fc.property(dong, (n) => parseNumberText(formatInteger(n)) === n), RUNS);
  });

  it('"1,5 triệu", "2,345 tỷ", "300 nghìn": amounts in a unit word are scaled to whole đồng without binary crumbs', () => {
    const units: ReadonlyArray<[string, number]> = [['nghìn', 1e3], ['triệu', 1e6], ['tỷ', 1e9]];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.constantFrom(...units), (thousands, [word, factor]) => {
        const n = thousands * 1000;
        // As many decimals as the unit needs for the đồng: 1.234,567 triệu.
        const text = `${formatNumber(n / factor, Math.log10(factor / 1000))} ${word}`;
        expect(parseNumberText(text)).toBe(n);
      }),
      RUNS,
    );
  });

  it('a money cell holding any of those texts is read as the same whole đồng, with no finding', () => {
    const cash = ACTIVITIES.fields.find((f) => f.key === 'cash')!;
    fc.assert(
      fc.property(dong, fc.constantFrom(formatInteger, formatMoney, (n: number) => ` ${formatInteger(n)} đ `), (n, write) => {
        const issues: CellIssue[] = [];
        expect(readCell(cash, { t: 's', v: write(n) }, { today: '2026-11-22', scale: 1 }, issues)).toBe(n);
        expect(issues).toEqual([]);
      }),
      RUNS,
    );
  });

  it('prose rounding says "gần" only when it rounded up, "hơn" only when down, nothing when exact, and stays within 5%', () => {
    fc.assert(
      fc.property(dong.filter((n) => n > 0), (n) => {
        const text = roundMoney(n);
        const [, word, figure] = /^(?:(gần|hơn) )?(.+)$/.exec(text)!;
        const shown = parseNumberText(figure!)!;
        expect(word).toBe(shown > n ? 'gần' : shown < n ? 'hơn' : undefined);
        expect(Math.abs(shown - n) / n).toBeLessThanOrEqual(0.05);
      }),
      RUNS,
    );
  });
});

describe('rates: the figure printed is the figure computed', () => {
  const rate = fc.double({ min: 0, max: 1, noNaN: true });

  it('45,5% read back is percentValue, the one rounding every output uses', () => {
    fc.assert(
      fc.property(rate, (r) => {
        const printed = formatPercent(r);
        expect(printed).toMatch(/^\d{1,3}(,\d{1,2})?%$/);
        expect(parseNumberText(printed.slice(0, -1))).toBe(percentValue(r));
      }),
      RUNS,
    );
  });

  it('the English form states the same figure as the Vietnamese one', () => {
    fc.assert(fc.property(rate, (r) => Number(percentIn('en', r).slice(0, -1)) === parseNumberText(percentIn('vi', r).slice(0, -1))), RUNS);
  });
});

describe('dates: a calendar day stays the same day', () => {
  /** Runs `check` under timezones on either side of UTC and the machine's own. */
  function inTimezones(check: () => void): void {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Asia/Ho_Chi_Minh', 'UTC', 'America/Los_Angeles', 'Pacific/Pago_Pago']) {
        process.env.TZ = tz;
        check();
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  }

  it('dd/mm/yyyy and "ngày 05 tháng 3 năm 2020" read back as the day written', () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(parseDateText(formatVi(d))).toBe(d);
        expect(parseDateText(fullDate(d))).toBe(d);
        expect(parseDateText(formatVi(d).replace(/\//g, '-'))).toBe(d);
        expect(parseDateText(`${formatVi(d)} 23:59`)).toBe(d);
      }),
      RUNS,
    );
  });

  it('Excel serials and exceljs date cells give back the same day in every timezone', () => {
    inTimezones(() =>
      fc.assert(
        fc.property(date.filter((d) => d > '1900-03-01'), fc.double({ min: 0, max: 0.999, noNaN: true }), (d, timeOfDay) => {
          expect(fromSerial(toSerial(d) + timeOfDay)).toBe(d);
          expect(fromUtcDate(toUtcDate(d))).toBe(d);
          expect(parseDateText(toUtcDate(d).toISOString())).toBe(d);
        }),
        { numRuns: 100 },
      ),
    );
  });

  it('the serial after a day is the next day on the calendar, at month ends and in leap years too', () => {
    // Month ends of every kind, centuries included (2100 has no 29 February, 2000 has).
    const year = fc.oneof(fc.integer({ min: 1901, max: 9998 }), fc.integer({ min: 20, max: 99 }).map((c) => c * 100));
    const monthEnd = fc.record({ year, month: fc.integer({ min: 1, max: 12 }) }).map(({ year: y, month: m }) => [31, 30, 29, 28].map((day) => makeDate(y, m, day)).find(Boolean)!);
    const next = (d: string): string => {
      const { year: y, month: m, day } = parts(d);
      return makeDate(y, m, day + 1) ?? makeDate(y, m + 1, 1) ?? makeDate(y + 1, 1, 1)!;
    };
    fc.assert(
      fc.property(fc.oneof(date.filter((d) => d > '1900-03-01' && d < '9999-12-31'), monthEnd), (d) => {
        expect(fromSerial(toSerial(d) + 1)).toBe(next(d));
      }),
      RUNS,
    );
  });
});
