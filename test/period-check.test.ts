import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { askedPeriod, periodData } from '../src/app/period.js';
import { periodDataMessage } from '../src/words/period.js';
import { yearRanges } from '../src/format/years.js';
import { PeriodError } from '../src/values/period.js';
import { warningsNote } from '../src/words/warnings.js';
import type { Dataset } from '../src/model/types.js';
import { UsageError } from '../src/errors.js';
import { finding } from '../src/findings/finding.js';
import { capture } from './helpers/io.js';
import { HEADERS, tempDir, writeWorkbook } from './helpers/workbook.js';

const act = (y: number, m: number, cash: number) => [1, new Date(Date.UTC(y, m - 1, 10)), 'Công an tỉnh', 'Ia Sao', 'Plei Ôi', 'Thăm hỏi, tặng quà', 'Tặng quà', cash, 0, 'Đơn vị tự đóng góp'];

async function workbook(dir: string, rows: unknown[][]): Promise<string> {
  return writeWorkbook(join(dir, 'hoat-dong.xlsx'), [{ name: 'Hoạt động', rows: [[...HEADERS.activities], ...(rows as never[][])] }]);
}

const dataset = (dates: string[], villageYears: number[] = []): Dataset =>
  ({
    villages: villageYears.map((year) => ({ year })),
    units: [],
    pairings: [],
    activities: dates.map((date) => ({ date })),
    present: { villages: villageYears.length > 0, units: false, pairings: false, activities: dates.length > 0 },
  }) as unknown as Dataset;

describe('periods and the data the workbooks hold (pure)', () => {
  it('refuses a period wholly after the today it is given, and only that', () => {
    expect(() => askedPeriod({ year: '2030' }, '2026-11-22')).toThrow(UsageError);
    expect(() => askedPeriod({ year: '2030' }, '2026-11-22')).toThrow(PeriodError);
    expect(askedPeriod({ year: '2026' }, '2026-11-22')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('tells no data at all from data in part of the period', () => {
    const data = dataset(['2019-03-01', '2021-05-01'], [2020]);
    expect(periodData(data, { from: '2010-01-01', to: '2010-12-31' })).toEqual({ kind: 'none', held: [2019, 2020, 2021] });
    expect(periodData(data, { from: '2018-01-01', to: '2021-12-31' })).toEqual({ kind: 'partly', missing: [2018] });
    expect(periodData(data, { from: '2019-01-01', to: '2021-12-31' })).toEqual({ kind: 'ok' });
    const paired = { ...data, pairings: [{ startDate: '2005-06-01' }] } as unknown as Dataset;
    const onlyPairings = periodData(paired, { from: '2010-01-01', to: '2010-12-31' });
    expect(onlyPairings).toEqual({ kind: 'partly', missing: [2010] });
    expect(periodDataMessage(onlyPairings as Exclude<typeof onlyPairings, { kind: 'ok' }>, { from: '2010-01-01', to: '2010-12-31' }, 'vi')).toContain('chỉ tính được các cặp kết nghĩa còn hiệu lực');
    expect(yearRanges([2016, 2018, 2019, 2020, 2023])).toBe('2016, 2018–2020, 2023');
    // The one form of every year list (terminal, page, report): spans with an en dash, the rest listed.
    expect(yearRanges([2019])).toBe('2019');
    expect(yearRanges([2017, 2019])).toBe('2017, 2019');
    expect(yearRanges([2022, 2023, 2024])).toBe('2022–2024');
    expect(yearRanges([2020, 2018, 2019, 2018])).toBe('2018–2020');
    expect(yearRanges([])).toBe('');
  });

  it('names the warnings that can change a figure first', () => {
    const findings = [
      finding('not-paired', { file: 'a.xlsx' }),
      finding('not-paired', { file: 'a.xlsx' }),
      finding('outlier', { file: 'a.xlsx' }),
      finding('required', { file: 'a.xlsx' }),
    ];
    expect(warningsNote(findings, 'vi')).toBe('Có 3 cảnh báo (1 giá trị bất thường so với chuỗi số liệu; 2 hoạt động ở thôn không kết nghĩa) — xem `ketnghia validate`.');
    expect(warningsNote([], 'vi')).toBeUndefined();
  });
});

describe('stats and report on a period the data do not cover', () => {
  it('a year after today is a usage error (exit 2), read before any file', async () => {
    const dir = tempDir();
    const file = await workbook(dir, [act(2020, 3, 1_000_000)]);
    for (const command of ['stats', 'coverage', 'report']) {
      const io = capture(dir);
      expect(await main([command, file, '--year', '2099'], io)).toBe(2);
      expect(io.stderr).toContain('sau hôm nay');
    }
  });

  it('a period without any data stops (exit 1) and names the years the data cover', async () => {
    const dir = tempDir();
    const file = await workbook(dir, [act(2019, 3, 1_000_000), act(2020, 3, 2_000_000)]);
    const io = capture(dir);
    expect(await main(['stats', file, '--year', '2010'], io)).toBe(1);
    expect(io.stderr).toContain('số liệu có các năm: 2019–2020');
    expect(io.stdout).toBe('');
  });

  it('a period partly without data goes on and names the missing years; warnings are said aloud and counted in --json', async () => {
    const dir = tempDir();
    const rows = [act(2019, 3, 1_000_000), act(2019, 4, 1_100_000), act(2019, 5, 900_000), act(2019, 6, 1_000_000), act(2020, 3, 5_000_000_000)];
    const file = await workbook(dir, rows);
    const io = capture(dir);
    expect(await main(['stats', file, '--from', '2018', '--to', '2020', '--json'], io)).toBe(0);
    expect(io.stderr).toContain('chưa có số liệu năm 2018');
    expect(io.stderr).toMatch(/Có 1 cảnh báo \(1 giá trị bất thường/);
    expect((JSON.parse(io.stdout) as { warnings: number }).warnings).toBe(1);
  });
});
