/**
 * Console tables as a clerk sees them (issue 22): they fit a 120-column cmd window without
 * losing a word, and they call a village what the office calls it (the config's `villageTerm`).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitColumns, wrapText } from '../src/cli/fit-columns.js';
import { renderTable } from '../src/cli/print-tables.js';
import { main } from '../src/cli/main.js';
import { capture } from './helpers/io.js';
import { rowWith } from './helpers/table.js';
import { HEADERS, tempDir, writeWorkbook } from './helpers/workbook.js';

const width = (line: string) => [...line].length;

describe('tables fit 120 columns', () => {
  const long = 'Ban Quản lý dự án đầu tư xây dựng và phát triển quỹ đất thị xã Ayun Pa';
  const table = {
    title: 'Kết quả theo đơn vị',
    columns: [
      { header: 'STT', kind: 'int' as const },
      { header: 'Đơn vị', kind: 'text' as const },
      { header: 'Tệp', kind: 'text' as const },
      { header: 'Số hoạt động', kind: 'int' as const },
      { header: 'Kinh phí (đồng)', kind: 'int' as const },
    ],
    rows: [
      [1, long, 'samples-nop-2020/23-ban-quan-ly-du-an-dau-tu-xay-dung-va-phat-trien-quy-dat-thi-xa.xlsx', 12, 1_234_567_000],
      [2, 'Phòng Y tế', '13-phong-y-te.xlsx', 2, 5_000_000],
    ],
  };

  it('narrows the widest text columns, wraps their cells, and loses no character', () => {
    const text = renderTable(table, 'vi', false);
    for (const line of text.split('\n')) expect(width(line), line).toBeLessThanOrEqual(120);
    expect(rowWith(text, long)).toEqual(['1', long.replace(/\s+/g, ''), 'samples-nop-2020/23-ban-quan-ly-du-an-dau-tu-xay-dung-va-phat-trien-quy-dat-thi-xa.xlsx', '12', '1.234.567.000']);
    // Numbers are never wrapped.
    expect(text).toContain('1.234.567.000');
  });

  it('leaves a table that fits as it is', () => {
    const small = { ...table, rows: [table.rows[1]!] };
    const fitted = fitColumns([['Đơn vị', 'Tệp', 'Số hoạt động', 'Kinh phí (đồng)'], ['Phòng Y tế', '13-phong-y-te.xlsx', '2', '5.000.000']], [true, true, false, false]);
    expect(fitted.widths).toEqual([10, 18, 12, 15]);
    expect(renderTable(small, 'vi', false)).toContain('│   2 │ Phòng Y tế │ 13-phong-y-te.xlsx │');
  });

  it('wraps at spaces, and cuts a long file name after a hyphen', () => {
    expect(wrapText('Phòng Tài chính - Kế hoạch', 12)).toBe('Phòng Tài\nchính - Kế\nhoạch');
    expect(wrapText('09-phong-tai-chinh-ke-hoach.xlsx', 12)).toBe('09-phong-\ntai-chinh-\nke-hoach.\nxlsx');
  });
});

describe("the config's villageTerm in stats and coverage", () => {
  const village = (n: number, name: string) => [n, 'Ayun Pa', 'Ia Sao', name, 2020, 'Gia Rai', n === 1 ? 'x' : null, null, 120, 100, 600, 30, 10];

  it('"buôn, bon": the labels say it, a village named "Thôn Một" keeps its name, English says "village"', async () => {
    const dir = tempDir('ketnghia-term-');
    await writeWorkbook(join(dir, 'danh-muc.xlsx'), [
      { name: 'Thôn làng', rows: [[...HEADERS.villages], village(1, 'Thôn Một'), village(2, 'Buôn Hai')] },
      { name: 'Đơn vị', rows: [[...HEADERS.units], [1, 'Công an thị xã', 'huyện', 'Lực lượng vũ trang']] },
      { name: 'Kết nghĩa', rows: [[...HEADERS.pairings], [1, 'Công an thị xã', 'Ia Sao', 'Buôn Hai', '15/03/2013']] },
    ]);
    writeFileSync(join(dir, 'ketnghia.config.json'), JSON.stringify({ villageTerm: 'buôn, bon' }));
    const stats = capture(dir);
    expect(await main(['stats', 'danh-muc.xlsx', '--year', '2020'], stats)).toBe(0);
    for (const label of ['│ Số buôn, bon ', '│ Buôn, bon đặc biệt khó khăn ', '│ Tỷ lệ buôn, bon được kết nghĩa ']) expect(stats.stdout).toContain(label);
    expect(stats.stdout).not.toMatch(/thôn/i);

    const coverage = capture(dir);
    expect(await main(['coverage', 'danh-muc.xlsx', '--year', '2020'], coverage)).toBe(0);
    expect(coverage.stdout).toContain('1/2 buôn, bon (50%) có đơn vị kết nghĩa tại ngày 31/12/2020; còn 1 buôn, bon chưa có');
    expect(coverage.stdout).toContain('Buôn, bon chưa có đơn vị kết nghĩa');
    expect(coverage.stdout).toContain('│ Số buôn, bon │');
    // The data's own name is not a label.
    expect(coverage.stdout).toContain('Thôn Một');

    const en = capture(dir);
    await main(['stats', 'danh-muc.xlsx', '--year', '2020', '--lang', 'en'], en);
    expect(en.stdout).toContain('│ Villages ');
  });
});

describe('coverage: a unit whose pairing ended', () => {
  it('is "đã kết thúc kết nghĩa (31/12/2021)", not one that never paired, even with activities under it', async () => {
    const dir = tempDir('ketnghia-ended-');
    const row = (n: number, date: Date, unit: string) => [n, date, unit, 'Ia Sao', 'Buôn Hai', 'Thăm hỏi, tặng quà', 'Tặng quà', 1_000_000, null, 'Đơn vị tự đóng góp'];
    await writeWorkbook(join(dir, 'danh-muc.xlsx'), [
      { name: 'Thôn làng', rows: [[...HEADERS.villages], [1, 'Ayun Pa', 'Ia Sao', 'Buôn Hai', 2022, 'Gia Rai', null, null, 120, 100, 600, 30, 10]] },
      { name: 'Đơn vị', rows: [[...HEADERS.units], [1, 'Công an thị xã', 'huyện', 'Lực lượng vũ trang'], [2, 'Chi cục Thuế thị xã', 'huyện', 'Chính quyền'], [3, 'Phòng Y tế', 'huyện', 'Chính quyền']] },
      {
        name: 'Kết nghĩa',
        rows: [[...HEADERS.pairings], [1, 'Công an thị xã', 'Ia Sao', 'Buôn Hai', '15/03/2013', null], [2, 'Chi cục Thuế thị xã', 'Ia Sao', 'Buôn Hai', '15/03/2013', '31/12/2021']],
      },
      { name: 'Hoạt động', rows: [[...HEADERS.activities], row(1, new Date(Date.UTC(2021, 5, 1)), 'Chi cục Thuế thị xã'), row(2, new Date(Date.UTC(2022, 5, 1)), 'Công an thị xã')] },
    ]);
    const io = capture(dir);
    expect(await main(['coverage', 'danh-muc.xlsx', '--year', '2022'], io)).toBe(0);
    expect(io.stdout).toContain('Đơn vị không có kết nghĩa với thôn nào tại ngày 31/12/2022 (2)');
    expect(io.stdout).toContain('  - Chi cục Thuế thị xã — đã kết thúc kết nghĩa (31/12/2021)\n');
    expect(io.stdout).toContain('  - Phòng Y tế — chưa kết nghĩa\n');
    const en = capture(dir);
    await main(['coverage', 'danh-muc.xlsx', '--year', '2022', '--lang', 'en'], en);
    expect(en.stdout).toContain('  - Chi cục Thuế thị xã — pairing ended (31/12/2021)\n');
    const json = capture(dir);
    await main(['coverage', 'danh-muc.xlsx', '--year', '2022', '--json'], json);
    expect((JSON.parse(json.stdout) as { unitsWithoutPairing: unknown[] }).unitsWithoutPairing).toEqual([
      { unit: 'Chi cục Thuế thị xã', level: 'huyen', bloc: 'chinh-quyen', ended: '2021-12-31' },
      { unit: 'Phòng Y tế', level: 'huyen', bloc: 'chinh-quyen' },
    ]);
  });
});
