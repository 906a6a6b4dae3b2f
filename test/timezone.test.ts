/**
 * Dates are calendar dates: the same workbook gives the same days whatever the machine's
 * timezone. The CLI runs in child processes under two timezones on either side of UTC.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './helpers/spawn.js';
import { HEADERS, tempDir, writeWorkbook } from './helpers/workbook.js';

const dir = tempDir();
const cli = join(process.cwd(), 'bin', 'ketnghia.js');
let file: string;

// `npm test` builds dist/ before vitest runs; the CLI is run from there, as users run it.
beforeAll(async () => {
  file = await writeWorkbook(join(dir, 'ngay.xlsx'), [
    { name: 'Kết nghĩa', rows: [[...HEADERS.pairings], [1, 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', new Date(Date.UTC(2013, 0, 1)), null, '1/QĐ']] },
    {
      name: 'Hoạt động',
      rows: [
        [...HEADERS.activities],
        // An Excel date at midnight of 1 January, a serial, and day-first text.
        [1, new Date(Date.UTC(2020, 0, 1)), 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', 'Tặng quà', '', 1_000_000, 0, 'Khác'],
        [2, { value: 44196, numFmt: 'General' }, 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', 'Tặng quà', '', 2_000_000, 0, 'Khác'],
        [3, '31/12/2019', 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', 'Tặng quà', '', 4_000_000, 0, 'Khác'],
      ],
    },
  ]);
});

async function stats(tz: string): Promise<{ funds: { byYear: Record<string, number> }; period: unknown }> {
  const out = await run(process.execPath, [cli, 'stats', file, '--from', '2019', '--to', '2020', '--json'], { env: { ...process.env, TZ: tz } });
  return JSON.parse(out) as { funds: { byYear: Record<string, number> }; period: unknown };
}

describe('timezones', () => {
  it('reads Excel dates, serials and text as the same calendar days in Hà Nội and Los Angeles', async () => {
    const hanoi = await stats('Asia/Ho_Chi_Minh');
    const losAngeles = await stats('America/Los_Angeles');
    // 01/01/2020 and serial 44196 (31/12/2020) fall in 2020; 31/12/2019 in 2019.
    expect(hanoi.funds.byYear).toEqual({ '2019': 4_000_000, '2020': 3_000_000 });
    expect(losAngeles).toEqual(hanoi);
  });
});
