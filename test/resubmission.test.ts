import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { capture } from './helpers/io.js';
import { flatten, HEADERS, load, tempDir, writeWorkbook } from './helpers/workbook.js';

const activity = (day: number, unit: string, cash: number) => [day, new Date(Date.UTC(2024, 2, day)), unit, 'Ia Sao', 'Plei Ôi', 'Thăm hỏi, tặng quà', 'Tặng quà', cash, 0, 'Đơn vị tự đóng góp'];

async function submission(dir: string, name: string, rows: unknown[][], savedAt: Date): Promise<string> {
  const path = join(dir, name);
  await writeWorkbook(path, [{ name: 'Hoạt động', rows: [[...HEADERS.activities], ...(rows as never[][])] }]);
  utimesSync(path, savedAt, savedAt);
  return path;
}

describe('a file resubmitted beside the first (duplicate-file)', () => {
  it('is one error naming both files, the rows that match, and neither is counted as it stands', async () => {
    const dir = tempDir();
    const first = await submission(dir, 'ban-dan-van.xlsx', [activity(1, 'Ban Dân vận Tỉnh ủy', 1_000_000), activity(2, 'Ban Dân vận Tỉnh ủy', 2_000_000), activity(3, 'Ban Dân vận Tỉnh ủy', 3_000_000), activity(4, 'Ban Dân vận Tỉnh ủy', 40_000_000)], new Date(Date.UTC(2025, 2, 1, 8)));
    const fixed = await submission(dir, 'ban-dan-van (bản sửa).xlsx', [activity(1, 'Ban Dân vận Tỉnh ủy', 1_000_000), activity(2, 'Ban Dân vận Tỉnh ủy', 2_000_000), activity(3, 'Ban Dân vận Tỉnh ủy', 3_000_000), activity(4, 'Ban Dân vận Tỉnh ủy', 4_000_000)], new Date(Date.UTC(2025, 2, 15, 8)));
    const result = await load([first, fixed]);
    expect(flatten(result.findings)).toEqual([[undefined, undefined, 'duplicate-file']]);
    const f = result.findings[0]!;
    expect(f.file).toBe(fixed);
    expect(f.value).toBe('ban-dan-van.xlsx');
    expect(f.params?.detail).toBe('3/4');
    expect(result.resubmissions).toEqual([expect.objectContaining({ kept: fixed, dropped: first, because: 'modified', matched: 3 })]);

    // stats stops on it; with --allow-errors it counts the newer file only and says so.
    const io = capture(dir);
    expect(await main(['stats', first, fixed, '--year', '2024'], io)).toBe(1);
    expect(io.stderr).toContain('duplicate-file');
    expect(io.stderr).toContain('3/4 dòng hoạt động trùng nhau');
    const allowed = capture(dir);
    expect(await main(['stats', first, fixed, '--year', '2024', '--allow-errors', '--json'], allowed)).toBe(0);
    const json = JSON.parse(allowed.stdout) as { funds: { total: number }; activities: { count: number }; leftOut: unknown };
    expect(json.funds.total).toBe(10_000_000);
    expect(json.activities.count).toBe(4);
    expect(json.leftOut).toEqual({ rows: 4, errors: 1, files: 0, resubmissions: [{ kept: fixed, dropped: first }] });
    expect(allowed.stderr).toContain('chỉ tính tệp "ban-dan-van (bản sửa).xlsx" (lưu sau), bỏ tệp "ban-dan-van.xlsx"');
  });

  it('keeps duplicate-row for a few repeated rows, inside one file or across two', async () => {
    const dir = tempDir();
    const a = await submission(dir, 'a.xlsx', [activity(1, 'Công an tỉnh', 1), activity(1, 'Công an tỉnh', 1), activity(2, 'Công an tỉnh', 2), activity(3, 'Công an tỉnh', 3)], new Date());
    const b = await submission(dir, 'b.xlsx', [activity(3, 'Công an tỉnh', 3), activity(5, 'Công an tỉnh', 5), activity(6, 'Công an tỉnh', 6)], new Date());
    expect(flatten((await load([a, b])).findings)).toEqual([
      [3, 'B3', 'duplicate-row'],
      [2, 'B2', 'duplicate-row'],
    ]);
  });

  it('a whole workbook sent twice (its lists too) is the one duplicate-file, and --allow-errors counts it once', async () => {
    const dir = tempDir();
    const sheets = (cash: number) => [
      { name: 'Thôn làng', rows: [[...HEADERS.villages], [1, 'Ayun Pa', 'Ia Sao', 'Plei Ôi', 2024, 'Jrai', 'x', '', 120, 110, 540, 30, 10]] },
      { name: 'Đơn vị', rows: [[...HEADERS.units], [1, 'Ban Dân vận Tỉnh ủy', 'tỉnh', 'Đảng']] },
      { name: 'Hoạt động', rows: [[...HEADERS.activities], activity(1, 'Ban Dân vận Tỉnh ủy', 1_000_000), activity(2, 'Ban Dân vận Tỉnh ủy', 2_000_000), activity(3, 'Ban Dân vận Tỉnh ủy', cash)] },
    ];
    const first = join(dir, 'bao-cao.xlsx');
    const again = join(dir, 'bao-cao (nộp lại).xlsx');
    await writeWorkbook(first, sheets(3_000_000) as never);
    await writeWorkbook(again, sheets(5_000_000) as never);
    utimesSync(first, new Date(Date.UTC(2025, 2, 1)), new Date(Date.UTC(2025, 2, 1)));
    utimesSync(again, new Date(Date.UTC(2025, 2, 9)), new Date(Date.UTC(2025, 2, 9)));
    expect(flatten((await load([first, again])).findings).map((f) => f[2])).toEqual(['duplicate-file']);
    const alone = capture(dir);
    expect(await main(['stats', again, '--year', '2024', '--json'], alone)).toBe(0);
    const both = capture(dir);
    expect(await main(['stats', first, again, '--year', '2024', '--json', '--allow-errors'], both)).toBe(0);
    const figures = (out: string) => {
      const json = JSON.parse(out) as { villages: unknown; data: unknown; funds: unknown; activities: unknown; coverage: unknown; poverty: unknown };
      return { villages: json.villages, data: json.data, funds: json.funds, activities: json.activities, coverage: json.coverage, poverty: json.poverty };
    };
    expect(figures(both.stdout)).toEqual(figures(alone.stdout));
  });
});
