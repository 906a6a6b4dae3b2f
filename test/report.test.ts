/**
 * End to end: the Ayun Pa samples → report → LibreOffice PDF, read back as text. CI installs
 * LibreOffice and poppler-utils (.ci/run); without them this test fails rather than skips.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';
import { tempDir } from './helpers/workbook.js';
import { run } from './helpers/spawn.js';
import { zipEntry } from './helpers/zip.js';
import { capture as io } from './helpers/io.js';

const SAMPLES = ['ayunpa-danh-muc', 'ayunpa-hoat-dong-khoi-chinh-quyen', 'ayunpa-hoat-dong-khoi-dang', 'ayunpa-hoat-dong-khoi-luc-luong-vu-trang-doanh-nghiep', 'ayunpa-hoat-dong-khoi-mat-tran'].map((f) =>
  join(process.cwd(), 'samples', `${f}.xlsx`),
);


describe('ketnghia report (end to end)', () => {
  it('writes a sơ kết report in Party style that LibreOffice renders on A4 with the Ayun Pa figures', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ketnghia.config.json'), readFileSync(join(process.cwd(), 'samples', 'ketnghia.config.json')));
    const out = io(dir);
    const code = await main(['report', ...SAMPLES, '--kind', 'so-ket', '--from', '2016', '--to', '2020', '-o', 'bao-cao.docx', '--pdf'], out);
    // The only thing said on stderr: two totals rows whose SUM skipped amounts typed as text.
    // And the three fields the sample config leaves for the office to write.
    expect(out.stderr).toBe(
      'Cấu hình: ketnghia.config.json\nCó 4 cảnh báo (4 số ở dòng tổng cộng khác tổng các dòng) — xem `ketnghia validate`.\n' +
        [
          ['Nguyên nhân của ưu điểm', 'strengthCauses'],
          ['Bài học kinh nghiệm', 'lessons'],
          ['Đề xuất, kiến nghị', 'recommendations'],
        ]
          .map(([label, key]) => `Cảnh báo: Báo cáo còn chỗ để trống cần viết: ô "${label}" (khóa "${key}" trong tệp cấu hình).\n`)
          .join(''),
    );
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'bao-cao.pdf'))).toBe(true);
    const text = (await run('pdftotext', ['-layout', join(dir, 'bao-cao.pdf'), '-'])).replace(/\s+/g, ' ');
    for (const expected of [
      'ĐẢNG BỘ TỈNH GIA LAI',
      'THỊ ỦY AYUN PA',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 21-BC/TU',
      'BÁO CÁO',
      'Sơ kết 05 năm thực hiện Chỉ thị số 13-CT/TU',
      '24/24 bôn, đạt 100%',
      '989.356.000 đồng (gần 990 triệu đồng)',
      'giảm từ 1.033 hộ',
      'còn 75 hộ',
      '4.135 hộ, 20.413 nhân khẩu',
      'Từ năm 2017 đến năm 2020',
      'Nơi nhận:',
      'T/M BAN THƯỜNG VỤ',
      'PHỤ LỤC',
    ]) {
      expect(text).toContain(expected);
    }
    const info = await run('pdfinfo', [join(dir, 'bao-cao.pdf')]);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    // Three charts, embedded as pictures.
    const document = await zipEntry(readFileSync(join(dir, 'bao-cao.docx')), 'word/document.xml');
    expect(document.match(/<w:drawing>/g)).toHaveLength(3);
  }, 240_000);

  it('uses the State header with a State-style config, and prints the template context', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'nn.json'), JSON.stringify({ style: 'nha-nuoc', superiorBody: 'UBND tỉnh Gia Lai', issuingBody: 'Ban Dân tộc', documentNumber: '21/BC-BDT', place: 'Gia Lai' }));
    const out = io(dir);
    expect(await main(['report', ...SAMPLES, '--kind', 'nam', '--year', '2020', '--config', 'nn.json', '-o', 'nam.docx'], out)).toBe(0);
    const document = await zipEntry(readFileSync(join(dir, 'nam.docx')), 'word/document.xml');
    expect(document).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(document).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(document).toContain('Số: 21/BC-BDT');
    expect(document).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    const context = io(dir);
    expect(await main(['report', ...SAMPLES, '--year', '2020', '--print-context'], context)).toBe(0);
    const json = JSON.parse(context.stdout) as { funds: { total: number }; has: { coverage: boolean } };
    expect(json.funds.total).toBe(341_416_000);
    expect(json.has.coverage).toBe(true);
  }, 120_000);

  it('says only what the data shows: the year of the figures, one year as one year, no "gấp 1 lần"', async () => {
    const dir = tempDir();
    // The sample config gives the provincial poverty rate (1,8 % in 2020).
    writeFileSync(join(dir, 'ketnghia.config.json'), readFileSync(join(process.cwd(), 'samples', 'ketnghia.config.json')));
    const text = async (args: string[]) => {
      const out = io(dir);
      // --force: one file, rendered again for each case.
      expect(await main(['report', ...SAMPLES, ...args, '-o', 'r.docx', '--force'], out)).toBe(0);
      const xml = await zipEntry(readFileSync(join(dir, 'r.docx')), 'word/document.xml');
      return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    };
    const soKet = await text(['--kind', 'so-ket', '--from', '2016', '--to', '2020']);
    // 1,81 % against the province's 1,8 %: within the materiality threshold, "tương đương", not a weakness.
    expect(soKet).toContain('(1,81%) tương đương tỷ lệ chung của tỉnh (1,8%)');
    expect(soKet).not.toMatch(/vẫn cao/);
    expect(soKet).not.toMatch(/gấp 1 lần/);
    expect(soKet).toContain('Hoạt động thăm hỏi, tặng quà còn chiếm tỷ lệ cao (48,19% số hoạt động)');
    // The two pairings that ended on 30/06/2016, before the activity sheets begin (2017), are not charged.
    expect(soKet).not.toContain('hình thức');
    // 2016 holds no activity rows: "chưa có số liệu", never 0, and the years are named.
    expect(soKet).toContain('(*) Số liệu từ năm 2017 đến năm 2020.');
    expect(soKet).toContain('2016––chưa có số liệu');
    // One rounding rule: the points are the difference of the printed rates (27,5 − 1,81).
    expect(soKet).toContain('giảm 25,69 điểm phần trăm');
    expect(soKet).toContain('Từ năm 2017 đến năm 2020, các cơ quan, đơn vị đã tổ chức 332 lượt hoạt động');
    const later = await text(['--year', '2021']);
    expect(later).toContain('(theo số liệu năm 2020)');
    const annual = await text([]);
    expect(annual).toContain('Trong năm 2020, các cơ quan, đơn vị đã tổ chức 84 lượt hoạt động');
    const before = await text(['--year', '2015']);
    expect(before).toContain('Danh sách bôn không có số liệu của năm 2015 hoặc các năm trước');
    expect(before).not.toMatch(/với 0 thôn/);
  }, 120_000);

  it('names the file and line of a template mistake, with exit 2', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mau.hbs'), 'Dòng một\n{{#if has.villages}}\n{{number khongCo}}\n{{/if}}\n');
    const out = io(dir);
    expect(await main(['report', ...SAMPLES, '--year', '2020', '--template', 'mau.hbs', '-o', 'x.docx'], out)).toBe(2);
    expect(out.stderr).toMatch(/mau\.hbs:3/);
    expect(out.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
