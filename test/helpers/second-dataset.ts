/**
 * A second, hand-made dataset unlike the Ayun Pa samples, for the report tests (issue 9):
 * another province (Đắk Nông, "buôn, bon"), a poverty-standard change inside the period
 * (2021), coverage below 100 %, a pairing that ended before the activity data begin, one
 * whose unit sent nothing (not reported, never "hình thức"), a second pairing of a unit that
 * reports every year with no activity there (inactive), a unit with neither pairing nor
 * activity, and a year (2021) with neither village nor activity rows.
 */
import { join } from 'node:path';
import { HEADERS, writeWorkbook } from './workbook.js';

export const SECOND_CONFIG = {
  style: 'dang',
  villageTerm: 'buôn, bon',
  superiorBody: 'Đảng bộ tỉnh Đắk Nông',
  issuingBody: 'Huyện ủy Krông Nô',
  documentNumber: '45-BC/HU',
  place: 'Krông Nô',
  date: '2024-03-15',
  signer: { name: 'Trần Thị B' },
  recipients: ['- Ban Dân vận Tỉnh ủy (b/c),', '- Các cơ quan, đơn vị kết nghĩa,', '- Lưu Văn phòng Huyện ủy.'],
  programme: {
    name: 'công tác kết nghĩa giữa cơ quan, đơn vị với buôn, bon đồng bào dân tộc thiểu số',
    directive: 'Chỉ thị số 04-CT/TU',
    directiveDate: '2010-04-20',
    issuer: 'Ban Thường vụ Tỉnh ủy',
    area: 'huyện Krông Nô',
  },
  provincialPovertyRate: { '2023': 9.4 },
} as const;

const DISTRICT = 'Krông Nô';
// [commune, village, households, poor per year 2019, 2020, 2022, 2023]
const VILLAGES: ReadonlyArray<[string, string, number, readonly [number, number, number, number]]> = [
  ['Đắk Drô', "Buôn K'Ri", 120, [30, 24, 40, 31]],
  ['Đắk Drô', 'Buôn Ol', 95, [28, 25, 33, 29]],
  ['Nam Đà', 'Bon Đắk Prí', 140, [35, 27, 44, 36]],
  ['Nam Đà', "Bon R'Cập", 80, [22, 20, 27, 25]],
  ['Quảng Phú', 'Bon Ja Ráh', 110, [26, 21, 35, 28]],
  ['Quảng Phú', 'Buôn Choih', 70, [21, 19, 25, 22]],
];
const YEARS = [2019, 2020, 2022, 2023] as const;

const UNITS: ReadonlyArray<[string, string, string]> = [
  ['Sở Giáo dục và Đào tạo', 'tỉnh', 'Chính quyền'],
  ['Công an tỉnh', 'tỉnh', 'Lực lượng vũ trang'],
  ['Sở Y tế', 'tỉnh', 'Chính quyền'],
  ['Hội Nông dân tỉnh', 'tỉnh', 'Mặt trận, đoàn thể'],
  ['Ngân hàng Chính sách xã hội', 'tỉnh', 'Doanh nghiệp'],
  ['Ban Dân vận Huyện ủy', 'huyện', 'Đảng'],
];

// [unit, commune, village, start, end]
const PAIRINGS: ReadonlyArray<[string, string, string, string, string | null]> = [
  ['Sở Giáo dục và Đào tạo', 'Đắk Drô', "Buôn K'Ri", '15/06/2010', null],
  ['Công an tỉnh', 'Nam Đà', 'Bon Đắk Prí', '15/06/2010', null],
  // Ended before the activity data begin (2019): never "hình thức".
  ['Sở Y tế', 'Đắk Drô', 'Buôn Ol', '15/06/2010', '31/12/2018'],
  // In force, never an activity: inactive over 2019, 2020, 2022, 2023.
  ['Hội Nông dân tỉnh', 'Nam Đà', "Bon R'Cập", '01/03/2012', null],
  ['Ngân hàng Chính sách xã hội', 'Quảng Phú', 'Bon Ja Ráh', '10/10/2015', null],
  // A second pairing of a unit that reports every year, with no activity there: inactive, judged on its reported years.
  ['Công an tỉnh', 'Quảng Phú', 'Bon Ja Ráh', '01/01/2016', null],
];

// [date, unit, commune, village, type, cash, inKind, source]
const ACTIVITIES: ReadonlyArray<[string, string, string, string, string, number, number, string]> = [
  ['20/01/2019', 'Sở Giáo dục và Đào tạo', 'Đắk Drô', "Buôn K'Ri", 'Thăm hỏi, tặng quà', 5_000_000, 12_000_000, 'Đơn vị tự đóng góp'],
  ['15/08/2019', 'Sở Giáo dục và Đào tạo', 'Đắk Drô', "Buôn K'Ri", 'Đào tạo, dạy nghề', 8_000_000, 0, 'Ngân sách nhà nước'],
  ['25/01/2019', 'Công an tỉnh', 'Nam Đà', 'Bon Đắk Prí', 'Thăm hỏi, tặng quà', 4_000_000, 6_000_000, 'Đơn vị tự đóng góp'],
  ['10/05/2020', 'Công an tỉnh', 'Nam Đà', 'Bon Đắk Prí', 'Xây dựng công trình', 60_000_000, 0, 'Xã hội hóa'],
  ['12/11/2020', 'Ngân hàng Chính sách xã hội', 'Quảng Phú', 'Bon Ja Ráh', 'Hỗ trợ hộ nghèo, sinh kế', 30_000_000, 0, 'Đơn vị tự đóng góp'],
  ['18/01/2022', 'Sở Giáo dục và Đào tạo', 'Đắk Drô', "Buôn K'Ri", 'Thăm hỏi, tặng quà', 6_000_000, 9_000_000, 'Đơn vị tự đóng góp'],
  ['22/07/2022', 'Ngân hàng Chính sách xã hội', 'Quảng Phú', 'Bon Ja Ráh', 'Mô hình phát triển kinh tế', 45_000_000, 0, 'Xã hội hóa'],
  ['14/09/2022', 'Công an tỉnh', 'Nam Đà', 'Bon Đắk Prí', 'Củng cố hệ thống chính trị', 2_000_000, 0, 'Đơn vị tự đóng góp'],
  ['16/01/2023', 'Công an tỉnh', 'Nam Đà', 'Bon Đắk Prí', 'Thăm hỏi, tặng quà', 5_000_000, 10_000_000, 'Đơn vị tự đóng góp'],
  ['05/06/2023', 'Sở Giáo dục và Đào tạo', 'Đắk Drô', "Buôn K'Ri", 'Hỗ trợ hộ nghèo, sinh kế', 25_000_000, 5_000_000, 'Xã hội hóa'],
];

/**
 * Writes the dataset's workbook into `dir`; returns its path. `rename` gives units, communes and
 * villages other names (the same on every sheet), e.g. names holding the markup's own characters.
 */
export async function writeSecondDataset(dir: string, rename: (name: string) => string = (name) => name): Promise<string> {
  const n = rename;
  const villageRows = VILLAGES.flatMap(([commune, village, households, poor]) =>
    YEARS.map((year, i) => ['', DISTRICT, n(commune), n(village), year, "M'nông", 'x', '', households + i * 2, households, households * 5, poor[i]!, 5]),
  );
  return writeWorkbook(join(dir, 'krong-no.xlsx'), [
    { name: 'Thôn làng', rows: [HEADERS.villages as unknown as string[], ...villageRows.map((r, i) => [i + 1, ...r.slice(1)])] },
    { name: 'Đơn vị', rows: [HEADERS.units as unknown as string[], ...UNITS.map((u, i) => [i + 1, n(u[0]), u[1], u[2]])] },
    { name: 'Kết nghĩa', rows: [HEADERS.pairings as unknown as string[], ...PAIRINGS.map((p, i) => [i + 1, n(p[0]), n(p[1]), n(p[2]), p[3], p[4] ?? '', ''])] },
    {
      name: 'Hoạt động',
      rows: [HEADERS.activities as unknown as string[], ...ACTIVITIES.map((a, i) => [i + 1, a[0], n(a[1]), n(a[2]), n(a[3]), a[4], 'Hoạt động kết nghĩa', a[5], a[6], a[7]])],
    },
  ]);
}
