/**
 * The calendar's arithmetic is date-fns's on `UTCDate`s (values/calendar.ts). Plain date-fns
 * on a `Date` still loses a day west of Greenwich: an Excel date is UTC midnight, and its local
 * fields there are the evening before. Both are shown in child processes under two timezones
 * on either side of UTC (and one that skipped a day), on the built module, as users run it.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { spawnWithDeadline } from './helpers/spawn.js';

const calendar = pathToFileURL(join(process.cwd(), 'dist', 'src', 'values', 'calendar.js')).href;

// What the child prints: plain date-fns on an exceljs date, then our functions on the same day.
const SCRIPT = `
import { format, differenceInCalendarDays } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import * as c from ${JSON.stringify(calendar)};
const excel = new Date(Date.UTC(2020, 0, 1)); // exceljs's date of a cell holding 01/01/2020
console.log(JSON.stringify({
  plainDateFns: format(excel, 'yyyy-MM-dd'),
  plainSerial: differenceInCalendarDays(new Date(Date.UTC(1995, 0, 1)), new Date(Date.UTC(1899, 11, 30))),
  utcSerial: differenceInCalendarDays(new UTCDate(1995, 0, 1), new UTCDate(1899, 11, 30)),
  serial1995: c.toSerial('1995-01-01'),
  fromUtcDate: c.fromUtcDate(excel),
  fromSerial: c.fromSerial(43831),
  toSerial: c.toSerial('2020-01-01'),
  leap: [c.makeDate(2020, 2, 29), c.makeDate(2019, 2, 29), c.makeDate(1900, 2, 29), c.makeDate(2000, 2, 29)],
  roundTrip: c.fromUtcDate(c.toUtcDate('2024-12-31')),
  localToday: c.localToday(new Date(2024, 0, 15, 23, 30)),
}));
`;

async function under(tz: string): Promise<Record<string, unknown>> {
  const child = await spawnWithDeadline(process.execPath, ['--input-type=module', '-e', SCRIPT], { env: { ...process.env, TZ: tz }, cwd: process.cwd(), timeout: 30_000 });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as Record<string, unknown>;
}

describe('calendar dates never shift with the timezone', () => {
  for (const tz of ['Asia/Ho_Chi_Minh', 'America/Los_Angeles']) {
    it(`keeps 01/01/2020 under ${tz}`, async () => {
      const seen = await under(tz);
      expect(seen.fromUtcDate).toBe('2020-01-01');
      expect(seen.fromSerial).toBe('2020-01-01');
      expect(seen.toSerial).toBe(43831);
      expect(seen.leap).toEqual(['2020-02-29', undefined, undefined, '2000-02-29'].map((d) => d ?? null));
      expect(seen.roundTrip).toBe('2024-12-31');
      // Today is the local calendar's day: 23:30 on 15 January is still the 15th.
      expect(seen.localToday).toBe('2024-01-15');
    }, 60_000);
  }

  it('plain date-fns on a Date loses the day west of Greenwich (why the UTCDate)', async () => {
    expect((await under('Asia/Ho_Chi_Minh')).plainDateFns).toBe('2020-01-01');
    expect((await under('America/Los_Angeles')).plainDateFns).toBe('2019-12-31');
  }, 60_000);

  it('counting days between plain Dates is one too many where the local calendar skipped a day; between UTCDates it is exact', async () => {
    // Pacific/Kiritimati went from UTC-10 to UTC+14 and had no 31 December 1994.
    const kiritimati = await under('Pacific/Kiritimati');
    expect(kiritimati.plainSerial).toBe(34701);
    expect(kiritimati.utcSerial).toBe(34700);
    expect(kiritimati.serial1995).toBe(34700);
  }, 60_000);
});
