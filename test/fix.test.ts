import { readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fix, printFix, type FixOptions } from '../src/cli/commands/fix.js';
import type { Io } from '../src/cli/io.js';
import type { Dataset } from '../src/model/types.js';
import { usageText } from '../src/words/usage.js';
import { UsageError } from '../src/errors.js';
import type { Finding } from '../src/findings/finding.js';
import { HEADERS, load, tempDir, writeWorkbook } from './helpers/workbook.js';

const TODAY = '2026-11-22';
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function bufferIo(cwd: string): Io & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (t) => void (out += t), err: (t) => void (err += t), isTTY: false, errIsTTY: false, cwd, stdout: () => out, stderr: () => err };
}

async function run(cwd: string, options: Partial<FixOptions> & { input: string; output: string }) {
  const io = bufferIo(cwd);
  const full: FixOptions = { lang: 'vi', today: TODAY, ...options };
  const result = await fix(full, io);
  printFix(result, full, io);
  return { result, io };
}

/** A submission as offices send it: every kind of fixable mess, and one cell that cannot be fixed. */
async function messyWorkbook(path: string): Promise<string> {
  return writeWorkbook(path, [
    {
      name: 'Thôn làng',
      rows: [
        [...HEADERS.villages],
        [1, null, 'Ia Sao', 'Bôn Chư Jú', 2020, 'Jrai', 'có', null, '172', 170, 851, 43, 20],
        [2, null, 'Ia Sao', { value: 'B«n Hiao' /* Bôn Hiao in TCVN3 */, font: '.VnTime' }, 2020, 'Gia Rai', 'x', 'không', 120, 118, 600, 30, 10],
      ],
    },
    {
      name: 'Kết nghĩa',
      rows: [
        [...HEADERS.pairings],
        [1, 'Ban Dân vận Thị ủy', 'Ia Sao', 'Bôn Chư Jú', '15-03-2013', null, '1561/QĐ-UBND'],
        [2, { value: 'Hoäi Noâng daân' /* Hội Nông dân in VNI */, font: 'VNI-Times' }, 'Ia Sao', 'Bôn Hiao', 41276, null, null],
      ],
    },
    {
      name: 'Hoạt động',
      rows: [
        ['BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KẾT NGHĨA NĂM 2022'],
        ['STT', 'Ngày', 'Đơn vị', 'Xã', 'Thôn/làng', 'Loại hoạt động', 'Nội dung', 'Tiền mặt (đồng)', 'Hiện vật quy đổi (triệu đồng)', 'Nguồn kinh phí'],
        [1, '15/03/2022', 'Ban Dân vận Thị ủy'.normalize('NFD'), '  Ia   Sao ', 'Bôn Chư Jú', 'thăm hỏi tặng quà', 'Tặng quà\nTết', '1.500.000', '2,5', 'tự đóng góp'],
        [2, utc(2022, 6, 1), { value: 'Hoäi Noâng daân' /* Hội Nông dân in VNI */, font: 'VNI-Times' }, 'Ia Sao', { value: 'B«n Hiao' /* Bôn Hiao in TCVN3 */, font: '.VnTime' }, 'Mô hình phát triển kinh tế', null, 'abc', 1, 'XHH'],
        [null, 'Tổng cộng', null, null, null, null, null, { formula: 'SUM(H3:H4)', result: 1_500_000 }, { formula: 'SUM(I3:I4)', result: 3.5 }],
      ],
    },
    { name: 'Ghi chú', rows: [['Số liệu do '.normalize('NFD') + '  Ban Dân vận  '.normalize('NFD')]] },
  ]);
}

/** The dataset without the file name, so two files' readings compare. */
function values(dataset: Dataset): unknown {
  const strip = <T extends { origin: { file: string } }>(rows: readonly T[]) => rows.map((r) => ({ ...r, origin: { ...r.origin, file: '' } }));
  return { villages: strip(dataset.villages), units: strip(dataset.units), pairings: strip(dataset.pairings), activities: strip(dataset.activities) };
}

const where = (findings: readonly Finding[]) => findings.map((f) => [f.sheet, f.row, f.column, f.code]);

describe('ketnghia fix', () => {
  const dir = tempDir();
  const input = join(dir, 'nop.xlsx');
  const output = join(dir, 'nop-da-sua.xlsx');
  let run1: Awaited<ReturnType<typeof run>>;
  let inputBytes: Buffer;
  let inputMtime: number;

  beforeAll(async () => {
    await messyWorkbook(input);
    inputBytes = readFileSync(input);
    inputMtime = statSync(input).mtimeMs;
    run1 = await run(dir, { input: 'nop.xlsx', output: 'nop-da-sua.xlsx' });
  });

  it('names every cell it changed, with the reason', () => {
    expect(run1.result).toMatchObject({ exitCode: 0, written: 'nop-da-sua.xlsx', unfixed: 1 });
    expect(run1.result.changes.map((c) => [c.sheet, c.cell, c.reason])).toEqual([
      ['Thôn làng', 'F2', 'choice-label'],
      ['Thôn làng', 'G2', 'boolean'],
      ['Thôn làng', 'I2', 'number-text'],
      ['Thôn làng', 'D3', 'legacy-encoding'],
      ['Kết nghĩa', 'E2', 'date-text'],
      ['Kết nghĩa', 'B3', 'legacy-encoding'],
      ['Kết nghĩa', 'E3', 'date-text'],
      ['Hoạt động', 'B3', 'date-text'],
      ['Hoạt động', 'C3', 'nfc'],
      ['Hoạt động', 'D3', 'spaces'],
      ['Hoạt động', 'F3', 'choice-label'],
      ['Hoạt động', 'G3', 'spaces'],
      ['Hoạt động', 'H3', 'number-text'],
      ['Hoạt động', 'I3', 'number-text'],
      ['Hoạt động', 'J3', 'choice-label'],
      ['Hoạt động', 'C4', 'legacy-encoding'],
      ['Hoạt động', 'E4', 'legacy-encoding'],
      ['Hoạt động', 'J4', 'choice-label'],
    ]);
    expect(run1.result.changes.find((c) => c.cell === 'D3' && c.sheet === 'Thôn làng')).toMatchObject({ field: 'village', after: 'Bôn Hiao' });
    expect(run1.result.changes.find((c) => c.cell === 'B3' && c.sheet === 'Hoạt động')).toMatchObject({ before: '15/03/2022', after: '2022-03-15' });
    expect(run1.result.changes.find((c) => c.cell === 'I3')).toMatchObject({ before: '2,5', after: '2.5' });
    // …printed in the Vietnamese form on screen.
    expect(run1.io.stdout()).toMatch(/I3 +"2,5" → 2,5 /);
    const out = run1.io.stdout();
    expect(out).toContain('Trang "Hoạt động":');
    expect(out).toMatch(/D3 +" {2}Ia {3}Sao " → "Ia Sao" +bỏ khoảng trắng/);
    expect(out).toContain('Đã sửa 18 ô; bản đã sửa: nop-da-sua.xlsx (tệp gốc giữ nguyên).');
    expect(out).toContain('Còn 1 ô');
  });

  it('gives a copy that reads as the same values, without the legacy-encoding warnings', async () => {
    const before = await load([input], TODAY);
    const after = await load([output], TODAY);
    expect(before.findings.filter((f) => f.code === 'legacy-encoding')).toHaveLength(4);
    expect(where(after.findings)).toEqual(where(before.findings.filter((f) => f.code !== 'legacy-encoding')));
    // What cannot be fixed stays and is still reported.
    expect(where(after.findings)).toContainEqual(['Hoạt động', 4, 'H', 'invalid-number']);
    expect(values(after.dataset)).toEqual(values(before.dataset));
    expect(after.dataset.activities[0]).toMatchObject({ date: '2022-03-15', unit: 'Ban Dân vận Thị ủy', commune: 'Ia Sao', type: 'visits-gifts', cash: 1_500_000, inKind: 2_500_000, source: 'own' });
    expect(after.dataset.pairings.map((p) => [p.unit, p.startDate])).toEqual([['Ban Dân vận Thị ủy', '2013-03-15'], ['Hội Nông dân', '2013-01-02']]);
  });

  it('stores real numbers, dates and labels, and a Unicode font for converted text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const activities = workbook.getWorksheet('Hoạt động')!;
    expect(activities.getCell('H3').value).toBe(1_500_000);
    expect(activities.getCell('H3').numFmt).toBe('#,##0');
    // In the column's own unit: the header still says "triệu đồng".
    expect(activities.getCell('I3').value).toBe(2.5);
    expect(activities.getCell('I3').numFmt).not.toBe('#,##0');
    expect(activities.getColumn('B').width).toBeGreaterThanOrEqual(11);
    expect(activities.getCell('I2').value).toBe('Hiện vật quy đổi (triệu đồng)');
    expect((activities.getCell('B3').value as Date).toISOString()).toBe('2022-03-15T00:00:00.000Z');
    expect(activities.getCell('B3').numFmt).toBe('dd/mm/yyyy');
    expect(activities.getCell('F3').value).toBe('Thăm hỏi, tặng quà');
    expect(activities.getCell('C4').value).toBe('Hội Nông dân');
    expect(activities.getCell('C4').font?.name).toBe('Times New Roman');
    expect(activities.getCell('E4').font?.name).toBe('Times New Roman');
    // Left alone: the bad number, the totals row and its formulas, the title.
    expect(activities.getCell('H4').value).toBe('abc');
    expect(activities.getCell('H5').value).toMatchObject({ formula: 'SUM(H3:H4)' });
    expect(activities.getCell('A1').value).toBe('BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KẾT NGHĨA NĂM 2022');
    const pairings = workbook.getWorksheet('Kết nghĩa')!;
    expect((pairings.getCell('E3').value as Date).toISOString()).toBe('2013-01-02T00:00:00.000Z');
    const villages = workbook.getWorksheet('Thôn làng')!;
    expect([villages.getCell('F2').value, villages.getCell('G2').value, villages.getCell('I2').value]).toEqual(['Gia Rai', 'x', 172]);
    // A sheet that is not one of the four is copied as it was.
    expect(workbook.getWorksheet('Ghi chú')!.getCell('A1').value).toBe('Số liệu do '.normalize('NFD') + '  Ban Dân vận  '.normalize('NFD'));
  });

  it('never modifies the input', () => {
    expect(readFileSync(input).equals(inputBytes)).toBe(true);
    expect(statSync(input).mtimeMs).toBe(inputMtime);
  });

  it('refuses to write over the input, even through a link', async () => {
    await expect(run(dir, { input: 'nop.xlsx', output: 'nop.xlsx' })).rejects.toThrow(UsageError);
    // The refusals are coded; the face words them (here in Vietnamese, as the CLI does).
    const said = (promise: Promise<unknown>) => promise.then(() => '', (error: unknown) => usageText(error as UsageError, 'vi'));
    await expect(said(run(dir, { input: 'nop.xlsx', output: './sub/../nop.xlsx' }))).resolves.toMatch(/không sửa đè/i);
    symlinkSync(input, join(dir, 'lien-ket.xlsx'));
    await expect(run(dir, { input: 'lien-ket.xlsx', output: 'nop.xlsx' })).rejects.toThrow(UsageError);
    await expect(said(run(dir, { input: 'nop.xlsx', output: 'nop.xls' }))).resolves.toMatch(/\.xlsx/);
    await expect(said(run(dir, { input: 'khong-co.xlsx', output: 'x.xlsx' }))).resolves.toMatch(/Không tìm thấy/);
    expect(readFileSync(input).equals(inputBytes)).toBe(true);
  });

  it('prints the changes as JSON with --json', async () => {
    const { io } = await run(dir, { input: 'nop.xlsx', output: 'json.xlsx', json: true });
    const json = JSON.parse(io.stdout()) as { changes: Array<Record<string, string>>; written: string };
    expect(json.written).toBe('json.xlsx');
    expect(json.changes[0]).toEqual({ sheet: 'Thôn làng', cell: 'F2', field: 'ethnicity', before: 'Jrai', after: 'Gia Rai', reason: 'choice-label' });
  });

  it('says in words why it cannot read a file, and exits 1', async () => {
    writeFileSync(join(dir, 'csv.xlsx'), 'STT;Xã;Thôn\n1;Ia Sao;Bôn Chư Jú\n');
    const text = await run(dir, { input: 'csv.xlsx', output: 'a.xlsx' });
    expect(text.result).toMatchObject({ exitCode: 1, changes: [], problem: { code: 'file-unreadable' } });
    expect(text.io.stderr()).toContain('tệp văn bản');
    writeFileSync(join(dir, 'cu.xls'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
    const xls = await run(dir, { input: 'cu.xls', output: 'b.xlsx', lang: 'en' });
    expect(xls.result).toMatchObject({ exitCode: 1, problem: { code: 'file-legacy-format' } });
    expect(xls.io.stderr()).toContain('Save As');
    const other = await writeWorkbook(join(dir, 'khac.xlsx'), [{ name: 'Sheet1', rows: [['Họ tên', 'Tuổi'], ['An', 3]] }]);
    const none = await run(dir, { input: other, output: 'c.xlsx' });
    expect(none.result).toMatchObject({ exitCode: 1, problem: { code: 'no-known-sheet' } });
    expect(() => statSync(join(dir, 'c.xlsx'))).toThrow();
  });

  it('converts a title typed in a TCVN3 "H" font, in capitals, and leaves other text outside the table alone', async () => {
    const file = join(process.cwd(), 'samples-loi', 'bang-ma-cu.xlsx');
    const { result } = await run(dir, { input: file, output: 'bang-ma-moi.xlsx' });
    expect(result.exitCode).toBe(0);
    expect(result.changes.find((c) => c.cell === 'A1')).toMatchObject({ after: 'DANH SÁCH BUÔN ĐỒNG BÀO DÂN TỘC THIỂU SỐ XÃ EA TIÊU', reason: 'legacy-encoding' });
    expect(result.changes.find((c) => c.cell === 'A1')).not.toHaveProperty('field');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'bang-ma-moi.xlsx'));
    const title = book.worksheets[0]!.getCell('A1');
    expect(title.value).toBe('DANH SÁCH BUÔN ĐỒNG BÀO DÂN TỘC THIỂU SỐ XÃ EA TIÊU');
    expect(title.font?.name).toBe('Times New Roman');
  });

  it('leaves a clean file clean', async () => {
    const clean = await writeWorkbook(join(dir, 'sach.xlsx'), [
      { name: 'Đơn vị', rows: [[...HEADERS.units], [1, 'Ban Dân vận Thị ủy', 'huyện', 'Đảng']] },
    ]);
    const { result, io } = await run(dir, { input: clean, output: 'sach-2.xlsx', lang: 'en' });
    expect(result).toMatchObject({ exitCode: 0, changes: [], unfixed: 0 });
    expect(io.stdout()).toContain('No cell needed fixing.');
  });
});
