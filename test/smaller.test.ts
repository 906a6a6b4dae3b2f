import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { capture } from './helpers/io.js';
import { flatten, HEADERS, load, tempDir, writeWorkbook, type CellInput } from './helpers/workbook.js';

const dir = tempDir();
const row = (n: number, cash: CellInput, inKind: CellInput): CellInput[] => [n, '15/03/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', 'Khác', 'Tặng quà', cash, inKind, 'Khác'];

describe('smaller things', () => {
  it('a fraction of a đồng is an error whether typed as a number or as text; a formula’s share is rounded', async () => {
    const file = await writeWorkbook(join(dir, 'le-dong.xlsx'), [
      { name: 'Hoạt động', rows: [[...HEADERS.activities], row(1, 1_000_000.4, '2,5'), row(2, { formula: 'H2*0.3', result: 300_000.12 }, 0)] },
    ]);
    const result = await load([file]);
    expect(flatten(result.findings)).toEqual([
      [2, 'H2', 'invalid-integer'],
      [2, 'I2', 'invalid-integer'],
    ]);
    expect(result.dataset.activities.map((a) => a.cash)).toEqual([300_000]);
  });

  it('--strict with warnings only says that warnings count as errors, not "Có lỗi … 0 lỗi"', async () => {
    const file = await writeWorkbook(join(dir, 'canh-bao.xlsx'), [{ name: 'Hoạt động', rows: [[...HEADERS.activities, 'Ghi chu ky'], row(1, 1_000_000, 0)] }]);
    const io = capture(dir);
    expect(await main(['validate', file, '--strict'], io)).toBe(1);
    expect(io.stdout).toContain('Không đạt (--strict: 1 cảnh báo được tính là lỗi)');
    expect(io.stdout).not.toContain('Có lỗi');
  });

  it('stats --year prints the poverty rate of a single year once', async () => {
    const villages = [[...HEADERS.villages], [1, null, 'Ia Sao', 'Bôn Hiao', 2020, 'Gia Rai', null, null, 100, 90, 500, 20, 5]];
    const file = await writeWorkbook(join(dir, 'thon.xlsx'), [{ name: 'Thôn làng', rows: villages as CellInput[][] }]);
    const io = capture(dir);
    expect(await main(['stats', file, '--year', '2020'], io)).toBe(0);
    expect(io.stdout.match(/Tỷ lệ hộ nghèo năm 2020/g)).toHaveLength(1);
  });
});

describe('fix lists the changes that matter', () => {
  it('groups label spellings with a count and marks NFC-only changes', async () => {
    const d = tempDir();
    const gift = 'thăm hỏi, tặng quà';
    const rows: CellInput[][] = [
      [...HEADERS.activities],
      [1, '15/03/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', gift, 'Tặng quà', 1000, 0, 'Khác'],
      [2, '15/03/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', gift, 'Tặng quà', 2000, 0, 'Khác'],
      [3, '15/03/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', gift, 'Tặng quà'.normalize('NFD'), 3000, 0, 'Khác'],
    ];
    const file = await writeWorkbook(join(d, 'nhan.xlsx'), [{ name: 'Hoạt động', rows }]);
    const io = capture(d);
    expect(await main(['fix', file, '-o', join(d, 'ra.xlsx')], io)).toBe(0);
    const lines = io.stdout.split('\n');
    expect(lines.filter((l) => l.includes(gift))).toEqual(['  ×3     "thăm hỏi, tặng quà" → "Thăm hỏi, tặng quà"  ghi đúng tên trong danh mục (F2, F3, F4)']);
    expect(lines.find((l) => l.includes('G4'))).toContain('(NFD → NFC)');
  });
});
