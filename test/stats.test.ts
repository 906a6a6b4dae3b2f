import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { convertToPdf } from '../src/report/pdf.js';
import { tempDir, writeWorkbook, HEADERS } from './helpers/workbook.js';
import { capture as io } from './helpers/io.js';

const SAMPLES = ['ayunpa-danh-muc', 'ayunpa-hoat-dong-khoi-chinh-quyen', 'ayunpa-hoat-dong-khoi-dang', 'ayunpa-hoat-dong-khoi-luc-luong-vu-trang-doanh-nghiep', 'ayunpa-hoat-dong-khoi-mat-tran'].map((f) =>
  join(process.cwd(), 'samples', `${f}.xlsx`),
);


describe('ketnghia stats and coverage on the Ayun Pa samples', () => {
  it('states the figures of the Ayun Pa report, in Vietnamese number form', async () => {
    const out = io(tempDir());
    expect(await main(['stats', ...SAMPLES, '--from', '2016', '--to', '2020'], out)).toBe(0);
    // samples/ketnghia.config.json calls a village "bôn", as Ayun Pa does.
    for (const text of ['│ Số bôn', '24 │', '100%', '989.356.000', '1.033', '4.135', '20.413']) expect(out.stdout).toContain(text);
    expect(out.stdout).toMatch(/│ 2020 │ +4\.135 │ +75 │ +1,81% │/);
  });

  it('gives exactly the SPEC keys in --json', async () => {
    const out = io(tempDir());
    expect(await main(['stats', ...SAMPLES, '--from', '2016', '--to', '2020', '--json'], out)).toBe(0);
    const json = JSON.parse(out.stdout) as Record<string, Record<string, unknown>>;
    expect(Object.keys(json)).toEqual(['period', 'villages', 'coverage', 'funds', 'activities', 'poverty', 'data', 'infrastructure', 'households', 'reporting', 'submissions', 'warnings']);
    // The activity sheets begin in 2017: 2016 is absent from funds.byYear, never 0.
    expect(json.data).toEqual({ activityYears: [2017, 2018, 2019, 2020], villageYears: [2016, 2017, 2018, 2019, 2020] });
    expect(Object.keys(json.funds!.byYear as object)).toEqual(['2017', '2018', '2019', '2020']);
    // The two pairings that ended on 30/06/2016 are not judged; none is inactive over 2017–2020.
    expect(json.activities!.inactivePairings).toEqual([]);
    expect(Object.keys(json.villages!)).toEqual(['total', 'households', 'population', 'extremelyDifficult', 'border', 'outcomes']);
    // SPEC §8's keys after §5's; no coverage.districts without district pairings.
    expect(Object.keys(json.coverage!)).toEqual(['villages', 'covered', 'rate', 'units', 'pairings', 'uncovered', 'byCommune', 'communes']);
    expect(Object.keys(json.funds!)).toEqual(['cash', 'inKind', 'total', 'byYear', 'byType', 'bySource', 'byUnit', 'byLevel']);
    expect(Object.keys(json.activities!)).toEqual(['count', 'byType', 'giftShare', 'inactivePairings', 'byLevel', 'inactiveAreaPairings']);
    expect(Object.keys(json.poverty!)).toEqual(['byYear', 'first', 'last', 'change', 'segments']);
    expect((json.poverty!.segments as Array<{ from: number; to: number }>).map((s) => [s.from, s.to])).toEqual([[2016, 2020]]);
    expect(json.funds).toMatchObject({ total: 989_356_000 });
    expect(json.poverty).toMatchObject({ first: { year: 2016, poor: 1033 }, last: { year: 2020, poor: 75 } });
  });

  it('writes the tables to a workbook with Vietnamese headers, number formats and frozen headers', async () => {
    const dir = tempDir();
    const out = io(dir);
    expect(await main(['stats', ...SAMPLES, '--from', '2016', '--to', '2020', '--xlsx', 'bang.xlsx'], out)).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'bang.xlsx'));
    // Short, whole-word sheet names; the period stays in the title row.
    expect(book.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Tổng hợp', 'Kinh phí theo năm', 'Cặp kết nghĩa không có hoạt']));
    expect(book.getWorksheet('Tổng hợp')!.getCell('A1').value).toBe('Tổng hợp (01/01/2016 – 31/12/2020)');
    const years = book.getWorksheet('Kinh phí theo năm')!;
    // Years are numbers, shown without grouping.
    expect(years.getCell('A3').value).toBe(2017);
    expect(years.getCell('A3').numFmt).toBe('0');
    expect(years.getRow(2).values).toEqual([undefined, 'Năm', 'Kinh phí (đồng)', 'Tỷ lệ']);
    expect(years.getCell('B7').value).toBe(989_356_000);
    expect(years.getCell('B7').numFmt).toBe('#,##0');
    expect(years.getCell('C4').numFmt).toBe('0.00%');
    expect(years.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('refuses to write the tables over an input', async () => {
    const out = io(tempDir());
    expect(await main(['stats', ...SAMPLES, '--xlsx', SAMPLES[0]!], out)).toBe(2);
  });

  it('lists villages without a partner, most needy first', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(join(dir, 'thieu.xlsx'), [
      {
        name: 'Thôn làng',
        rows: [
          [...HEADERS.villages],
          [1, null, 'Ia Sao', 'Bôn A', 2020, 'Gia Rai', null, null, 100, 90, 500, 50, 0],
          [2, null, 'Ia Sao', 'Bôn B', 2020, 'Gia Rai', 'x', null, 100, 90, 500, 10, 0],
          [3, null, 'Ia Sao', 'Bôn C', 2020, 'Gia Rai', null, null, 100, 90, 500, 80, 0],
          [4, null, 'Ia Rtô', 'Bôn D', 2020, 'Gia Rai', null, null, 100, 90, 500, 5, 0],
        ],
      },
      { name: 'Kết nghĩa', rows: [[...HEADERS.pairings], [1, 'Hội Nông dân', 'Ia Rtô', 'Bôn D', '01/01/2015', null, null]] },
    ]);
    const out = io(dir);
    expect(await main(['coverage', file, '--year', '2020', '--json'], out)).toBe(0);
    const json = JSON.parse(out.stdout) as { villages: number; covered: number; uncovered: Array<{ village: string }> };
    expect(json).toMatchObject({ villages: 4, covered: 1 });
    // Extremely difficult first, then by poverty rate.
    expect(json.uncovered.map((u) => u.village)).toEqual(['Bôn B', 'Bôn C', 'Bôn A']);
  });

  it('stops on errors unless --allow-errors, which says how many rows were left out', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(join(dir, 'loi.xlsx'), [
      { name: 'Đơn vị', rows: [[...HEADERS.units], [1, 'Hội Nông dân', 'huyện', 'Khác'], [2, null, 'huyện', 'Khác']] },
    ]);
    const stop = io(dir);
    expect(await main(['stats', file], stop)).toBe(1);
    expect(stop.stderr).toContain('--allow-errors');
    const allow = io(dir);
    expect(await main(['stats', file, '--allow-errors', '--json'], allow)).toBe(0);
    expect(allow.stderr).toContain('đã bỏ qua 1 dòng có lỗi');
  });

  it('stops reading at --max-errors and says so', async () => {
    const dir = tempDir();
    const rows: unknown[][] = [[...HEADERS.units]];
    for (let i = 0; i < 50; i++) rows.push([i + 1, null, 'huyện', 'Khác']);
    const file = await writeWorkbook(join(dir, 'nhieu.xlsx'), [{ name: 'Đơn vị', rows: rows as never }]);
    const out = io(dir);
    expect(await main(['validate', file, '--max-errors', '5', '--json'], out)).toBe(1);
    const json = JSON.parse(out.stdout) as { summary: { errors: number; stoppedEarly: boolean } };
    expect(json.summary).toMatchObject({ errors: 5, stoppedEarly: true });
  });
});

describe('report --pdf without LibreOffice', () => {
  it('says clearly that LibreOffice is missing', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const result = await convertToPdf(join(tempDir(), 'x.docx'));
      expect(result).toEqual({ ok: false, message: { vi: expect.stringContaining('chưa cài LibreOffice'), en: expect.stringContaining('LibreOffice is not installed') } });
    } finally {
      process.env.PATH = path;
    }
  });
});

describe('validate --strict', () => {
  it('counts warnings as errors', async () => {
    const file = join(process.cwd(), 'samples-loi', 'bang-ma-cu.xlsx');
    expect(await main(['validate', file], io(tempDir()))).toBe(0);
    expect(await main(['validate', file, '--strict'], io(tempDir()))).toBe(1);
  });
});

describe('inputs as people type them', () => {
  it('reads a file named twice (another spelling, a folder holding it) once', async () => {
    const dir = tempDir();
    const out = io(dir);
    const again = [join(process.cwd(), 'samples', '.', 'ayunpa-hoat-dong-khoi-dang.xlsx'), join(process.cwd(), 'samples', '..', 'samples', 'ayunpa-danh-muc.xlsx')];
    expect(await main(['stats', ...SAMPLES, ...again, '--from', '2016', '--to', '2020', '--json'], out)).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ funds: { total: 989_356_000 }, coverage: { villages: 24, covered: 24, pairings: 45 } });
  });

  it('refuses to compute from nothing, even with --allow-errors', async () => {
    for (const command of ['stats', 'coverage']) {
      const out = io(tempDir());
      expect(await main([command, join(process.cwd(), 'samples-loi', 'khong-nhan-ra.xlsx'), '--allow-errors'], out)).toBe(1);
      expect(out.stdout).toBe('');
      expect(out.stderr).toContain('Không còn dòng số liệu nào dùng được');
    }
  });

  it('makes no coverage claim for a year before the villages list begins', async () => {
    const out = io(tempDir());
    expect(await main(['coverage', ...SAMPLES, '--year', '2015'], out)).toBe(0);
    expect(out.stdout).toContain('Danh sách bôn không có năm nào từ 2015 trở về trước: 23 bôn có đơn vị kết nghĩa tại ngày 31/12/2015');
    expect(out.stdout).not.toContain('0/0');
  });
});

describe('English output', () => {
  it('counts in English: one file, one warning, many rows', async () => {
    const out = io(tempDir());
    expect(await main(['validate', join(process.cwd(), 'samples-loi', 'trung-lap.xlsx'), '--lang', 'en'], out)).toBe(1);
    expect(out.stdout).toContain('Total: 1 file, 20 data rows (17 used, 3 rejected with errors) — 3 errors, 1 warning.');
  });
});

describe('--json when the data has errors', () => {
  it('keeps stdout JSON: the findings in validate’s shape, exit 1', async () => {
    for (const command of ['stats', 'coverage']) {
      const out = io(tempDir());
      expect(await main([command, join(process.cwd(), 'samples-loi', 'loi-so-lieu.xlsx'), '--json'], out)).toBe(1);
      const json = JSON.parse(out.stdout) as { valid: boolean; summary: { errors: number }; issues: Array<{ code: string }> };
      expect(json).toMatchObject({ valid: false, summary: { errors: 8 } });
      expect(json.issues.map((i) => i.code)).toContain('formula-error');
      expect(out.stderr).toContain('--allow-errors');
    }
  });
});
