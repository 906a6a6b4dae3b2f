/**
 * `ketnghia submissions` (SPEC §9) on a hand-made inbox: one file per unit — with rows,
 * empty with the reporting-unit line, for the wrong year, naming an unknown unit, none at all.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { localIso, type SubmissionsJson } from '../src/words/submissions.js';
import { renderMarkup } from '../src/report/render.js';
import type { ReportContext } from '../src/report/context.js';
import { HEADERS, load, tempDir, writeWorkbook } from './helpers/workbook.js';
import { capture } from './helpers/io.js';
import { rowWith, tableRows } from './helpers/table.js';

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
const dir = tempDir('ketnghia-nop-');
/** Local clock times, so the expected stamps hold in any timezone. */
const TIMES = {
  a: new Date(2021, 0, 5, 10, 0, 0),
  b: new Date(2021, 0, 20, 9, 30, 0),
  e1: new Date(2021, 0, 8, 14, 0, 0),
  e2: new Date(2021, 0, 9, 8, 0, 0),
  x: new Date(2021, 0, 10, 8, 0, 0),
};

const UNITS = [
  ['Ban Dân vận Thị ủy', 'Đảng'],
  ['Hội Nông dân thị xã', 'Mặt trận, đoàn thể'],
  ['Công an thị xã', 'Lực lượng vũ trang'],
  ['Phòng Dân tộc', 'Chính quyền'],
  ['Thị đoàn Ayun Pa', 'Mặt trận, đoàn thể'],
  ['Chi cục Thuế thị xã', 'Chính quyền'],
  ['Điện lực Ayun Pa', 'Doanh nghiệp'],
] as const;

/** An activities sheet with title lines above the header. */
const report = (titles: ReadonlyArray<ReadonlyArray<string | null>>, rows: ReadonlyArray<ReadonlyArray<unknown>> = []) => [
  { name: 'Hoạt động', rows: [...titles, [], [...HEADERS.activities], ...rows] as never },
];
const row = (n: number, date: Date, unit: string, type = 'Thăm hỏi, tặng quà') => [n, date, unit, 'Ia Sao', 'Bôn Chư Jú', type, 'Tặng quà', 1_000_000, null, 'Đơn vị tự đóng góp'];

beforeAll(async () => {
  mkdirSync(join(dir, 'nop'));
  await writeWorkbook(join(dir, 'danh-muc.xlsx'), [
    { name: 'Đơn vị', rows: [[...HEADERS.units], ...UNITS.map(([u, bloc], i) => [i + 1, u, 'huyện', bloc])] },
    {
      name: 'Kết nghĩa',
      rows: [
        [...HEADERS.pairings],
        ...UNITS.slice(0, 5).map(([u], i) => [i + 1, u, 'Ia Sao', 'Bôn Chư Jú', d(2015, 3, 1), null, '12/QĐ-UBND']),
        // Ended before the period, and began after it: neither is expected for 2020.
        [6, 'Chi cục Thuế thị xã', 'Ia Sao', 'Bôn Hiao', d(2015, 3, 1), d(2019, 6, 30), '12/QĐ-UBND'],
        [7, 'Điện lực Ayun Pa', 'Ia Sao', 'Bôn Hiao', d(2021, 2, 1), null, '3/QĐ-UBND'],
        // Ended long before any report: expected for 2016 only.
        [8, 'Điện lực Ayun Pa', 'Ia Sao', 'Bôn Chư Jú', d(2012, 1, 1), d(2016, 12, 31), '1/QĐ-UBND'],
      ],
    },
  ]);
  // With rows, the reporting unit in the same cell as its label.
  await writeWorkbook(join(dir, 'nop', 'a-ban-dan-van.xlsx'), report([['KẾT QUẢ HOẠT ĐỘNG KẾT NGHĨA NĂM 2020'], ['Đơn vị báo cáo: Ban Dân vận Thị ủy']], [row(1, d(2020, 3, 15), 'Ban Dân vận Thị ủy'), row(2, d(2020, 9, 2), 'Ban Dân vận Thị ủy')]));
  // Empty: the name in the next cell, the year in the title.
  await writeWorkbook(join(dir, 'nop', 'b-hoi-nong-dan.xlsx'), report([['BÁO CÁO KẾT NGHĨA NĂM 2020'], ['Đơn vị báo cáo:', 'Hội Nông dân thị xã']]));
  // The wrong year: 2019 rows sent into the 2020 inbox.
  await writeWorkbook(join(dir, 'nop', 'c-cong-an.xlsx'), report([['KẾT QUẢ NĂM 2019'], ['Đơn vị: Công an thị xã']], [row(1, d(2019, 5, 4), 'Công an thị xã')]));
  // An unknown unit (a letter off "Ban Dân vận Thị ủy").
  await writeWorkbook(join(dir, 'nop', 'x-khong-ro.xlsx'), report([['BÁO CÁO NĂM 2020'], ['Đơn vị báo cáo: Ban Dân vân Thị ủy']]));
  // Thị đoàn: two files; the row with an error (unknown type) still shows it reported.
  await writeWorkbook(join(dir, 'nop', 'e1-thi-doan.xlsx'), report([['NĂM 2020'], ['Đơn vị báo cáo: Thị đoàn Ayun Pa']], [row(1, d(2020, 7, 1), 'Thị đoàn Ayun Pa', 'Tiếp sức mùa thi')]));
  await writeWorkbook(join(dir, 'nop', 'e2-thi-doan.xlsx'), report([['NĂM 2020'], ['Đơn vị báo cáo: Thị đoàn Ayun Pa']]));
  // Phòng Dân tộc sent an empty sheet without a year: not counted, and told why.
  await writeWorkbook(join(dir, 'nop', 'f-phong-dan-toc.xlsx'), report([['BÁO CÁO KẾT QUẢ KẾT NGHĨA'], ['Đơn vị báo cáo: Phòng Dân tộc']]));
  utimesSync(join(dir, 'nop', 'a-ban-dan-van.xlsx'), TIMES.a, TIMES.a);
  utimesSync(join(dir, 'nop', 'b-hoi-nong-dan.xlsx'), TIMES.b, TIMES.b);
  utimesSync(join(dir, 'nop', 'e1-thi-doan.xlsx'), TIMES.e1, TIMES.e1);
  utimesSync(join(dir, 'nop', 'e2-thi-doan.xlsx'), TIMES.e2, TIMES.e2);
  utimesSync(join(dir, 'nop', 'x-khong-ro.xlsx'), TIMES.x, TIMES.x);
});

async function run(...args: string[]) {
  const io = capture(dir);
  const code = await main(['submissions', 'danh-muc.xlsx', 'nop', ...args], io);
  return { code, ...io };
}

describe('ketnghia submissions on a hand-made inbox', () => {
  it('gives every expected unit its status, files, activities and time received (--json)', async () => {
    const { code, stdout } = await run('--year', '2020', '--json');
    // The unknown reporting unit is an error in the data.
    expect(code).toBe(1);
    const json = JSON.parse(stdout) as SubmissionsJson;
    expect(Object.keys(json).slice(0, 6)).toEqual(['period', 'expected', 'reported', 'rate', 'units', 'unexpected']);
    expect(json.period).toEqual({ from: '2020-01-01', to: '2020-12-31' });
    expect(json.units.map((u) => [u.unit, u.bloc, u.status, u.activities, u.files])).toEqual([
      ['Ban Dân vận Thị ủy', 'dang', 'reported', 2, ['nop/a-ban-dan-van.xlsx']],
      ['Hội Nông dân thị xã', 'mat-tran-doan-the', 'reported-empty', 0, ['nop/b-hoi-nong-dan.xlsx']],
      ['Công an thị xã', 'luc-luong-vu-trang', 'missing', 0, []],
      ['Phòng Dân tộc', 'chinh-quyen', 'missing', 0, []],
      ['Thị đoàn Ayun Pa', 'mat-tran-doan-the', 'reported', 1, ['nop/e1-thi-doan.xlsx', 'nop/e2-thi-doan.xlsx']],
    ]);
    expect([json.expected, json.reported, json.rate]).toEqual([5, 3, 3 / 5]);
    expect(json.units[0]!.received).toBe(localIso(TIMES.a));
    // The first of its two files.
    expect(json.units[4]!.received).toBe(localIso(TIMES.e1));
    expect(json.units[2]!.received).toBeNull();
    expect(json.unexpected).toEqual([
      expect.objectContaining({ unit: 'Ban Dân vân Thị ủy', status: 'reported-empty', files: ['nop/x-khong-ro.xlsx'], suggestion: 'Ban Dân vận Thị ủy' }),
    ]);
    expect(json.notes.map((n) => [n.kind, n.file])).toEqual([
      ['outside-period', 'nop/c-cong-an.xlsx'],
      ['no-title-year', 'nop/f-phong-dan-toc.xlsx'],
    ]);
    expect(json.notes[0]!.message).toContain('năm 2019, ngoài kỳ năm 2020');
    expect(json).not.toHaveProperty('deadline');
  });

  it('reports the unknown reporting unit as unknown-unit with a suggestion, in validate too', async () => {
    const result = await load([join(dir, 'danh-muc.xlsx'), join(dir, 'nop', 'x-khong-ro.xlsx')]);
    expect(result.findings.map((f) => [f.code, f.sheet, f.row, f.column, f.value, f.suggestion])).toEqual([
      ['unknown-unit', 'Hoạt động', 2, 'A', 'Ban Dân vân Thị ủy', 'Ban Dân vận Thị ủy'],
    ]);
    const { stderr } = await run('--year', '2020');
    expect(stderr).toContain('có phải là "Ban Dân vận Thị ủy"?');
  });

  it('prints the table, the rate, the unexpected units and the files that do not count', async () => {
    const { stdout } = await run('--year', '2020');
    expect(stdout).toContain('Tình hình nộp báo cáo kết nghĩa năm 2020');
    expect(stdout).toContain('Đã nộp 3/5 cơ quan, đơn vị (60%): 2 có hoạt động, 1 nộp nhưng không có hoạt động; 2 chưa nộp.');
    // Files are shown within their folder, named once above the table.
    expect(stdout).toContain('Tệp trong thư mục nop\n');
    expect(rowWith(stdout, 'Ban Dân vận Thị ủy')).toEqual(['1', 'BanDânvậnThịủy', 'Đảng', 'đãnộp', '2', 'a-ban-dan-van.xlsx', '05/01/202110:00']);
    expect(rowWith(stdout, 'Hội Nông dân thị xã')!.slice(1, 5)).toEqual(['HộiNôngdânthịxã', 'Mặttrận,đoànthể', 'nộp,khôngcóhoạtđộng', '0']);
    expect(rowWith(stdout, 'Công an thị xã')!.slice(1)).toEqual(['Cônganthịxã', 'Lựclượngvũtrang', 'chưanộp', '–', '–', '–']);
    for (const line of stdout.split('\n')) if (/^[│┌├└]/.test(line)) expect(line.length, line).toBeLessThanOrEqual(120);
    expect(stdout).toContain('Đơn vị có nộp nhưng không có cặp kết nghĩa trong kỳ (1):');
    expect(rowWith(stdout, 'Ban Dân vân Thị ủy (có phải là "Ban Dân vận Thị ủy"?)')).toBeDefined();
    expect(stdout).toContain('nop/c-cong-an.xlsx (trang "Hoạt động"): mọi dòng hoạt động thuộc năm 2019');
    expect(stdout).toContain('nop/f-phong-dan-toc.xlsx (trang "Hoạt động"): không có dòng hoạt động và tiêu đề không ghi năm báo cáo');
    expect(stdout).toContain('giờ sửa tệp');
    // Neither the ended nor the future pairing's unit is expected.
    expect(stdout).not.toContain('Chi cục Thuế');
    expect(stdout).not.toContain('Điện lực');
  });

  it('counts the 2019 file for 2019, and the ended pairing then', async () => {
    const { stdout } = await run('--year', '2019', '--json');
    const json = JSON.parse(stdout) as SubmissionsJson;
    expect(json.units.map((u) => [u.unit, u.status])).toEqual([
      ['Ban Dân vận Thị ủy', 'missing'],
      ['Hội Nông dân thị xã', 'missing'],
      ['Công an thị xã', 'reported'],
      ['Phòng Dân tộc', 'missing'],
      ['Thị đoàn Ayun Pa', 'missing'],
      ['Chi cục Thuế thị xã', 'missing'],
    ]);
    expect(json.notes.map((n) => n.kind)).toEqual(['outside-period', 'title-outside-period', 'outside-period', 'title-outside-period', 'no-title-year', 'title-outside-period']);
  });

  it('takes a period of several years with --from/--to', async () => {
    const { stdout } = await run('--from', '2019', '--to', '2020');
    expect(stdout).toContain('Tình hình nộp báo cáo kết nghĩa từ năm 2019 đến năm 2020');
    // The 2019 file counts now, and the pairing that ended in 2019 is expected.
    expect(stdout).toContain('Đã nộp 4/6 cơ quan, đơn vị (66,67%): 3 có hoạt động, 1 nộp nhưng không có hoạt động; 2 chưa nộp.');
    expect(rowWith(stdout, 'Công an thị xã')!.slice(1, 6)).toEqual(['Cônganthịxã', 'Lựclượngvũtrang', 'đãnộp', '1', 'c-cong-an.xlsx']);
    expect(rowWith(stdout, 'Chi cục Thuế thị xã')!.slice(2, 4)).toEqual(['Chínhquyền', 'chưanộp']);
  });

  it('marks files received after the deadline, from --deadline or the config', async () => {
    const { stdout } = await run('--year', '2020', '--json', '--deadline', '2021-01-15');
    const json = JSON.parse(stdout) as SubmissionsJson;
    expect(json.deadline).toBe('2021-01-15');
    expect(json.units.map((u) => u.late)).toEqual([false, true, false, false, false]);
    const text = await run('--year', '2020', '--deadline', '15/01/2021');
    expect(tableRows(text.stdout).flat()).toContain('20/01/202109:30(nộpmuộn)');
    expect(text.stdout).toContain('Hạn nộp 15/01/2021: 1 tệp nhận sau hạn');
    writeFileSync(join(dir, 'ketnghia.config.json'), JSON.stringify({ deadline: '2021-01-06' }));
    try {
      const config = JSON.parse((await run('--year', '2020', '--json')).stdout) as SubmissionsJson;
      expect(config.deadline).toBe('2021-01-06');
      expect(config.units.map((u) => u.late)).toEqual([false, true, false, false, true]);
    } finally {
      rmSync(join(dir, 'ketnghia.config.json'));
    }
  });

  it('--remind: a short message naming the missing units and the period', async () => {
    const { stdout } = await run('--year', '2020', '--remind', '--deadline', '2021-01-15');
    expect(stdout).toBe(
      'Kính gửi các cơ quan, đơn vị:\n- Công an thị xã;\n- Phòng Dân tộc.\n' +
        'Đến nay chưa nhận được báo cáo kết quả công tác kết nghĩa năm 2020 của các cơ quan, đơn vị nêu trên. ' +
        'Đề nghị các cơ quan, đơn vị khẩn trương gửi báo cáo (hạn nộp ngày 15/01/2021); đơn vị không có hoạt động trong kỳ vẫn gửi biểu, ghi rõ "Đơn vị báo cáo" và năm báo cáo ở đầu biểu. Trân trọng cảm ơn.\n',
    );
    const en = await run('--year', '2020', '--remind', '--lang', 'en');
    expect(en.stdout).toContain('- Công an thị xã\n- Phòng Dân tộc\n');
    expect(en.stdout).toContain('report on the pairing programme for 2020');
  });

  it('--xlsx writes the register as a workbook: a row per unit, the time received as a date, the others apart; never over an input', async () => {
    const { code, stdout } = await run('--year', '2020', '--deadline', '15/01/2021', '--xlsx', 'so-nop.xlsx');
    expect(code).toBe(1);
    expect(stdout).toContain('Đã ghi danh sách nộp báo cáo: so-nop.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'so-nop.xlsx'));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Tình hình nộp báo cáo kết nghĩa', 'Nộp nhưng không kết nghĩa', 'Tệp không được tính']);
    const main1 = book.worksheets[0]!;
    expect(main1.getCell('A1').value).toBe('Tình hình nộp báo cáo kết nghĩa năm 2020');
    expect(main1.getCell('A2').value).toBe('Đã nộp 3/5 cơ quan, đơn vị (60%): 2 có hoạt động, 1 nộp nhưng không có hoạt động; 2 chưa nộp.');
    expect(main1.getRow(3).values).toEqual([undefined, 'STT', 'Cơ quan, đơn vị', 'Khối', 'Tình trạng', 'Số hoạt động', 'Tệp', 'Nhận lúc', 'Nộp muộn']);
    const rows = [4, 5, 6, 7, 8].map((r) => [1, 2, 3, 4, 5].map((c) => main1.getRow(r).getCell(c).value));
    expect(rows).toEqual([
      [1, 'Ban Dân vận Thị ủy', 'Đảng', 'đã nộp', 2],
      [2, 'Hội Nông dân thị xã', 'Mặt trận, đoàn thể', 'nộp, không có hoạt động', 0],
      [3, 'Công an thị xã', 'Lực lượng vũ trang', 'chưa nộp', null],
      [4, 'Phòng Dân tộc', 'Chính quyền', 'chưa nộp', null],
      [5, 'Thị đoàn Ayun Pa', 'Mặt trận, đoàn thể', 'đã nộp', 1],
    ]);
    // The local clock of the file's time, whatever the timezone; late against the deadline.
    expect(main1.getCell('G4').value).toEqual(new Date(Date.UTC(2021, 0, 5, 10, 0, 0)));
    expect(main1.getCell('G4').numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(main1.getCell('H5').value).toBe('muộn');
    expect(main1.getCell('H4').value).toBeNull();
    expect(main1.getCell('F8').value).toBe('nop/e1-thi-doan.xlsx\nnop/e2-thi-doan.xlsx');
    expect(main1.getRow(6).font?.color?.argb).toBe('FFB3261E');
    expect(book.worksheets[1]!.getCell('B4').value).toBe('Ban Dân vân Thị ủy (có phải là "Ban Dân vận Thị ủy"?)');
    expect(book.worksheets[2]!.getColumn(1).values.slice(3)).toEqual(['nop/c-cong-an.xlsx', 'nop/f-phong-dan-toc.xlsx']);
    // Not again without --force; never over an input, named or found in a folder.
    expect((await run('--year', '2020', '--xlsx', 'so-nop.xlsx')).code).toBe(2);
    expect((await run('--year', '2020', '--xlsx', 'so-nop.xlsx', '--force')).code).toBe(1);
    for (const input of ['danh-muc.xlsx', 'nop/a-ban-dan-van.xlsx']) {
      const refused = await run('--year', '2020', '--xlsx', input, '--force');
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('trùng với tệp đầu vào');
    }
    rmSync(join(dir, 'so-nop.xlsx'));
  });

  it('speaks English with --lang en', async () => {
    const { stdout } = await run('--year', '2020', '--lang', 'en');
    expect(stdout).toContain('3/5 units reported (60%): 2 with activities, 1 with none in the period; 2 missing.');
    expect(rowWith(stdout, 'Hội Nông dân thị xã', 'reported, no activity')).toBeDefined();
    expect(stdout).toContain('every activity row is dated in 2019, outside 2020');
  });

  it('needs a period and a pairings sheet', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('--year', '2020', '--deadline', '31/02/2021')).code).toBe(2);
    const io = capture(dir);
    expect(await main(['submissions', 'nop', '--year', '2020'], io)).toBe(1);
    expect(io.stderr).toContain('Không có danh sách kết nghĩa');
    expect(io.stdout).toBe('');
  });
});

describe('the reporting rate in stats and the report', () => {
  // The inbox without its two faulty files (unknown unit, unknown type): stats and report stop on errors.
  const clean = ['danh-muc.xlsx', 'nop/a-ban-dan-van.xlsx', 'nop/b-hoi-nong-dan.xlsx', 'nop/c-cong-an.xlsx'];

  it('stats --json gains submissions, and stats prints the rate, only with a pairings sheet', async () => {
    const io = capture(dir);
    expect(await main(['stats', ...clean, '--year', '2020', '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout) as Record<string, unknown>;
    expect(json.submissions).toEqual({ expected: 5, reported: 2, rate: 2 / 5 });
    const text = capture(dir);
    expect(await main(['stats', ...clean, '--year', '2020'], text)).toBe(0);
    expect(text.stdout).toContain('Số liệu tổng hợp từ báo cáo của 2/5 cơ quan, đơn vị (tỷ lệ nộp 40%');
    // Over the years reports were received for (2019, 2020), not the whole period asked: the
    // pairing that ended in 2016 is not a unit that failed to report; the one ended in 2019 is expected.
    const span = capture(dir);
    expect(await main(['stats', ...clean, '--from', '2016', '--to', '2020', '--json'], span)).toBe(0);
    expect((JSON.parse(span.stdout) as Record<string, unknown>).submissions).toEqual({ expected: 6, reported: 3, rate: 3 / 6 });
    const alone = capture(dir);
    expect(await main(['stats', 'nop/a-ban-dan-van.xlsx', '--year', '2020', '--json'], alone)).toBe(0);
    expect(JSON.parse(alone.stdout)).not.toHaveProperty('submissions');
    const aloneText = capture(dir);
    expect(await main(['stats', 'nop/a-ban-dan-van.xlsx', '--year', '2020'], aloneText)).toBe(0);
    expect(aloneText.stdout).not.toContain('báo cáo của');
  });

  it('the report states X/Y beside the figures and lists the missing units in an appendix; says nothing without pairings', async () => {
    const io = capture(dir);
    expect(await main(['report', ...clean, '--year', '2020', '--print-context'], io)).toBe(0);
    const context = JSON.parse(io.stdout) as ReportContext;
    expect(context.submissions).toEqual({
      expected: 5,
      reported: 2,
      rate: 0.4,
      missingCount: 3,
      missing: [
        { unit: 'Công an thị xã', bloc: 'Lực lượng vũ trang' },
        { unit: 'Phòng Dân tộc', bloc: 'Chính quyền' },
        { unit: 'Thị đoàn Ayun Pa', bloc: 'Mặt trận, đoàn thể' },
      ],
    });
    // The missing-reports appendix comes after the per-unit, uncovered, pairings and inactive ones that exist.
    const n = context.appendix.missing;
    const others = Object.entries(context.appendix).filter(([k, v]) => k !== 'missing' && v !== null).length;
    expect(n).toBe(others + 1);
    for (const kind of ['nam', 'so-ket', 'tong-ket'] as const) {
      const markup = await renderMarkup(context, { kind });
      const funds = markup.indexOf('## 3. Kết quả huy động nguồn lực');
      expect(markup.indexOf('Số liệu tổng hợp từ báo cáo của 2/5 cơ quan, đơn vị.')).toBeGreaterThan(funds);
      // Named, neutrally, with the appendix (SPEC §5): not reported is not "hình thức".
      expect(markup).toContain(`Có 3 cơ quan, đơn vị chưa báo cáo kết quả năm 2020, nên chưa có số liệu để đánh giá hoạt động kết nghĩa của các đơn vị này: Công an thị xã, Phòng Dân tộc, Thị đoàn Ayun Pa; chi tiết tại Phụ lục ${n}.`);
      expect(markup).toContain(`Phụ lục ${n}. Cơ quan, đơn vị chưa có báo cáo (từ 01/01/2020 đến 31/12/2020)`);
      expect(markup).toContain('| 2 | Phòng Dân tộc | Chính quyền | 2020 |');
    }
    const alone = capture(dir);
    expect(await main(['report', 'nop/a-ban-dan-van.xlsx', '--year', '2020', '--print-context'], alone)).toBe(0);
    const none = JSON.parse(alone.stdout) as ReportContext;
    expect(none.submissions).toBeNull();
    const markup = await renderMarkup(none, { kind: 'nam' });
    expect(markup).not.toContain('báo cáo của');
    expect(markup).not.toContain('Cơ quan, đơn vị chưa có báo cáo');
  });
});

describe('the samples inbox (samples-nop-2020/)', () => {
  it('shows every status: reported, reported with no activity, missing, last year\'s file, a misspelt unit', async () => {
    const root = join(import.meta.dirname, '..');
    const io = capture(root);
    expect(await main(['submissions', 'samples/ayunpa-danh-muc.xlsx', 'samples-nop-2020', '--year', '2020', '--json'], io)).toBe(1);
    const json = JSON.parse(io.stdout) as SubmissionsJson;
    expect([json.expected, json.reported]).toEqual([45, 40]);
    const byStatus = (status: string) => json.units.filter((u) => u.status === status).map((u) => u.unit);
    expect(byStatus('reported')).toHaveLength(39);
    expect(byStatus('reported-empty')).toEqual(['Phòng Tài chính - Kế hoạch']);
    expect(byStatus('missing')).toEqual(['Phòng Tư pháp', 'Chi cục Thống kê thị xã', 'Chi cục Thi hành án dân sự thị xã', 'Hội Chữ thập đỏ thị xã', 'Viettel Ayun Pa']);
    expect(json.unexpected).toEqual([
      expect.objectContaining({ unit: 'Chi cục Thi hành án dân sư thị xã', status: 'reported', activities: 3, suggestion: 'Chi cục Thi hành án dân sự thị xã' }),
    ]);
    expect(json.notes.map((n) => [n.kind, n.file])).toEqual([['outside-period', 'samples-nop-2020/17-phong-tu-phap.xlsx']]);
    // One file per unit, each counted for its own unit only.
    for (const u of json.units.filter((x) => x.status !== 'missing')) expect(u.files).toHaveLength(1);
    expect(io.stderr).toContain('unknown-unit');
  });
});

describe('submissions names every file it cannot use, and refuses a year to come', () => {
  beforeAll(() => {
    mkdirSync(join(dir, 'hop-thu'));
    copyFileSync(join(dir, 'nop', 'a-ban-dan-van.xlsx'), join(dir, 'hop-thu', 'a-ban-dan-van.xlsx'));
    copyFileSync(join(dir, 'nop', 'c-cong-an.xlsx'), join(dir, 'hop-thu', 'c-cong-an.xlsx'));
    copyFileSync(join('samples-loi', 'dinh-dang-cu.xls'), join(dir, 'hop-thu', 'd-phong-dan-toc.xls'));
    writeFileSync(join(dir, 'hop-thu', 'g-thi-doan.pdf'), '%PDF-1.4\n');
    const whole = readFileSync(join(dir, 'nop', 'b-hoi-nong-dan.xlsx'));
    writeFileSync(join(dir, 'hop-thu', 'b-hoi-nong-dan.xlsx'), whole.subarray(0, whole.length - 200));
  });
  const inbox = async (...args: string[]) => {
    const io = capture(dir);
    const code = await main(['submissions', 'danh-muc.xlsx', 'hop-thu', ...args], io);
    return { code, ...io };
  };

  it('--json: skipped lists the .xls, the PDF and the unreadable file with why; notes the file outside the period', async () => {
    const json = JSON.parse((await inbox('--year', '2020', '--json')).stdout) as SubmissionsJson;
    expect(json.skipped.map((s) => [s.file, s.code])).toEqual([
      ['hop-thu/b-hoi-nong-dan.xlsx', 'file-unreadable'],
      ['hop-thu/d-phong-dan-toc.xls', 'file-legacy-format'],
      ['hop-thu/g-thi-doan.pdf', 'file-skipped'],
    ]);
    expect(json.skipped[0]!.reason).toContain('hãy đề nghị đơn vị gửi lại tệp');
    expect(json.skipped[1]!.reason).toContain('Excel Workbook (*.xlsx)');
    expect(json.notes.map((n) => [n.kind, n.file])).toEqual([['outside-period', 'hop-thu/c-cong-an.xlsx']]);
    const en = JSON.parse((await inbox('--year', '2020', '--json', '--lang', 'en')).stdout) as SubmissionsJson;
    expect(en.skipped[2]!.reason).toContain('not an Excel workbook (.pdf)');
  });

  it('the console names each of them too', async () => {
    const { stdout } = await inbox('--year', '2020');
    expect(stdout).toContain('Tệp không dùng được (3):');
    for (const file of ['b-hoi-nong-dan.xlsx', 'd-phong-dan-toc.xls', 'g-thi-doan.pdf']) expect(stdout).toContain(`  - hop-thu/${file}: `);
    expect(stdout).toContain('hop-thu/c-cong-an.xlsx (trang "Hoạt động"): mọi dòng hoạt động thuộc năm 2019');
    const en = await inbox('--year', '2020', '--lang', 'en');
    expect(en.stdout).toContain('Files that could not be used (3):');
  });

  it('a year after this one is a usage error (exit 2), as for stats, and drafts no reminder', async () => {
    const next = new Date().getFullYear() + 1;
    const { code, stdout, stderr } = await inbox('--year', String(next), '--remind');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`01/01/${next}`);
    const en = await inbox('--year', String(next), '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/Usage error/i);
  });
});
