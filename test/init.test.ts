import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { usageText } from '../src/words/usage.js';
import type { UsageError } from '../src/errors.js';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { init, printInit, type InitOptions } from '../src/cli/commands/init.js';
import type { Io } from '../src/cli/io.js';
import { parseConfig } from '../src/config/load.js';
import { ConfigSchema, DEFAULT_CONFIG } from '../src/config/schema.js';
import { configSchemaText } from '../src/init/config-schema.js';
import { GUIDE_SHEET } from '../src/init/guide.js';
import { LIST_SHEET } from '../src/init/lists.js';
import { firstDataRowOf, headerRowOf } from '../src/init/reporting-line.js';
import { TEMPLATE_FILE } from '../src/init/template.js';
import { SHEETS, SHEET_KINDS } from '../src/schema/fields.js';
import { run as runProcess } from './helpers/spawn.js';
import { flatten, HEADERS, load, tempDir, writeWorkbook } from './helpers/workbook.js';

const TODAY = '2026-11-22';

function bufferIo(cwd: string): Io & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    isTTY: false,
    errIsTTY: false,
    cwd,
    stdout: () => out,
    stderr: () => err,
  };
}

async function run(options: Partial<InitOptions> & { cwd: string }) {
  const io = bufferIo(options.cwd);
  const full: InitOptions = { lang: 'vi', today: TODAY, ...options };
  const result = await init(full, io);
  printInit(result, full, io);
  return { result, io };
}

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

type Validation = { type: string; formulae?: unknown[]; errorStyle?: string; showErrorMessage?: boolean; showInputMessage?: boolean; prompt?: string; error?: string };
const validationAt = (sheet: ExcelJS.Worksheet, address: string): Validation | undefined =>
  (sheet as unknown as { dataValidations: { model: Record<string, Validation> } }).dataValidations.model[address];

/** The template's activities sheet has the reporting-unit line above its header. */
const headerRowOfSheet = (sheet: ExcelJS.Worksheet): number => (sheet.name === 'Hoạt động' ? headerRowOf('activities') : 1);
/** First data row of the activities sheet. */
const A = firstDataRowOf('activities');

/** Column letter of a field on a template sheet. */
function letterOf(sheet: ExcelJS.Worksheet, header: string): string {
  let found: string | undefined;
  sheet.getRow(headerRowOfSheet(sheet)).eachCell((cell) => {
    if (String(cell.value).replace(/ \*$/, '') === header) found = cell.address.replace(/\d+$/, '');
  });
  if (!found) throw new Error(`no column ${header}`);
  return found;
}

describe('ketnghia init', () => {
  it('writes the template and the config into the folder', async () => {
    const dir = tempDir();
    const { result, io } = await run({ cwd: dir });
    expect(result).toMatchObject({ exitCode: 0, written: [TEMPLATE_FILE, 'ketnghia.config.json'], skipped: [] });
    expect(io.stdout()).toContain('Đã tạo mẫu sổ tính: mau-bao-cao-ket-nghia.xlsx');
    expect(io.stdout()).toContain('Đã tạo tệp cấu hình: ketnghia.config.json');
    expect(statSync(join(dir, TEMPLATE_FILE)).size).toBeGreaterThan(5000);
  });

  it('lays out the four sheets with canonical, styled, frozen headers, the guide and a hidden list sheet', async () => {
    const dir = tempDir();
    await run({ cwd: dir, dir: 'out' });
    const workbook = await readBack(join(dir, 'out', TEMPLATE_FILE));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([GUIDE_SHEET, 'Thôn làng', 'Đơn vị', 'Kết nghĩa', 'Hoạt động', 'Xã', 'Kết nghĩa hộ', LIST_SHEET]);
    for (const kind of SHEET_KINDS) {
      const def = SHEETS[kind];
      const sheet = workbook.getWorksheet(def.name)!;
      const headerRow = headerRowOf(kind);
      const headers = (sheet.getRow(headerRow).values as unknown[]).slice(1);
      expect(headers).toEqual(def.fields.map((f) => f.header + (f.required && !f.levelDependent ? ' *' : '')));
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
      const first = sheet.getCell(headerRow, 1);
      expect(first.font?.bold).toBe(true);
      const required = def.fields.findIndex((f) => f.required) + 1;
      const optional = def.fields.findIndex((f) => !f.required) + 1;
      const fill = (col: number) => (sheet.getCell(headerRow, col).fill as ExcelJS.FillPattern).fgColor?.argb;
      if (optional > 0) expect(fill(required)).not.toEqual(fill(optional));
      expect(sheet.getColumn(1).width).toBeGreaterThan(8);
    }
    const lists = workbook.getWorksheet(LIST_SHEET)!;
    expect(lists.state).toBe('hidden');
    const guide = workbook.getWorksheet(GUIDE_SHEET)!;
    const guideText: string[] = [];
    guide.eachRow((row) => row.eachCell((cell) => void guideText.push(String(cell.value))));
    // Every column of every sheet is explained, with its help text and its example.
    for (const kind of SHEET_KINDS) {
      expect(guideText.some((t) => t.includes(`“${SHEETS[kind].name}”`))).toBe(true);
      for (const field of SHEETS[kind].fields) {
        expect(guideText).toContain(field.header + (field.required ? ' *' : ''));
        expect(guideText).toContain(field.help.vi);
        if (field.example) expect(guideText).toContain(field.example);
      }
    }
  });

  it('puts dropdowns on choice, yes/no and ethnic columns and range checks on dates and numbers', async () => {
    const dir = tempDir();
    await run({ cwd: dir });
    const workbook = await readBack(join(dir, TEMPLATE_FILE));
    const activities = workbook.getWorksheet('Hoạt động')!;
    const villages = workbook.getWorksheet('Thôn làng')!;
    const units = workbook.getWorksheet('Đơn vị')!;
    const lists = workbook.getWorksheet(LIST_SHEET)!;
    const listValues = (formula: unknown): string[] => {
      const match = /^'DanhMuc'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(String(formula))!;
      const values: string[] = [];
      for (let r = Number(match[2]); r <= Number(match[3]); r++) values.push(String(lists.getCell(`${match[1]}${r}`).value));
      return values;
    };
    const type = validationAt(activities, `${letterOf(activities, 'Loại hoạt động')}${A}`)!;
    expect(type).toMatchObject({ type: 'list', showErrorMessage: true, showInputMessage: true });
    expect(listValues(type.formulae![0])).toContain('Thăm hỏi, tặng quà');
    expect(validationAt(activities, `${letterOf(activities, 'Loại hoạt động')}1000`)).toEqual(type);
    expect(listValues(validationAt(activities, `${letterOf(activities, 'Nguồn kinh phí')}500`)!.formulae![0])).toEqual(['Đơn vị tự đóng góp', 'Xã hội hóa', 'Ngân sách nhà nước', 'Khác']);
    expect(listValues(validationAt(units, `${letterOf(units, 'Cấp')}2`)!.formulae![0])).toEqual(['tỉnh', 'huyện', 'xã']);
    expect(listValues(validationAt(units, `${letterOf(units, 'Khối')}2`)!.formulae![0])).toContain('Mặt trận, đoàn thể');
    expect(listValues(validationAt(villages, `${letterOf(villages, 'Biên giới')}2`)!.formulae![0])).toEqual(['x', 'không']);
    const ethnic = validationAt(villages, `${letterOf(villages, 'Dân tộc')}2`)!;
    expect(listValues(ethnic.formulae![0])).toHaveLength(54);
    expect(ethnic.errorStyle).toBe('warning');

    const date = validationAt(activities, `${letterOf(activities, 'Ngày')}${A}`)!;
    expect(date).toMatchObject({ type: 'date', operator: 'between', showErrorMessage: true });
    expect((date.formulae as Date[]).map((d) => d.toISOString().slice(0, 10))).toEqual(['1975-01-01', '2100-12-31']);
    expect(date.error).toContain('ngày/tháng/năm');
    expect(validationAt(activities, `${letterOf(activities, 'Tiền mặt (đồng)')}${A}`)).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(validationAt(villages, `${letterOf(villages, 'Năm')}2`)).toMatchObject({ type: 'whole', operator: 'between', formulae: [1990, 2100] });
    expect(validationAt(villages, `${letterOf(villages, 'Số hộ')}2`)).toMatchObject({ type: 'whole', formulae: [0] });
    // Free-text columns still explain themselves when selected.
    // (as "text length ≥ 0", which lets everything and a blank through, see template.ts)
    const prompt = validationAt(activities, `${letterOf(activities, 'Nội dung')}${A}`)!;
    expect(prompt).toMatchObject({ type: 'textLength', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true, showInputMessage: true });
    expect(prompt.showErrorMessage).toBeFalsy();
    expect(validationAt(activities, `${letterOf(activities, 'Nội dung')}${A}`)!.prompt).toContain('Mô tả ngắn');
    // Names are free text without a master.
    expect(validationAt(activities, `${letterOf(activities, 'Xã')}${A}`)!.type).toBe('textLength');
  });

  it('reads back with no findings at all', async () => {
    const dir = tempDir();
    await run({ cwd: dir });
    const result = await load([join(dir, TEMPLATE_FILE)], TODAY);
    expect(flatten(result.findings)).toEqual([]);
    expect(result.sheets.map((s) => s.kind)).toEqual(['villages', 'units', 'pairings', 'activities', 'communes', 'householdPairings']);
    // Its own guide and list sheets are not "unrecognised" (validate does not list them).
    expect(result.files[0]!.ignoredSheets).toEqual([]);
  });

  it('validates clean once filled with valid rows', async () => {
    const dir = tempDir();
    await run({ cwd: dir });
    const workbook = await readBack(join(dir, TEMPLATE_FILE));
    const fill = (name: string, rows: Array<Record<string, ExcelJS.CellValue>>) => {
      const sheet = workbook.getWorksheet(name)!;
      rows.forEach((values, i) => {
        for (const [header, value] of Object.entries(values)) sheet.getCell(`${letterOf(sheet, header)}${i + headerRowOfSheet(sheet) + 1}`).value = value;
      });
    };
    const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
    fill('Thôn làng', [
      { Tỉnh: 'Gia Lai', Huyện: 'Thị xã Ayun Pa', Xã: 'Xã Ia Sao', 'Thôn/làng': 'Bôn Chư Jú', Năm: 2020, 'Dân tộc': 'Gia Rai', 'Đặc biệt khó khăn': 'x', 'Biên giới': 'không', 'Số hộ': 172, 'Số hộ DTTS': 170, 'Số khẩu': 851, 'Số hộ nghèo': 43, 'Số hộ cận nghèo': 25, 'Đường cứng hóa (km)': 2.5, 'Điện lưới quốc gia': 'x', 'Nhà văn hóa': 'x', 'Trường, lớp mẫu giáo': 'không', 'Chi bộ': 'x', 'Đạt chuẩn nông thôn mới': 'không' },
      { Huyện: 'Thị xã Ayun Pa', Xã: 'Xã Ia Sao', 'Thôn/làng': 'Bôn Hiao', Năm: 2020, 'Dân tộc': 'Gia Rai', 'Số hộ': 120, 'Số hộ nghèo': 30 },
    ]);
    fill('Đơn vị', [
      { 'Đơn vị': 'Ban Dân vận Thị ủy', Cấp: 'huyện', Khối: 'Đảng' },
      { 'Đơn vị': 'Hội Nông dân thị xã', Cấp: 'huyện', Khối: 'Mặt trận, đoàn thể' },
    ]);
    fill('Kết nghĩa', [
      { 'Đơn vị': 'Ban Dân vận Thị ủy', Cấp: 'huyện', Khối: 'Đảng', Huyện: 'Thị xã Ayun Pa', Xã: 'Xã Ia Sao', 'Thôn/làng': 'Bôn Chư Jú', 'Ngày kết nghĩa': day(2013, 3, 15), 'Số quyết định': '1561/QĐ-UBND' },
      { 'Đơn vị': 'Hội Nông dân thị xã', Xã: 'Xã Ia Sao', 'Thôn/làng': 'Bôn Hiao', 'Ngày kết nghĩa': day(2014, 1, 2), 'Ngày kết thúc': day(2024, 12, 31), 'Ghi chú': 'Đã bàn giao' },
    ]);
    fill('Hoạt động', [
      { Ngày: day(2020, 1, 20), 'Đơn vị': 'Ban Dân vận Thị ủy', Huyện: 'Thị xã Ayun Pa', Xã: 'Xã Ia Sao', 'Thôn/làng': 'Bôn Chư Jú', 'Loại hoạt động': 'Thăm hỏi, tặng quà', 'Nội dung': 'Tặng quà Tết cho hộ nghèo', 'Tiền mặt (đồng)': 5_000_000, 'Hiện vật quy đổi (đồng)': 3_000_000, 'Hiện vật': '20 suất quà', 'Nguồn kinh phí': 'Đơn vị tự đóng góp', 'Số hộ hưởng lợi': 20, 'Số người tham gia': 15 },
      { Ngày: day(2020, 6, 1), 'Đơn vị': 'Hội Nông dân thị xã', Xã: 'Xã Ia Sao', 'Thôn/làng': 'Bôn Hiao', 'Loại hoạt động': 'Mô hình phát triển kinh tế', 'Tiền mặt (đồng)': 10_000_000, 'Nguồn kinh phí': 'Xã hội hóa' },
    ]);
    const filled = join(dir, 'filled.xlsx');
    await workbook.xlsx.writeFile(filled);
    const result = await load([filled], TODAY);
    expect(flatten(result.findings)).toEqual([]);
    expect(result.errors + result.warnings).toBe(0);
    expect(result.dataset.villages).toHaveLength(2);
    expect(result.dataset.activities[0]).toMatchObject({ date: '2020-01-20', type: 'visits-gifts', cash: 5_000_000, source: 'own' });
    expect(result.dataset.villages[0]).toMatchObject({ extremelyDifficult: true, border: false, ethnicity: 'Gia Rai', pavedRoadKm: 2.5 });
  });

  it('never overwrites without --force, and exits 1 only when nothing was written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ketnghia.config.json'), '{ "place": "Gia Lai" }\n');
    const first = await run({ cwd: dir });
    expect(first.result).toMatchObject({ exitCode: 0, written: [TEMPLATE_FILE], skipped: ['ketnghia.config.json'] });
    expect(first.io.stderr()).toContain('Bỏ qua ketnghia.config.json: tệp đã có');
    expect(readFileSync(join(dir, 'ketnghia.config.json'), 'utf8')).toBe('{ "place": "Gia Lai" }\n');

    const before = statSync(join(dir, TEMPLATE_FILE)).mtimeMs;
    const second = await run({ cwd: dir });
    expect(second.result).toMatchObject({ exitCode: 1, written: [], skipped: [TEMPLATE_FILE, 'ketnghia.config.json'] });
    expect(second.io.stderr()).toContain('--force');
    expect(statSync(join(dir, TEMPLATE_FILE)).mtimeMs).toBe(before);

    const forced = await run({ cwd: dir, force: true });
    expect(forced.result).toMatchObject({ exitCode: 0, written: [TEMPLATE_FILE, 'ketnghia.config.json'], skipped: [] });
    expect(readFileSync(join(dir, 'ketnghia.config.json'), 'utf8')).toContain('"$schema"');
  });

  it('lists the master’s communes, villages and units with --from', async () => {
    const dir = tempDir();
    const master = await writeWorkbook(join(dir, 'tong-hop.xlsx'), [
      {
        name: 'Thôn làng',
        rows: [
          [...HEADERS.villages],
          [1, 'Thị xã Ayun Pa', 'Ia Sao', 'Bôn Chư Jú', 2020, 'Gia Rai', 'x', null, 172, 170, 851, 43, 20],
          [2, 'Thị xã Ayun Pa', 'Ia Sao', 'Bôn Hiao', 2020, 'Gia Rai', null, null, 120, 118, 600, 30, 10],
          [3, 'Thị xã Ayun Pa', 'Ia Rbol', 'Buôn Ma Nhe', 2020, 'Ê Đê', null, null, 90, 90, 400, 12, 5],
        ],
      },
      { name: 'Đơn vị', rows: [[...HEADERS.units], [1, 'Ban Dân vận Thị ủy', 'huyện', 'Đảng'], [2, 'Công an thị xã', 'huyện', 'Lực lượng vũ trang']] },
    ]);
    const { result, io } = await run({ cwd: dir, dir: 'mau', from: 'tong-hop.xlsx' });
    expect(result).toMatchObject({ exitCode: 0, master: { communes: 2, villages: 3, units: 2, errors: 0 } });
    expect(io.stdout()).toContain('2 xã, 3 thôn, làng, 2 đơn vị');
    const workbook = await readBack(join(dir, 'mau', TEMPLATE_FILE));
    const lists = workbook.getWorksheet(LIST_SHEET)!;
    const columns = new Map<string, string[]>();
    lists.getRow(1).eachCell((cell, col) => {
      const values: string[] = [];
      for (let r = 2; lists.getCell(r, col).value !== null; r++) values.push(String(lists.getCell(r, col).value));
      columns.set(String(cell.value), values);
    });
    expect(columns.get('Danh mục xã (tệp tổng hợp)')).toEqual(['Ia Rbol', 'Ia Sao']);
    expect(columns.get('Danh mục thôn, làng (tệp tổng hợp)')).toEqual(['Bôn Chư Jú', 'Bôn Hiao', 'Buôn Ma Nhe']);
    expect(columns.get('Danh mục cơ quan (tệp tổng hợp)')).toEqual(['Ban Dân vận Thị ủy', 'Công an thị xã']);
    // The villages again beside their communes, one block per commune, for the narrowed dropdown.
    expect(columns.get('Danh mục xã của thôn (tệp tổng hợp)')).toEqual(['Ia Rbol', 'Ia Sao', 'Ia Sao']);
    expect(columns.get('Danh mục thôn theo xã (tệp tổng hợp)')).toEqual(['Buôn Ma Nhe', 'Bôn Chư Jú', 'Bôn Hiao']);
    const activities = workbook.getWorksheet('Hoạt động')!;
    const village = validationAt(activities, `${letterOf(activities, 'Thôn/làng')}${A}`)!;
    expect(village).toMatchObject({ type: 'list', errorStyle: 'warning' });
    // The villages of the row's commune (column D here), or all of them while it is blank or unknown.
    expect(String(village.formulae![0])).toBe(
      "IF(COUNTIF('DanhMuc'!$J$2:$J$4,$D4)=0,'DanhMuc'!$H$2:$H$4,OFFSET('DanhMuc'!$K$1,MATCH($D4,'DanhMuc'!$J$2:$J$4,0),0,COUNTIF('DanhMuc'!$J$2:$J$4,$D4),1))",
    );
    expect(letterOf(activities, 'Xã')).toBe('D');
    expect(columns.get([...columns.keys()][7]!)).toEqual(['Bôn Chư Jú', 'Bôn Hiao', 'Buôn Ma Nhe']); // H: every village
    expect(validationAt(activities, `${letterOf(activities, 'Đơn vị')}${A}`)!.type).toBe('list');
    expect(validationAt(activities, `${letterOf(activities, 'Xã')}${A}`)!.type).toBe('list');
    // Still a template that reads clean.
    expect(flatten((await load([join(dir, 'mau', TEMPLATE_FILE)], TODAY)).findings)).toEqual([]);
  });

  it('narrows the village dropdown to the row’s commune, as LibreOffice itself judges the cells', async () => {
    const dir = tempDir();
    await run({ cwd: dir, dir: 'mau', from: join(process.cwd(), 'samples', 'ayunpa-danh-muc.xlsx') });
    const template = join(dir, 'mau', TEMPLATE_FILE);
    const sheet = (await readBack(template)).getWorksheet('Hoạt động')!;
    const [commune, village, type] = ['Xã', 'Thôn/làng', 'Loại hoạt động'].map((h) => letterOf(sheet, h));
    const rows: Array<[string, string, boolean]> = [
      ['Xã Ia Sao', 'Bôn Bla', true],
      ['Xã Ia Rtô', 'Bôn Bla', false], // Bôn Bla is in Ia Sao
      ['Xã Chư Băh', 'Bôn Rưng', true],
      ['Xã Ia Sao', 'Bôn Rưng', false],
      ['', 'Bôn Rưng', true], // no commune yet: every village
      ['', 'Bôn Không Có', false],
      ['Xã Mới', 'Bôn Ia Sao', true], // a commune the master lacks: every village
    ];
    const cells: Array<[string, string]> = [];
    rows.forEach(([c, v], i) => cells.push([`${commune}${40 + i}`, c], [`${village}${40 + i}`, v]));
    cells.push([`${type}40`, 'Không phải loại nào']);
    const input = join(dir, 'cells.json');
    writeFileSync(input, JSON.stringify(cells));
    const marked = JSON.parse(await runProcess('/usr/bin/python3', [join('test', 'helpers', 'lo-validity.py'), template, 'Hoạt động', input], { timeout: 120_000 })) as string[];
    const expected = rows.flatMap(([, , ok], i) => (ok ? [] : [`${village}${40 + i}`]));
    // Blank cells are never marked; a bad choice in a fixed list is, and so is the commune the master lacks.
    expect(marked.sort()).toEqual([...expected, `${type}40`, `${commune}46`].sort());
  });

  it('puts the reporting-unit line above the activities header: a dropdown of the master\'s units, the year, explained in the guide', async () => {
    const dir = tempDir();
    await run({ cwd: dir, dir: 'mau', from: join(process.cwd(), 'samples', 'ayunpa-danh-muc.xlsx') });
    const workbook = await readBack(join(dir, 'mau', TEMPLATE_FILE));
    const sheet = workbook.getWorksheet('Hoạt động')!;
    expect([sheet.getCell('A1').value, sheet.getCell('D1').value]).toEqual(['Đơn vị báo cáo:', 'Năm báo cáo:']);
    const name = validationAt(sheet, 'B1')!;
    expect(name).toMatchObject({ type: 'list', errorStyle: 'warning' });
    const lists = workbook.getWorksheet(LIST_SHEET)!;
    const match = /^'DanhMuc'!\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)$/.exec(String(name.formulae![0]))!;
    expect(lists.getCell(`${match[1]}1`).value).toBe('Danh mục cơ quan (tệp tổng hợp)');
    expect(Number(match[2]) - 1).toBe(45);
    expect(validationAt(sheet, 'E1')).toMatchObject({ type: 'whole', operator: 'between', formulae: [1990, 2100] });
    const guide: string[] = [];
    workbook.getWorksheet(GUIDE_SHEET)!.eachRow((row) => row.eachCell((cell) => void guide.push(String(cell.value))));
    expect(guide.some((t) => t.includes('“Đơn vị báo cáo:”') && t.includes('nộp, không có hoạt động'))).toBe(true);
    // Without a master: a cell to type the name in, with its explanation.
    await run({ cwd: dir, dir: 'trong' });
    const blank = (await readBack(join(dir, 'trong', TEMPLATE_FILE))).getWorksheet('Hoạt động')!;
    expect(validationAt(blank, 'B1')).toMatchObject({ type: 'textLength', prompt: expect.stringContaining('không có hoạt động') });
    // Filled with a name and a year and no rows, it is read as that unit's empty report for that year.
    sheet.getCell('B1').value = 'Ban Dân vận Thị ủy';
    sheet.getCell('E1').value = 2024;
    const filled = join(dir, 'nop.xlsx');
    await workbook.xlsx.writeFile(filled);
    const result = await load([filled], TODAY);
    expect(flatten(result.findings)).toEqual([]);
    const activities = result.sheets.find((s) => s.kind === 'activities')!;
    expect(activities.headerRow).toBe(3);
    expect(activities.title).toEqual({ reportingUnit: { name: 'Ban Dân vận Thị ủy', row: 1, column: 'B' }, years: { from: 2024, to: 2024 } });
    expect(activities.counts.used + activities.counts.rejected).toBe(0);
  });

  it('refuses a master it cannot read, writing nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'hong.xlsx'), 'not a workbook at all');
    const { result, io } = await run({ cwd: dir, from: 'hong.xlsx' });
    expect(result).toMatchObject({ exitCode: 1, written: [] });
    expect(io.stderr()).toContain('Không đọc được tệp');
    // The refusal is coded; the face words it.
    await expect(run({ cwd: dir, from: 'khong-co.xlsx' }).then(() => '', (error: unknown) => usageText(error as UsageError, 'vi'))).resolves.toMatch(/Không tìm thấy/);
  });

  it('writes a commented config that parses to the defaults and names every key', async () => {
    const dir = tempDir();
    await run({ cwd: dir });
    const text = readFileSync(join(dir, 'ketnghia.config.json'), 'utf8');
    expect(text).toMatch(/^\/\/ /);
    const config = parseConfig(text, 'ketnghia.config.json');
    const { $schema, ...rest } = config;
    expect(rest).toEqual(DEFAULT_CONFIG);
    expect($schema).toMatch(/schema\/ketnghia\.config\.schema\.json$/);
    expect(JSON.parse(readFileSync(join(dir, $schema!), 'utf8'))).toEqual(JSON.parse(configSchemaText()));
    for (const key of Object.keys(ConfigSchema.shape)) expect(text).toContain(`"${key}"`);
    // Optional keys without a default are shown commented out, and stay valid once uncommented.
    const uncommented = text.replace(/\/\/ ("date"|"provincialPovertyRate"|"directiveDate")/g, '$1');
    expect(parseConfig(uncommented, 'ketnghia.config.json')).toMatchObject({ date: '2025-12-15', provincialPovertyRate: 5.12, programme: { directiveDate: '2013-01-10' } });
  });

  it('keeps the committed JSON Schema equal to the generated one', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', 'schema', 'ketnghia.config.schema.json'), 'utf8');
    expect(committed).toBe(configSchemaText());
  });

  it('speaks English with --lang en (the headers stay Vietnamese)', async () => {
    const dir = tempDir();
    const { io } = await run({ cwd: dir, lang: 'en' });
    expect(io.stdout()).toContain('Template written: mau-bao-cao-ket-nghia.xlsx');
    const workbook = await readBack(join(dir, TEMPLATE_FILE));
    const villages = workbook.getWorksheet('Thôn làng')!;
    expect(villages.getCell('C1').value).toBe('Xã *');
    expect(validationAt(villages, `${letterOf(villages, 'Năm')}2`)!.error).toContain('whole number');
    expect(flatten((await load([join(dir, TEMPLATE_FILE)], TODAY)).findings)).toEqual([]);
  });
});
