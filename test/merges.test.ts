import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatten, HEADERS, load, tempDir, writeWorkbook, type CellInput } from './helpers/workbook.js';

const dir = tempDir();

describe('merged cells in any column', () => {
  it('a type, source and date merged down apply to each row; an amount merged down counts once, with a warning naming the merge', async () => {
    const rows: CellInput[][] = [
      [...HEADERS.activities],
      [1, '15/03/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Hiao', 'Thăm hỏi, tặng quà', 'Tặng quà', 6_000_000, 100_000, 'Xã hội hóa'],
      [2, null, 'Hội Nông dân', 'Ia Sao', 'Bôn Jú', null, 'Tặng quà', null, 200_000, null],
      [3, '20/04/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Jú', 'Khác', null, 1_000_000, 0, 'Khác'],
      [4, '21/04/2020', 'Hội Nông dân', 'Ia Sao', 'Bôn Jú', 'Khác', null, 1_000_000, 0, null],
    ];
    const file = await writeWorkbook(join(dir, 'gop.xlsx'), [{ name: 'Hoạt động', rows, merges: ['B2:B3', 'F2:F3', 'J2:J3', 'H2:H3'] }]);
    const result = await load([file]);
    expect(flatten(result.findings)).toEqual([[2, 'H2', 'merged-amount']]);
    expect(result.findings[0]!.params).toMatchObject({ detail: 'H2:H3', expected: 2, other: 2 });
    const [a, b, c, d] = result.dataset.activities;
    expect(b).toMatchObject({ date: '2020-03-15', type: 'visits-gifts', source: 'socialized', inKind: 200_000 });
    expect(a!.cash).toBe(6_000_000);
    expect(b!.cash).toBeUndefined();
    // A blank optional cell that is not merged stays blank (row 5's source is not row 4's).
    expect(c!.source).toBe('other');
    expect(d!.source).toBeUndefined();
  });
});
