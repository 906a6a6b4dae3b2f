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
import { IA_PA_CONFIG, writeIaPaDataset } from './helpers/ia-pa-dataset.js';
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
// The third dataset: whole communes, a UBND issuer in State style, units missing in some years.
const IA_PA: [string, string[]] = ['ia-pa', ['--kind', 'tong-ket', '--from', '2021', '--to', '2024', '--config', 'ia-pa.json']];

beforeAll(async () => {
  file = await writeSecondDataset(dir);
  writeFileSync(join(dir, 'ketnghia.config.json'), JSON.stringify(SECOND_CONFIG));
  writeFileSync(
    join(dir, 'nn.json'),
    JSON.stringify({ ...SECOND_CONFIG, style: 'nha-nuoc', superiorBody: 'UBND tỉnh Đắk Nông', issuingBody: 'Ủy ban nhân dân huyện Krông Nô', documentNumber: '45/BC-UBND', recipients: ['- Ban Dân tộc tỉnh,', '- Lưu: VT, VP.'] }),
  );
  const third = await writeIaPaDataset(dir);
  writeFileSync(join(dir, 'ia-pa.json'), JSON.stringify(IA_PA_CONFIG));
  const ia = io(dir);
  expect(await main(['report', third, ...IA_PA[1], '-o', 'ia-pa.docx'], ia)).toBe(0);
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
  await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...[...REPORTS, IA_PA].map(([n]) => join(dir, `${n}.docx`))], { timeout: 240_000 });
  for (const [name] of [...REPORTS, IA_PA]) {
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
      // A unit that sent nothing is "chưa báo cáo", named, never "hình thức" (SPEC §5).
      expect(t).not.toMatch(/Hội Nông dân tỉnh với Bon R'Cập/);
      expect(t).toMatch(/chưa báo cáo[^.]*Hội Nông dân tỉnh/);
      // A unit that reports, idle in its second village, is judged on the years it reported.
      expect(t).toContain('Công an tỉnh với Bon Ja Ráh (xã Quảng Phú');
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
    // The comparison says how many units reported each year.
    expect(t).toContain('năm 2022: 3/4 cơ quan, đơn vị báo cáo; năm 2023: 2/4 cơ quan, đơn vị báo cáo');
    expect(t).toContain('so với năm 2022 (204 hộ, 31,92%), giảm 33 hộ, tỷ lệ hộ nghèo giảm 5,65 điểm phần trăm');
    expect(t).not.toContain('BÀI HỌC KINH NGHIỆM');
    // The year before has village rows under the same standard: the annual report has the table too.
    expect(t).toContain('Kết quả tại từng buôn, bon từ năm 2022 đến năm 2023 (cùng một chuẩn nghèo)');
  });

  it('sơ kết: the stage, year by year, poverty within each standard, a year without data', () => {
    const t = text['so-ket']!;
    expect(t).toContain('Sơ kết 05 năm thực hiện Chỉ thị số 04-CT/TU');
    expect(t).toContain('III. ĐÁNH GIÁ CHUNG');
    expect(t).toContain('IV. BÀI HỌC KINH NGHIỆM');
    expect(t).toContain('(*) Số liệu các năm 2019–2020, 2022–2023; năm 2021 chưa có số liệu.');
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
    // No unit both reported every year and kept every pairing active: none is proposed (SPEC §6).
    expect(t).toContain('số liệu chưa cho thấy cơ quan, đơn vị đủ điều kiện xét chọn');
    expect(t).not.toContain('xem xét, khen thưởng');
    expect(t).toContain('T/M BAN THƯỜNG VỤ');
    expect(t).toContain('Số 45-BC/HU');
    // 26,27 % against the province's 9,4 %.
    expect(t).toContain('(26,27%) vẫn cao gấp 2,8 lần tỷ lệ hộ nghèo chung của tỉnh (9,4%)');
  });

  it('sơ kết and tổng kết: the result in each village, within the latest poverty standard', () => {
    for (const name of ['so-ket', 'tong-ket']) {
      const t = text[name]!;
      expect(t).toContain('Kết quả tại từng buôn, bon từ năm 2022 đến năm 2023 (cùng một chuẩn nghèo)');
      expect(t).toMatch(/Buôn K'Ri Sở Giáo dục và Đào tạo 40 → 31 32,26% → 24,60%/);
      expect(t).toMatch(/Buôn Ol chưa có 33 → 29 33,33% → 28,71%/);
    }
  });

  it('a UBND\'s tổng kết of whole communes: who reported, who is proposed and to whom', () => {
    const t = text['ia-pa']!;
    expect(t).toContain('Theo từng năm: năm 2021: 5/5 cơ quan, đơn vị báo cáo; năm 2022: 6/6 cơ quan, đơn vị báo cáo; năm 2023: 4/5 cơ quan, đơn vị báo cáo; năm 2024: 4/5 cơ quan, đơn vị báo cáo.');
    expect(t).toContain('Hội Liên hiệp Phụ nữ huyện (năm 2023–2024)');
    // Reported every year, never in its own commune: idle, named, and no example to commend.
    expect(t).toContain('trong những năm đơn vị có báo cáo: Huyện đoàn Ia Pa (xã Chư Răng)');
    const exemplary = t.slice(t.indexOf('V. ĐƠN VỊ TIÊU BIỂU'), t.indexOf('VI. PHƯƠNG HƯỚNG'));
    expect(exemplary).toMatch(/1 Phòng Giáo dục và Đào tạo 4 2,0 52\.000\.000 50,00%/);
    expect(exemplary).toMatch(/2 Công an huyện 4 1,5 19\.500\.000 33,33%/);
    for (const unit of ['Huyện đoàn', 'Ban Chỉ huy Quân sự', 'Hội Liên hiệp Phụ nữ', 'Phòng Nông nghiệp']) expect(exemplary).not.toContain(unit);
    expect(exemplary).toContain('Ủy ban nhân dân huyện Ia Pa sẽ xem xét, khen thưởng theo thẩm quyền (qua Hội đồng Thi đua - Khen thưởng) các cơ quan, đơn vị nêu trên.');
    expect(exemplary).not.toContain('Ban Thường vụ');
    // The partner that left mid-period is named with its end.
    expect(t).toMatch(/Ia Kdăm Ban Chỉ huy Quân sự huyện \(đến 30\/06\/2022\); Phòng Nông nghiệp và Phát triển nông thôn 480 → 377/);
    expect(t).toContain('- Phân công cơ quan, đơn vị kết nghĩa với 1 xã chưa có đơn vị kết nghĩa: xã Ia Mrơn.');
    expect(t).not.toContain('hình thức');
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
