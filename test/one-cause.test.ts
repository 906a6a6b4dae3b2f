import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { capture } from './helpers/io.js';
import { flatten, HEADERS, load, tempDir, writeWorkbook, type CellInput } from './helpers/workbook.js';

const dir = tempDir();
const village = (n: number, commune: string, name: string) => [n, 'Ayun Pa', commune, name, 2020, 'Gia Rai', null, null, 120, 100, 600, 30, 10];
const activity = (n: number, unit: string, commune: string, name: string) => [n, new Date(Date.UTC(2020, 2, n)), unit, commune, name, 'Thăm hỏi, tặng quà', 'Tặng quà', 1_000_000, 0, 'Đơn vị tự đóng góp'];

const master = () =>
  writeWorkbook(join(dir, 'danh-muc.xlsx'), [
    { name: 'Thôn làng', rows: [[...HEADERS.villages], village(1, 'Ia Sao', 'Bôn Chư Jú'), village(2, 'Ia Sao', 'Bôn Jú'), village(3, 'Ia Rbol', 'Bôn Bầu')] },
    { name: 'Đơn vị', rows: [[...HEADERS.units], [1, 'Ban Dân vận Tỉnh ủy', 'tỉnh', 'Đảng'], [2, 'Công an tỉnh', 'tỉnh', 'Lực lượng vũ trang']] },
    { name: 'Kết nghĩa', rows: [[...HEADERS.pairings], [1, 'Ban Dân vận Tỉnh ủy', 'Ia Sao', 'Bôn Chư Jú', '15/03/2013'], [2, 'Công an tỉnh', 'Ia Rbol', 'Bôn Bầu', '15/03/2013']] },
  ]);

describe('one finding per cause', () => {
  it('gives no knock-on not-paired to a row with an unknown village or unit', async () => {
    const file = await writeWorkbook(join(dir, 'nop-1.xlsx'), [
      {
        name: 'Hoạt động',
        rows: [[...HEADERS.activities], activity(1, 'Ban Dân vận Tỉnh ủy', 'Ia Sao', 'Bôn Chư Jú'), activity(2, 'Ban Dân vận Tỉnh ủy', 'Ia Sao', 'Bôn Chư Juu'), activity(3, 'Ban Dân vận Tỉnh ủy', 'Ia Sao', 'Bôn Jú'), activity(4, 'Công an tỉnh', 'Ia Rbol', 'Bôn Bầu'), activity(5, 'Công an tỉnh', 'Ia Rbol', 'Bôn Bầu'), activity(6, 'Công an tỉnh', 'Ia Rbol', 'Bôn Bầu')],
      },
    ]);
    const result = await load([await master(), file]);
    // Row 3: unknown village only (not also not-paired); row 4: a known village it is not paired with.
    expect(flatten(result.findings)).toEqual([
      [3, 'E3', 'unknown-village'],
      [4, 'C4', 'not-paired'],
    ]);
  });

  it('does not suggest another body: "Thị ủy" is no typo for "Tỉnh ủy"', async () => {
    const file = await writeWorkbook(join(dir, 'nop-2.xlsx'), [
      { name: 'Hoạt động', rows: [[...HEADERS.activities], activity(1, 'Ban Dân vận Thị ủy', 'Ia Sao', 'Bôn Chư Jú'), activity(2, 'Ban Dan van Tinh uy', 'Ia Sao', 'Bôn Chư Jú')] },
    ]);
    const found = (await load([await master(), file])).findings.filter((f) => f.code === 'unknown-unit');
    expect(found.map((f) => [f.row, f.suggestion])).toEqual([
      [2, undefined],
      [3, 'Ban Dân vận Tỉnh ủy'],
    ]);
  });

  it('says once, on the file, that most names are unknown to the master, naming the places the file speaks of', async () => {
    const rows = [1, 2, 3, 4, 5, 6].map((n) => activity(n, 'Ban Dân vận Huyện ủy', n % 2 ? 'Chư Mố' : 'Ia Broăi', `Buôn ${n}`));
    const file = await writeWorkbook(join(dir, 'huyen-khac.xlsx'), [{ name: 'Hoạt động', rows: [[...HEADERS.activities], ...rows] }]);
    const result = await load([await master(), file]);
    expect(flatten(result.findings)).toEqual([[undefined, undefined, 'master-mismatch']]);
    const f = result.findings[0]!;
    // None of its communes is in the master: another district's file, so an error (figures stop).
    expect(f).toMatchObject({ file, severity: 'error', value: '6/6' });
    expect(f.params?.expected).toEqual({ vi: 'Chư Mố, Ia Broăi', en: 'Chư Mố, Ia Broăi' });
    expect(result.errors).toBe(1);
    expect(result.dataset.activities).toHaveLength(0);
  });

  it('another province: no district in common is an error, validate and stats exit 1, and nothing follows row by row', async () => {
    const head = ['STT', 'Ngày', 'Đơn vị', 'Huyện', 'Xã', 'Thôn/làng', 'Loại hoạt động', 'Nội dung', 'Tiền mặt (đồng)', 'Hiện vật quy đổi (đồng)', 'Nguồn kinh phí'];
    const rows = [1, 2, 3, 4, 5, 6, 7].map((n) => [n, new Date(Date.UTC(2020, 2, n)), n < 3 ? 'Công an tỉnh' : `Sở ${n}`, 'Huyện Nam Giang', 'Xã Đắc Pring', `Thôn ${n}`, 'Thăm hỏi, tặng quà', 'Tặng quà', 1_000_000, 0, 'Đơn vị tự đóng góp']);
    const file = await writeWorkbook(join(dir, 'tinh-khac.xlsx'), [{ name: 'Hoạt động', rows: [head, ...rows] }]);
    const files = [await master(), file];
    const result = await load(files);
    expect(flatten(result.findings)).toEqual([[undefined, undefined, 'master-mismatch']]);
    expect(result.findings[0]!.severity).toBe('error');
    const io = capture(dir);
    expect(await main(['validate', ...files], io)).toBe(1);
    expect(io.stdout).not.toContain('Hợp lệ');
    expect(io.stdout).toContain('không có huyện, xã nào chung với danh mục');
    expect(io.stdout).not.toContain('not-paired');
    expect(io.stdout).not.toContain('unknown-');
    const en = capture(dir);
    await main(['validate', ...files, '--lang', 'en'], en);
    expect(en.stdout).toContain('shares no district or commune with the master list');
    const stats = capture(dir);
    expect(await main(['stats', ...files, '--year', '2020'], stats)).toBe(1);
    // --allow-errors leaves the whole file out.
    const allowed = capture(dir);
    expect(await main(['stats', ...files, '--year', '2020', '--json', '--allow-errors'], allowed)).toBe(0);
    expect(allowed.stdout).not.toContain('Đắc Pring');
  });

  it('a file sharing a commune with the master keeps master-mismatch a warning, and its known rows get no not-paired', async () => {
    // Rows 1–2: a known unit in a known village it is not paired with; rows 3–6: unknown units.
    const rows = [1, 2, 3, 4, 5, 6].map((n) => activity(n, n < 3 ? 'Ban Dân vận Tỉnh ủy' : `Phòng ${n}`, 'Ia Rbol', 'Bôn Bầu'));
    const file = await writeWorkbook(join(dir, 'danh-muc-cu.xlsx'), [{ name: 'Hoạt động', rows: [[...HEADERS.activities], ...rows] }]);
    const result = await load([await master(), file]);
    expect(flatten(result.findings)).toEqual([[undefined, undefined, 'master-mismatch']]);
    expect(result.findings[0]).toMatchObject({ severity: 'warning', value: '4/6' });
  });
});

describe('validate says what it did not check', () => {
  it('a lone submission is "Hợp lệ" and says its names were not checked against a list', async () => {
    const file = await writeWorkbook(join(dir, 'mot-minh.xlsx'), [{ name: 'Hoạt động', rows: [[...HEADERS.activities], activity(1, 'Công an tỉnh', 'Ia Rbol', 'Bôn Bầu')] }]);
    const io = capture(dir);
    expect(await main(['validate', file], io)).toBe(0);
    expect(io.stdout).toContain('Hợp lệ.');
    expect(io.stdout).toContain('chưa đối chiếu tên thôn, xã (không có trang Thôn làng) và tên đơn vị (không có trang Đơn vị) với danh mục');
    const json = capture(dir);
    await main(['validate', file, '--json'], json);
    expect((JSON.parse(json.stdout) as { summary: { namesNotChecked: string[] } }).summary.namesNotChecked).toEqual(['villages', 'units']);
  });

  it('the blank init template validates without naming its own guide sheets', async () => {
    const out = tempDir();
    expect(await main(['init', out], capture(out))).toBe(0);
    const io = capture(out);
    expect(await main(['validate', join(out, 'mau-bao-cao-ket-nghia.xlsx')], io)).toBe(0);
    expect(io.stdout).toContain('Hợp lệ.');
    expect(io.stdout).not.toContain('Bỏ qua trang');
    expect(io.stdout).not.toContain('Hướng dẫn');
  });
});

describe('the sheet’s own totals row (totals-mismatch)', () => {
  const row = (n: number, cash: CellInput, inKind: CellInput): CellInput[] => [n, new Date(Date.UTC(2020, 2, n)), 'Công an tỉnh', 'Ia Rbol', 'Bôn Bầu', 'Thăm hỏi, tặng quà', 'Tặng quà', cash, inKind, 'Đơn vị tự đóng góp'];

  it('says both figures and that SUM skipped the amounts typed as text; nothing is taken from the totals row', async () => {
    const file = await writeWorkbook(join(dir, 'tong-cong.xlsx'), [
      {
        name: 'Hoạt động',
        rows: [
          [...HEADERS.activities],
          row(1, 1_000_000, 500_000),
          row(2, '2.000.000', 500_000),
          row(3, '3.000.000 đ', 0),
          [null, 'Tổng cộng', null, null, null, null, null, { formula: 'SUM(H2:H4)', result: 1_000_000 }, { formula: 'SUM(I2:I4)', result: 1_000_000 }],
        ],
      },
    ]);
    const result = await load([file]);
    expect(flatten(result.findings)).toEqual([[5, 'H5', 'totals-mismatch']]);
    const f = result.findings[0]!;
    const { messageOf } = await import('../src/findings/finding.js');
    expect(messageOf(f, 'vi')).toBe(
      'Dòng tổng cộng ghi "Tiền mặt (đồng)" = 1.000.000, còn cộng các dòng đọc được là 6.000.000 (2 số tiền được gõ dạng chữ nên hàm SUM bỏ qua). Số liệu vẫn tính từ từng dòng, không lấy dòng tổng.',
    );
    expect(result.dataset.activities.reduce((s, a) => s + (a.cash ?? 0), 0)).toBe(6_000_000);
  });

  it('leaves sheets with subtotals alone (which rows each covers is not written down)', async () => {
    const file = await writeWorkbook(join(dir, 'cong-khoi.xlsx'), [
      {
        name: 'Hoạt động',
        rows: [[...HEADERS.activities], row(1, 1_000_000, 0), [null, 'Cộng khối Đảng', null, null, null, null, null, 1_000_000], row(2, 2_000_000, 0), [null, 'Tổng cộng', null, null, null, null, null, 3_000_000], [null, 'Cộng', null, null, null, null, null, 9]],
      },
    ]);
    expect(flatten((await load([file])).findings)).toEqual([]);
  });
});
