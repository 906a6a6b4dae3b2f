/**
 * What a signer would not sign, seen on the pages of reports rendered from the test datasets
 * (not the samples): each on small hand-made data, asserted on the .docx's paragraphs.
 */
import { describe, expect, it } from 'vitest';
import type { ActivityRow, CommuneRow, Dataset, PairingRow } from '../src/model/types.js';
import { ConfigSchema } from '../src/config/schema.js';
import { headerLines } from '../src/report/header.js';
import { dataset, renderSmall } from './helpers/render-report.js';

const HEAD = { issuingBody: 'Huyện ủy Kon Plông', superiorBody: 'Đảng bộ tỉnh Kon Tum', documentNumber: '12-BC/HU', place: 'Kon Plông', signer: { name: 'Nguyễn Văn A' } };
const origin = { file: 'f.xlsx', sheet: 's', row: 1 };

/** Two communes, one paired as a whole commune, with activities there. */
function communeProgramme(): Dataset {
  const commune = (name: string, year: number): CommuneRow => ({ origin, district: 'Kon Plông', commune: name, year, households: 500, poorHouseholds: 150 - (year - 2023) * 10 });
  const cp: PairingRow = { origin, unit: 'Sở Tài chính', targetLevel: 'commune', district: 'Kon Plông', commune: 'Hiếu', startDate: '2019-03-01' };
  const act = (date: string): ActivityRow => ({ origin, date, unit: 'Sở Tài chính', targetLevel: 'commune', district: 'Kon Plông', commune: 'Hiếu', type: 'livelihood', cash: 10_000_000 });
  return dataset([], [cp], [act('2023-04-01'), act('2024-04-01')], {
    communes: [2023, 2024].flatMap((y) => [commune('Hiếu', y), commune('Ngọc Tem', y)]),
    present: { villages: false, units: false, pairings: true, activities: true, communes: true, householdPairings: false },
  });
}

describe('the commune-level paragraph', () => {
  it('says the village in the config\'s word, not always "thôn"', async () => {
    const r = await renderSmall('so-ket', { ...HEAD, villageTerm: 'làng' }, communeProgramme(), { from: '2023-01-01', to: '2024-12-31' });
    const line = r.paragraphs.find((p) => p.includes('lượt hoạt động chung trên địa bàn xã'))!;
    expect(line).toContain('(không kể hoạt động tại từng làng)');
    expect(r.paragraphs.join('\n')).not.toMatch(/từng thôn/);
  });
});

describe('a long list inside brackets', () => {
  it('points to its appendix without a bracket inside the bracket', async () => {
    // Seven units paired, none sent anything for 2023: the direction names five and points to the appendix.
    const units = Array.from({ length: 7 }, (_, i) => `Đơn vị ${i + 1}`);
    const data = dataset(
      units.map((_, i) => ({ origin, commune: 'Ia Mơ', village: `Plei ${i + 1}`, year: 2023, households: 50, poorHouseholds: 10 })),
      units.map((u, i) => ({ origin, unit: u, targetLevel: 'village' as const, commune: 'Ia Mơ', village: `Plei ${i + 1}`, startDate: '2015-01-01' })),
      [{ origin, date: '2023-03-01', unit: 'Đơn vị 1', targetLevel: 'village', commune: 'Ia Mơ', village: 'Plei 1', type: 'livelihood', cash: 1_000_000 }],
    );
    const r = await renderSmall('nam', HEAD, data, { from: '2023-01-01', to: '2023-12-31' });
    const body = r.paragraphs.slice(0, r.paragraphs.indexOf('PHỤ LỤC'));
    const collect = body.find((p) => p.startsWith('- Đôn đốc 6 cơ quan, đơn vị chưa gửi báo cáo'))!;
    expect(collect).toMatch(/Đơn vị 6 và 1 cơ quan, đơn vị khác; chi tiết tại Phụ lục \d\) báo cáo đầy đủ/);
    expect(body.filter((p) => p.includes('))'))).toEqual([]);
  });
});

describe('the note on the data years', () => {
  it('sits in its brackets without a bracket of its own', async () => {
    // Activities in 2021 and 2023 only: figures from "các năm 2021, 2023; năm 2022 chưa có số liệu".
    const v = (year: number) => ({ origin, commune: 'Ia Mơ', village: 'Plei A', year, households: 100, poorHouseholds: 30 });
    const act = (date: string): ActivityRow => ({ origin, date, unit: 'Sở Tư pháp', targetLevel: 'village', commune: 'Ia Mơ', village: 'Plei A', type: 'livelihood', cash: 5_000_000 });
    const data = dataset([v(2021), v(2022), v(2023)], [{ origin, unit: 'Sở Tư pháp', targetLevel: 'village', commune: 'Ia Mơ', village: 'Plei A', startDate: '2015-01-01' }], [act('2021-05-01'), act('2023-05-01')]);
    const r = await renderSmall('tong-ket', { ...HEAD, programme: { directive: 'Chỉ thị số 04-CT/TU', directiveDate: '2010-04-20' } }, data, { from: '2021-01-01', to: '2023-12-31' });
    const all = r.paragraphs.join('\n');
    expect(all).toContain('(số liệu các năm 2021, 2023; năm 2022 chưa có số liệu)');
    expect(all).not.toContain('))');
  });
});

describe('a programme of whole communes', () => {
  it('has no column of villages in the per-unit appendix (it would read 0 for every unit)', async () => {
    const r = await renderSmall('so-ket', { ...HEAD, villageTerm: 'làng' }, communeProgramme(), { from: '2023-01-01', to: '2024-12-31' });
    const start = r.paragraphs.findIndex((p) => /^Phụ lục \d+\. Kết quả hoạt động kết nghĩa theo cơ quan, đơn vị/.test(p));
    expect(start).toBeGreaterThan(0);
    const end = r.paragraphs.findIndex((p, i) => i > start && /^Phụ lục \d+\./.test(p));
    const table = r.paragraphs.slice(start + 1, end).join(' | ');
    expect(table).not.toContain('Số làng');
    expect(table).toContain('Sở Tài chính | 2 | 20.000.000');
    // A unit paired with a commune that works in one of its villages: the column says so.
    const base = communeProgramme();
    const inVillage: ActivityRow = { origin, date: '2024-08-01', unit: 'Sở Tài chính', targetLevel: 'village', district: 'Kon Plông', commune: 'Hiếu', village: 'Làng Kon Plinh', type: 'livelihood', cash: 4_000_000 };
    const withVillage = await renderSmall('so-ket', { ...HEAD, villageTerm: 'làng' }, { ...base, activities: [...base.activities, inVillage] }, { from: '2023-01-01', to: '2024-12-31' });
    const s2 = withVillage.paragraphs.findIndex((p) => /^Phụ lục \d+\. Kết quả hoạt động kết nghĩa theo cơ quan, đơn vị/.test(p));
    expect(withVillage.paragraphs.slice(s2 + 1, s2 + 14).join(' | ')).toContain('Số làng | Kinh phí (đồng) | 1 | Sở Tài chính | 3 | 1 | 24.000.000');
  });

  it('names the village level in the config\'s word in the table by level', async () => {
    const base = communeProgramme();
    const data: Dataset = {
      ...base,
      villages: [2023, 2024].map((year) => ({ origin, district: 'Kon Plông', commune: 'Ngọc Tem', village: 'Bon Ja', year, households: 80, poorHouseholds: 20 })),
      pairings: [...base.pairings, { origin, unit: 'Hội Nông dân', targetLevel: 'village', district: 'Kon Plông', commune: 'Ngọc Tem', village: 'Bon Ja', startDate: '2019-01-01' }],
      activities: [...base.activities, { origin, date: '2024-06-01', unit: 'Hội Nông dân', targetLevel: 'village', district: 'Kon Plông', commune: 'Ngọc Tem', village: 'Bon Ja', type: 'livelihood', cash: 3_000_000 }],
      present: { ...base.present, villages: true },
    };
    const r = await renderSmall('so-ket', { ...HEAD, villageTerm: 'buôn, bon' }, data, { from: '2023-01-01', to: '2024-12-31' });
    const at = r.paragraphs.findIndex((p) => p.endsWith('Hoạt động và kinh phí theo cấp địa bàn kết nghĩa'));
    expect(at).toBeGreaterThan(0);
    const table = r.paragraphs.slice(at + 1, at + 14).join(' | ');
    expect(table).toContain('Buôn, bon | 1 | 3.000.000');
    expect(table).not.toContain('Thôn, làng');
  });
});

describe('uncovered communes in several districts', () => {
  it('write the district in running text as prose does ("huyện Nam Trà My"), whatever the sheet\'s capital', async () => {
    const commune = (district: string, name: string, year: number): CommuneRow => ({ origin, district, commune: name, year, households: 400, poorHouseholds: 120 });
    const cp: PairingRow = { origin, unit: 'Sở Tài chính', targetLevel: 'commune', district: 'Huyện Tây Giang', commune: 'Xã A Xan', startDate: '2021-10-15' };
    const data = dataset([], [cp], [], {
      communes: [2023, 2024].flatMap((y) => [commune('Huyện Tây Giang', 'Xã A Xan', y), commune('Huyện Tây Giang', 'Xã Tr’hy', y), commune('Huyện Nam Trà My', 'Xã Trà Linh', y)]),
      present: { villages: false, units: false, pairings: true, activities: false, communes: true, householdPairings: false },
    });
    const r = await renderSmall('so-ket', HEAD, data, { from: '2023-01-01', to: '2024-12-31' });
    const weak = r.paragraphs.find((p) => p.startsWith('- Còn 2 xã chưa có cơ quan, đơn vị kết nghĩa'))!;
    expect(weak).toContain('xã Trà Linh (huyện Nam Trà My), xã Tr’hy (huyện Tây Giang)');
    expect(r.paragraphs.join('\n')).not.toMatch(/\(Huyện /);
  });
});

describe('the issuing body among the units that sent nothing', () => {
  it('is named in the facts but does not urge itself to report', async () => {
    const v = (name: string) => ({ origin, commune: 'Ia Mơ', village: name, year: 2023, households: 100, poorHouseholds: 30 });
    const p = (unit: string, name: string): PairingRow => ({ origin, unit, targetLevel: 'village', commune: 'Ia Mơ', village: name, startDate: '2015-01-01' });
    const act: ActivityRow = { origin, date: '2023-03-01', unit: 'Sở Tư pháp', targetLevel: 'village', commune: 'Ia Mơ', village: 'Plei A', type: 'livelihood', cash: 1_000_000 };
    const data = dataset([v('Plei A'), v('Plei B'), v('Plei C')], [p('Sở Tư pháp', 'Plei A'), p('Ban Dân vận Huyện ủy', 'Plei B'), p('Hội Nông dân huyện', 'Plei C')], [act]);
    const r = await renderSmall('nam', { ...HEAD, issuingBody: 'Ban Dân vận Huyện ủy' }, data, { from: '2023-01-01', to: '2023-12-31' });
    // The facts (and the appendix) still name it.
    const unreported = r.context.judgements.reporting.find((j) => j.code === 'unreported-units')!;
    expect(unreported.params).toMatchObject({ count: 2, first: [{ unit: 'Ban Dân vận Huyện ủy' }, { unit: 'Hội Nông dân huyện' }] });
    expect(r.paragraphs).toContain('- Đôn đốc 1 cơ quan, đơn vị chưa gửi báo cáo (Hội Nông dân huyện) báo cáo đầy đủ kết quả hoạt động kết nghĩa hằng năm.');
  });
});

describe('the header of a Ban of a cấp ủy', () => {
  it('never makes up a cấp ủy from a superior body of another level ("HUYỆN ỦY KON TUM")', () => {
    const lines = (issuingBody: string, superiorBody: string) => headerLines(ConfigSchema.parse({ issuingBody, superiorBody }));
    expect(lines('Ban Dân vận Huyện ủy', 'Đảng bộ tỉnh Kon Tum')).toMatchObject({ superior: ['ĐẢNG BỘ TỈNH KON TUM'], issuing: ['BAN DÂN VẬN HUYỆN ỦY'] });
    expect(lines('Ban Thường vụ Huyện ủy', 'Đảng bộ tỉnh Kon Tum')).toMatchObject({ superior: ['ĐẢNG BỘ TỈNH KON TUM'], issuing: ['HUYỆN ỦY'] });
    // Of its own level, the place is the superior's.
    expect(lines('Ban Dân vận Huyện ủy', 'Đảng bộ huyện Kon Plông')).toMatchObject({ superior: ['HUYỆN ỦY KON PLÔNG'], issuing: ['BAN DÂN VẬN'] });
    expect(lines('Ban Dân vận Tỉnh ủy', 'Đảng bộ tỉnh Kon Tum')).toMatchObject({ superior: ['TỈNH ỦY KON TUM'], issuing: ['BAN DÂN VẬN'] });
    expect(lines('Ban Dân vận Thị ủy', 'Đảng bộ thị xã Ayun Pa')).toMatchObject({ superior: ['THỊ ỦY AYUN PA'], issuing: ['BAN DÂN VẬN'] });
  });
});

describe('the tổng kết\'s first year of data', () => {
  it('says it was under the earlier poverty standard, so it is not read as a fall to the latest year', async () => {
    const v = (year: number, poor: number) => ({ origin, commune: 'Ia Mơ', village: 'Plei A', year, households: 100, poorHouseholds: poor });
    const p: PairingRow = { origin, unit: 'Sở Tư pháp', targetLevel: 'village', commune: 'Ia Mơ', village: 'Plei A', startDate: '2015-01-01' };
    const act = (date: string): ActivityRow => ({ origin, date, unit: 'Sở Tư pháp', targetLevel: 'village', commune: 'Ia Mơ', village: 'Plei A', type: 'livelihood', cash: 5_000_000 });
    // 2020 under the old standard (30), 2021–2022 under the new one (45 → 38).
    const data = dataset([v(2020, 30), v(2021, 45), v(2022, 38)], [p], [act('2020-05-01'), act('2021-05-01'), act('2022-05-01')]);
    const config = { ...HEAD, programme: { directive: 'Chỉ thị số 04-CT/TU', directiveDate: '2010-04-20' } };
    const r = await renderSmall('tong-ket', config, data, { from: '2020-01-01', to: '2022-12-31' });
    expect(r.paragraphs).toContain('Năm 2020, năm đầu có số liệu, các thôn, làng có 30 hộ nghèo trên 100 hộ (30%), theo chuẩn nghèo áp dụng trước năm 2021 (không so sánh trực tiếp với số liệu năm 2022).');
    // One standard throughout: no such words.
    const same = await renderSmall('tong-ket', config, dataset([v(2021, 45), v(2022, 38)], [p], [act('2021-05-01'), act('2022-05-01')]), { from: '2021-01-01', to: '2022-12-31' });
    expect(same.paragraphs).toContain('Năm 2021, năm đầu có số liệu, các thôn, làng có 45 hộ nghèo trên 100 hộ (45%).');
  });
});
