/**
 * samples-loi/: small workbooks, each self-contained (its own villages, units and pairings
 * where a check needs them, with names no other sample uses, so that validating the whole
 * folder at once reports exactly the same faults as validating each file alone), with faults
 * planted at known cells. Every finding code of SPEC §3 but `file-too-large` is planted at
 * least once; samples/loi-expected.json lists them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Workbook, Worksheet } from 'exceljs';
import { columnLetter, day, newWorkbook, saveWorkbook, writeHeader, writeRow, writeTitles, type Written } from './xlsx.js';

export interface Expected {
  readonly file: string;
  readonly sheet?: string;
  readonly cell?: string;
  /** For findings about a whole column (column-missing): the header row and the missing key. */
  readonly row?: number;
  readonly field?: string;
  readonly code: string;
  /** The suggestion the finding must carry ("có phải là …?", the converted text). */
  readonly suggestion?: string;
  /** Files that must be validated together with this one for the finding to exist (a resubmission). */
  readonly with?: readonly string[];
}

interface MiniSheet {
  /** Cell address of a data row (0-based index) under a header. */
  cell(row: number, header: string): string;
  /** Address of a header cell. */
  headerCell(header: string): string;
  readonly headerRow: number;
}

/**
 * A small office-style sheet: title lines, a blank row, a one-row header with STT in
 * column A, numbered data rows. Each data row lists the values after STT.
 */
function miniSheet(wb: Workbook, name: string, titles: readonly string[], headers: readonly string[], rows: ReadonlyArray<readonly Written[]>, titleFont?: string): MiniSheet {
  const ws: Worksheet = wb.addWorksheet(name);
  const width = headers.length + 1;
  const headerRow = writeTitles(ws, { lines: titles, width });
  if (titleFont) titles.forEach((_, i) => (ws.getCell(1 + i, 1).font = { name: titleFont, size: i === 0 ? 14 : 12, bold: i === 0 }));
  writeHeader(ws, headerRow, [{ text: 'STT', width: 5 }, ...headers.map((text) => ({ text, width: Math.max(10, Math.min(36, text.length + 4)) }))], false);
  ws.getRow(headerRow).height = 32;
  rows.forEach((values, i) => writeRow(ws, headerRow + 1 + i, [i + 1, ...values]));
  const col = (header: string): string => {
    const i = headers.indexOf(header);
    if (i < 0) throw new Error(`no column "${header}" in ${name}`);
    return columnLetter(i + 2);
  };
  return {
    headerRow,
    cell: (row, header) => `${col(header)}${headerRow + 1 + row}`,
    headerCell: (header) => `${col(header)}${headerRow}`,
  };
}

/**
 * Text typed with a legacy font, written out byte by byte as an .xlsx cell holds it (each
 * font byte as its Windows-1252 character); `src/text/legacy.ts` must read it back as `reads`.
 */
const legacy = (typed: string, font: '.VnTime' | 'VNI-Times'): Written => ({ value: typed, font });

// ---------------------------------------------------------------------------

interface Context {
  readonly dir: string;
  readonly prefix: string;
  readonly expected: Expected[];
}

function expect(ctx: Context, file: string, entry: Omit<Expected, 'file'>): void {
  ctx.expected.push({ file: `${ctx.prefix}/${file}`, ...entry });
}

const VILLAGE_HEADERS = ['Tỉnh', 'Huyện', 'Xã', 'Thôn, làng, bon, buôn', 'Năm', 'Dân tộc', 'Số hộ', 'Số hộ nghèo', 'Số khẩu'] as const;
const UNIT_HEADERS = ['Tên cơ quan, đơn vị', 'Cấp', 'Khối'] as const;
const PAIRING_HEADERS = ['Cơ quan, đơn vị kết nghĩa', 'Xã', 'Thôn, làng, bon, buôn', 'Ngày kết nghĩa', 'Ngày kết thúc', 'Số quyết định'] as const;
const ACTIVITY_HEADERS = ['Ngày', 'Đơn vị', 'Xã', 'Thôn, làng, bon, buôn', 'Loại hoạt động', 'Nội dung', 'Tiền mặt (đồng)', 'Hiện vật quy đổi (đồng)', 'Nguồn kinh phí'] as const;

/** loi-so-lieu.xlsx: one bad value per row of a villages sheet. */
async function loiSoLieu(ctx: Context): Promise<void> {
  const file = 'loi-so-lieu.xlsx';
  const wb = newWorkbook('Phòng Dân tộc huyện Krông Pa');
  const headers = ['Tỉnh', 'Huyện', 'Xã', 'Thôn, làng, bon, buôn', 'Năm', 'Dân tộc', 'Thôn ĐBKK', 'Số hộ', 'Số hộ DTTS', 'Số hộ nghèo', 'Số hộ cận nghèo', 'Số khẩu', 'Đường cứng hóa (km)', 'Điện lưới quốc gia', 'Nhà văn hóa', 'Chi bộ'];
  const base = (name: string, year: number | string, hh: Written, poor: Written, near: Written, people: Written, road: Written, house: Written): Written[] =>
    ['Gia Lai', 'Huyện Krông Pa', 'Xã Ia Rsai', name, year, 'Gia Rai', 'x', hh, typeof hh === 'number' ? hh - 2 : 166, poor, near, people, road, 'x', house, 'x'];
  const rows: Written[][] = [
    base('Buôn Ma Giai', 2020, 150, 180, 12, 742, 1.2, 'x'), // 0 poor > households
    base('Buôn Blăk', 2020, 168, null, 20, 815, 0.8, 'x'), // 1 poor blank
    base('Buôn Tang', 2020, 'khoảng 170', 41, 18, 836, 2.1, 'x'), // 2 households not a number
    base('Buôn Djrưk', 2020, 121, 35, 11, 590, '1,5 - 2', null), // 3 a range for a length
    base('Buôn Ia Rsai', 2020, 203, 52, -3, 1012, 3.4, 'x'), // 4 negative near-poor
    base('Buôn Ia Hdreh', 1890, 96, 30, 9, 455, 0.5, null), // 5 year typed wrong
    base('Buôn Ơi Gầu', 2020, 134, 28, 15, 661, 1.0, 'đang xây'), // 6 not a yes/no
    base('Buôn Prông', 2020, 112, 19, 10, { formula: 'ROUND(I12*AVERAGE(S5:S12),0)', result: { error: '#DIV/0!' } }, 0.9, 'x'), // 7 formula error
    base('Buôn Lang', 2020, 187, 44, 21, 930, 2.6, 'x'), // 8 clean
  ];
  const s = miniSheet(wb, 'Thôn làng', ['DANH SÁCH THÔN, LÀNG ĐỒNG BÀO DTTS XÃ IA RSAI NĂM 2020', '(Số liệu do các xã báo cáo)'], headers, rows);
  const sheet = 'Thôn làng';
  expect(ctx, file, { sheet, cell: s.cell(0, 'Số hộ nghèo'), code: 'inconsistent-values' });
  expect(ctx, file, { sheet, cell: s.cell(1, 'Số hộ nghèo'), code: 'required' });
  expect(ctx, file, { sheet, cell: s.cell(2, 'Số hộ'), code: 'invalid-integer' });
  expect(ctx, file, { sheet, cell: s.cell(3, 'Đường cứng hóa (km)'), code: 'invalid-number' });
  expect(ctx, file, { sheet, cell: s.cell(4, 'Số hộ cận nghèo'), code: 'negative-value' });
  expect(ctx, file, { sheet, cell: s.cell(5, 'Năm'), code: 'out-of-range' });
  expect(ctx, file, { sheet, cell: s.cell(6, 'Nhà văn hóa'), code: 'invalid-boolean' });
  expect(ctx, file, { sheet, cell: s.cell(7, 'Số khẩu'), code: 'formula-error' });
  if (s.cell(7, 'Số khẩu') !== 'M12') throw new Error(`the formula in loi-so-lieu must point at its own row: ${s.cell(7, 'Số khẩu')}`);
  await saveWorkbook(wb, join(ctx.dir, file));
}

/** loi-hoat-dong.xlsx: bad dates, a misspelt activity type, money in words, a missing unit; a pairing that ends before it starts. */
async function loiHoatDong(ctx: Context): Promise<void> {
  const file = 'loi-hoat-dong.xlsx';
  const wb = newWorkbook('Ban Dân vận Huyện ủy Kon Plông');
  const commune = 'Xã Hiếu';
  const villages = ['Làng Kon Pring', 'Làng Vi Rơ Ngheo', 'Làng Kon Chênh'];
  miniSheet(wb, 'Thôn làng', ['DANH SÁCH LÀNG ĐỒNG BÀO DTTS XÃ HIẾU'], [...VILLAGE_HEADERS], [
    ['Kon Tum', 'Huyện Kon Plông', commune, villages[0]!, 2020, 'Xơ Đăng', 96, 21, 431],
    ['Kon Tum', 'Huyện Kon Plông', commune, villages[1]!, 2020, 'Xơ Đăng', 84, 30, 377],
    ['Kon Tum', 'Huyện Kon Plông', commune, villages[2]!, 2020, 'Ba Na', 112, 25, 520],
  ]);
  const units = ['Ban Dân vận Huyện ủy Kon Plông', 'Phòng Dân tộc huyện Kon Plông', 'Hội Nông dân huyện Kon Plông', 'Công an huyện Kon Plông'];
  miniSheet(wb, 'Đơn vị', ['DANH SÁCH ĐƠN VỊ KẾT NGHĨA'], [...UNIT_HEADERS], [
    [units[0]!, 'huyện', 'Đảng'], [units[1]!, 'huyện', 'Chính quyền'], [units[2]!, 'huyện', 'Mặt trận, đoàn thể'], [units[3]!, 'huyện', 'Lực lượng vũ trang'],
  ]);
  const p = miniSheet(wb, 'Kết nghĩa', ['PHÂN CÔNG KẾT NGHĨA'], [...PAIRING_HEADERS], [
    [units[0]!, commune, villages[0]!, day(2016, 4, 12), null, '112-QĐ/HU'],
    [units[1]!, commune, villages[1]!, day(2016, 4, 12), null, '845/QĐ-UBND'],
    [units[2]!, commune, villages[2]!, day(2017, 9, 5), null, '1203/QĐ-UBND'],
    [units[3]!, commune, villages[2]!, '15/05/2015', '01/01/2014', '617/QĐ-UBND'], // ends before it starts
  ]);
  expect(ctx, file, { sheet: 'Kết nghĩa', cell: p.cell(3, 'Ngày kết thúc'), code: 'inconsistent-values' });
  const gift = 'Thăm hỏi, tặng quà';
  const a = miniSheet(wb, 'Hoạt động', ['KẾT QUẢ HOẠT ĐỘNG KẾT NGHĨA NĂM 2020 - 2021'], [...ACTIVITY_HEADERS], [
    [day(2020, 1, 20), units[0]!, commune, villages[0]!, gift, 'Tặng quà Tết cho hộ nghèo', 3_000_000, 4_500_000, 'Đơn vị tự đóng góp'],
    ['31/02/2021', units[1]!, commune, villages[1]!, 'Tuyên truyền, vận động', 'Tuyên truyền phòng chống tảo hôn', null, null, null], // 1 no such day
    [day(2099, 8, 15), units[2]!, commune, villages[2]!, 'Hỗ trợ hộ nghèo, sinh kế', 'Hỗ trợ giống lúa', null, 6_000_000, 'Xã hội hóa'], // 2 year typed 2099
    [day(2021, 1, 28), units[0]!, commune, villages[0]!, 'Thăm hỏi, tặng qà', 'Tặng quà Tết Tân Sửu', 2_000_000, 5_000_000, 'Đơn vị tự đóng góp'], // 3 misspelt type
    [day(2021, 2, 3), units[1]!, commune, villages[1]!, gift, 'Thăm hỏi già làng', 'hai triệu đồng', null, 'Đơn vị tự đóng góp'], // 4 money in words
    [day(2021, 3, 26), null, commune, villages[2]!, 'Giao lưu văn hóa, thể thao', 'Giao lưu bóng chuyền ngày thành lập Đoàn', 1_500_000, null, 'Đơn vị tự đóng góp'], // 5 no unit
  ]);
  const sheet = 'Hoạt động';
  expect(ctx, file, { sheet, cell: a.cell(1, 'Ngày'), code: 'invalid-date' });
  expect(ctx, file, { sheet, cell: a.cell(2, 'Ngày'), code: 'future-date' });
  expect(ctx, file, { sheet, cell: a.cell(3, 'Loại hoạt động'), code: 'invalid-choice', suggestion: 'Thăm hỏi, tặng quà' });
  expect(ctx, file, { sheet, cell: a.cell(4, 'Tiền mặt (đồng)'), code: 'invalid-number' });
  expect(ctx, file, { sheet, cell: a.cell(5, 'Đơn vị'), code: 'required' });
  await saveWorkbook(wb, join(ctx.dir, file));
}

/** sai-danh-muc.xlsx: names that are not in the lists, an activity outside any pairing. */
async function saiDanhMuc(ctx: Context): Promise<void> {
  const file = 'sai-danh-muc.xlsx';
  const wb = newWorkbook('Ban Dân vận Huyện ủy Tuy Đức');
  const commune = 'Xã Quảng Trực';
  const headers = ['Tỉnh', 'Huyện', 'Xã', 'Thôn, làng, bon, buôn', 'Năm', 'Dân tộc', 'Biên giới', 'Số hộ', 'Số hộ nghèo', 'Số khẩu'];
  miniSheet(wb, 'Thôn làng', ['DANH SÁCH BON ĐỒNG BÀO DTTS XÃ QUẢNG TRỰC'], headers, [
    ['Đắk Nông', 'Huyện Tuy Đức', commune, 'Bon Bu Prăng', 2020, "M'Nông", 'x', 142, 38, 655],
    ['Đắk Nông', 'Huyện Tuy Đức', commune, 'Bon Bu Lum', 2020, "M'Nông", 'x', 118, 41, 560],
    ['Đắk Nông', 'Huyện Tuy Đức', commune, 'Bon Bu Dăr', 2020, "M'Nông", 'x', 97, 33, 472],
  ]);
  const units = ['Đồn Biên phòng Bu Prăng', 'Ban Dân vận Huyện ủy Tuy Đức', 'Phòng Dân tộc huyện Tuy Đức'];
  miniSheet(wb, 'Đơn vị', ['DANH SÁCH ĐƠN VỊ KẾT NGHĨA'], [...UNIT_HEADERS], [
    [units[0]!, 'tỉnh', 'Lực lượng vũ trang'], [units[1]!, 'huyện', 'Đảng'], [units[2]!, 'huyện', 'Chính quyền'],
  ]);
  const p = miniSheet(wb, 'Kết nghĩa', ['PHÂN CÔNG KẾT NGHĨA VỚI CÁC BON'], [...PAIRING_HEADERS], [
    [units[0]!, commune, 'Bon Bu Prang', day(2016, 3, 10), null, '256/QĐ-UBND'], // 0 diacritics lost
    [units[1]!, commune, 'Bon Bu Lum', day(2020, 1, 1), null, '31-QĐ/HU'],
    [units[2]!, commune, 'Bon Bu Dăr', day(2017, 6, 15), null, '1089/QĐ-UBND'],
    ['Hội Cựu chiến binh huyện Tuy Đức', commune, 'Bon Bu Dăr', day(2017, 6, 15), null, '1089/QĐ-UBND'], // 3 not in the units list
  ]);
  expect(ctx, file, { sheet: 'Kết nghĩa', cell: p.cell(0, 'Thôn, làng, bon, buôn'), code: 'unknown-village', suggestion: 'Bon Bu Prăng' });
  expect(ctx, file, { sheet: 'Kết nghĩa', cell: p.cell(3, 'Cơ quan, đơn vị kết nghĩa'), code: 'unknown-unit' });
  const a = miniSheet(wb, 'Hoạt động', ['KẾT QUẢ HOẠT ĐỘNG KẾT NGHĨA NĂM 2019'], [...ACTIVITY_HEADERS], [
    [day(2019, 3, 12), units[2]!, commune, 'Bon Bu Dăr', 'Hỗ trợ hộ nghèo, sinh kế', 'Hỗ trợ 300 cây cà phê giống', null, 4_500_000, 'Ngân sách nhà nước'],
    [day(2019, 5, 10), units[1]!, commune, 'Bon Bu Lum', 'Tuyên truyền, vận động', 'Tuyên truyền bảo vệ an ninh biên giới', 500_000, null, 'Đơn vị tự đóng góp'], // 1 before its pairing began
    [day(2019, 8, 22), 'Hội Nông dân huyện Tuy Đức', commune, 'Bon Bu Dăr', 'Đào tạo, dạy nghề', 'Tập huấn trồng hồ tiêu', 2_000_000, null, 'Ngân sách nhà nước'], // 2 unknown unit
  ]);
  expect(ctx, file, { sheet: 'Hoạt động', cell: a.cell(1, 'Đơn vị'), code: 'not-paired' });
  // One finding per cause: the unknown unit is not also "not paired".
  expect(ctx, file, { sheet: 'Hoạt động', cell: a.cell(2, 'Đơn vị'), code: 'unknown-unit' });
  await saveWorkbook(wb, join(ctx.dir, file));
}

/** trung-lap.xlsx: a village-year, a unit and a pairing entered twice; an activity submitted twice. */
async function trungLap(ctx: Context): Promise<void> {
  const file = 'trung-lap.xlsx';
  const wb = newWorkbook('Ban Dân vận Huyện ủy Nam Giang');
  const commune = 'Xã Chơ Chun';
  const v = ['Thôn Pà Păng', 'Thôn Pà Dồn', 'Thôn Cà Lò'];
  const vRow = (name: string, year: number, hh: number, poor: number, people: number): Written[] => ['Quảng Nam', 'Huyện Nam Giang', commune, name, year, 'Cơ Tu', hh, poor, people];
  const villages = miniSheet(wb, 'Thôn làng', ['DANH SÁCH THÔN ĐỒNG BÀO DTTS XÃ CHƠ CHUN'], [...VILLAGE_HEADERS], [
    vRow(v[0]!, 2019, 76, 30, 318), vRow(v[1]!, 2019, 64, 27, 281), vRow(v[2]!, 2019, 58, 22, 240),
    vRow(v[0]!, 2020, 78, 24, 325), vRow(v[1]!, 2020, 66, 21, 290), vRow(v[2]!, 2020, 60, 17, 247),
    vRow(v[1]!, 2020, 66, 21, 290), // 6 pasted twice
  ]);
  expect(ctx, file, { sheet: 'Thôn làng', cell: villages.cell(6, 'Thôn, làng, bon, buôn'), code: 'duplicate-key' });
  const units = ['Ban Dân vận Huyện ủy Nam Giang', 'Phòng Văn hóa và Thông tin huyện Nam Giang', 'Đồn Biên phòng Chơ Chun'];
  const u = miniSheet(wb, 'Đơn vị', ['DANH SÁCH ĐƠN VỊ KẾT NGHĨA'], [...UNIT_HEADERS], [
    [units[0]!, 'huyện', 'Đảng'], [units[1]!, 'huyện', 'Chính quyền'], [units[2]!, 'tỉnh', 'Lực lượng vũ trang'],
    ['Phòng Văn hóa và Thông tin huyện Nam Giang', 'huyện', 'Chính quyền'], // 3 listed twice
  ]);
  expect(ctx, file, { sheet: 'Đơn vị', cell: u.cell(3, 'Tên cơ quan, đơn vị'), code: 'duplicate-key' });
  const p = miniSheet(wb, 'Kết nghĩa', ['PHÂN CÔNG KẾT NGHĨA'], [...PAIRING_HEADERS], [
    [units[0]!, commune, v[0]!, day(2016, 5, 19), null, '87-QĐ/HU'],
    [units[1]!, commune, v[1]!, day(2016, 5, 19), null, '1420/QĐ-UBND'],
    [units[2]!, commune, v[2]!, day(2016, 5, 19), null, '1420/QĐ-UBND'],
    [units[0]!, commune, v[0]!, '19/05/2016', null, '87-QĐ/HU'], // 3 the same pairing again
  ]);
  expect(ctx, file, { sheet: 'Kết nghĩa', cell: p.cell(3, 'Thôn, làng, bon, buôn'), code: 'duplicate-key' });
  const rows: Written[][] = [
    [day(2020, 1, 15), units[0]!, commune, v[0]!, 'Thăm hỏi, tặng quà', 'Tặng quà Tết Canh Tý cho hộ nghèo', 2_000_000, 3_600_000, 'Đơn vị tự đóng góp'],
    [day(2020, 1, 17), units[1]!, commune, v[1]!, 'Thăm hỏi, tặng quà', 'Tặng quà Tết Canh Tý cho hộ nghèo', null, 3_000_000, 'Đơn vị tự đóng góp'],
    [day(2020, 6, 2), units[2]!, commune, v[2]!, 'Xây dựng công trình', 'Sửa chữa nhà sinh hoạt cộng đồng', 12_000_000, null, 'Xã hội hóa'],
  ];
  miniSheet(wb, 'Hoạt động', ['KẾT QUẢ HOẠT ĐỘNG KẾT NGHĨA NĂM 2020'], [...ACTIVITY_HEADERS], rows);
  // The office sent an "addendum" that repeats a row it had already reported.
  const extra = miniSheet(wb, 'Hoạt động bổ sung', ['HOẠT ĐỘNG BỔ SUNG NĂM 2020'], [...ACTIVITY_HEADERS], [
    [day(2020, 9, 30), units[1]!, commune, v[1]!, 'Giao lưu văn hóa, thể thao', 'Tặng bộ chiêng cho thôn', null, 18_000_000, 'Xã hội hóa'],
    rows[2]!,
  ]);
  expect(ctx, file, { sheet: 'Hoạt động bổ sung', cell: extra.cell(1, 'Ngày'), code: 'duplicate-row' });
  await saveWorkbook(wb, join(ctx.dir, file));
}

/** trung-cot.xlsx: two columns for the same figure, a misspelt header, a header nobody knows. */
async function trungCot(ctx: Context): Promise<void> {
  const file = 'trung-cot.xlsx';
  const wb = newWorkbook('UBND xã Đạ Chais');
  const headers = ['Xã', 'Thôn', 'Năm', 'Số hộ', 'Tổng số hộ', 'Số hộ nghèo', 'Số hộ cận ngèo', 'Số khẩu', 'Ghi chu ky'];
  const s = miniSheet(wb, 'Thôn làng', ['SỐ LIỆU CÁC THÔN ĐỒNG BÀO DTTS XÃ ĐẠ CHAIS NĂM 2020'], headers, [
    ['Xã Đạ Chais', 'Thôn Klong Klanh', 2020, 214, 214, 37, 25, 1002, 'Đã ký'],
    ['Xã Đạ Chais', "Thôn Đưng K'Si", 2020, 187, 187, 29, 22, 874, null],
    ['Xã Đạ Chais', 'Thôn Păng Tiêng', 2020, 163, 163, 31, 19, 780, 'Đã ký'],
  ]);
  expect(ctx, file, { sheet: 'Thôn làng', cell: s.headerCell('Tổng số hộ'), code: 'column-duplicate' });
  expect(ctx, file, { sheet: 'Thôn làng', cell: s.headerCell('Số hộ cận ngèo'), code: 'column-unknown', suggestion: 'Số hộ cận nghèo' });
  expect(ctx, file, { sheet: 'Thôn làng', cell: s.headerCell('Ghi chu ky'), code: 'column-unknown' });
  await saveWorkbook(wb, join(ctx.dir, file));
}

/** thieu-cot.xlsx: a villages sheet without poor households, a units sheet without the unit's name. */
async function thieuCot(ctx: Context): Promise<void> {
  const file = 'thieu-cot.xlsx';
  const wb = newWorkbook('UBND huyện Bù Gia Mập');
  const v = miniSheet(wb, 'Thôn làng', ['SỐ LIỆU CÁC THÔN XÃ BÙ GIA MẬP NĂM 2020'], ['Xã', 'Thôn', 'Năm', 'Số hộ', 'Số khẩu'], [
    ['Xã Bù Gia Mập', 'Thôn Bù Lư', 2020, 231, 1040],
    ['Xã Bù Gia Mập', 'Thôn Bù Rên', 2020, 176, 812],
    ['Xã Bù Gia Mập', 'Thôn Đăk Á', 2020, 204, 931],
  ]);
  expect(ctx, file, { sheet: 'Thôn làng', row: v.headerRow, field: 'poorHouseholds', code: 'column-missing' });
  const u = miniSheet(wb, 'Đơn vị', ['DANH SÁCH ĐƠN VỊ KẾT NGHĨA'], ['Tên cơ quan', 'Cấp', 'Khối'], [
    ['Ban Dân vận Huyện ủy Bù Gia Mập', 'huyện', 'Đảng'],
    ['Đồn Biên phòng Bù Gia Mập', 'tỉnh', 'Lực lượng vũ trang'],
  ]);
  expect(ctx, file, { sheet: 'Đơn vị', row: u.headerRow, field: 'unit', code: 'column-missing' });
  expect(ctx, file, { sheet: 'Đơn vị', cell: u.headerCell('Tên cơ quan'), code: 'column-unknown' });
  await saveWorkbook(wb, join(ctx.dir, file));
}

/** bang-ma-cu.xlsx: rows pasted from an old file typed in TCVN3 (.VnTime) and VNI (VNI-Times). */
async function bangMaCu(ctx: Context): Promise<void> {
  const file = 'bang-ma-cu.xlsx';
  const wb = newWorkbook('UBND xã Ea Tiêu');
  const headers = ['Tỉnh', 'Huyện', 'Xã', 'Buôn', 'Năm', 'Dân tộc', 'Số hộ', 'Số hộ nghèo', 'Số khẩu'];
  const row = (name: Written, hh: number, poor: number, people: number): Written[] => ['Đắk Lắk', 'Huyện Cư Kuin', 'Xã Ea Tiêu', name, 2020, 'Ê Đê', hh, poor, people];
  // The title was typed with .VnTimeH, the capitals-only TCVN3 font.
  // "danh sách buôn đồng bào dân tộc thiểu số xã ea tiêu" in TCVN3.
  const s = miniSheet(wb, 'Thôn làng', ['danh s¸ch bu«n ®ång bµo d©n téc thiÓu sè x· ea tiªu'], headers, [
    row(legacy('Bu«n Kram', '.VnTime'), 165, 22, 812), // Buôn Kram in TCVN3
    row(legacy('Buoân Ñung', 'VNI-Times'), 143, 19, 701), // Buôn Đung in VNI
    row('Buôn Ea Tiêu', 188, 25, 903),
  ], '.VnTimeH');
  expect(ctx, file, { sheet: 'Thôn làng', cell: s.cell(0, 'Buôn'), code: 'legacy-encoding', suggestion: 'Buôn Kram' });
  expect(ctx, file, { sheet: 'Thôn làng', cell: s.cell(1, 'Buôn'), code: 'legacy-encoding', suggestion: 'Buôn Đung' });
  await saveWorkbook(wb, join(ctx.dir, file));
}

/** bat-thuong.xlsx: poor households 40 → 4 in one year; 5 billion typed for 5 million. */
async function batThuong(ctx: Context): Promise<void> {
  const file = 'bat-thuong.xlsx';
  const wb = newWorkbook('Phòng Dân tộc huyện Ia Pa');
  const commune = 'Xã Ia Trôk';
  const v = ['Buôn Ma Rơk', 'Buôn Bi Giông', 'Buôn Tang Ia Trôk'];
  const series: Array<[string, number[], number[]]> = [
    [v[0]!, [131, 134, 137, 139], [52, 40, 4, 3]],
    [v[1]!, [98, 100, 103, 105], [31, 24, 17, 12]],
    [v[2]!, [152, 155, 157, 160], [44, 35, 26, 19]],
  ];
  const rows: Written[][] = [];
  for (let y = 0; y < 4; y++) {
    for (const [name, hh, poor] of series) rows.push(['Gia Lai', 'Huyện Ia Pa', commune, name, 2017 + y, 'Gia Rai', hh[y]!, poor[y]!, Math.round(hh[y]! * 4.9)]);
  }
  const s = miniSheet(wb, 'Thôn làng', ['SỐ LIỆU CÁC BUÔN XÃ IA TRÔK 2017 - 2020'], [...VILLAGE_HEADERS], rows);
  expect(ctx, file, { sheet: 'Thôn làng', cell: s.cell(6, 'Số hộ nghèo'), code: 'outlier' });
  const units = ['Ban Dân vận Huyện ủy Ia Pa', 'Hội Liên hiệp Phụ nữ huyện Ia Pa'];
  miniSheet(wb, 'Đơn vị', ['DANH SÁCH ĐƠN VỊ KẾT NGHĨA'], [...UNIT_HEADERS], [[units[0]!, 'huyện', 'Đảng'], [units[1]!, 'huyện', 'Mặt trận, đoàn thể']]);
  miniSheet(wb, 'Kết nghĩa', ['PHÂN CÔNG KẾT NGHĨA'], [...PAIRING_HEADERS], [
    [units[0]!, commune, v[0]!, day(2015, 10, 2), null, '64-QĐ/HU'],
    [units[1]!, commune, v[1]!, day(2015, 10, 2), null, '64-QĐ/HU'],
    [units[1]!, commune, v[2]!, day(2015, 10, 2), null, '64-QĐ/HU'],
  ]);
  const gift = (date: Date, unit: string, village: string, cash: number | string, goods: number): Written[] =>
    [date, unit, commune, village, 'Thăm hỏi, tặng quà', 'Tặng quà Tết cho hộ nghèo', cash, goods, 'Đơn vị tự đóng góp'];
  const a = miniSheet(wb, 'Hoạt động', ['KẾT QUẢ HOẠT ĐỘNG KẾT NGHĨA 2019 - 2020'], [...ACTIVITY_HEADERS], [
    gift(day(2019, 1, 22), units[0]!, v[0]!, 3_000_000, 2_400_000),
    gift(day(2019, 1, 24), units[1]!, v[1]!, 2_500_000, 1_800_000),
    gift(day(2019, 1, 25), units[1]!, v[2]!, 2_000_000, 2_000_000),
    gift(day(2020, 1, 10), units[0]!, v[0]!, 3_500_000, 2_600_000),
    gift(day(2020, 1, 14), units[1]!, v[1]!, 4_000_000, 1_500_000),
    gift(day(2020, 1, 15), units[1]!, v[2]!, '5.000.000.000', 2_000_000), // 5 five billion for five million
    gift(day(2020, 1, 16), units[0]!, v[0]!, 2_000_000, 1_200_000),
  ]);
  expect(ctx, file, { sheet: 'Hoạt động', cell: a.cell(5, 'Tiền mặt (đồng)'), code: 'outlier' });
  await saveWorkbook(wb, join(ctx.dir, file));
}

/** khong-nhan-ra.xlsx: a workbook with nothing the tool knows (an office phone list). */
async function khongNhanRa(ctx: Context): Promise<void> {
  const file = 'khong-nhan-ra.xlsx';
  const wb = newWorkbook('Văn phòng Thị ủy');
  const ws = wb.addWorksheet('Sheet1');
  const row = writeTitles(ws, { lines: ['DANH BẠ ĐIỆN THOẠI CÁN BỘ CÁC CƠ QUAN'], width: 5 });
  writeHeader(ws, row, [{ text: 'STT', width: 5 }, { text: 'Họ và tên', width: 24 }, { text: 'Chức vụ', width: 28 }, { text: 'Điện thoại cơ quan', width: 16 }, { text: 'Di động', width: 14 }], false);
  const people: Array<[string, string, string, string]> = [
    ['Nguyễn Văn Hùng', 'Chánh Văn phòng', '0269 3852 101', '0905 123 456'],
    ['Rơ Mah Thuế', 'Phó Trưởng ban Dân vận', '0269 3852 214', '0978 654 321'],
    ['Trần Thị Mai', 'Chuyên viên', '0269 3852 230', '0935 111 222'],
  ];
  people.forEach((p, i) => writeRow(ws, row + 1 + i, [i + 1, ...p]));
  expect(ctx, file, { code: 'no-known-sheet' });
  await saveWorkbook(wb, join(ctx.dir, file));
}

/** Files that are not readable workbooks at all. */
async function brokenFiles(ctx: Context, realWorkbook: string): Promise<void> {
  // An OLE/CFB compound file, as Excel 97–2003 writes .xls: the header sector, then padding.
  const xls = Buffer.alloc(1024, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(xls, 0);
  xls.writeUInt16LE(0x003e, 24); // minor version
  xls.writeUInt16LE(0x0003, 26); // major version 3
  xls.writeUInt16LE(0xfffe, 28); // byte order
  xls.writeUInt16LE(0x0009, 30); // 512-byte sectors
  xls.writeUInt16LE(0x0006, 32); // 64-byte mini sectors
  xls.fill(0xff, 76, 512); // unused DIFAT entries
  await writeFile(join(ctx.dir, 'dinh-dang-cu.xls'), xls);
  expect(ctx, 'dinh-dang-cu.xls', { code: 'file-legacy-format' });

  const real = await readFile(realWorkbook);
  await writeFile(join(ctx.dir, 'hong.xlsx'), real.subarray(0, Math.floor(real.length / 2)));
  expect(ctx, 'hong.xlsx', { code: 'file-unreadable' });

  await writeFile(join(ctx.dir, 'rong.xlsx'), Buffer.alloc(0));
  expect(ctx, 'rong.xlsx', { code: 'file-unreadable' });

  await writeFile(join(ctx.dir, 'khong-phai-excel.xlsx'), 'STT;Đơn vị;Xã;Bôn;Ngày;Số tiền\n1;Phòng Dân tộc;Xã Ia Sao;Bôn Jú;15/01/2020;3.000.000\n2;Phòng Y tế;Xã Ia Rbol;Bôn Bầu;20/01/2020;2.500.000\n');
  expect(ctx, 'khong-phai-excel.xlsx', { code: 'file-unreadable' });

  await writeFile(join(ctx.dir, 'xuat-tu-web.xlsx'), '<html><head><meta charset="utf-8"><title>Báo cáo</title></head><body><table border="1"><tr><th>STT</th><th>Đơn vị</th><th>Bôn</th></tr><tr><td>1</td><td>Phòng Dân tộc</td><td>Bôn Jú</td></tr></table></body></html>\n');
  expect(ctx, 'xuat-tu-web.xlsx', { code: 'file-unreadable' });
}

/**
 * nop-lai.xlsx and "nop-lai (bản sửa).xlsx": a unit's submission and its corrected copy
 * dropped beside it. One `duplicate-file`, not a `duplicate-row` per row.
 */
async function nopLai(ctx: Context): Promise<void> {
  const first = 'nop-lai.xlsx';
  const fixed = 'nop-lai (bản sửa).xlsx';
  const commune = 'Xã Đắk Môn';
  const v = ['Thôn Đắk Xú', 'Thôn Kon Tu Peng'];
  const unit = 'Ban Dân vận Huyện ủy Đắk Glei';
  const gift = (date: Date, village: string, cash: number | string, goods: number): Written[] =>
    [date, unit, commune, village, 'Thăm hỏi, tặng quà', 'Tặng quà Tết cho hộ nghèo', cash, goods, 'Đơn vị tự đóng góp'];
  const rows: Written[][] = [
    gift(day(2020, 1, 16), v[0]!, 3_000_000, 1_500_000),
    gift(day(2020, 1, 16), v[1]!, 3_000_000, 1_500_000),
    gift(day(2020, 6, 1), v[0]!, 2_000_000, 0),
    gift(day(2020, 9, 5), v[1]!, 20_000_000, 0), // a slip the corrected copy puts right
  ];
  const wb = newWorkbook(unit);
  miniSheet(wb, 'Thôn làng', ['DANH SÁCH THÔN XÃ ĐẮK MÔN'], [...VILLAGE_HEADERS], v.map((name, i) => ['Kon Tum', 'Huyện Đắk Glei', commune, name, 2020, 'Giẻ Triêng', 88 + i * 7, 31 - i * 4, 402 + i * 30]));
  miniSheet(wb, 'Đơn vị', ['DANH SÁCH ĐƠN VỊ KẾT NGHĨA'], [...UNIT_HEADERS], [[unit, 'huyện', 'Đảng']]);
  miniSheet(wb, 'Kết nghĩa', ['PHÂN CÔNG KẾT NGHĨA'], [...PAIRING_HEADERS], v.map((name) => [unit, commune, name, day(2016, 4, 20), null, '15-QĐ/HU']));
  miniSheet(wb, 'Hoạt động', ['KẾT QUẢ HOẠT ĐỘNG KẾT NGHĨA NĂM 2020'], [...ACTIVITY_HEADERS], rows);
  await saveWorkbook(wb, join(ctx.dir, first));
  const again = newWorkbook(unit);
  miniSheet(again, 'Hoạt động', ['KẾT QUẢ HOẠT ĐỘNG KẾT NGHĨA NĂM 2020 (BẢN SỬA)'], [...ACTIVITY_HEADERS], [
    ...rows.slice(0, 3),
    gift(day(2020, 9, 5), v[1]!, 2_000_000, 0),
    gift(day(2020, 12, 22), v[0]!, 1_000_000, 500_000),
  ]);
  await saveWorkbook(again, join(ctx.dir, fixed));
  // Validated together, one finding names both (it stands on the later of the two in the
  // folder's order); each file's entry says so.
  expect(ctx, first, { code: 'duplicate-file', with: [`${ctx.prefix}/${fixed}`] });
  expect(ctx, fixed, { code: 'duplicate-file', with: [`${ctx.prefix}/${first}`] });
}

/** sai-huyen.xlsx: the master of one commune, a submission about another district's villages. */
async function saiHuyen(ctx: Context): Promise<void> {
  const file = 'sai-huyen.xlsx';
  const wb = newWorkbook('Phòng Dân tộc huyện Tu Mơ Rông');
  miniSheet(wb, 'Thôn làng', ['DANH SÁCH THÔN XÃ ĐẮK HÀ'], [...VILLAGE_HEADERS], [
    ['Kon Tum', 'Huyện Tu Mơ Rông', 'Xã Đắk Hà', 'Thôn Mô Pả', 2020, 'Xơ Đăng', 95, 40, 430],
    ['Kon Tum', 'Huyện Tu Mơ Rông', 'Xã Đắk Hà', 'Thôn Kon Hia', 2020, 'Xơ Đăng', 81, 35, 377],
  ]);
  miniSheet(wb, 'Đơn vị', ['DANH SÁCH ĐƠN VỊ KẾT NGHĨA'], [...UNIT_HEADERS], [['Phòng Dân tộc huyện Tu Mơ Rông', 'huyện', 'Chính quyền']]);
  const act = (d: Date, unit: string, commune: string, village: string, cash: number): Written[] => [d, unit, commune, village, 'Thăm hỏi, tặng quà', 'Tặng quà', cash, null, 'Đơn vị tự đóng góp'];
  miniSheet(wb, 'Hoạt động', ['KẾT QUẢ HOẠT ĐỘNG KẾT NGHĨA (HUYỆN SA THẦY)'], [...ACTIVITY_HEADERS], [
    act(day(2020, 1, 10), 'Ban Dân vận Huyện ủy Sa Thầy', 'Xã Mô Rai', 'Làng Le', 2_000_000),
    act(day(2020, 1, 11), 'Ban Dân vận Huyện ủy Sa Thầy', 'Xã Mô Rai', 'Làng Rắc', 2_000_000),
    act(day(2020, 1, 12), 'Hội Nông dân huyện Sa Thầy', 'Xã Rờ Kơi', 'Làng Kram', 1_500_000),
    act(day(2020, 1, 13), 'Hội Nông dân huyện Sa Thầy', 'Xã Rờ Kơi', 'Làng Rờ Kơi', 1_500_000),
    act(day(2020, 1, 14), 'Huyện đoàn Sa Thầy', 'Xã Mô Rai', 'Làng Gia Xiêng', 1_000_000),
    act(day(2020, 1, 15), 'Huyện đoàn Sa Thầy', 'Xã Rờ Kơi', 'Làng Đăk Đe', 1_000_000),
  ]);
  // One warning on the file, naming Xã Mô Rai and Xã Rờ Kơi, instead of twelve row errors.
  expect(ctx, file, { code: 'master-mismatch' });
  await saveWorkbook(wb, join(ctx.dir, file));
}

/** tong-cong.xlsx: a `Tổng cộng` row whose SUM skipped the amounts typed as text. */
async function tongCong(ctx: Context): Promise<void> {
  const file = 'tong-cong.xlsx';
  const unit = 'Hội Cựu chiến binh huyện Mang Yang';
  const commune = 'Xã Đak Djrăng';
  const v = ['Làng Đê Kjiêng', 'Làng Dơ Nâu'];
  const wb = newWorkbook(unit);
  miniSheet(wb, 'Thôn làng', ['DANH SÁCH LÀNG XÃ ĐAK DJRĂNG'], [...VILLAGE_HEADERS], v.map((name, i) => ['Gia Lai', 'Huyện Mang Yang', commune, name, 2020, 'Ba Na', 120 + i * 10, 40 - i * 5, 560 + i * 40]));
  miniSheet(wb, 'Đơn vị', ['DANH SÁCH ĐƠN VỊ KẾT NGHĨA'], [...UNIT_HEADERS], [[unit, 'huyện', 'Mặt trận, đoàn thể']]);
  miniSheet(wb, 'Kết nghĩa', ['PHÂN CÔNG KẾT NGHĨA'], [...PAIRING_HEADERS], v.map((name) => [unit, commune, name, day(2017, 3, 2), null, '08-QĐ/CCB']));
  const act = (d: Date, village: string, cash: number | string): Written[] => [d, unit, commune, village, 'Thăm hỏi, tặng quà', 'Tặng quà hội viên nghèo', cash, null, 'Đơn vị tự đóng góp'];
  const rows: Written[][] = [
    act(day(2020, 1, 18), v[0]!, 2_000_000),
    act(day(2020, 1, 18), v[1]!, '1.500.000'), // typed as text: SUM skips it
    act(day(2020, 7, 27), v[0]!, '2.000.000 đ'),
    act(day(2020, 7, 27), v[1]!, 1_000_000),
  ];
  const a = miniSheet(wb, 'Hoạt động', ['KẾT QUẢ HOẠT ĐỘNG KẾT NGHĨA NĂM 2020'], [...ACTIVITY_HEADERS], [
    ...rows,
    [null, 'Tổng cộng', null, null, null, null, { formula: 'SUM(H4:H7)', result: 3_000_000 }, null, null],
  ]);
  expect(ctx, file, { sheet: 'Hoạt động', cell: a.cell(4, 'Tiền mặt (đồng)'), code: 'totals-mismatch' });
  await saveWorkbook(wb, join(ctx.dir, file));
}

/**
 * o-gop.xlsx: an office merged "Loại hoạt động", "Nguồn kinh phí" and the date down over the
 * two rows they apply to (read for each row, no finding), and merged one amount over both
 * rows (counted once, `merged-amount`).
 */
async function oGop(ctx: Context): Promise<void> {
  const file =  'o-gop.xlsx';
  const unit = 'Đoàn Thanh niên huyện Krông Bông';
  const commune = 'Xã Cư Pui';
  const v = ['Buôn Phung', 'Buôn Khanh'];
  const wb = newWorkbook(unit);
  miniSheet(wb, 'Thôn làng', ['DANH SÁCH BUÔN XÃ CƯ PUI'], [...VILLAGE_HEADERS], v.map((name, i) => ['Đắk Lắk', 'Huyện Krông Bông', commune, name, 2020, 'Ê Đê', 140 + i * 12, 45 - i * 6, 650 + i * 50]));
  miniSheet(wb, 'Đơn vị', ['DANH SÁCH ĐƠN VỊ KẾT NGHĨA'], [...UNIT_HEADERS], [[unit, 'huyện', 'Mặt trận, đoàn thể']]);
  miniSheet(wb, 'Kết nghĩa', ['PHÂN CÔNG KẾT NGHĨA'], [...PAIRING_HEADERS], v.map((name) => [unit, commune, name, day(2018, 3, 26), null, '12-QĐ/HĐTN']));
  const a = miniSheet(wb, 'Hoạt động', ['KẾT QUẢ HOẠT ĐỘNG KẾT NGHĨA NĂM 2020'], [...ACTIVITY_HEADERS], [
    [day(2020, 3, 26), unit, commune, v[0]!, 'Giao lưu văn hóa, thể thao', 'Giao lưu bóng chuyền', 3_000_000, null, 'Xã hội hóa'],
    [null, unit, commune, v[1]!, null, 'Giao lưu bóng chuyền', null, null, null],
    [day(2020, 7, 15), unit, commune, v[0]!, 'Xây dựng công trình', 'Làm đường bê tông', 5_000_000, 2_000_000, 'Đơn vị tự đóng góp'],
    [day(2020, 7, 16), unit, commune, v[1]!, 'Xây dựng công trình', 'Làm đường bê tông', 5_000_000, 1_000_000, 'Đơn vị tự đóng góp'],
  ]);
  const ws = wb.getWorksheet('Hoạt động')!;
  for (const header of ['Ngày', 'Loại hoạt động', 'Nguồn kinh phí', 'Tiền mặt (đồng)']) ws.mergeCells(`${a.cell(0, header)}:${a.cell(1, header)}`);
  expect(ctx, file, { sheet: 'Hoạt động', cell: a.cell(0, 'Tiền mặt (đồng)'), code: 'merged-amount' });
  await saveWorkbook(wb, join(ctx.dir, file));
}

/**
 * Writes every faulty sample into `root/dir` and the manifest to `root/manifest`.
 * `realWorkbook` is cut in half for the truncated sample. Returns the faults listed.
 */
export async function writeFaultySamples(root: string, dir: string, manifest: string, realWorkbook: string): Promise<Expected[]> {
  const ctx: Context = { dir: join(root, dir), prefix: dir, expected: [] };
  await loiSoLieu(ctx);
  await loiHoatDong(ctx);
  await saiDanhMuc(ctx);
  await trungLap(ctx);
  await trungCot(ctx);
  await thieuCot(ctx);
  await bangMaCu(ctx);
  await batThuong(ctx);
  await khongNhanRa(ctx);
  await nopLai(ctx);
  await saiHuyen(ctx);
  await tongCong(ctx);
  await oGop(ctx);
  await brokenFiles(ctx, realWorkbook);
  await writeFile(join(root, manifest), JSON.stringify(ctx.expected, null, 2) + '\n');
  return ctx.expected;
}

/** What each faulty sample holds, for samples/README.md. */
export const FAULTY_FILES: Readonly<Record<string, string>> = {
  'loi-so-lieu.xlsx': 'Trang thôn làng, mỗi dòng một lỗi giá trị: hộ nghèo lớn hơn số hộ, ô bắt buộc để trống, "khoảng 170", "1,5 - 2" km, số âm, năm 1890, "đang xây" ở cột có/không, công thức lỗi #DIV/0!.',
  'loi-hoat-dong.xlsx': 'Ngày 31/02/2021, ngày năm 2099, loại hoạt động gõ sai "Thăm hỏi, tặng qà", tiền ghi bằng chữ, thiếu tên đơn vị; một cặp kết nghĩa có ngày kết thúc trước ngày kết nghĩa.',
  'sai-danh-muc.xlsx': '"Bon Bu Prang" thay cho "Bon Bu Prăng", đơn vị không có trong danh sách, hoạt động trước ngày kết nghĩa.',
  'trung-lap.xlsx': 'Một thôn - năm, một đơn vị, một cặp kết nghĩa nhập hai lần; một hoạt động báo cáo lại ở trang "Hoạt động bổ sung".',
  'trung-cot.xlsx': 'Hai cột cùng là số hộ ("Số hộ", "Tổng số hộ"), tiêu đề gõ sai "Số hộ cận ngèo", cột lạ "Ghi chu ky".',
  'thieu-cot.xlsx': 'Trang thôn làng không có cột số hộ nghèo; trang đơn vị không có cột tên đơn vị ("Tên cơ quan").',
  'bang-ma-cu.xlsx': 'Tên buôn gõ bằng TCVN3 (.VnTime) và VNI (VNI-Times).',
  'bat-thuong.xlsx': 'Hộ nghèo của một buôn giảm từ 40 xuống 4 trong một năm; 5.000.000.000 đồng gõ nhầm cho 5.000.000.',
  'khong-nhan-ra.xlsx': 'Chỉ có "Sheet1" là danh bạ điện thoại.',
  'nop-lai.xlsx': 'Báo cáo hoạt động của một đơn vị (kèm danh mục của đơn vị).',
  'nop-lai (bản sửa).xlsx': 'Bản sửa của nop-lai.xlsx để cạnh bản cũ: phần lớn dòng hoạt động trùng (duplicate-file khi kiểm tra cùng nhau).',
  'sai-huyen.xlsx': 'Danh mục của xã Đắk Hà (Tu Mơ Rông) nhưng hoạt động ở các làng huyện Sa Thầy: một cảnh báo master-mismatch cho cả tệp.',
  'tong-cong.xlsx': 'Dòng "Tổng cộng" =SUM(…) bỏ qua 2 số tiền gõ dạng chữ: totals-mismatch.',
  'o-gop.xlsx': 'Ngày, loại hoạt động, nguồn kinh phí gộp ô cho hai dòng (đọc cho cả hai dòng); một số tiền gộp ô cho hai dòng (tính một lần, cảnh báo merged-amount).',
  'dinh-dang-cu.xls': 'Tệp Excel 97-2003 (OLE/CFB).',
  'hong.xlsx': 'Nửa đầu của một tệp .xlsx thật (tệp bị cắt cụt).',
  'rong.xlsx': 'Tệp 0 byte.',
  'khong-phai-excel.xlsx': 'Tệp văn bản CSV đặt đuôi .xlsx.',
  'xuat-tu-web.xlsx': 'Trang HTML đặt đuôi .xlsx (xuất từ phần mềm trên web).',
};

