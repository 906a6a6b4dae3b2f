/**
 * SPEC §8 end to end on the Quảng Nam samples (samples-quang-nam/) and small workbooks:
 * validate, stats, coverage and report speak of each level present and of nothing absent;
 * init's template has the two new sheets and the level dropdown; fix cleans them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { capture } from './helpers/io.js';
import { tempDir, writeWorkbook } from './helpers/workbook.js';
import { zipEntry } from './helpers/zip.js';

const QN = join(process.cwd(), 'samples-quang-nam');
const FILES = ['quangnam-danh-muc.xlsx', 'quangnam-hoat-dong-2022-2024.xlsx'].map((f) => join(QN, f));

const docText = (xml: string): string => xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/[ \t]+/g, ' ');

describe('the Quảng Nam samples', () => {
  it('validate without a finding', async () => {
    const out = capture(tempDir());
    expect(await main(['validate', ...FILES, '--json'], out)).toBe(0);
    const json = JSON.parse(out.stdout) as { valid: boolean; issues: unknown[] };
    expect(json.issues).toEqual([]);
  });

  it('stats --json: 12/16 communes, 1/4 districts, household pairs, funds split by level', async () => {
    const out = capture(tempDir());
    expect(await main(['stats', ...FILES, '--from', '2022', '--to', '2024', '--json'], out)).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.coverage).toMatchObject({ villages: null, covered: 0, units: 0, pairings: 0 });
    expect(json.coverage.communes).toMatchObject({ communes: 16, covered: 12, rate: 0.75, units: 12, pairings: 12 });
    // Most needy first: the border commune, then the poorer of the minority communes, then the one that is not.
    expect(json.coverage.communes.uncovered.map((u: { commune: string }) => u.commune)).toEqual(['Xã Tr’hy', 'Xã Trà Leng', 'Xã Trà Linh', 'Xã Phước Lộc']);
    expect(json.coverage.districts).toEqual({
      districts: 4, covered: 1, rate: 0.25, units: 1, pairings: 1,
      uncovered: [{ district: 'Huyện Nam Giang' }, { district: 'Huyện Nam Trà My' }, { district: 'Huyện Phước Sơn' }],
    });
    expect(json.households).toEqual({ pairs: 22, active: 20, helpedPoor: 18, exited: 9, exitRate: 0.5 });
    expect(json.funds.total).toBe(1_228_000_000);
    expect(json.funds.byLevel).toEqual({ village: 290_500_000, commune: 861_000_000, district: 76_500_000 });
    expect(json.activities.count).toBe(110);
    expect(json.activities.byLevel).toEqual({
      village: { count: 30, funds: 290_500_000 }, commune: { count: 74, funds: 861_000_000 }, district: { count: 6, funds: 76_500_000 },
    });
    // The bank sent no report in any year: "chưa báo cáo", not an idle pairing (SPEC §5).
    expect(json.activities.inactiveAreaPairings).toEqual([]);
    expect(json.reporting.unreported).toEqual([{ unit: 'Ngân hàng Chính sách xã hội chi nhánh tỉnh', years: [2022, 2023, 2024] }]);
  });

  it('stats on screen: the communes, districts and household pairs present, and no village count without a village list', async () => {
    const out = capture(tempDir());
    expect(await main(['stats', ...FILES, '--year', '2024'], out)).toBe(0);
    const line = (label: string) => out.stdout.split('\n').find((l) => l.startsWith(`│ ${label} `))?.replace(/[│\s]+/g, ' ').trim();
    expect(line('Số xã')).toBe('Số xã 16');
    expect(line('Tỷ lệ xã được kết nghĩa')).toBe('Tỷ lệ xã được kết nghĩa 75%');
    expect(line('Huyện đã có đơn vị kết nghĩa')).toBe('Huyện đã có đơn vị kết nghĩa 1');
    expect(line('Số cặp hộ kết nghĩa')).toBe('Số cặp hộ kết nghĩa 20');
    expect(line('Hộ đã thoát nghèo trong kỳ')).toBe('Hộ đã thoát nghèo trong kỳ 8');
    expect(out.stdout).not.toContain('Số thôn, làng');

    const ayunPa = capture(tempDir());
    expect(await main(['stats', join(process.cwd(), 'samples'), '--year', '2020'], ayunPa)).toBe(0);
    expect(ayunPa.stdout).toContain('Số bôn');
    for (const absent of ['Số xã', 'huyện', 'cặp hộ']) expect(ayunPa.stdout).not.toContain(absent);
  });

  it('coverage: uncovered communes most needy first, districts, idle pairings; nothing about villages', async () => {
    const out = capture(tempDir());
    expect(await main(['coverage', ...FILES, '--year', '2024'], out)).toBe(0);
    expect(out.stdout).toContain('12/16 xã (75%) có đơn vị kết nghĩa cả xã tại ngày 31/12/2024; còn 4 xã chưa có');
    expect(out.stdout).toContain('  - Xã Tr’hy (Huyện Tây Giang) — ĐBKK, biên giới, thuần DTTS, hộ nghèo 22,51%');
    expect(out.stdout).toContain('1/4 huyện có đơn vị kết nghĩa cả huyện');
    expect(out.stdout).not.toContain('  - Ngân hàng Chính sách xã hội chi nhánh tỉnh: Xã Trà Cang (Huyện Nam Trà My)');
    expect(out.stdout).not.toMatch(/thôn có đơn vị kết nghĩa/);
    const json = capture(tempDir());
    expect(await main(['coverage', ...FILES, '--year', '2024', '--json'], json)).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.communes.covered + parsed.communes.uncovered.length).toBe(parsed.communes.communes);
    expect(parsed.districts.covered).toBe(1);
  });

  it('report: the words of the directives for each level present, appendices, nothing about villages', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ketnghia.config.json'), readFileSync(join(QN, 'ketnghia.config.json')));
    const out = capture(dir);
    expect(await main(['report', ...FILES, '--kind', 'so-ket', '--from', '2022', '--to', '2024', '-o', 'bc.docx'], out)).toBe(0);
    const text = docText(await zipEntry(readFileSync(join(dir, 'bc.docx')), 'word/document.xml'));
    for (const sentence of [
      // Section I speaks of the communes list when there is no village list.
      'có 16 xã thuộc diện kết nghĩa, giúp đỡ (theo danh sách xã)',
      // Phụ lục 2 is the unit that sent no report (SPEC §9): the §8 appendices come after it.
      'có 12 cơ quan, đơn vị kết nghĩa với 12/16 xã, đạt 75%; còn 4 xã chưa có cơ quan, đơn vị kết nghĩa (Phụ lục 3)',
      'Có 1 cơ quan, đơn vị kết nghĩa với 1/4 huyện (Phụ lục 4)',
      'trong kỳ có 22 cặp hộ kết nghĩa',
      'trong 18 hộ nghèo được giúp đỡ, 9 hộ đã thoát nghèo trong kỳ, đạt 50% (Phụ lục 5)',
      'Hoạt động và kinh phí theo cấp địa bàn kết nghĩa',
      '- Còn 4 xã chưa có cơ quan, đơn vị kết nghĩa: xã Tr’hy (huyện Tây Giang), xã Trà Leng (huyện Nam Trà My), xã Trà Linh (huyện Nam Trà My), xã Phước Lộc (huyện Phước Sơn) (Phụ lục 3).',
      // The bank sent nothing: named neutrally, its pairing not charged.
      'Có 1 cơ quan, đơn vị chưa báo cáo, nên chưa có số liệu để đánh giá hoạt động kết nghĩa của đơn vị này: Ngân hàng Chính sách xã hội chi nhánh tỉnh (năm 2022–2024); chi tiết tại Phụ lục 2.',
      'Phụ lục 2. Cơ quan, đơn vị chưa có báo cáo',
      'Phụ lục 3. Kết nghĩa với xã',
      'Phụ lục 4. Kết nghĩa với huyện',
      'Phụ lục 5. Cặp hộ kết nghĩa trong kỳ',
    ]) {
      expect(text).toContain(sentence);
    }
    expect(text).not.toMatch(/\d+ thôn, làng \(\d+ cặp kết nghĩa\)/);
    expect(text).not.toContain('Chưa có danh sách');
    expect(text).not.toMatch(/ 0\/\d+ (thôn|xã|huyện)/);
  }, 120_000);
});

describe('village-only data say nothing of the other levels', () => {
  it('the Ayun Pa report has no commune, district or household sentence', async () => {
    const dir = tempDir();
    const samples = ['ayunpa-danh-muc', 'ayunpa-hoat-dong-khoi-dang'].map((f) => join(process.cwd(), 'samples', `${f}.xlsx`));
    const out = capture(dir);
    expect(await main(['report', ...samples, '--year', '2020', '-o', 'bc.docx'], out)).toBe(0);
    const text = docText(await zipEntry(readFileSync(join(dir, 'bc.docx')), 'word/document.xml'));
    for (const absent of ['cả xã', 'huyện (Phụ lục', 'cặp hộ', 'Hoạt động và kinh phí theo cấp', 'Kết nghĩa với xã']) expect(text).not.toContain(absent);
    const coverage = capture(dir);
    expect(await main(['coverage', ...samples, '--year', '2020', '--json'], coverage)).toBe(0);
    const json = JSON.parse(coverage.stdout);
    expect(json.communes).toBeUndefined();
    expect(json.districts).toBeUndefined();
    expect(json.inactiveAreaPairings).toBeUndefined();
  }, 120_000);
});

describe('init and fix', () => {
  it('the template has the communes and household sheets and a level dropdown, and reads back clean', async () => {
    const dir = tempDir();
    const out = capture(dir);
    expect(await main(['init', '.'], out)).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'mau-bao-cao-ket-nghia.xlsx'));
    expect(book.getWorksheet('Xã')!.getRow(1).values).toEqual([undefined, 'Huyện', 'Xã *', 'Năm *', 'Đặc biệt khó khăn', 'Biên giới', 'Xã thuần DTTS', 'Số hộ', 'Số hộ nghèo', 'Số khẩu']);
    expect((book.getWorksheet('Kết nghĩa hộ')!.getRow(1).values as unknown[]).slice(1, 3)).toEqual(['Hộ giúp đỡ *', 'Hộ được giúp đỡ *']);
    const pairings = book.getWorksheet('Kết nghĩa')!;
    const headers = (pairings.getRow(1).values as unknown[]).slice(1);
    // Commune and village depend on the level: no star.
    expect(headers).toContain('Thôn/làng');
    const col = headers.indexOf('Cấp kết nghĩa') + 1;
    const letter = String.fromCharCode(64 + col);
    const validation = (pairings as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    const entry = Object.entries(validation).find(([address]) => address.startsWith(letter) && /\d/.test(address.slice(1, 2)))?.[1];
    expect(entry?.type).toBe('list');
    const list = book.getWorksheet('DanhMuc')!;
    const target = entry!.formulae[0]!.match(/\$([A-Z]+)\$2/)![1]!;
    expect([list.getCell(`${target}2`).value, list.getCell(`${target}3`).value, list.getCell(`${target}4`).value]).toEqual(['thôn', 'xã', 'huyện']);
    const guide = book.getWorksheet('Hướng dẫn')!;
    const texts: string[] = [];
    guide.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts.some((t) => t.includes('Trang “Kết nghĩa hộ”'))).toBe(true);
    expect(texts).toContain('Tùy cấp kết nghĩa');
  });

  it('fix cleans the communes and household sheets like the others', async () => {
    const dir = tempDir();
    await writeWorkbook(join(dir, 'in.xlsx'), [
      { name: 'Danh sách xã', rows: [['Xã', 'Năm', 'Số hộ', 'Số hộ nghèo', 'ĐBKK'], ['Xã  Đắc Tôi', '2023', '1.200', '400', 'có']] },
      { name: 'Hộ kết nghĩa', rows: [['Hộ giúp đỡ', 'Hộ được giúp đỡ', 'Xã', 'Ngày kết nghĩa'], ['Hộ ông An', 'Hộ bà Lan', 'Xã Đắc Tôi', '05/03/2022']] },
    ]);
    const out = capture(dir);
    expect(await main(['fix', 'in.xlsx', '-o', 'out.xlsx'], out)).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'out.xlsx'));
    const communes = book.getWorksheet('Danh sách xã')!;
    expect(communes.getCell('A2').value).toBe('Xã Đắc Tôi');
    expect(communes.getCell('C2').value).toBe(1200);
    const pairs = book.getWorksheet('Hộ kết nghĩa')!;
    expect(pairs.getCell('D2').value).toBeInstanceOf(Date);
    expect((pairs.getCell('D2').value as Date).toISOString().slice(0, 10)).toBe('2022-03-05');
  });
});
