/**
 * The three kinds are three documents (SPEC §6, issue 9), checked on the PDF LibreOffice
 * makes of them, on a second dataset unlike the samples (test/helpers/second-dataset.ts).
 * One soffice call converts all four reports, under a timeout.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { capture as io } from './helpers/io.js';
import { SECOND_CONFIG, writeSecondDataset } from './helpers/second-dataset.js';
import { run } from './helpers/spawn.js';
import { tempDir } from './helpers/workbook.js';

const dir = tempDir();
let file = '';
const text: Record<string, string> = {};

const REPORTS: Array<[string, string[]]> = [
  ['nam', ['--kind', 'nam', '--year', '2023']],
  ['so-ket', ['--kind', 'so-ket', '--from', '2019', '--to', '2023']],
  ['tong-ket', ['--kind', 'tong-ket', '--from', '2019', '--to', '2023']],
  ['tong-ket-nn', ['--kind', 'tong-ket', '--from', '2019', '--to', '2023', '--config', 'nn.json']],
];

beforeAll(async () => {
  file = await writeSecondDataset(dir);
  writeFileSync(join(dir, 'ketnghia.config.json'), JSON.stringify(SECOND_CONFIG));
  writeFileSync(
    join(dir, 'nn.json'),
    JSON.stringify({ ...SECOND_CONFIG, style: 'nha-nuoc', superiorBody: 'UBND tỉnh Đắk Nông', issuingBody: 'Ủy ban nhân dân huyện Krông Nô', documentNumber: '45/BC-UBND', recipients: ['- Ban Dân tộc tỉnh,', '- Lưu: VT, VP.'] }),
  );
  for (const [name, args] of REPORTS) {
    const out = io(dir);
    expect(await main(['report', file, ...args, '-o', `${name}.docx`], out)).toBe(0);
    // Nothing for the office to fix: only the config file used, and the note that 2021 holds no data
    // (when the period spans it).
    // The fields this config leaves unwritten are listed too (test/report-placeholders.test.ts).
    const notes = out.stderr.split('\n').filter((line) => line && !line.startsWith('Lưu ý: chưa có số liệu năm 2021 trong kỳ') && !line.startsWith('Cảnh báo: Báo cáo còn chỗ để trống cần viết'));
    expect(notes).toEqual([`Cấu hình: ${args.includes('--config') ? 'nn.json' : 'ketnghia.config.json'}`]);
    expect(out.stdout).toContain('Ngày báo cáo: 15/03/2024 (theo "date" trong tệp cấu hình).');
  }
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...REPORTS.map(([n]) => join(dir, `${n}.docx`))], { timeout: 240_000 });
  for (const [name] of REPORTS) {
    expect(existsSync(join(dir, `${name}.pdf`))).toBe(true);
    text[name] = (await run('pdftotext', [join(dir, `${name}.pdf`), '-'], { timeout: 60_000 })).replace(/\s+/g, ' ');
  }
}, 300_000);

describe('three kinds of report, as PDF text', () => {
  it('every kind: true judgements on the second dataset', () => {
    for (const [name] of REPORTS) {
      const t = text[name]!;
      // The pairing that ended in 2018, before the activity data, is never charged.
      expect(t).not.toMatch(/Sở Y tế với Buôn Ol/);
      expect(t).toContain("Hội Nông dân tỉnh với Bon R'Cập (xã Nam Đà");
      expect(t).toContain('Cặp kết nghĩa chưa có hoạt động');
      // The unit with neither pairing nor activity still has its row.
      expect(t).toMatch(/Ban Dân vận Huyện ủy 0 0 0/);
      expect(t).toContain('buôn, bon');
      expect(t).not.toContain('thôn, làng');
      expect(t).toContain('còn 2 buôn, bon chưa có đơn vị kết nghĩa');
    }
  });

  it('nam: the year, against the year before', () => {
    const t = text.nam!;
    expect(t).toContain('II. KẾT QUẢ THỰC HIỆN TRONG NĂM 2023');
    expect(t).toContain('IV. NHIỆM VỤ NĂM 2024');
    expect(t).toContain('So với năm 2022 (3 hoạt động, 62.000.000 đồng), số hoạt động giảm 1, kinh phí giảm 17.000.000 đồng');
    expect(t).toContain('so với năm 2022 (204 hộ, 31,92%), giảm 33 hộ, tỷ lệ hộ nghèo giảm 5,65 điểm phần trăm');
    expect(t).not.toContain('BÀI HỌC KINH NGHIỆM');
  });

  it('sơ kết: the stage, year by year, poverty within each standard, a year without data', () => {
    const t = text['so-ket']!;
    expect(t).toContain('Sơ kết 05 năm thực hiện Chỉ thị số 04-CT/TU');
    expect(t).toContain('III. ĐÁNH GIÁ CHUNG');
    expect(t).toContain('IV. BÀI HỌC KINH NGHIỆM');
    expect(t).toContain('(*) Số liệu các năm 2019, 2020, 2022, 2023 (năm 2021 chưa có số liệu)');
    expect(t).toMatch(/2021 – – chưa có số liệu/);
    expect(t).toContain('Giai đoạn 2019 - 2020, số hộ nghèo tại các buôn, bon giảm từ 162 hộ (tỷ lệ 26,34%) năm 2019 còn 136 hộ (21,69%) năm 2020');
    expect(t).toContain('Giai đoạn 2022 - 2023');
    expect(t).toContain('từ năm 2021 áp dụng chuẩn nghèo mới');
    // Never a difference from 2019 to 2023 across the change.
    expect(t).not.toMatch(/giảm từ 162 hộ[^.]*năm 2023/);
    expect(t).not.toContain('ĐƠN VỊ TIÊU BIỂU');
  });

  it('tổng kết: years from the directive, evaluation, lessons, exemplary units to commend', () => {
    const t = text['tong-ket']!;
    expect(t).toContain('Tổng kết 14 năm thực hiện Chỉ thị số 04-CT/TU');
    expect(t).toContain('I. BỐI CẢNH');
    // Fourteen years of the directive, five of data: the heading claims only the data's years.
    expect(t).toContain('II. KẾT QUẢ THỰC HIỆN (SỐ LIỆU 2019–2023)');
    expect(t).not.toContain('SAU 14 NĂM');
    expect(t).toContain('IV. BÀI HỌC KINH NGHIỆM');
    expect(t).toContain('V. ĐƠN VỊ TIÊU BIỂU');
    expect(t).toContain('Huyện ủy Krông Nô đề nghị Ban Thường vụ Tỉnh ủy xem xét, khen thưởng');
    expect(t).toContain('T/M BAN THƯỜNG VỤ');
    expect(t).toContain('Số 45-BC/HU');
    // 26,27 % against the province's 9,4 %.
    expect(t).toContain('(26,27%) vẫn cao gấp 2,8 lần tỷ lệ hộ nghèo chung của tỉnh (9,4%)');
  });

  it('State style: national title, "Số:", TM. without slash, recipients ending ";" and "- Lưu: VT"', () => {
    const t = text['tong-ket-nn']!;
    expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(t).toContain('Số: 45/BC-UBND');
    expect(t).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(t).toContain('CHỦ TỊCH');
    expect(t).toContain('- Ban Dân tộc tỉnh;');
    expect(t).toContain('- Lưu: VT, VP.');
    expect(t).not.toContain('T/M');
  });
});

describe('what the office must see before signing', () => {
  it('lists placeholder header items and contradicted config sentences on stderr; --strict stops', async () => {
    const config = { ...SECOND_CONFIG, superiorBody: 'Đảng bộ tỉnh …', documentNumber: '', directions: ['Duy trì 100% buôn, bon có đơn vị kết nghĩa.'] };
    delete (config as { date?: string }).date;
    writeFileSync(join(dir, 'cho.json'), JSON.stringify(config));
    const out = io(dir);
    expect(await main(['report', file, '--year', '2023', '--config', 'cho.json', '-o', 'cho.docx'], out)).toBe(0);
    expect(out.stderr).toContain('tỷ lệ kết nghĩa là 66,67% (4/6)');
    expect(out.stderr).toContain('chưa có cơ quan cấp trên');
    expect(out.stderr).toContain('chưa có số, ký hiệu văn bản');
    expect(out.stdout).toMatch(/Ngày báo cáo: \d\d\/\d\d\/\d{4} \(hôm nay; đặt "date" trong tệp cấu hình để ghi ngày khác\)\./);
    const strict = io(dir);
    expect(await main(['report', file, '--year', '2023', '--config', 'cho.json', '-o', 'strict.docx', '--strict'], strict)).toBe(1);
    expect(existsSync(join(dir, 'strict.docx'))).toBe(false);
    expect(strict.stderr).toContain('--strict');
  });

  it('says so when a State report carries Party forms', async () => {
    writeFileSync(join(dir, 'lan.json'), JSON.stringify({ ...SECOND_CONFIG, style: 'nha-nuoc', signer: { onBehalfOf: 'T/M Ban Thường vụ', title: 'Phó Bí thư', name: 'Trần Thị B' } }));
    const out = io(dir);
    expect(await main(['report', file, '--year', '2023', '--config', 'lan.json', '-o', 'lan.docx'], out)).toBe(0);
    expect(out.stderr).toContain('"T/M Ban Thường vụ" là thể thức văn bản Đảng');
    expect(out.stderr).toContain('số "45-BC/HU" theo thể thức văn bản Đảng');
  });
});
