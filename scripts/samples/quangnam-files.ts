/**
 * The Quảng Nam workbooks (samples-quang-nam/, beside samples/ so that `validate samples/` reads Ayun Pa alone): the master list (communes with a two-row
 * merged header and a totals row, units, pairings with a `Cấp kết nghĩa` column and a
 * numbering row, household pairs) and one activity report in triệu đồng, dates partly typed
 * as text, a totals row — the layouts §2 lists, on the sheets of §8.
 */
import { join } from 'node:path';
import type { Worksheet } from 'exceljs';
import type { QuangNam } from './quangnam.js';
import { QN_YEARS } from './quangnam.js';
import { Rng } from './rng.js';
import { columnLetter, newWorkbook, saveWorkbook, writeHeader, writeNumbering, writeRow, writeTitles, type HeaderColumn, type Written } from './xlsx.js';

export const QN_DIR = 'samples-quang-nam';
export const QN_MASTER = 'quangnam-danh-muc.xlsx';
export const QN_ACTIVITIES = 'quangnam-hoat-dong-2022-2024.xlsx';

const AUTHOR = 'Ban Dân vận Tỉnh ủy Quảng Nam';
const x = (b: boolean): string | null => (b ? 'x' : null);
const vi = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const date = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

function totals(ws: Worksheet, row: number, width: number, sums: ReadonlyMap<number, number>, first: number, label = 'Tổng cộng'): void {
  const values: Written[] = [];
  for (let c = 1; c <= width; c++) {
    const result = sums.get(c);
    if (c === 2) values.push(label);
    else if (result !== undefined) values.push({ value: { formula: `SUM(${columnLetter(c)}${first}:${columnLetter(c)}${row - 1})`, result }, numFmt: '#,##0' });
    else values.push(null);
  }
  writeRow(ws, row, values, { bold: true });
}

function communesSheet(ws: Worksheet, data: QuangNam): void {
  const columns: HeaderColumn[] = [
    { text: 'STT', width: 5 }, { text: 'Huyện', width: 16 }, { text: 'Xã', width: 16 }, { text: 'Năm', width: 7 },
    { text: 'Phân loại xã', sub: ['ĐBKK', 'Biên giới', 'Xã thuần DTTS'], width: 9 },
    { text: 'Tổng số hộ', width: 9 }, { text: 'Số hộ nghèo', width: 9 },
  ];
  let row = writeTitles(ws, { lines: ['DANH SÁCH XÃ VÙNG ĐỒNG BÀO DTTS VÀ MIỀN NÚI ĐƯỢC KẾT NGHĨA, GIÚP ĐỠ', '(Theo Chỉ thị số 16-CT/TU ngày 09/9/2021 của Ban Thường vụ Tỉnh ủy)'], width: 9 });
  const width = writeHeader(ws, row, columns, true);
  row += 2;
  QN_YEARS.forEach((year, y) => {
    const first = row;
    data.communes.forEach((c, i) => {
      writeRow(ws, row++, [i + 1, c.district, c.commune, year, x(c.extremelyDifficult), x(c.border), x(c.minority), c.households[y]!, c.poor[y]!]);
    });
    const sum = (f: (i: number) => number): number => data.communes.reduce((s, _, i) => s + f(i), 0);
    totals(ws, row++, width, new Map([[8, sum((i) => data.communes[i]!.households[y]!)], [9, sum((i) => data.communes[i]!.poor[y]!)]]), first, `Cộng năm ${year}`);
  });
}

function unitsSheet(ws: Worksheet, data: QuangNam): void {
  const row = writeTitles(ws, { lines: ['DANH SÁCH CƠ QUAN, ĐƠN VỊ THAM GIA KẾT NGHĨA'], width: 4 });
  writeHeader(ws, row, [{ text: 'STT', width: 5 }, { text: 'Tên cơ quan, đơn vị', width: 44 }, { text: 'Cấp', width: 8 }, { text: 'Khối', width: 20 }], false);
  const units = [...new Map(data.pairings.map((p) => [p.unit, p.bloc])).entries()];
  units.forEach(([unit, bloc], i) => writeRow(ws, row + 1 + i, [i + 1, unit, 'tỉnh', bloc]));
}

function pairingsSheet(ws: Worksheet, data: QuangNam): void {
  const headers = ['STT', 'Cơ quan, đơn vị kết nghĩa', 'Cấp kết nghĩa', 'Huyện', 'Xã', 'Ngày kết nghĩa', 'Ngày kết thúc', 'Số quyết định'];
  let row = writeTitles(ws, { lines: ['PHÂN CÔNG CƠ QUAN, ĐƠN VỊ KẾT NGHĨA, GIÚP ĐỠ CÁC HUYỆN, XÃ MIỀN NÚI'], width: headers.length });
  writeHeader(ws, row, headers.map((text) => ({ text, width: text === 'STT' ? 5 : Math.max(10, Math.min(40, text.length + 6)) })), false);
  writeNumbering(ws, row + 1, headers.length);
  row += 2;
  data.pairings.forEach((p, i) => {
    writeRow(ws, row++, [i + 1, p.unit, p.level, p.district, p.commune ?? null, vi(p.start), p.end ? { value: date(p.end), numFmt: 'dd/mm/yyyy' } : null, p.decision]);
  });
}

function householdsSheet(ws: Worksheet, data: QuangNam): void {
  const headers = ['STT', 'Hộ khá giúp đỡ', 'Hộ được giúp đỡ', 'Huyện', 'Xã', 'Thôn', 'Ngày kết nghĩa', 'Ngày kết thúc', 'Hộ nghèo khi kết nghĩa', 'Năm thoát nghèo', 'Nội dung giúp đỡ'];
  let row = writeTitles(ws, { lines: ['DANH SÁCH CẶP HỘ KHÁ KẾT NGHĨA, GIÚP ĐỠ HỘ KHÓ KHĂN'], width: headers.length });
  writeHeader(ws, row, headers.map((text) => ({ text, width: text === 'STT' ? 5 : Math.max(10, Math.min(34, text.length + 6)) })), false);
  row++;
  data.households.forEach((h, i) => {
    writeRow(ws, row++, [i + 1, h.helper, h.helped, h.district, h.commune, h.village, { value: date(h.start), numFmt: 'dd/mm/yyyy' }, h.end ? vi(h.end) : null, x(h.wasPoor) ?? 'không', h.exitYear ?? null, h.support]);
  });
}

function activitiesSheet(ws: Worksheet, data: QuangNam, rng: Rng): void {
  const columns: HeaderColumn[] = [
    { text: 'STT', width: 5 }, { text: 'Ngày', width: 11 }, { text: 'Đơn vị', width: 36 }, { text: 'Huyện', width: 16 }, { text: 'Xã', width: 16 }, { text: 'Thôn', width: 9 },
    { text: 'Loại hoạt động', width: 24 }, { text: 'Nội dung', width: 36 },
    { text: 'Kinh phí (triệu đồng)', sub: ['Tiền mặt', 'Hiện vật quy đổi'], width: 11 },
    { text: 'Nguồn kinh phí', width: 18 },
  ];
  let row = writeTitles(ws, { lines: ['KẾT QUẢ HOẠT ĐỘNG KẾT NGHĨA, GIÚP ĐỠ CÁC HUYỆN, XÃ MIỀN NÚI NĂM 2022 - 2024', 'Đơn vị tính kinh phí: triệu đồng'], width: 11 });
  const width = writeHeader(ws, row, columns, true);
  row += 2;
  const first = row;
  const million = (n: number): Written => (n === 0 ? null : { value: n / 1_000_000, numFmt: '#,##0.0' });
  data.activities.forEach((a, i) => {
    // About one date in five typed as text, as offices do.
    const when: Written = rng.chance(0.2) ? vi(a.date) : { value: date(a.date), numFmt: 'dd/mm/yyyy' };
    writeRow(ws, row++, [i + 1, when, a.unit, a.district, a.commune ?? null, a.village ?? null, a.type, a.content, million(a.cash), million(a.inKind), a.source]);
  });
  const sum = (f: (a: QuangNam['activities'][number]) => number): number => data.activities.reduce((s, a) => s + f(a), 0) / 1_000_000;
  totals(ws, row, width, new Map([[9, sum((a) => a.cash)], [10, sum((a) => a.inKind)]]), first);
}

export async function writeQuangNam(data: QuangNam, root: string): Promise<string[]> {
  const dir = join(root, QN_DIR);
  const master = newWorkbook(AUTHOR);
  communesSheet(master.addWorksheet('Danh sách xã'), data);
  unitsSheet(master.addWorksheet('Đơn vị'), data);
  pairingsSheet(master.addWorksheet('Kết nghĩa'), data);
  householdsSheet(master.addWorksheet('Cặp hộ kết nghĩa'), data);
  await saveWorkbook(master, join(dir, QN_MASTER));
  const report = newWorkbook(AUTHOR);
  activitiesSheet(report.addWorksheet('Hoạt động'), data, new Rng(9_2021));
  await saveWorkbook(report, join(dir, QN_ACTIVITIES));
  return [QN_MASTER, QN_ACTIVITIES];
}
