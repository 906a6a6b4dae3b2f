/**
 * SPEC §8, reading and checking: pairings and activities with a village, a whole commune or
 * a whole district in one workbook; the `Cấp kết nghĩa` column; the communes and household
 * pairs sheets in office layouts; unknown communes and districts; `not-paired` by level;
 * the household rules.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellOf, messageOf, type Finding } from '../src/findings/finding.js';
import { flatten, load, tempDir, writeWorkbook, type SheetInput } from './helpers/workbook.js';

const msg = (f: Finding | undefined): string => messageOf(f!, 'vi');

const dir = tempDir('ketnghia-levels-');

const VILLAGES: SheetInput = {
  name: 'Thôn làng',
  rows: [
    ['Huyện', 'Xã', 'Thôn/làng', 'Năm', 'Số hộ', 'Số hộ nghèo'],
    ['Huyện Nam Giang', 'Xã Đắc Tôi', 'Thôn Pà Ia', 2023, 120, 60],
    ['Huyện Nam Giang', 'Xã Đắc Tôi', 'Thôn Đắc Ră', 2023, 90, 40],
    ['Huyện Nam Giang', 'Xã Tà Bhing', 'Thôn Pà Păng', 2023, 100, 30],
    ['Huyện Tây Giang', 'Xã A Xan', 'Thôn Ga Lêê', 2023, 80, 50],
  ],
};

const d = (s: string): Date => new Date(`${s}T00:00:00Z`);

async function run(name: string, sheets: SheetInput[]) {
  const path = await writeWorkbook(join(dir, name), sheets);
  return load([path]);
}

describe('pairings and activities at three levels in one workbook', () => {
  const pairings: SheetInput = {
    name: 'Kết nghĩa',
    rows: [
      ['Đơn vị', 'Huyện', 'Xã', 'Thôn/làng', 'Ngày kết nghĩa'],
      ['Công an tỉnh', 'Huyện Nam Giang', 'Xã Đắc Tôi', 'Thôn Pà Ia', d('2021-03-01')],
      ['Công ty Xăng dầu Quảng Nam', 'Huyện Nam Giang', 'Xã Đắc Tôi', null, d('2021-03-01')],
      ['Sở Tài chính', 'Huyện Tây Giang', null, null, d('2021-03-01')],
    ],
  };

  it('reads a village, a commune and a district pairing with their levels', async () => {
    const result = await run('ba-cap.xlsx', [VILLAGES, pairings]);
    expect(flatten(result.findings)).toEqual([]);
    expect(result.dataset.pairings.map((p) => [p.unit, p.targetLevel, p.commune ?? null, p.village ?? null])).toEqual([
      ['Công an tỉnh', 'village', 'Xã Đắc Tôi', 'Thôn Pà Ia'],
      ['Công ty Xăng dầu Quảng Nam', 'commune', 'Xã Đắc Tôi', null],
      ['Sở Tài chính', 'district', null, null],
    ]);
  });

  it('a commune pairing covers an activity in any village of it; a district pairing any commune of it', async () => {
    const activities: SheetInput = {
      name: 'Hoạt động',
      rows: [
        ['Ngày', 'Đơn vị', 'Xã', 'Thôn/làng', 'Loại hoạt động', 'Tiền mặt (đồng)'],
        [d('2023-01-10'), 'Công ty Xăng dầu Quảng Nam', 'Xã Đắc Tôi', 'Thôn Đắc Ră', 'Thăm hỏi, tặng quà', 1000000],
        [d('2023-01-11'), 'Công ty Xăng dầu Quảng Nam', 'Xã Đắc Tôi', null, 'Tuyên truyền, vận động', 0],
        [d('2023-01-12'), 'Sở Tài chính', 'Xã A Xan', 'Thôn Ga Lêê', 'Thăm hỏi, tặng quà', 2000000],
        // Not paired: the petroleum company has Đắc Tôi, not Tà Bhing; the police have one village only.
        [d('2023-01-13'), 'Công ty Xăng dầu Quảng Nam', 'Xã Tà Bhing', 'Thôn Pà Păng', 'Thăm hỏi, tặng quà', 500000],
        [d('2023-01-14'), 'Công an tỉnh', 'Xã Đắc Tôi', null, 'Thăm hỏi, tặng quà', 500000],
      ],
    };
    const result = await run('khong-ket-nghia.xlsx', [VILLAGES, pairings, activities]);
    expect(flatten(result.findings)).toEqual([
      [5, 'B5', 'not-paired'],
      [6, 'B6', 'not-paired'],
    ]);
    expect(msg(result.findings[1])).toContain('Xã Đắc Tôi');
    expect([...result.dataset.activities].sort((a, b) => a.origin.row - b.origin.row).map((a) => a.targetLevel)).toEqual(['village', 'commune', 'village', 'village', 'commune']);
  });

  it('the Cấp kết nghĩa column must agree with the filled cells', async () => {
    const sheet: SheetInput = {
      name: 'Kết nghĩa',
      rows: [
        ['Đơn vị', 'Huyện', 'Xã', 'Thôn/làng', 'Cấp kết nghĩa', 'Ngày kết nghĩa'],
        ['Công an tỉnh', 'Huyện Nam Giang', 'Xã Đắc Tôi', 'Thôn Pà Ia', 'thôn', d('2021-03-01')],
        ['Sở Y tế', 'Huyện Nam Giang', 'Xã Đắc Tôi', 'Thôn Pà Ia', 'xã', d('2021-03-01')],
        ['Sở Tư pháp', 'Huyện Nam Giang', 'Xã Tà Bhing', null, 'huyện', d('2021-03-01')],
        ['Sở Nội vụ', 'Huyện Nam Giang', 'Xã Tà Bhing', null, 'Cấp xã', d('2021-03-01')],
        ['Sở Công Thương', null, null, null, 'huyện', d('2021-03-01')],
        ['Sở Xây dựng', 'Huyện Tây Giang', null, null, 'thôn', d('2021-03-01')],
      ],
    };
    const result = await run('cap.xlsx', [VILLAGES, sheet]);
    expect(flatten(result.findings)).toEqual([
      [3, 'E3', 'inconsistent-values'],
      [4, 'E4', 'inconsistent-values'],
      [6, 'B6', 'required'],
      [7, 'E7', 'inconsistent-values'],
    ]);
    expect(msg(result.findings[0])).toContain('cấp kết nghĩa là xã nhưng dòng ghi đến thôn');
    expect(result.dataset.pairings.map((p) => [p.unit, p.targetLevel])).toEqual([
      ['Công an tỉnh', 'village'],
      ['Sở Nội vụ', 'commune'],
    ]);
  });

  it('a row naming no place at all still needs commune and village; a village needs its commune', async () => {
    const sheet: SheetInput = {
      name: 'Kết nghĩa',
      rows: [
        ['Đơn vị', 'Xã', 'Thôn/làng', 'Ngày kết nghĩa'],
        ['Sở Y tế', null, null, d('2021-03-01')],
        ['Sở Y tế', null, 'Thôn Pà Ia', d('2021-03-01')],
      ],
    };
    const result = await run('trong.xlsx', [sheet]);
    expect(flatten(result.findings)).toEqual([
      [2, 'B2', 'required'],
      [2, 'C2', 'required'],
      [3, 'B3', 'required'],
    ]);
  });

  it('a list of commune pairings needs no village column', async () => {
    const sheet: SheetInput = {
      name: 'Phân công kết nghĩa',
      rows: [
        ['DANH SÁCH CƠ QUAN, ĐƠN VỊ KẾT NGHĨA VỚI CÁC XÃ'],
        [],
        ['STT', 'Cơ quan, đơn vị', 'Huyện', 'Xã', 'Ngày kết nghĩa'],
        [1, 'Ủy ban MTTQ Việt Nam tỉnh', 'Huyện Nam Giang', 'Xã Tà Bhing', '15/06/2021'],
        ['', 'Tổng cộng', '', '1 xã', ''],
      ],
    };
    const result = await run('chi-xa.xlsx', [VILLAGES, sheet]);
    expect(flatten(result.findings)).toEqual([]);
    expect(result.sheets[1]!.counts).toMatchObject({ used: 1, totals: 1 });
    expect(result.dataset.pairings[0]!.targetLevel).toBe('commune');
  });

  it('unknown communes and districts get their own codes, with suggestions, and no not-paired', async () => {
    const sheet: SheetInput = {
      name: 'Kết nghĩa',
      rows: [
        ['Đơn vị', 'Huyện', 'Xã', 'Thôn/làng', 'Ngày kết nghĩa'],
        ['Sở Y tế', 'Huyện Nam Giang', 'Xã Đắc Toi', null, d('2021-03-01')],
        ['Sở Tư pháp', 'Huyện Tây Giang', 'Xã Đắc Tôi', null, d('2021-03-01')],
        ['Sở Nội vụ', 'Huyện Nam Giag', null, null, d('2021-03-01')],
      ],
    };
    const activities: SheetInput = {
      name: 'Hoạt động',
      rows: [
        ['Ngày', 'Đơn vị', 'Xã', 'Thôn/làng', 'Loại hoạt động'],
        [d('2023-01-10'), 'Sở Y tế', 'Xã Đắc Toi', null, 'Thăm hỏi, tặng quà'],
      ],
    };
    const result = await run('la.xlsx', [VILLAGES, sheet, activities]);
    expect(result.findings.map((f) => [f.sheet, cellOf(f), f.code, f.suggestion ?? null])).toEqual([
      ['Kết nghĩa', 'C2', 'unknown-commune', 'Xã Đắc Tôi'],
      ['Kết nghĩa', 'B3', 'unknown-district', 'Huyện Nam Giang'],
      ['Kết nghĩa', 'B4', 'unknown-district', 'Huyện Nam Giang'],
      ['Hoạt động', 'C2', 'unknown-commune', 'Xã Đắc Tôi'],
    ]);
    expect(msg(result.findings[0])).toBe('Không có xã "Xã Đắc Toi" trong danh sách xã (hoặc danh sách thôn làng).');
  });

  it('the same commune pairing twice is duplicate-key at the commune', async () => {
    const sheet: SheetInput = {
      name: 'Kết nghĩa',
      rows: [
        ['Đơn vị', 'Xã', 'Thôn/làng', 'Ngày kết nghĩa'],
        ['Sở Y tế', 'Xã Đắc Tôi', null, d('2021-03-01')],
        ['Sở Y tế', 'Xã Đắc Tôi', '', d('2022-03-01')],
      ],
    };
    const result = await run('trung-xa.xlsx', [sheet]);
    expect(flatten(result.findings)).toEqual([[3, 'B3', 'duplicate-key']]);
  });
});

describe('the communes sheet', () => {
  it('is recognised by name, under title rows and a two-row merged header, totals row skipped', async () => {
    const sheet: SheetInput = {
      name: 'Danh sách xã',
      rows: [
        ['DANH SÁCH XÃ VÙNG ĐỒNG BÀO DTTS VÀ MIỀN NÚI'],
        ['(Kèm theo Báo cáo số 12/BC-BDT)'],
        ['STT', 'Huyện', 'Xã', 'Năm', 'Phân loại', null, null, 'Số hộ', 'Số hộ nghèo'],
        [null, null, null, null, 'ĐBKK', 'Biên giới', 'Xã thuần DTTS', null, null],
        [1, 'Huyện Nam Giang', 'Xã Đắc Tôi', 2023, 'x', '', 'x', 1200, 400],
        [2, 'Huyện Nam Giang', 'Xã La Êê', 2023, 'x', 'x', 'x', 800, 300],
        [null, 'Tổng cộng', null, null, null, null, null, { formula: 'SUM(H5:H6)', result: 2000 }, { formula: 'SUM(I5:I6)', result: 700 }],
      ],
      merges: ['E3:G3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'H3:H4', 'I3:I4'],
    };
    const result = await run('xa.xlsx', [sheet]);
    expect(flatten(result.findings)).toEqual([]);
    expect(result.sheets[0]).toMatchObject({ kind: 'communes', counts: { used: 2, totals: 1 } });
    expect(result.dataset.communes.map((c) => [c.commune, c.extremelyDifficult, c.border, c.minorityCommune, c.households, c.poorHouseholds])).toEqual([
      ['Xã Đắc Tôi', true, false, true, 1200, 400],
      ['Xã La Êê', true, true, true, 800, 300],
    ]);
  });

  it('is recognised by its header alone, not taken for a villages list', async () => {
    const sheet: SheetInput = {
      name: 'Sheet1',
      rows: [
        ['Huyện', 'Xã', 'Năm', 'Số hộ', 'Số hộ nghèo', 'Xã thuần DTTS'],
        ['Huyện Nam Giang', 'Xã Đắc Tôi', 2023, 1200, 400, 'x'],
      ],
    };
    const result = await run('xa-header.xlsx', [sheet]);
    expect(flatten(result.findings)).toEqual([]);
    expect(result.sheets[0]!.kind).toBe('communes');
  });

  it('a sheet named after one commune is not taken for the communes list', async () => {
    const sheet: SheetInput = { name: 'Xã Đắc Tôi', rows: [['Ngày', 'Đơn vị', 'Xã', 'Thôn/làng', 'Loại hoạt động'], [d('2023-01-10'), 'Sở Y tế', 'Xã Đắc Tôi', 'Thôn Pà Ia', 'Khác']] };
    const result = await run('ten-xa.xlsx', [sheet]);
    expect(result.sheets[0]!.kind).toBe('activities');
  });

  it('same commune and year twice is duplicate-key; poor above households is inconsistent', async () => {
    const sheet: SheetInput = {
      name: 'Xã',
      rows: [
        ['Xã', 'Năm', 'Số hộ', 'Số hộ nghèo'],
        ['Xã Đắc Tôi', 2023, 1200, 400],
        ['xã Đắc Tôi', 2023, 1200, 1300],
        ['Xã Đắc Tôi', 2022, 1200, 500],
      ],
    };
    const result = await run('xa-loi.xlsx', [sheet]);
    expect(flatten(result.findings)).toEqual([
      [3, 'A3', 'duplicate-key'],
      [3, 'D3', 'inconsistent-values'],
    ]);
  });
});

describe('the household pairs sheet', () => {
  const header = ['STT', 'Hộ giúp đỡ', 'Hộ được giúp đỡ', 'Xã', 'Thôn/làng', 'Ngày kết nghĩa', 'Ngày kết thúc', 'Hộ nghèo khi kết nghĩa', 'Năm thoát nghèo', 'Nội dung giúp đỡ'];

  it('is read by name with a numbering row, and checks exit years, non-poor exits and the same pair twice', async () => {
    const sheet: SheetInput = {
      name: 'Cặp hộ kết nghĩa',
      rows: [
        ['DANH SÁCH CẶP HỘ KẾT NGHĨA'],
        header,
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)'],
        [1, 'Hộ ông Nguyễn Văn An', 'Hộ bà Zơ Râm Thị Lan', 'Xã Đắc Tôi', 'Thôn Pà Ia', d('2021-05-10'), null, 'x', 2023, '02 con bò giống'],
        [2, 'Hộ ông Trần Văn Bình', 'Hộ ông A Lăng Thơm', 'Xã Đắc Tôi', 'Thôn Đắc Ră', d('2022-05-10'), null, 'x', 2021, ''],
        [3, 'Hộ ông Lê Văn Cường', 'Hộ ông Bríu Pố', 'Xã Đắc Tôi', null, d('2022-05-10'), null, 'không', 2023, ''],
        [4, 'Hộ ông Nguyễn Văn An', 'Hộ bà Zơ Râm Thị Lan', 'Xã Đắc Tôi', 'Thôn Pà Ia', d('2022-01-01'), null, 'x', null, ''],
        [5, 'Hộ ông Đinh Văn Dũng', 'Hộ ông Hốih Văn', 'Xã Đắc Toi', null, d('2022-01-01'), null, 'x', null, ''],
      ],
    };
    const result = await run('ho.xlsx', [VILLAGES, sheet]);
    expect(result.sheets[1]!.kind).toBe('householdPairings');
    expect(flatten(result.findings)).toEqual([
      [5, 'I5', 'inconsistent-values'],
      [6, 'I6', 'inconsistent-values'],
      [7, 'C7', 'duplicate-key'],
      [8, 'D8', 'unknown-commune'],
    ]);
    expect(msg(result.findings[0])).toContain('năm thoát nghèo trước năm kết nghĩa');
    expect(msg(result.findings[1])).toContain('không phải hộ nghèo');
    expect(result.dataset.householdPairings).toHaveLength(1);
  });

  it('is recognised by header alone', async () => {
    const sheet: SheetInput = { name: 'Trang 3', rows: [header, [1, 'Hộ A', 'Hộ B', 'Xã Đắc Tôi', null, d('2021-05-10'), null, 'x', null, '']] };
    const result = await run('ho-header.xlsx', [sheet]);
    expect(result.sheets[0]!.kind).toBe('householdPairings');
    expect(flatten(result.findings)).toEqual([]);
  });
});
