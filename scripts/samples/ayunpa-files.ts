/**
 * The Ayun Pa workbooks as offices write them: the master list (bôn, units, pairings) and
 * one activity report per bloc, each laid out a little differently (title rows, one- or
 * two-row headers, a numbering row, money in đồng or in thousands, numbers and dates typed
 * as text, totals rows with SUM formulas).
 */
import { join } from 'node:path';
import type { Worksheet } from 'exceljs';
import {
  DISTRICT, PROVINCE, SOURCE_LABEL, TYPE_LABEL, YEARS,
  type Activity, type AyunPa, type BlocFile, type Unit, type Village,
} from './ayunpa.js';
import { Rng } from './rng.js';
import {
  columnLetter, FONT, newWorkbook, saveWorkbook, THIN, viDate, viNumber, writeHeader, writeNumbering, writeRow,
  writeTitles, type HeaderColumn, type Written,
} from './xlsx.js';

const AUTHOR = 'Phòng Dân tộc thị xã Ayun Pa';

function landscape(ws: Worksheet): void {
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.3, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } };
}

/** A row whose only text sits in column A, merged across: a section label or a footnote. */
function bandRow(ws: Worksheet, row: number, width: number, text: string, options: { bold?: boolean; italic?: boolean } = {}): void {
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { name: FONT, size: 12, bold: options.bold ?? false, italic: options.italic ?? false };
  cell.alignment = { vertical: 'middle', horizontal: 'left' };
  for (let c = 1; c <= width; c++) ws.getCell(row, c).border = THIN;
  ws.mergeCells(row, 1, row, width);
}

/** A "Tổng cộng" row: label merged over the first columns, SUM (or other) formulas with cached results. */
function totalsRow(ws: Worksheet, row: number, width: number, label: string, labelSpan: number, formulas: ReadonlyMap<number, { formula: string; result: number; numFmt?: string }>): void {
  const values: Written[] = [];
  for (let c = 1; c <= width; c++) {
    const f = formulas.get(c);
    if (c === 1) values.push({ value: label, align: 'center' });
    else if (f) values.push({ value: { formula: f.formula, result: f.result }, numFmt: f.numFmt ?? '#,##0' });
    else values.push(null);
  }
  writeRow(ws, row, values, { bold: true });
  ws.mergeCells(row, 1, row, labelSpan);
}

const x = (b: boolean): string | null => (b ? 'x' : null);

// ---------------------------------------------------------------------------
// The master: Thôn làng, Đơn vị, Kết nghĩa
// ---------------------------------------------------------------------------

async function writeMaster(data: AyunPa, path: string, rng: Rng): Promise<void> {
  const wb = newWorkbook(AUTHOR);
  villagesSheet(wb.addWorksheet('Thôn làng'), data.villages, rng);
  unitsSheet(wb.addWorksheet('Đơn vị'), data.units);
  pairingsSheet(wb.addWorksheet('Kết nghĩa'), data, rng);
  await saveWorkbook(wb, path);
}

function villagesSheet(ws: Worksheet, villages: readonly Village[], rng: Rng): void {
  landscape(ws);
  const columns: HeaderColumn[] = [
    { text: 'STT', width: 5 },
    { text: 'Tỉnh', width: 8 },
    { text: 'Huyện/thị xã', width: 14 },
    { text: 'Xã/phường', width: 12 },
    { text: 'Bôn', width: 16 },
    { text: 'Năm', width: 7 },
    { text: 'Dân tộc', width: 9 },
    { text: 'Thôn\nĐBKK', width: 7 },
    { text: 'Biên giới', width: 7 },
    { text: 'Số hộ', sub: ['Tổng số hộ', 'Số hộ DTTS', 'Số hộ nghèo', 'Số hộ cận nghèo'], width: 9 },
    { text: 'Số nhân khẩu', width: 9 },
    { text: 'Đường cứng hóa\n(km)', width: 10 },
    { text: 'Cơ sở vật chất', sub: ['Điện lưới quốc gia', 'Nhà văn hóa', 'Trường, lớp\nmẫu giáo'], width: 9 },
    { text: 'Chi bộ', width: 7 },
    { text: 'Đạt chuẩn\nnông thôn mới', width: 10 },
  ];
  let row = writeTitles(ws, {
    lines: [
      'DANH SÁCH CÁC BÔN ĐỒNG BÀO DTTS TRÊN ĐỊA BÀN THỊ XÃ AYUN PA',
      '(Kèm theo Báo cáo số 12/BC-UBND ngày 15/01/2021 của Ủy ban nhân dân thị xã Ayun Pa)',
      'Số liệu từ năm 2016 đến năm 2020; số hộ nghèo, cận nghèo theo chuẩn nghèo đa chiều giai đoạn 2016 - 2020',
    ],
    width: 20,
  });
  const width = writeHeader(ws, row, columns, true);
  writeNumbering(ws, row + 2, width);
  row += 3;
  for (const year of YEARS) {
    bandRow(ws, row++, width, `Năm ${year}`, { bold: true });
    const first = row;
    villages.forEach((v, i) => {
      const y = v.years.find((t) => t.year === year)!;
      const road = rng.chance(0.12) ? String(y.roadKm).replace('.', ',') : { value: y.roadKm, numFmt: '0.0' };
      const population = y.population >= 1000 && rng.chance(0.3) ? viNumber(y.population) : y.population;
      writeRow(ws, row++, [
        i + 1, PROVINCE, DISTRICT, v.commune, v.name, year, rng.chance(0.25) ? 'Jrai' : 'Gia Rai',
        x(y.extremelyDifficult), null,
        y.households, y.minority, y.poor, y.nearPoor, population, road,
        x(y.grid), x(y.culturalHouse), x(y.kindergarten), x(y.partyCell), x(y.newRural),
      ]);
    });
    const last = row - 1;
    const years = villages.map((v) => v.years.find((t) => t.year === year)!);
    type Total = [number, { formula: string; result: number; numFmt?: string }];
    const sum = (col: number, result: number, numFmt?: string): Total => [col, { formula: `SUM(${columnLetter(col)}${first}:${columnLetter(col)}${last})`, result, ...(numFmt ? { numFmt } : {}) }];
    const count = (col: number, result: number): Total => [col, { formula: `COUNTIF(${columnLetter(col)}${first}:${columnLetter(col)}${last},"x")`, result, numFmt: '0' }];
    // The population cells typed as text are left out by SUM, as Excel does.
    const numericPopulation = years.reduce((s, y, i) => s + (typeof ws.getCell(first + i, 14).value === 'number' ? y.population : 0), 0);
    const numericRoad = years.reduce((s, y, i) => s + (typeof ws.getCell(first + i, 15).value === 'number' ? y.roadKm : 0), 0);
    totalsRow(ws, row++, width, `Tổng cộng năm ${year}`, 7, new Map([
      count(8, years.filter((y) => y.extremelyDifficult).length),
      sum(10, years.reduce((s, y) => s + y.households, 0)),
      sum(11, years.reduce((s, y) => s + y.minority, 0)),
      sum(12, years.reduce((s, y) => s + y.poor, 0)),
      sum(13, years.reduce((s, y) => s + y.nearPoor, 0)),
      sum(14, numericPopulation),
      sum(15, Math.round(numericRoad * 10) / 10, '0.0'),
      count(16, years.filter((y) => y.grid).length),
      count(17, years.filter((y) => y.culturalHouse).length),
      count(18, years.filter((y) => y.kindergarten).length),
      count(19, years.filter((y) => y.partyCell).length),
      count(20, years.filter((y) => y.newRural).length),
    ]));
  }
  row++;
  bandRow(ws, row, width, 'Ghi chú: đánh dấu "x" vào cột tương ứng nếu bôn có; bôn ĐBKK theo Quyết định của Thủ tướng Chính phủ giai đoạn 2016 - 2020.', { italic: true });
}

function unitsSheet(ws: Worksheet, units: readonly Unit[]): void {
  const columns: HeaderColumn[] = [
    { text: 'STT', width: 6 },
    { text: 'Tên cơ quan, đơn vị', width: 48 },
    { text: 'Cấp', width: 10 },
    { text: 'Khối', width: 22 },
  ];
  let row = writeTitles(ws, {
    lines: ['DANH SÁCH CƠ QUAN, ĐƠN VỊ THAM GIA KẾT NGHĨA VỚI CÁC BÔN', '(Tính đến ngày 31/12/2020)'],
    width: 4,
  });
  const width = writeHeader(ws, row, columns, false);
  row++;
  const sections: Array<[string, (u: Unit) => boolean]> = [
    ['I. KHỐI ĐẢNG', (u) => u.bloc === 'Đảng'],
    ['II. KHỐI CHÍNH QUYỀN', (u) => u.bloc === 'Chính quyền'],
    ['III. KHỐI MẶT TRẬN, ĐOÀN THỂ', (u) => u.bloc === 'Mặt trận, đoàn thể'],
    ['IV. LỰC LƯỢNG VŨ TRANG VÀ DOANH NGHIỆP', (u) => u.bloc === 'Lực lượng vũ trang' || u.bloc === 'Doanh nghiệp'],
  ];
  let n = 0;
  for (const [title, test] of sections) {
    bandRow(ws, row++, width, title, { bold: true });
    for (const unit of units.filter(test)) writeRow(ws, row++, [++n, unit.name, unit.level, unit.bloc]);
  }
  row++;
  bandRow(ws, row, width, `Tổng cộng: ${units.length} cơ quan, đơn vị.`, { italic: true });
}

function pairingsSheet(ws: Worksheet, data: AyunPa, rng: Rng): void {
  landscape(ws);
  const columns: HeaderColumn[] = [
    { text: 'STT', width: 5 },
    { text: 'Cơ quan, đơn vị kết nghĩa', width: 40 },
    { text: 'Cấp', width: 8 },
    { text: 'Khối', width: 18 },
    { text: 'Huyện', width: 14 },
    { text: 'Địa bàn kết nghĩa', sub: ['Xã', 'Bôn'], width: 15 },
    { text: 'Thời gian kết nghĩa', sub: ['Từ ngày', 'Đến ngày'], width: 12 },
    { text: 'Số quyết định', width: 14 },
    { text: 'Ghi chú', width: 40 },
  ];
  let row = writeTitles(ws, {
    lines: [
      'DANH SÁCH PHÂN CÔNG CƠ QUAN, ĐƠN VỊ KẾT NGHĨA VỚI CÁC BÔN ĐỒNG BÀO DTTS',
      '(Thực hiện Chỉ thị số 13-CT/TU của Ban Thường vụ Tỉnh ủy Gia Lai)',
    ],
    width: 11,
  });
  const width = writeHeader(ws, row, columns, true);
  row += 2;
  // Listed by commune and bôn, as the office keeps it.
  const order = [...data.pairings].sort((a, b) => a.village.index - b.village.index || a.start.getTime() - b.start.getTime());
  order.forEach((p, i) => {
    const asText = rng.chance(0.3);
    writeRow(ws, row++, [
      i + 1, p.unit.name, p.unit.level, p.unit.bloc, DISTRICT, p.village.commune, p.village.name,
      asText ? viDate(p.start) : p.start, p.end ? (asText ? viDate(p.end) : p.end) : null,
      p.decision, p.note ?? null,
    ]);
  });
  row++;
  bandRow(ws, row, width, `Tổng cộng: ${new Set(data.pairings.map((p) => p.unit)).size} cơ quan, đơn vị kết nghĩa với ${new Set(data.pairings.map((p) => p.village)).size}/${data.villages.length} bôn.`, { italic: true });
}

// ---------------------------------------------------------------------------
// Activity reports, one per bloc
// ---------------------------------------------------------------------------

interface Layout {
  readonly sheet: string;
  readonly titles: readonly string[];
  readonly twoRows: boolean;
  readonly numbering: boolean;
  readonly columns: readonly HeaderColumn[];
  /** Values of one activity, in column order after STT. */
  readonly cells: (a: Activity, rng: Rng) => Written[];
  /** Columns (1-based) holding money, for the totals row, and the divisor of their unit. */
  readonly money: readonly number[];
  readonly divisor: number;
}

const VIET_ABBREV: Readonly<Record<string, string>> = {
  'Phòng Tài chính - Kế hoạch': 'Phòng Tài chính – Kế hoạch',
  'Phòng Lao động - Thương binh và Xã hội': 'Phòng Lao động, Thương binh và Xã hội',
  'Trung tâm Văn hóa - Thông tin và Thể thao': 'Trung tâm Văn hóa – Thông tin và Thể thao',
};

const bare = (name: string, prefix: RegExp): string => name.replace(prefix, '');
const amount = (n: number): number | null => (n > 0 ? n : null);

const LAYOUTS: Readonly<Record<BlocFile, Layout>> = {
  // Khối Đảng: one header row with line breaks, money in đồng, real dates.
  'khoi-dang': {
    sheet: 'Hoạt động',
    titles: ['TỔNG HỢP KẾT QUẢ HOẠT ĐỘNG KẾT NGHĨA CỦA CÁC CƠ QUAN KHỐI ĐẢNG', '(Từ ngày 01/01/2017 đến ngày 31/12/2020)'],
    twoRows: false,
    numbering: false,
    columns: [
      { text: 'STT', width: 5 }, { text: 'Ngày\nthực hiện', width: 11 }, { text: 'Cơ quan, đơn vị', width: 28 },
      { text: 'Xã', width: 12 }, { text: 'Bôn', width: 15 }, { text: 'Loại hoạt động', width: 20 },
      { text: 'Nội dung hoạt động', width: 40 }, { text: 'Tiền mặt\n(đồng)', width: 13 }, { text: 'Hiện vật quy đổi\n(đồng)', width: 13 },
      { text: 'Mô tả hiện vật', width: 30 }, { text: 'Nguồn kinh phí', width: 16 }, { text: 'Số hộ\nhưởng lợi', width: 9 },
      { text: 'Số người\ntham gia', width: 9 },
    ],
    cells: (a) => [
      a.date, a.unit.name, a.village.commune, a.village.name, TYPE_LABEL[a.type], a.content,
      amount(a.cash), amount(a.inKind), a.inKindDescription ?? null, a.source ? SOURCE_LABEL[a.source] : null,
      a.beneficiaries ?? null, a.participants ?? null,
    ],
    money: [8, 9],
    divisor: 1,
  },
  // Khối chính quyền: two-row header, money in thousands under "Kinh phí (nghìn đồng)", numbering row.
  'khoi-chinh-quyen': {
    sheet: 'Kết quả hoạt động 2017-2020',
    titles: [
      'KẾT QUẢ THỰC HIỆN CÔNG TÁC KẾT NGHĨA CỦA CÁC CƠ QUAN, ĐƠN VỊ KHỐI CHÍNH QUYỀN',
      'GIAI ĐOẠN 2017 - 2020',
      '(Kèm theo Báo cáo số 08/BC-PDT ngày 11/01/2021 của Phòng Dân tộc thị xã)',
    ],
    twoRows: true,
    numbering: true,
    columns: [
      { text: 'STT', width: 5 }, { text: 'Ngày', width: 11 }, { text: 'Đơn vị', width: 32 },
      { text: 'Địa bàn', sub: ['Xã', 'Bôn'], width: 14 }, { text: 'Loại hoạt động', width: 20 }, { text: 'Nội dung', width: 40 },
      { text: 'Kinh phí (nghìn đồng)', sub: ['Tiền mặt', 'Hiện vật quy đổi'], width: 12 },
      { text: 'Hiện vật', width: 28 }, { text: 'Nguồn kinh phí', width: 16 },
      { text: 'Số hộ được hỗ trợ', width: 9 }, { text: 'Số người tham gia', width: 9 },
    ],
    cells: (a, rng) => {
      const thousands = (n: number): Written => {
        if (n === 0) return null;
        if (n % 1000 !== 0) throw new Error(`${n} is not a whole number of thousands`);
        const k = n / 1000;
        return k >= 1000 && rng.chance(0.15) ? viNumber(k) : k;
      };
      return [
        rng.chance(0.2) ? viDate(a.date, false) : a.date, VIET_ABBREV[a.unit.name] ?? a.unit.name, a.village.commune, a.village.name,
        TYPE_LABEL[a.type], a.content, thousands(a.cash), thousands(a.inKind), a.inKindDescription ?? null,
        a.source ? SOURCE_LABEL[a.source] : null, a.beneficiaries ?? null, a.participants ?? null,
      ];
    },
    money: [8, 9],
    divisor: 1000,
  },
  // Mặt trận, đoàn thể: dates and money mostly typed as text, names written loosely.
  'khoi-mat-tran': {
    sheet: 'Hoạt động',
    titles: ['ỦY BAN MTTQ VIỆT NAM THỊ XÃ AYUN PA', 'TỔNG HỢP HOẠT ĐỘNG KẾT NGHĨA CỦA MẶT TRẬN VÀ CÁC ĐOÀN THỂ', '(Số liệu năm 2017 - 2020)'],
    twoRows: false,
    numbering: false,
    columns: [
      { text: 'STT', width: 5 }, { text: 'Ngày, tháng', width: 12 }, { text: 'Đơn vị thực hiện', width: 30 },
      { text: 'Xã, phường', width: 10 }, { text: 'Thôn, làng, bon, buôn', width: 14 }, { text: 'Hình thức hoạt động', width: 22 },
      { text: 'Nội dung cụ thể', width: 40 }, { text: 'Tiền mặt (đồng)', width: 14 }, { text: 'Hiện vật quy đổi (đồng)', width: 14 },
      { text: 'Hiện vật hỗ trợ', width: 28 }, { text: 'Nguồn', width: 16 }, { text: 'Số hộ hưởng lợi', width: 9 },
      { text: 'Số người tham gia', width: 9 },
    ],
    cells: (a, rng) => {
      const money = (n: number): Written => {
        if (n === 0) return null;
        if (rng.chance(0.55)) return n;
        return rng.chance(0.8) ? viNumber(n) : `${viNumber(n)} đ`;
      };
      return [
        rng.chance(0.7) ? viDate(a.date) : a.date,
        a.unit.name,
        rng.chance(0.5) ? bare(a.village.commune, /^Xã /) : a.village.commune,
        rng.chance(0.5) ? bare(a.village.name, /^Bôn /) : a.village.name,
        TYPE_LABEL[a.type],
        // Text pasted from a Mac arrives decomposed (NFD).
        rng.chance(0.2) ? a.content.normalize('NFD') : a.content,
        money(a.cash), money(a.inKind), a.inKindDescription ?? null, a.source ? SOURCE_LABEL[a.source] : null,
        a.beneficiaries ?? null, a.participants ?? null,
      ];
    },
    money: [8, 9],
    divisor: 1,
  },
  // Lực lượng vũ trang, doanh nghiệp: district column, zero amounts written as 0.
  'khoi-luc-luong-vu-trang-doanh-nghiep': {
    sheet: 'Hoạt động',
    titles: ['TỔNG HỢP HOẠT ĐỘNG KẾT NGHĨA CỦA LỰC LƯỢNG VŨ TRANG VÀ CÁC DOANH NGHIỆP', '(Từ năm 2017 đến năm 2020)'],
    twoRows: false,
    numbering: false,
    columns: [
      { text: 'STT', width: 5 }, { text: 'Ngày', width: 11 }, { text: 'Cơ quan, đơn vị', width: 30 }, { text: 'Huyện', width: 14 },
      { text: 'Xã', width: 11 }, { text: 'Thôn/làng', width: 15 }, { text: 'Loại hoạt động', width: 20 }, { text: 'Nội dung', width: 40 },
      { text: 'Tiền mặt\n(đồng)', width: 13 }, { text: 'Giá trị hiện vật\n(đồng)', width: 13 }, { text: 'Hiện vật', width: 28 },
      { text: 'Nguồn kinh phí', width: 16 }, { text: 'Số hộ hưởng lợi', width: 9 }, { text: 'Số người tham gia', width: 9 },
    ],
    cells: (a) => [
      a.date, a.unit.name, DISTRICT, a.village.commune, a.village.name, TYPE_LABEL[a.type], a.content,
      a.cash, a.inKind, a.inKindDescription ?? null, a.source ? SOURCE_LABEL[a.source] : null,
      a.beneficiaries ?? null, a.participants ?? null,
    ],
    money: [9, 10],
    divisor: 1,
  },
};

async function writeActivities(file: BlocFile, activities: readonly Activity[], path: string, rng: Rng): Promise<void> {
  const layout = LAYOUTS[file];
  const wb = newWorkbook(AUTHOR);
  const ws = wb.addWorksheet(layout.sheet);
  landscape(ws);
  const columns = layout.columns.reduce((n, c) => n + (c.sub?.length ?? 1), 0);
  let row = writeTitles(ws, { lines: layout.titles, width: columns });
  const width = writeHeader(ws, row, layout.columns, layout.twoRows);
  row += layout.twoRows ? 2 : 1;
  if (layout.numbering) writeNumbering(ws, row++, width);
  const first = row;
  activities.forEach((a, i) => writeRow(ws, row++, [i + 1, ...layout.cells(a, rng)]));
  const last = row - 1;
  const formulas = new Map<number, { formula: string; result: number }>();
  for (const col of layout.money) {
    // SUM skips numbers typed as text, as Excel does: the sheet's own total can be short.
    let result = 0;
    for (let r = first; r <= last; r++) {
      const v = ws.getCell(r, col).value;
      if (typeof v === 'number') result += v;
    }
    formulas.set(col, { formula: `SUM(${columnLetter(col)}${first}:${columnLetter(col)}${last})`, result });
  }
  totalsRow(ws, row++, width, 'Tổng cộng', 6, formulas);
  row++;
  bandRow(ws, row, width, layout.divisor === 1000 ? 'Ghi chú: kinh phí tính bằng nghìn đồng.' : 'Ghi chú: hiện vật quy đổi thành tiền theo giá thị trường tại thời điểm hỗ trợ.', { italic: true });
  signatureBlock(ws, row + 2, width, SIGNERS[file]);
  await saveWorkbook(wb, path);
}

/** Who signs each bloc's report: the one who drew it up, and the head of the bloc's lead unit. */
const SIGNERS: Readonly<Record<BlocFile, readonly [string, string, string]>> = {
  'khoi-dang': ['T/M BAN DÂN VẬN', 'Nguyễn Thị Thu Hà', 'Rơ Châm Ơn'],
  'khoi-chinh-quyen': ['THỦ TRƯỞNG ĐƠN VỊ', 'Trần Văn Quang', 'Lê Minh Tuấn'],
  'khoi-mat-tran': ['T/M BAN THƯỜNG TRỰC', 'Ksor H’Nhi', 'Phạm Thị Lan'],
  'khoi-luc-luong-vu-trang-doanh-nghiep': ['THỦ TRƯỞNG ĐƠN VỊ', 'Đặng Văn Hùng', 'Nguyễn Hữu Phước'],
};

/**
 * The block that closes every office form, under the table: place and date, the two titles,
 * "(Ký, ghi rõ họ tên)", room to sign, the names. The reader skips and counts it.
 */
function signatureBlock(ws: Worksheet, row: number, width: number, [title, maker, head]: readonly [string, string, string]): void {
  const right = Math.max(3, width - 3);
  const put = (r: number, c: number, text: string, font: { bold?: boolean; italic?: boolean }) => {
    const cell = ws.getCell(r, c);
    cell.value = text;
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { horizontal: 'center' };
  };
  put(row, right, 'Ayun Pa, ngày 10 tháng 01 năm 2021', { italic: true });
  put(row + 1, 2, 'NGƯỜI LẬP BIỂU', { bold: true });
  put(row + 1, right, title, { bold: true });
  put(row + 2, 2, '(Ký, ghi rõ họ tên)', { italic: true });
  put(row + 2, right, '(Ký tên, đóng dấu)', { italic: true });
  put(row + 6, 2, maker, { bold: true });
  put(row + 6, right, head, { bold: true });
}

export const MASTER_FILE = 'ayunpa-danh-muc.xlsx';
export const activityFile = (file: BlocFile): string => `ayunpa-hoat-dong-${file}.xlsx`;

/** Writes the master and the four activity reports into `dir`; returns their names. */
export async function writeAyunPa(data: AyunPa, dir: string): Promise<string[]> {
  const rng = new Rng(0x5a4d);
  await writeMaster(data, join(dir, MASTER_FILE), rng);
  const names = [MASTER_FILE];
  for (const file of Object.keys(LAYOUTS) as BlocFile[]) {
    const own = data.activities.filter((a) => a.unit.file === file);
    await writeActivities(file, own, join(dir, activityFile(file)), rng);
    names.push(activityFile(file));
  }
  return names;
}
