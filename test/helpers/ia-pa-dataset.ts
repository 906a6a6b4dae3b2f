/**
 * A hand-made dataset for the judgements (issue 19), unlike the samples and the second one: a programme of
 * whole communes issued by a UBND in State style, a directive (2012) older than the data
 * (2021–2024, one poverty standard), a pairing that ended mid-period and its replacement,
 * a unit that sent nothing for 2023 and 2024, and a unit that reports every year but never
 * works in its own commune (an idle commune pairing, judged on its reported years).
 */
import { join } from 'node:path';
import { HEADERS, writeWorkbook } from './workbook.js';

export const IA_PA_CONFIG = {
  style: 'nha-nuoc',
  villageTerm: 'thôn, làng',
  superiorBody: 'UBND tỉnh Gia Lai',
  issuingBody: 'Ủy ban nhân dân huyện Ia Pa',
  documentNumber: '112/BC-UBND',
  place: 'Ia Pa',
  date: '2025-02-20',
  signer: { onBehalfOf: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Rơ Mah Tuấn' },
  recipients: ['- Ban Dân tộc tỉnh,', '- Thường trực Huyện ủy,', '- Lưu: VT, VP.'],
  programme: {
    name: 'công tác kết nghĩa giữa cơ quan, đơn vị với các xã vùng đồng bào dân tộc thiểu số',
    directive: 'Chỉ thị số 13-CT/TU',
    directiveDate: '2012-05-10',
    issuer: 'Ban Thường vụ Tỉnh ủy',
    area: 'huyện Ia Pa',
  },
} as const;

const DISTRICT = 'Ia Pa';
const YEARS = [2021, 2022, 2023, 2024] as const;
// [commune, households, poor per year]
const COMMUNES: ReadonlyArray<[string, number, readonly [number, number, number, number]]> = [
  ['Ia Tul', 1450, [610, 540, 470, 402]],
  ['Chư Mố', 1980, [720, 655, 590, 512]],
  ['Ia Kdăm', 1210, [480, 452, 401, 377]],
  ['Pờ Tó', 1630, [590, 560, 541, 530]],
  ['Chư Răng', 980, [350, 331, 300, 288]],
  ['Ia Mrơn', 1520, [560, 520, 488, 450]],
];

const UNITS: ReadonlyArray<[string, string, string]> = [
  ['Phòng Giáo dục và Đào tạo', 'huyện', 'Chính quyền'],
  ['Công an huyện', 'huyện', 'Lực lượng vũ trang'],
  ['Ban Chỉ huy Quân sự huyện', 'huyện', 'Lực lượng vũ trang'],
  ['Phòng Nông nghiệp và Phát triển nông thôn', 'huyện', 'Chính quyền'],
  ['Hội Liên hiệp Phụ nữ huyện', 'huyện', 'Mặt trận, đoàn thể'],
  ['Huyện đoàn Ia Pa', 'huyện', 'Mặt trận, đoàn thể'],
];

// [unit, commune, start, end]: every pairing is with a whole commune (no village).
const PAIRINGS: ReadonlyArray<[string, string, string, string | null]> = [
  ['Phòng Giáo dục và Đào tạo', 'Ia Tul', '15/08/2012', null],
  ['Công an huyện', 'Chư Mố', '15/08/2012', null],
  // Ended mid-period; its commune passed to the Phòng Nông nghiệp.
  ['Ban Chỉ huy Quân sự huyện', 'Ia Kdăm', '15/08/2012', '30/06/2022'],
  ['Phòng Nông nghiệp và Phát triển nông thôn', 'Ia Kdăm', '01/07/2022', null],
  // Sends nothing for 2023 and 2024: "chưa báo cáo", not idle.
  ['Hội Liên hiệp Phụ nữ huyện', 'Pờ Tó', '10/03/2014', null],
  // Reports every year, all of it in Ia Tul: its own Chư Răng has nothing.
  ['Huyện đoàn Ia Pa', 'Chư Răng', '10/03/2014', null],
];

type Act = [string, string, string, string, number, number, string];
const yearly = (unit: string, commune: string, years: readonly number[], type: string, cash: number, inKind: number, source: string): Act[] => years.map((y, i) => [`${10 + i}/0${3 + (i % 6)}/${y}`, unit, commune, type, cash, inKind, source]);
// [date, unit, commune, type, cash, inKind, source]
const ACTIVITIES: readonly Act[] = [
  ...yearly('Phòng Giáo dục và Đào tạo', 'Ia Tul', YEARS, 'Đào tạo, dạy nghề', 35_000_000, 5_000_000, 'Ngân sách nhà nước'),
  ...yearly('Phòng Giáo dục và Đào tạo', 'Ia Tul', YEARS, 'Thăm hỏi, tặng quà', 4_000_000, 8_000_000, 'Đơn vị tự đóng góp'),
  ...yearly('Công an huyện', 'Chư Mố', YEARS, 'Thăm hỏi, tặng quà', 6_000_000, 12_000_000, 'Đơn vị tự đóng góp'),
  ...yearly('Công an huyện', 'Chư Mố', [2022, 2024], 'Củng cố hệ thống chính trị', 3_000_000, 0, 'Đơn vị tự đóng góp'),
  ...yearly('Ban Chỉ huy Quân sự huyện', 'Ia Kdăm', [2021, 2022], 'Xây dựng công trình', 120_000_000, 0, 'Xã hội hóa'),
  ...yearly('Phòng Nông nghiệp và Phát triển nông thôn', 'Ia Kdăm', [2022, 2023, 2024], 'Mô hình phát triển kinh tế', 60_000_000, 10_000_000, 'Ngân sách nhà nước'),
  ...yearly('Hội Liên hiệp Phụ nữ huyện', 'Pờ Tó', [2021, 2022], 'Hỗ trợ hộ nghèo, sinh kế', 15_000_000, 0, 'Xã hội hóa'),
  ...yearly('Huyện đoàn Ia Pa', 'Ia Tul', YEARS, 'Văn hóa, thể thao', 2_000_000, 3_000_000, 'Đơn vị tự đóng góp'),
];

export async function writeIaPaDataset(dir: string): Promise<string> {
  const communeRows = COMMUNES.flatMap(([commune, households, poor]) => YEARS.map((year, i) => [DISTRICT, commune, year, 'x', '', 'x', households + i * 15, poor[i]!, households * 5]));
  return writeWorkbook(join(dir, 'ia-pa.xlsx'), [
    { name: 'Xã', rows: [['Huyện', 'Xã', 'Năm', 'Đặc biệt khó khăn', 'Biên giới', 'Xã thuần DTTS', 'Số hộ', 'Số hộ nghèo', 'Số khẩu'], ...communeRows] },
    { name: 'Đơn vị', rows: [HEADERS.units as unknown as string[], ...UNITS.map((u, i) => [i + 1, u[0], u[1], u[2]])] },
    { name: 'Kết nghĩa', rows: [['STT', 'Đơn vị', 'Huyện', 'Xã', 'Thôn/làng', 'Ngày kết nghĩa', 'Ngày kết thúc'], ...PAIRINGS.map((p, i) => [i + 1, p[0], DISTRICT, p[1], '', p[2], p[3] ?? ''])] },
    {
      name: 'Hoạt động',
      rows: [['STT', 'Ngày', 'Đơn vị', 'Huyện', 'Xã', 'Thôn/làng', 'Loại hoạt động', 'Nội dung', 'Tiền mặt (đồng)', 'Hiện vật quy đổi (đồng)', 'Nguồn kinh phí'], ...ACTIVITIES.map((a, i) => [i + 1, a[0], a[1], DISTRICT, a[2], '', a[3], 'Hoạt động kết nghĩa', a[4], a[5], a[6]])],
    },
  ]);
}
