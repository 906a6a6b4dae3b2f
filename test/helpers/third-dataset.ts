/**
 * A third hand-made dataset, unlike the samples and the second one, for the report's form
 * (issue 19): Kon Tum's huyện Kon Plông, "làng", data 2020–2024 under a directive of 2008,
 * a poverty-standard change inside (2021); villages and communes both paired, a commune
 * pairing that ended mid-period, a village pairing that ended in 2022, one never active,
 * a unit with no activity rows in 2022, two uncovered villages and one uncovered commune,
 * household pairs with a year of exit after the period. Two issuers: a People's Committee
 * in State style (TM. / KT. / PHÓ CHỦ TỊCH) and a Ban of the Tỉnh ủy in Party style.
 */
import { join } from 'node:path';
import { HEADERS, writeWorkbook } from './workbook.js';

const DISTRICT = 'Kon Plông';
const PROGRAMME = {
  name: 'công tác kết nghĩa giữa cơ quan, đơn vị với làng đồng bào dân tộc thiểu số',
  directive: 'Chỉ thị số 07-CT/TU',
  directiveDate: '2008-05-12',
  issuer: 'Ban Thường vụ Tỉnh ủy',
  area: 'huyện Kon Plông',
};

/** State style: the People's Committee of the district, signed by a vice-chair for the chair. */
export const UBND_CONFIG = {
  style: 'nha-nuoc',
  villageTerm: 'làng',
  superiorBody: 'UBND tỉnh Kon Tum',
  issuingBody: 'Ủy ban nhân dân huyện Kon Plông',
  documentNumber: '186/BC-UBND',
  place: 'Kon Plông',
  date: '2025-01-20',
  signer: { onBehalfOf: ['TM. Ủy ban nhân dân', 'KT. Chủ tịch'], title: 'Phó Chủ tịch', name: 'A Thanh' },
  recipients: ['- Ban Dân vận Tỉnh ủy (b/c)', '- Ban Dân tộc tỉnh', '- Thường trực Huyện ủy', '- Các cơ quan, đơn vị kết nghĩa', '- Lưu: VT, VP'],
  programme: PROGRAMME,
  basis: 'Công văn số 412-CV/BDVTU ngày 02/12/2024 của Ban Dân vận Tỉnh ủy',
  leadership: ['Ủy ban nhân dân huyện ban hành Kế hoạch số 35/KH-UBND ngày 15/02/2020 triển khai Chỉ thị số 07-CT/TU; hằng năm giao Phòng Dân tộc theo dõi, tổng hợp.'],
  causes: { objective: ['Địa bàn rộng, giao thông đi lại khó khăn, nhất là vào mùa mưa.'] },
  provincialPovertyRate: { '2024': 6.8 },
} as const;

/** Party style: a Ban of the Tỉnh ủy, headed by the Tỉnh ủy, signed K/T by a deputy head. */
export const BAN_CONFIG = {
  style: 'dang',
  villageTerm: 'làng',
  superiorBody: 'Đảng bộ tỉnh Kon Tum',
  issuingBody: 'Ban Dân vận Tỉnh ủy',
  documentNumber: '58-BC/BDVTU',
  place: 'Kon Tum',
  date: '2025-01-20',
  signer: { onBehalfOf: 'K/T Trưởng ban', title: 'Phó Trưởng ban', name: 'Y Nhung' },
  recipients: ['- Thường trực Tỉnh ủy (b/c),', '- Các cơ quan, đơn vị kết nghĩa,', '- Huyện ủy Kon Plông,', '- Lưu Văn phòng Ban.'],
  programme: PROGRAMME,
  lessons: ['Một là, cấp ủy, người đứng đầu phải trực tiếp lãnh đạo, chỉ đạo.', 'Hai là, hoạt động kết nghĩa phải xuất phát từ nhu cầu thực tế của làng.'],
  strengthCauses: ['Sự quan tâm lãnh đạo của Ban Thường vụ Tỉnh ủy; sự chủ động của các cơ quan, đơn vị.'],
  provincialPovertyRate: { '2024': 6.8 },
} as const;

const YEARS = [2020, 2021, 2022, 2023, 2024] as const;
// [commune, village, households, poor per year 2020–2024, extremely difficult]
const VILLAGES: ReadonlyArray<[string, string, number, readonly number[], boolean]> = [
  ['Hiếu', 'Làng Kon Plinh', 110, [48, 62, 55, 47, 40], true],
  ['Hiếu', 'Làng Vi Ô Lăk', 95, [40, 51, 46, 41, 35], true],
  ['Măng Cành', 'Làng Kon Chênh', 130, [35, 44, 38, 31, 26], false],
  ['Măng Cành', 'Làng Măng Krí', 85, [30, 39, 35, 30, 27], false],
  ['Đắk Long', 'Làng Đắk Lấy', 120, [52, 66, 60, 52, 45], true],
  ['Đắk Long', 'Làng Vi Klâng', 70, [28, 35, 33, 31, 30], true],
  ['Ngọc Tem', 'Làng Điek Chè', 100, [38, 47, 42, 37, 33], false],
  ['Ngọc Tem', 'Làng Tu Rét', 90, [33, 41, 38, 35, 32], false],
];
// [commune, households, poor per year 2020–2024, extremely difficult]
const COMMUNES: ReadonlyArray<[string, number, readonly number[], boolean]> = [
  ['Hiếu', 980, [310, 402, 360, 318, 276], true],
  ['Măng Cành', 1150, [260, 341, 300, 262, 231], false],
  ['Đắk Long', 760, [280, 352, 330, 301, 272], true],
  ['Ngọc Tem', 890, [250, 322, 294, 270, 241], false],
];
const UNITS: ReadonlyArray<[string, string, string]> = [
  ['Sở Nông nghiệp và Phát triển nông thôn', 'tỉnh', 'Chính quyền'],
  ['Bộ Chỉ huy Quân sự tỉnh', 'tỉnh', 'Lực lượng vũ trang'],
  ['Liên đoàn Lao động tỉnh', 'tỉnh', 'Mặt trận, đoàn thể'],
  ['Công ty Điện lực Kon Tum', 'tỉnh', 'Doanh nghiệp'],
  ['Sở Tài nguyên và Môi trường', 'tỉnh', 'Chính quyền'],
  ['Ban Dân vận Tỉnh ủy', 'tỉnh', 'Đảng'],
  ['Kho bạc Nhà nước tỉnh', 'tỉnh', 'Chính quyền'],
  ['Sở Công Thương', 'tỉnh', 'Chính quyền'],
];
// [unit, commune, village or '' (a whole commune), start, end]
const PAIRINGS: ReadonlyArray<[string, string, string, string, string]> = [
  ['Sở Nông nghiệp và Phát triển nông thôn', 'Hiếu', 'Làng Kon Plinh', '20/06/2008', ''],
  ['Bộ Chỉ huy Quân sự tỉnh', 'Đắk Long', 'Làng Đắk Lấy', '20/06/2008', ''],
  ['Liên đoàn Lao động tỉnh', 'Măng Cành', 'Làng Kon Chênh', '15/03/2012', ''],
  // Ended in 2022: listed as ended, never as in force at the end of 2024.
  ['Công ty Điện lực Kon Tum', 'Hiếu', 'Làng Vi Ô Lăk', '01/09/2015', '30/06/2022'],
  // In force, never an activity.
  ['Sở Tài nguyên và Môi trường', 'Ngọc Tem', 'Làng Điek Chè', '10/01/2019', ''],
  ['Ban Dân vận Tỉnh ủy', 'Đắk Long', 'Làng Vi Klâng', '20/06/2008', ''],
  // Whole communes: one ended mid-2023 and was taken over; Ngọc Tem has none.
  ['Sở Công Thương', 'Măng Cành', '', '01/03/2018', '30/06/2023'],
  ['Kho bạc Nhà nước tỉnh', 'Măng Cành', '', '01/07/2023', ''],
  ['Sở Nông nghiệp và Phát triển nông thôn', 'Hiếu', '', '01/01/2019', ''],
];
// [date, unit, commune, village or '', type, cash, inKind, source]
const ACTIVITIES: ReadonlyArray<[string, string, string, string, string, number, number, string]> = [
  ['18/01/2020', 'Sở Nông nghiệp và Phát triển nông thôn', 'Hiếu', 'Làng Kon Plinh', 'Thăm hỏi, tặng quà', 6_000_000, 8_000_000, 'Đơn vị tự đóng góp'],
  ['12/05/2020', 'Sở Nông nghiệp và Phát triển nông thôn', 'Hiếu', 'Làng Kon Plinh', 'Mô hình phát triển kinh tế', 45_000_000, 0, 'Ngân sách nhà nước'],
  ['20/01/2020', 'Bộ Chỉ huy Quân sự tỉnh', 'Đắk Long', 'Làng Đắk Lấy', 'Thăm hỏi, tặng quà', 5_000_000, 10_000_000, 'Đơn vị tự đóng góp'],
  ['22/01/2020', 'Công ty Điện lực Kon Tum', 'Hiếu', 'Làng Vi Ô Lăk', 'Xây dựng công trình', 120_000_000, 0, 'Xã hội hóa'],
  ['15/04/2021', 'Liên đoàn Lao động tỉnh', 'Măng Cành', 'Làng Kon Chênh', 'Hỗ trợ hộ nghèo, sinh kế', 30_000_000, 0, 'Đơn vị tự đóng góp'],
  ['05/02/2021', 'Bộ Chỉ huy Quân sự tỉnh', 'Đắk Long', 'Làng Đắk Lấy', 'Củng cố hệ thống chính trị', 3_000_000, 0, 'Đơn vị tự đóng góp'],
  ['10/10/2021', 'Sở Công Thương', 'Măng Cành', '', 'Đào tạo, dạy nghề', 25_000_000, 0, 'Ngân sách nhà nước'],
  ['25/01/2022', 'Sở Nông nghiệp và Phát triển nông thôn', 'Hiếu', 'Làng Kon Plinh', 'Thăm hỏi, tặng quà', 7_000_000, 9_000_000, 'Đơn vị tự đóng góp'],
  ['14/03/2022', 'Công ty Điện lực Kon Tum', 'Hiếu', 'Làng Vi Ô Lăk', 'Thăm hỏi, tặng quà', 4_000_000, 6_000_000, 'Đơn vị tự đóng góp'],
  ['09/08/2022', 'Ban Dân vận Tỉnh ủy', 'Đắk Long', 'Làng Vi Klâng', 'Tuyên truyền, vận động', 2_000_000, 0, 'Đơn vị tự đóng góp'],
  ['16/01/2023', 'Bộ Chỉ huy Quân sự tỉnh', 'Đắk Long', 'Làng Đắk Lấy', 'Xây dựng công trình', 80_000_000, 0, 'Xã hội hóa'],
  ['20/06/2023', 'Liên đoàn Lao động tỉnh', 'Măng Cành', 'Làng Kon Chênh', 'Thăm hỏi, tặng quà', 5_000_000, 5_000_000, 'Đơn vị tự đóng góp'],
  ['15/09/2023', 'Kho bạc Nhà nước tỉnh', 'Măng Cành', '', 'Hỗ trợ hộ nghèo, sinh kế', 20_000_000, 0, 'Đơn vị tự đóng góp'],
  ['02/04/2023', 'Sở Nông nghiệp và Phát triển nông thôn', 'Hiếu', '', 'Mô hình phát triển kinh tế', 60_000_000, 0, 'Ngân sách nhà nước'],
  ['10/01/2024', 'Sở Nông nghiệp và Phát triển nông thôn', 'Hiếu', 'Làng Kon Plinh', 'Thăm hỏi, tặng quà', 8_000_000, 10_000_000, 'Đơn vị tự đóng góp'],
  ['12/01/2024', 'Bộ Chỉ huy Quân sự tỉnh', 'Đắk Long', 'Làng Đắk Lấy', 'Thăm hỏi, tặng quà', 6_000_000, 12_000_000, 'Đơn vị tự đóng góp'],
  ['18/05/2024', 'Liên đoàn Lao động tỉnh', 'Măng Cành', 'Làng Kon Chênh', 'Giao lưu văn hóa, thể thao', 10_000_000, 0, 'Đơn vị tự đóng góp'],
  ['22/08/2024', 'Ban Dân vận Tỉnh ủy', 'Đắk Long', 'Làng Vi Klâng', 'Hỗ trợ hộ nghèo, sinh kế', 15_000_000, 5_000_000, 'Xã hội hóa'],
  ['05/11/2024', 'Kho bạc Nhà nước tỉnh', 'Măng Cành', '', 'Thăm hỏi, tặng quà', 5_000_000, 5_000_000, 'Đơn vị tự đóng góp'],
];
// [helper, helped, commune, village, start, poor when paired, exit year]
const HOUSEHOLDS: ReadonlyArray<[string, string, string, string, string, string, number | '']> = [
  ['Hộ ông A Dũng', 'Hộ bà Y Lan', 'Hiếu', 'Làng Kon Plinh', '10/03/2021', 'x', 2023],
  ['Hộ ông A Tâm', 'Hộ ông A Lực', 'Hiếu', 'Làng Kon Plinh', '10/03/2021', 'x', 2025],
  ['Hộ bà Y Hoa', 'Hộ bà Y Mai', 'Đắk Long', 'Làng Đắk Lấy', '01/06/2022', 'x', ''],
  ['Hộ ông A Vinh', 'Hộ ông A Nhân', 'Măng Cành', 'Làng Kon Chênh', '15/02/2022', 'x', 2024],
];

/** Writes the dataset's workbook into `dir`; returns its path. */
export async function writeThirdDataset(dir: string): Promise<string> {
  const villageRows = VILLAGES.flatMap(([commune, village, households, poor, difficult]) =>
    YEARS.map((year, i) => ['', DISTRICT, commune, village, year, 'Xơ Đăng', difficult ? 'x' : '', '', households + i, households, households * 5, poor[i]!, 6]),
  );
  const communeHeader = ['STT', 'Huyện', 'Xã', 'Năm', 'Đặc biệt khó khăn', 'Số hộ', 'Số hộ nghèo'];
  const communeRows = COMMUNES.flatMap(([commune, households, poor, difficult]) => YEARS.map((year, i) => ['', DISTRICT, commune, year, difficult ? 'x' : '', households + i * 10, poor[i]!]));
  const householdHeader = ['STT', 'Hộ giúp đỡ', 'Hộ được giúp đỡ', 'Huyện', 'Xã', 'Thôn/làng', 'Ngày kết nghĩa', 'Hộ nghèo khi kết nghĩa', 'Năm thoát nghèo'];
  return writeWorkbook(join(dir, 'kon-plong.xlsx'), [
    { name: 'Thôn làng', rows: [HEADERS.villages as unknown as string[], ...villageRows.map((r, i) => [i + 1, ...r.slice(1)])] },
    { name: 'Xã', rows: [communeHeader, ...communeRows.map((r, i) => [i + 1, ...r.slice(1)])] },
    { name: 'Đơn vị', rows: [HEADERS.units as unknown as string[], ...UNITS.map((u, i) => [i + 1, u[0], u[1], u[2]])] },
    { name: 'Kết nghĩa', rows: [['STT', 'Đơn vị', 'Huyện', 'Xã', 'Thôn/làng', 'Ngày kết nghĩa', 'Ngày kết thúc'], ...PAIRINGS.map((p, i) => [i + 1, p[0], DISTRICT, p[1], p[2], p[3], p[4]])] },
    {
      name: 'Hoạt động',
      rows: [
        ['STT', 'Ngày', 'Đơn vị', 'Huyện', 'Xã', 'Thôn/làng', 'Loại hoạt động', 'Nội dung', 'Tiền mặt (đồng)', 'Hiện vật quy đổi (đồng)', 'Nguồn kinh phí'],
        ...ACTIVITIES.map((a, i) => [i + 1, a[0], a[1], DISTRICT, a[2], a[3], a[4], 'Hoạt động kết nghĩa', a[5], a[6], a[7]]),
      ],
    },
    { name: 'Cặp hộ kết nghĩa', rows: [householdHeader, ...HOUSEHOLDS.map((h, i) => [i + 1, h[0], h[1], DISTRICT, h[2], h[3], h[4], h[5], h[6]])] },
  ]);
}
