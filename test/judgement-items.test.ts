/**
 * Each coded judgement (issue 19, SPEC §5–§6) on small hand-made data: the item computed
 * from the indicators, and the sentence its partial writes.
 */
import { describe, expect, it } from 'vitest';
import { activity, codes, dataset, emptyReport, judge, pairing, sentences, village } from './helpers/judge.js';

const villages = (years: number[], poor = 30) => years.flatMap((y) => [village('Plei A', y, 100, poor), village('Plei B', y, 100, poor), village('Plei C', y, 100, poor)]);

describe('not reported is not inactive (SPEC §5)', () => {
  // Sở A reports every year; Hội B sends nothing for 2022; Đoàn C reports 2022 with an empty sheet only.
  const data = dataset(
    villages([2021, 2022]),
    [pairing('Sở A', 'Plei A', '2015-01-01'), pairing('Hội B', 'Plei B', '2015-01-01'), pairing('Đoàn C', 'Plei C', '2015-01-01')],
    [activity('2021-03-01', 'Sở A', 'Plei A', 'livelihood'), activity('2022-03-01', 'Sở A', 'Plei A', 'livelihood'), activity('2021-05-01', 'Hội B', 'Plei B', 'training')],
  );
  const context = judge(data, 2021, 2022, {}, 'so-ket', [emptyReport('Đoàn C', 2022)]);

  it('a unit that sent nothing is "chưa báo cáo", named with its years; one that reported "no activity" is judged', async () => {
    expect(context.reporting.unreported.map((u) => [u.unit, u.yearsText])).toEqual([
      ['Đoàn C', '2021'],
      ['Hội B', '2022'],
    ]);
    expect(codes(context.judgements.reporting)).toEqual(['reporting-by-year', 'unreported-units']);
    const text = await sentences(context, 'reporting');
    expect(text).toContain('Theo từng năm: năm 2021: 2/3 cơ quan, đơn vị báo cáo; năm 2022: 2/3 cơ quan, đơn vị báo cáo.');
    expect(text).toContain('Có 2 cơ quan, đơn vị chưa báo cáo, nên chưa có số liệu để đánh giá hoạt động kết nghĩa của các đơn vị này: Đoàn C (năm 2021); Hội B (năm 2022); chi tiết tại Phụ lục');
    // Đoàn C reported 2022 with no activity: inactive over 2022 only; Hội B (2021 active, 2022 unreported) is not.
    expect(context.activities.inactive.map((p) => [p.unit, p.yearsText])).toEqual([['Đoàn C', '2022']]);
    const weak = await sentences(context, 'weaknesses');
    expect(weak).toContain('Đoàn C với Plei C (xã Ia Mơ, năm 2022)');
    expect(weak).not.toContain('Hội B');
    expect(codes(context.judgements.directions)).toContain('collect-reports');
    expect(await sentences(context, 'directions')).toContain('- Đôn đốc 2 cơ quan, đơn vị chưa gửi báo cáo (Đoàn C, Hội B) báo cáo đầy đủ');
  });

  it('an annual report names the year and states the year before beside its comparison', async () => {
    const year = judge(data, 2022, 2022, {}, 'nam', [emptyReport('Đoàn C', 2022)]);
    const unreported = year.judgements.reporting.find((j) => j.code === 'unreported-units')!;
    expect(unreported.params).toMatchObject({ count: 1, year: 2022, more: 0 });
    const text = await sentences(year, 'reporting');
    expect(text).toContain('Có 1 cơ quan, đơn vị chưa báo cáo kết quả năm 2022, nên chưa có số liệu để đánh giá hoạt động kết nghĩa của đơn vị này: Hội B; chi tiết tại Phụ lục');
    expect(text).toContain('năm 2021: 2/3 cơ quan, đơn vị báo cáo; năm 2022: 2/3 cơ quan, đơn vị báo cáo');
    expect(text).not.toContain('hình thức');
  });

  it('a long list names five and points to its appendix, never "…"', async () => {
    const units = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((u) => `Đơn vị ${u}`);
    const many = dataset(villages([2022]), [pairing('Sở A', 'Plei A', '2015-01-01'), ...units.map((u) => pairing(u, 'Plei B', '2015-01-01'))], [activity('2022-03-01', 'Sở A', 'Plei A')]);
    const c = judge(many, 2022, 2022, {}, 'nam');
    const text = await sentences(c, 'reporting');
    expect(text).toContain('Đơn vị A, Đơn vị B, Đơn vị C, Đơn vị D, Đơn vị E và 2 cơ quan, đơn vị khác; chi tiết tại Phụ lục');
    expect(text).not.toContain('…');
  });
});

describe('comparisons with the province, by config.thresholds', () => {
  const data = (poor: number) => dataset([village('Plei A', 2023, 1000, poor)], [pairing('Sở A', 'Plei A', '2015-01-01')], [activity('2023-03-01', 'Sở A', 'Plei A', 'livelihood')]);

  it('within materialityPoints it is "tương đương", not a weakness', async () => {
    const c = judge(data(53), 2023, 2023, { provincialPovertyRate: 5.0 }, 'nam');
    expect(codes(c.judgements.weaknesses)).not.toContain('poverty-above-province');
    expect(c.judgements.neutral).toEqual([{ code: 'poverty-same-as-province', params: { year: 2023, rate: 0.053, provinceRate: 0.05 } }]);
    expect(await sentences(c, 'neutral')).toContain('- Tỷ lệ hộ nghèo tại các thôn, làng năm 2023 (5,3%) tương đương tỷ lệ chung của tỉnh (5%).');
  });

  it('"gấp … lần" only from thresholds.timesProvince', async () => {
    const c = judge(data(80), 2023, 2023, { provincialPovertyRate: 5.0 }, 'nam');
    expect(c.judgements.weaknesses).toEqual([{ code: 'poverty-above-province', params: { year: 2023, rate: 0.08, provinceRate: 0.05, times: expect.closeTo(1.6, 9) } }]);
    expect(await sentences(c, 'weaknesses')).toContain('vẫn cao gấp 1,6 lần tỷ lệ hộ nghèo chung của tỉnh (5%)');
    const higher = judge(data(80), 2023, 2023, { provincialPovertyRate: 5.0, thresholds: { timesProvince: 2 } }, 'nam');
    expect(await sentences(higher, 'weaknesses')).toContain('(8%) vẫn cao hơn tỷ lệ hộ nghèo chung của tỉnh (5%)');
  });

  it('visits and gifts: a weakness from giftShareHigh, "chủ yếu" past giftShareMostly', async () => {
    const acts = (gifts: number, other: number) => [
      ...Array.from({ length: gifts }, (_, i) => activity(`2023-0${1 + (i % 9)}-01`, 'Sở A', 'Plei A')),
      ...Array.from({ length: other }, (_, i) => activity(`2023-0${1 + (i % 9)}-02`, 'Sở A', 'Plei A', i % 2 ? 'training' : 'livelihood')),
    ];
    const d = (g: number, o: number) => dataset([village('Plei A', 2023, 100, 10)], [pairing('Sở A', 'Plei A', '2015-01-01')], acts(g, o));
    expect(codes(judge(d(4, 6), 2023, 2023, {}, 'nam').judgements.weaknesses)).toEqual(['many-gifts']);
    expect(await sentences(judge(d(4, 6), 2023, 2023, {}, 'nam'), 'weaknesses')).toContain('còn chiếm tỷ lệ cao (40% số hoạt động)');
    expect(codes(judge(d(4, 6), 2023, 2023, { thresholds: { giftShareHigh: 0.45 } }, 'nam').judgements.weaknesses)).toEqual([]);
    const mostly = judge(d(6, 4), 2023, 2023, {}, 'nam');
    expect(mostly.judgements.weaknesses).toEqual([{ code: 'mostly-gifts', params: { share: 0.6 } }]);
    expect(await sentences(mostly, 'weaknesses')).toContain('chủ yếu là thăm hỏi, tặng quà (chiếm 60% số hoạt động)');
    expect(codes(mostly.judgements.directions)).toContain('shift-from-gifts');
  });
});

describe('coverage, idle pairings and the directions written from them', () => {
  const data = dataset(
    [village('Plei A', 2023, 100, 10), village('Plei B', 2023, 100, 10), village('Plei C', 2023, 100, 10)],
    [pairing('Sở A', 'Plei A', '2015-01-01'), pairing('Sở A', 'Plei B', '2015-01-01')],
    [activity('2023-03-01', 'Sở A', 'Plei A', 'livelihood')],
  );
  const c = judge(data, 2023, 2023, {}, 'nam');

  it('names the uncovered village and the idle pairing of a unit that reported, and what to do about them', async () => {
    expect(codes(c.judgements.weaknesses)).toEqual(['uncovered-villages', 'inactive-pairings']);
    expect(c.judgements.weaknesses[1]).toEqual({ code: 'inactive-pairings', params: { count: 1, first: [{ unit: 'Sở A', village: 'Plei B', communeName: 'xã Ia Mơ', yearsText: '2023' }], more: 0, appendix: c.appendix.inactive } });
    const weak = await sentences(c, 'weaknesses');
    expect(weak).toContain(`- Còn 1 thôn, làng chưa có cơ quan, đơn vị kết nghĩa (Phụ lục ${c.appendix.uncovered}).`);
    expect(weak).toContain(`- Còn 1 cặp kết nghĩa không có hoạt động nào trong những năm đơn vị có báo cáo, việc kết nghĩa còn mang tính hình thức: Sở A với Plei B (xã Ia Mơ, năm 2023); chi tiết tại Phụ lục ${c.appendix.inactive}.`);
    expect(codes(c.judgements.directions)).toEqual(['assign-uncovered-villages', 'revive-inactive-pairings', 'review-yearly']);
    const directions = await sentences(c, 'directions');
    expect(directions).toContain('- Phân công cơ quan, đơn vị kết nghĩa với 1 thôn, làng chưa có đơn vị kết nghĩa: Plei C (xã Ia Mơ).');
    expect(directions).toContain('- Chỉ đạo 1 cặp kết nghĩa chưa có hoạt động (Sở A với Plei B) xây dựng kế hoạch và tổ chức hoạt động cụ thể.');
    expect(directions).toContain('- Định kỳ hằng năm tổng hợp, đánh giá kết quả hoạt động của từng cặp kết nghĩa.');
  });

  it('with every village paired, says to keep it so', async () => {
    const full = judge(dataset([village('Plei A', 2023, 100, 10)], [pairing('Sở A', 'Plei A', '2015-01-01')], [activity('2023-03-01', 'Sở A', 'Plei A', 'livelihood')]), 2023, 2023, {}, 'nam');
    expect(full.judgements.weaknesses).toEqual([]);
    expect(codes(full.judgements.directions)).toEqual(['keep-full-coverage', 'review-yearly']);
    expect(await sentences(full, 'directions')).toContain('- Duy trì 100% thôn, làng có cơ quan, đơn vị kết nghĩa;');
  });

  it('communes (SPEC §8): the uncovered commune and the idle commune pairing, named', async () => {
    const origin = { file: 'f.xlsx', sheet: 's', row: 1 };
    const commune = (name: string) => ({ origin, commune: name, year: 2023, households: 500, poorHouseholds: 100 });
    const areas = {
      ...dataset([], [], []),
      communes: [commune('Chư Răng'), commune('Ia Tul'), commune('Ia Mrơn')],
      pairings: [
        { origin, unit: 'Huyện đoàn', targetLevel: 'commune' as const, commune: 'Chư Răng', startDate: '2015-01-01' },
        { origin, unit: 'Phòng Giáo dục', targetLevel: 'commune' as const, commune: 'Ia Tul', startDate: '2015-01-01' },
      ],
      // Huyện đoàn reports, but works in Ia Tul only.
      activities: [
        { origin, date: '2023-03-01', unit: 'Huyện đoàn', targetLevel: 'commune' as const, commune: 'Ia Tul', type: 'culture-sports', cash: 1 },
        { origin, date: '2023-04-01', unit: 'Phòng Giáo dục', targetLevel: 'commune' as const, commune: 'Ia Tul', type: 'training', cash: 1 },
      ],
      present: { villages: false, units: false, pairings: true, activities: true, communes: true, householdPairings: false },
    };
    const a = judge(areas, 2023, 2023, {}, 'nam');
    expect(codes(a.judgements.weaknesses)).toEqual(['uncovered-communes', 'inactive-area-pairings']);
    const weak = await sentences(a, 'weaknesses');
    expect(weak).toContain(`- Còn 1 xã chưa có cơ quan, đơn vị kết nghĩa: xã Ia Mrơn (Phụ lục ${a.levels.commune!.appendix}).`);
    expect(weak).toContain('- Còn 1 cơ quan, đơn vị kết nghĩa với xã nhưng không có hoạt động nào trên địa bàn xã trong những năm đơn vị có báo cáo: Huyện đoàn (xã Chư Răng).');
    expect(await sentences(a, 'directions')).toContain('- Phân công cơ quan, đơn vị kết nghĩa với 1 xã chưa có đơn vị kết nghĩa: xã Ia Mrơn.');
  });
});
