/**
 * The smaller things a signer saw on the page (issue 19), each on small hand-made data and
 * asserted on the .docx: the annual report's ưu điểm, lists in the body that name a few and
 * point to their appendix, the communes sheet's poor households, uncovered communes in the
 * directions, ended pairings said to have ended, the household appendix's widths and years.
 */
import { describe, expect, it } from 'vitest';
import type { CommuneRow, Dataset, HouseholdPairingRow, PairingRow } from '../src/model/types.js';
import { activity, dataset, pairing, renderSmall, SMALL, village } from './helpers/render-report.js';

const HEAD = { issuingBody: 'Huyện ủy Chư Sê', superiorBody: 'Đảng bộ tỉnh Gia Lai', documentNumber: '12-BC/HU', place: 'Chư Sê', signer: { name: 'Nguyễn Văn A' } };
const origin = { file: 'f.xlsx', sheet: 's', row: 1 };

describe('the annual report', () => {
  it('has ưu điểm before hạn chế, each earned by a figure, poverty against the year before', async () => {
    const r = await renderSmall('nam', HEAD, SMALL, { from: '2023-01-01', to: '2023-12-31' });
    const at = (heading: string) => r.paragraphs.indexOf(heading);
    expect(at('1. Ưu điểm')).toBeGreaterThan(at('III. ĐÁNH GIÁ CHUNG'));
    expect(at('2. Hạn chế')).toBeGreaterThan(at('1. Ưu điểm'));
    const strengths = r.paragraphs.slice(at('1. Ưu điểm') + 1, at('2. Hạn chế'));
    expect(strengths).toEqual([
      '- 100% thôn, làng đồng bào dân tộc thiểu số có cơ quan, đơn vị kết nghĩa (2/2).',
      '- Các cơ quan, đơn vị đã tổ chức 2 hoạt động, huy động 6 triệu đồng hỗ trợ đồng bào.',
      // 2022: 53/180 = 29,44 %; 2023: 46/180 = 25,56 %.
      '- Tỷ lệ hộ nghèo tại các thôn, làng giảm từ 29,44% năm 2022 còn 25,56% năm 2023 (giảm 3,88 điểm phần trăm).',
    ]);
    // No placeholder for the causes of success in an annual report.
    expect(r.placeholders.map((p) => p.field)).not.toContain('strengthCauses');
  });
});

describe('lists in the body', () => {
  // Ten uncovered villages and seven idle pairings: more than the body names. Each idle unit
  // reported 2023 (a row of its own, in Plei A), so its pairing is judged, not "chưa báo cáo" (SPEC §5).
  const names = Array.from({ length: 10 }, (_, i) => `Plei U${i + 1}`);
  const idle = Array.from({ length: 7 }, (_, i) => `Plei I${i + 1}`);
  const data = dataset(
    [2023].flatMap((y) => [...names, ...idle, 'Plei A'].map((n) => village('Ia Mơ', n, y, 50, 10))),
    [pairing('Sở Tư pháp', 'Ia Mơ', 'Plei A', '2015-01-01'), ...idle.map((n, i) => pairing(`Đơn vị ${i + 1}`, 'Ia Mơ', n, '2015-01-01'))],
    [activity('2023-05-01', 'Sở Tư pháp', 'Ia Mơ', 'Plei A'), ...idle.map((_, i) => activity('2023-06-01', `Đơn vị ${i + 1}`, 'Ia Mơ', 'Plei A'))],
  );

  it('name the first few and point to their appendix, never end with "…"', async () => {
    const r = await renderSmall('nam', HEAD, data, { from: '2023-01-01', to: '2023-12-31' });
    const body = r.paragraphs.slice(0, r.paragraphs.indexOf('PHỤ LỤC'));
    expect(body.filter((p) => /…\)?\.?$|; …/.test(p))).toEqual([]);
    const assign = body.find((p) => p.startsWith('- Phân công cơ quan, đơn vị kết nghĩa với 10 thôn, làng'))!;
    expect(assign).toContain('Plei U1 (xã Ia Mơ)');
    expect(assign).toMatch(/ và 2 thôn, làng khác \(Phụ lục 2\)\.$/);
    const revive = body.find((p) => p.startsWith('- Chỉ đạo 7 cặp kết nghĩa chưa có hoạt động'))!;
    expect(revive).toMatch(/Đơn vị 5 với Plei I5 và 2 cặp khác; chi tiết tại Phụ lục 4\) xây dựng kế hoạch/);
    expect(body.filter((p) => p.includes('))'))).toEqual([]);
    expect(r.context.appendix).toMatchObject({ uncovered: 2, inactive: 4 });
  });
});

/** A programme of communes: two communes paired (one pairing ended mid-period), one not; household pairs. */
function communes(): Dataset {
  const commune = (name: string, year: number, households: number, poor: number): CommuneRow => ({ origin, district: 'Krông Pa', commune: name, year, households, poorHouseholds: poor });
  const cp = (unit: string, name: string, start: string, end?: string): PairingRow => ({ origin, unit, targetLevel: 'commune', district: 'Krông Pa', commune: name, startDate: start, ...(end ? { endDate: end } : {}) });
  const hh = (helper: string, exitYear?: number): HouseholdPairingRow => ({ origin, helper, helped: `Hộ nghèo của ${helper}`, commune: 'Ia Rsai', startDate: '2022-02-15', helpedWasPoor: true, ...(exitYear ? { exitYear } : {}) });
  return dataset(
    [],
    [cp('Sở Tài chính', 'Ia Rsai', '2019-03-01'), cp('Sở Công Thương', 'Chư Gu', '2019-03-01', '2023-06-30'), cp('Kho bạc Nhà nước tỉnh', 'Chư Gu', '2023-07-01')],
    [],
    {
      communes: [2022, 2023, 2024].flatMap((y) => [commune('Ia Rsai', y, 1000, 300 - (y - 2022) * 40), commune('Chư Gu', y, 800, 200 - (y - 2022) * 20), commune('Đất Bằng', y, 600, 150)]),
      householdPairings: [hh('Hộ ông A', 2023), hh('Hộ ông B', 2025), hh('Hộ ông C')],
      present: { villages: false, units: false, pairings: true, activities: false, communes: true, householdPairings: true },
    },
  );
}

describe('a programme of communes', () => {
  const period = { from: '2022-01-01', to: '2024-12-31' };

  it('states the communes sheet’s poor households, not "Chưa có số liệu hộ nghèo"', async () => {
    const r = await renderSmall('so-ket', HEAD, communes(), period);
    expect(r.paragraphs).not.toContain('(Chưa có số liệu hộ nghèo.)');
    // 2022: 650/2400 = 27,08 %; 2024: 530/2400 = 22,08 %.
    expect(r.paragraphs).toContain('Theo danh sách xã, cuối năm 2024 các xã có 530 hộ nghèo trên tổng số 2.400 hộ, chiếm 22,08%; so với năm 2022 (650 hộ, 27,08%), tỷ lệ hộ nghèo giảm 5 điểm phần trăm.');
  });

  it('names the uncovered communes in the directions', async () => {
    const r = await renderSmall('so-ket', HEAD, communes(), period);
    // One district: naming it beside each commune says nothing.
    expect(r.paragraphs).toContain('- Phân công cơ quan, đơn vị kết nghĩa với 1 xã chưa có đơn vị kết nghĩa: xã Đất Bằng.');
  });

  it('lists a pairing that ended as ended, the ones in force "từ" their start, with the count in force at the end', async () => {
    const r = await renderSmall('so-ket', HEAD, communes(), period);
    const i = r.paragraphs.findIndex((p) => /^Phụ lục \d+\. Kết nghĩa với xã trong kỳ$/.test(p));
    expect(i).toBeGreaterThan(0);
    const table = r.paragraphs.slice(i, i + 40).join(' | ');
    expect(table).toContain('Sở Công Thương | Krông Pa | Chư Gu | 01/03/2019 – 30/06/2023');
    expect(table).toContain('Sở Tài chính | Krông Pa | Ia Rsai | từ 01/03/2019');
    expect(r.paragraphs).toContain('(Đến 31/12/2024 còn 2 cặp kết nghĩa với xã; 1 cặp đã kết thúc trong kỳ, ghi ngày bắt đầu – ngày kết thúc.)');
    // A year in which none ended says nothing of ended pairings; an end after the period is not an end in it.
    const later = await renderSmall('nam', HEAD, communes(), { from: '2024-01-01', to: '2024-12-31' });
    expect(later.paragraphs.filter((p) => p.includes('đã kết thúc'))).toEqual([]);
    expect(later.context.levels.commune!.pairingList.map((p) => p.ended)).toEqual([false, false]);
    // In 2022 the pairing that ends in 2023 is still in force at the period's end.
    const before = await renderSmall('nam', HEAD, communes(), { from: '2022-01-01', to: '2022-12-31' });
    expect(before.context.levels.commune!.pairingList.map((p) => [p.unit, p.ended])).toEqual([
      ['Sở Công Thương', false],
      ['Sở Tài chính', false],
    ]);
    expect(before.paragraphs.join(' | ')).toContain('Sở Công Thương | Krông Pa | Chư Gu | từ 01/03/2019');
  });

  it('gives the household appendix room for "STT" and whole dates, and no year of exit outside the period', async () => {
    const r = await renderSmall('so-ket', HEAD, communes(), period);
    const i = r.paragraphs.findIndex((p) => /Cặp hộ kết nghĩa trong kỳ$/.test(p));
    const rows = r.paragraphs.slice(i + 1, i + 1 + 6 * 4);
    expect(rows.slice(0, 6)).toEqual(['STT', 'Hộ giúp đỡ', 'Hộ được giúp đỡ', 'Xã', 'Ngày kết nghĩa', 'Năm thoát nghèo']);
    expect(rows.slice(6, 12)).toEqual(['1', 'Hộ ông A', 'Hộ nghèo của Hộ ông A', 'Ia Rsai', '15/02/2022', '2023']);
    // Exit in 2025, after a 2022–2024 report: not a fact of it.
    expect(rows.slice(12, 18)).toEqual(['2', 'Hộ ông B', 'Hộ nghèo của Hộ ông B', 'Ia Rsai', '15/02/2022', '']);
    expect(r.context.levels.households!.pairsList.map((p) => p.exitYear)).toEqual([2023, null, null]);
    // The table's grid: the number column and the date column wide enough for their text at 12 pt.
    const grids = [...r.xml.matchAll(/<w:tblGrid>([^]*?)<\/w:tblGrid>/g)].map((m) => [...m[1]!.matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1])));
    const household = grids.find((g) => g.length === 6 && r.xml.includes('Năm thoát nghèo'))!;
    const total = household.reduce((a, b) => a + b, 0);
    expect(household[0]! / total).toBeGreaterThanOrEqual(0.08);
    expect(household[4]! / total).toBeGreaterThanOrEqual(0.15);
  });
});
