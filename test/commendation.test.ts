/**
 * Đơn vị tiêu biểu (SPEC §6, issue 19) on small hand-made data: who may be proposed, how they
 * are ranked, how many, and to whom the proposal goes — the items and the sentences.
 */
import { describe, expect, it } from 'vitest';
import type { ActivityRow } from '../src/model/types.js';
import { activity, dataset, judge, pairing, sentences, village } from './helpers/judge.js';

const YEARS = [2019, 2020, 2021, 2022, 2023];
/** One activity of `type` a year for `unit` in `name`, in the given years. */
const yearly = (unit: string, name: string, type: string, cash: number, years = YEARS): ActivityRow[] => years.map((y) => activity(`${y}-04-01`, unit, name, type, cash));
// Plei F's poverty falls from 50 % to 10 %; the others stay at 30 %.
const villages = YEARS.flatMap((y) => ['Plei A', 'Plei B', 'Plei C', 'Plei D', 'Plei E', 'Plei F', 'Plei G'].map((v) => village(v, y, 100, v === 'Plei F' ? 50 - (y - 2019) * 10 : 30)));
const data = dataset(
  villages,
  [
    pairing('Ban Dân vận Tỉnh ủy', 'Plei A', '2010-01-01'),
    pairing('Sở Kết thúc', 'Plei B', '2010-01-01', '2021-06-30'),
    pairing('Sở Thiếu năm', 'Plei C', '2010-01-01'),
    pairing('Sở Loại trừ', 'Plei D', '2010-01-01'),
    pairing('Sở Giỏi', 'Plei E', '2010-01-01'),
    pairing('Sở Nghèo giảm', 'Plei F', '2010-01-01'),
    pairing('Sở Đều', 'Plei G', '2010-01-01'),
  ],
  [
    // The issuer, the most active of all.
    ...yearly('Ban Dân vận Tỉnh ủy', 'Plei A', 'livelihood', 90_000_000),
    ...yearly('Ban Dân vận Tỉnh ủy', 'Plei A', 'training', 90_000_000),
    ...yearly('Sở Kết thúc', 'Plei B', 'livelihood', 80_000_000, [2019, 2020, 2021]),
    // Nothing sent for 2021: not "reported every year".
    ...yearly('Sở Thiếu năm', 'Plei C', 'livelihood', 80_000_000, [2019, 2020, 2022, 2023]),
    ...yearly('Sở Loại trừ', 'Plei D', 'livelihood', 80_000_000),
    ...yearly('Sở Giỏi', 'Plei E', 'livelihood', 20_000_000),
    ...yearly('Sở Giỏi', 'Plei E', 'infrastructure', 20_000_000),
    // The same figures as Sở Đều, and the largest poverty fall: never a ground to rank on.
    ...yearly('Sở Nghèo giảm', 'Plei F', 'visits-gifts', 5_000_000),
    ...yearly('Sở Đều', 'Plei G', 'visits-gifts', 5_000_000),
  ],
);
const config = { issuingBody: 'Ban Dân vận Tỉnh ủy', commendation: { exclude: ['Sở Loại trừ'] } };

describe('đơn vị tiêu biểu', () => {
  it('only units paired the whole period that reported every year; never the issuer nor the excluded', () => {
    const c = judge(data, 2019, 2023, config, 'tong-ket');
    expect(c.judgements.exemplary.code).toBe('commend-units');
    // 7 units: at most max(3, 20 % of 7) = 3.
    expect(c.exemplary.map((u) => u.unit)).toEqual(['Sở Giỏi', 'Sở Đều', 'Sở Nghèo giảm']);
    expect(c.exemplary[0]).toMatchObject({ rank: 1, activities: 10, funds: 200_000_000, yearsInForce: 5, activitiesPerYear: 2, fundsPerYear: 40_000_000, livelihoodShare: 1 });
    // The poverty fall is shown beside (20 points within the 2021 standard): it does not lift Sở Nghèo giảm above Sở Đều.
    expect(c.exemplary[2]!.povertyFall).toBe(20);
    expect(c.exemplary[1]!.povertyFall).toBe(0);
  });

  it('minYears admits a pairing that ended mid-period; max limits the list and never names every unit', () => {
    const c = judge(data, 2019, 2023, { ...config, commendation: { exclude: ['Sở Loại trừ'], minYears: 3, max: 2 } }, 'tong-ket');
    expect(c.exemplary.map((u) => u.unit)).toEqual(['Sở Kết thúc', 'Sở Giỏi']);
    expect(c.exemplary[0]).toMatchObject({ yearsInForce: 3, activitiesPerYear: 1, fundsPerYear: 80_000_000 });
    // A programme of two units, both qualified: one is proposed, not both.
    const two = dataset(villages, [pairing('Sở Giỏi', 'Plei E', '2010-01-01'), pairing('Sở Đều', 'Plei G', '2010-01-01')], [...yearly('Sở Giỏi', 'Plei E', 'livelihood', 1), ...yearly('Sở Đều', 'Plei G', 'livelihood', 1)]);
    expect(judge(two, 2019, 2023, {}, 'tong-ket').exemplary).toHaveLength(1);
  });

  it('proposes through the style\'s channel, or the config\'s', async () => {
    const party = await sentences(judge(data, 2019, 2023, config, 'tong-ket'), 'exemplary');
    expect(party).toContain('Ban Dân vận Tỉnh ủy đề nghị Ban Thường vụ Tỉnh ủy xem xét, khen thưởng các cơ quan, đơn vị nêu trên.');
    expect(party).toMatch(/\| 1 \| Sở Giỏi \| 5 \| 2,0 \| 40\.000\.000 \| 100% \| 0,00 \|/);
    expect(party).toContain('không dùng để xếp hạng');
    const state = judge(data, 2019, 2023, { ...config, style: 'nha-nuoc', issuingBody: 'Ủy ban nhân dân huyện Krông Nô' }, 'tong-ket');
    expect(state.judgements.exemplary.params).toMatchObject({ proposal: { channel: 'state', committee: 'Ủy ban nhân dân huyện Krông Nô', own: true } });
    // Its Chủ tịch signs the report: it commends within its authority, never "đề nghị Chủ tịch" of itself.
    const stateText = await sentences(state, 'exemplary');
    expect(stateText).toContain('Ủy ban nhân dân huyện Krông Nô sẽ xem xét, khen thưởng theo thẩm quyền (qua Hội đồng Thi đua - Khen thưởng) các cơ quan, đơn vị nêu trên.');
    expect(stateText).not.toContain('đề nghị Chủ tịch Ủy ban nhân dân huyện Krông Nô');
    // A department of it proposes to the Chủ tịch of the UBND above it.
    const dept = judge(data, 2019, 2023, { ...config, style: 'nha-nuoc', issuingBody: 'Phòng Dân tộc huyện Krông Nô', superiorBody: 'UBND huyện Krông Nô' }, 'tong-ket');
    expect(await sentences(dept, 'exemplary')).toContain('Phòng Dân tộc huyện Krông Nô đề nghị Chủ tịch Ủy ban nhân dân huyện Krông Nô (qua Hội đồng Thi đua - Khen thưởng) xem xét, khen thưởng');
    // A Huyện ủy reporting itself proposes to the directive's issuer.
    const district = judge(data, 2019, 2023, { ...config, issuingBody: 'Huyện ủy Krông Nô', programme: { issuer: 'Ban Thường vụ Tỉnh ủy' } }, 'tong-ket');
    expect(await sentences(district, 'exemplary')).toContain('Huyện ủy Krông Nô đề nghị Ban Thường vụ Tỉnh ủy xem xét');
    const own = judge(data, 2019, 2023, { ...config, commendation: { proposeTo: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh' } }, 'tong-ket');
    expect(await sentences(own, 'exemplary')).toContain('đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh xem xét, khen thưởng');
  });

  it('says so when no unit qualifies', async () => {
    const none = judge(data, 2019, 2023, { ...config, commendation: { exclude: ['Sở Loại trừ', 'Sở Giỏi', 'Sở Đều', 'Sở Nghèo giảm'] } }, 'tong-ket');
    expect(none.judgements.exemplary).toEqual({ code: 'no-exemplary-units', params: { candidates: 0 } });
    expect(none.has.exemplary).toBe(false);
    expect(await sentences(none, 'exemplary')).toContain('số liệu chưa cho thấy cơ quan, đơn vị đủ điều kiện xét chọn');
  });
});
