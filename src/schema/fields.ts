/**
 * The four kinds of sheet of SPEC §2 and their columns, as data: the reader,
 * the checks, `init` (template and instructions) and `fix` all work from this table.
 */
import { ACTIVITY_TYPES, FUNDING_SOURCES, TARGET_LEVELS, UNIT_BLOCS, UNIT_LEVELS, type ChoiceSet } from './choices.js';

export type SheetKind = 'villages' | 'units' | 'pairings' | 'activities' | 'communes' | 'householdPairings';

// The two sheets of SPEC §8 come last: on a tie between headers, the older kinds win as before.
export const SHEET_KINDS: readonly SheetKind[] = ['villages', 'units', 'pairings', 'activities', 'communes', 'householdPairings'];

export type FieldType = 'text' | 'integer' | 'number' | 'money' | 'date' | 'boolean' | 'choice' | 'ethnicity';

export interface FieldDef {
  /** Canonical key, used in JSON and in code. */
  readonly key: string;
  /** Canonical Vietnamese header, as `init` writes it. */
  readonly header: string;
  readonly en: string;
  /** Other headers offices use (the canonical header is always accepted too). */
  readonly aliases: readonly string[];
  readonly type: FieldType;
  readonly required?: boolean;
  /**
   * Required only for some target levels (SPEC §8): the village of a village pairing, the
   * commune of a village or commune pairing. The level check decides, not the cell reader,
   * and a sheet may lack the column (a list of commune pairings has no village column).
   */
  readonly levelDependent?: boolean;
  /** Inclusive bounds for numbers; `min: 0` makes a negative value `negative-value`. */
  readonly min?: number;
  readonly max?: number;
  readonly choices?: ChoiceSet;
  /** Key of a field this one must not exceed (poor households ≤ households). */
  readonly notAbove?: string;
  /** Key of a date field this one must not precede (end ≥ start). */
  readonly notBefore?: string;
  /** Part of a name identity: compared with diacritics, prefix words dropped. */
  readonly nameOf?: 'district' | 'commune' | 'village' | 'unit';
  /** Shown in the `Hướng dẫn` sheet of the template. */
  readonly help: { readonly vi: string; readonly en: string };
  readonly example: string;
}

export interface SheetDef {
  readonly kind: SheetKind;
  /** Canonical sheet name, as `init` writes it. */
  readonly name: string;
  readonly en: string;
  readonly aliases: readonly string[];
  readonly fields: readonly FieldDef[];
}

const district = (extra: Partial<FieldDef> = {}): FieldDef => ({
  key: 'district', header: 'Huyện', en: 'District',
  aliases: ['Huyện/thị xã/thành phố', 'Huyện, thị xã, thành phố', 'Huyện/thị xã', 'Tên huyện', 'Quận/huyện', 'Huyện, thị xã'],
  type: 'text', nameOf: 'district',
  help: { vi: 'Tên huyện, thị xã, thành phố (có thể bỏ trống từ 01/7/2025, khi chỉ còn hai cấp chính quyền).', en: 'District name (may be left blank since 1 July 2025, when districts were abolished).' },
  example: 'Thị xã Ayun Pa', ...extra,
});

const commune = (extra: Partial<FieldDef> = {}): FieldDef => ({
  key: 'commune', header: 'Xã', en: 'Commune',
  aliases: ['Xã/phường/thị trấn', 'Xã, phường, thị trấn', 'Xã/phường', 'Tên xã', 'Phường/xã', 'Xã, phường'],
  type: 'text', required: true, nameOf: 'commune',
  help: { vi: 'Tên xã, phường, thị trấn.', en: 'Commune, ward or township.' },
  example: 'Xã Ia Sao', ...extra,
});

const village = (extra: Partial<FieldDef> = {}): FieldDef => ({
  key: 'village', header: 'Thôn/làng', en: 'Village',
  aliases: ['Thôn, làng, bon, buôn', 'Thôn', 'Làng', 'Tên thôn', 'Tên thôn, làng', 'Bon/buôn', 'Buôn', 'Bon', 'Bôn', 'Thôn, buôn', 'Thôn/buôn', 'Thôn, làng', 'Buôn, bon', 'Thôn/bon', 'Plei', 'Tên thôn, buôn', 'Thôn, làng, buôn', 'Địa bàn'],
  type: 'text', required: true, nameOf: 'village',
  help: { vi: 'Tên thôn, làng, bon, buôn, bôn, plei.', en: 'Village (thôn, làng, bon, buôn, bôn, plei).' },
  example: 'Bôn Chư Jú', ...extra,
});

const unit = (aliases: string[]): FieldDef => ({
  key: 'unit', header: 'Đơn vị', en: 'Unit',
  aliases: ['Cơ quan, đơn vị', 'Tên đơn vị', 'Cơ quan/đơn vị', 'Tên cơ quan, đơn vị', ...aliases],
  type: 'text', required: true, nameOf: 'unit',
  help: { vi: 'Tên cơ quan, đơn vị, viết đúng như trong danh sách đơn vị.', en: 'Name of the agency or unit, exactly as in the units list.' },
  example: 'Ban Dân vận Thị ủy',
});

const level = (): FieldDef => ({
  key: 'level', header: 'Cấp', en: 'Level', aliases: ['Cấp đơn vị', 'Cấp quản lý'], type: 'choice', choices: UNIT_LEVELS,
  help: { vi: 'Cấp của đơn vị: tỉnh, huyện hoặc xã.', en: 'Level of the unit: province, district or commune.' },
  example: 'huyện',
});

const bloc = (): FieldDef => ({
  key: 'bloc', header: 'Khối', en: 'Bloc', aliases: ['Khối cơ quan', 'Thuộc khối'], type: 'choice', choices: UNIT_BLOCS,
  help: { vi: 'Khối: Đảng; Chính quyền; Mặt trận, đoàn thể; Lực lượng vũ trang; Doanh nghiệp; Khác.', en: 'Bloc: Party, government, Front and mass organisations, armed forces, enterprises, other.' },
  example: 'Đảng',
});

const bool = (key: string, header: string, en: string, aliases: string[], vi: string): FieldDef => ({
  key, header, en, aliases, type: 'boolean',
  help: { vi: `${vi} Ghi "x" hoặc "có" nếu có, để trống hoặc "không" nếu không.`, en: `${en}: "x" or "có" for yes, blank or "không" for no.` },
  example: 'x',
});

// SPEC §8: a row with a commune and no village is with the whole commune; with a district
// and neither, with the whole district.
const LEVEL_COMMUNE: Partial<FieldDef> = {
  levelDependent: true,
  help: { vi: 'Tên xã, phường, thị trấn. Bỏ trống chỉ khi kết nghĩa với cả huyện.', en: 'Commune, ward or township. Blank only for a pairing with a whole district.' },
};
const LEVEL_VILLAGE: Partial<FieldDef> = {
  levelDependent: true,
  help: { vi: 'Tên thôn, làng, bon, buôn, bôn, plei. Bỏ trống khi kết nghĩa với cả xã (hoặc cả huyện).', en: 'Village (thôn, làng, bon, buôn, bôn, plei). Blank for a pairing with a whole commune (or district).' },
};
const LEVEL_DISTRICT_HELP: Partial<FieldDef> = {
  help: { vi: 'Tên huyện, thị xã, thành phố; bắt buộc khi kết nghĩa với cả huyện (bỏ trống cột xã và thôn).', en: 'District; required for a pairing with a whole district (commune and village blank).' },
};

const targetLevel = (): FieldDef => ({
  key: 'targetLevel', header: 'Cấp kết nghĩa', en: 'Paired with', aliases: ['Cấp địa bàn', 'Cấp địa bàn kết nghĩa', 'Kết nghĩa với cấp', 'Địa bàn kết nghĩa cấp'], type: 'choice', choices: TARGET_LEVELS,
  help: { vi: 'Kết nghĩa với thôn, xã hay huyện (có thể bỏ trống: suy ra từ các cột huyện, xã, thôn đã ghi; nếu ghi thì phải khớp).', en: 'Whether the pairing is with a village, a commune or a district (may be blank: it follows from the filled columns; when given it must agree).' },
  example: 'thôn',
});

export const VILLAGES: SheetDef = {
  kind: 'villages', name: 'Thôn làng', en: 'Villages',
  aliases: ['Thôn làng', 'Thôn', 'Bon buôn', 'Địa bàn', 'Danh sách thôn', 'Thôn, làng', 'Danh sách thôn làng', 'Buôn bon', 'Danh sách buôn', 'Danh sách bon', 'Làng'],
  fields: [
    { key: 'province', header: 'Tỉnh', en: 'Province', aliases: ['Tỉnh/thành phố', 'Tên tỉnh'], type: 'text', help: { vi: 'Tên tỉnh.', en: 'Province.' }, example: 'Gia Lai' },
    district(),
    commune(),
    village(),
    { key: 'year', header: 'Năm', en: 'Year', aliases: ['Năm số liệu', 'Năm báo cáo'], type: 'integer', required: true, min: 1990, max: 2100, help: { vi: 'Năm của số liệu (mỗi thôn một dòng cho mỗi năm).', en: 'Year of the figures (one row per village and year).' }, example: '2020' },
    { key: 'ethnicity', header: 'Dân tộc', en: 'Ethnic group', aliases: ['Dân tộc chủ yếu', 'Thành phần dân tộc', 'Dân tộc thiểu số'], type: 'ethnicity', help: { vi: 'Dân tộc chủ yếu của thôn (một trong 54 dân tộc).', en: 'Main ethnic group (one of the 54 official groups).' }, example: 'Gia Rai' },
    { key: 'extremelyDifficult', header: 'Đặc biệt khó khăn', en: 'Extremely difficult', aliases: ['ĐBKK', 'Thôn ĐBKK', 'Thôn đặc biệt khó khăn', 'Thôn, làng ĐBKK'], type: 'boolean', help: { vi: 'Thôn đặc biệt khó khăn. Ghi "x" hoặc "có" nếu có.', en: 'Extremely difficult village: "x" or "có" for yes.' }, example: 'x' },
    bool('border', 'Biên giới', 'Border', ['Thôn biên giới', 'Giáp biên giới', 'Khu vực biên giới'], 'Thôn thuộc khu vực biên giới.'),
    { key: 'households', header: 'Số hộ', en: 'Households', aliases: ['Tổng số hộ', 'Số hộ dân', 'Hộ'], type: 'integer', required: true, min: 0, help: { vi: 'Tổng số hộ của thôn.', en: 'Total households.' }, example: '172' },
    { key: 'minorityHouseholds', header: 'Số hộ DTTS', en: 'Minority households', aliases: ['Hộ DTTS', 'Số hộ đồng bào DTTS', 'Số hộ dân tộc thiểu số'], type: 'integer', min: 0, notAbove: 'households', help: { vi: 'Số hộ đồng bào dân tộc thiểu số (không quá tổng số hộ).', en: 'Ethnic-minority households (not above total households).' }, example: '170' },
    { key: 'population', header: 'Số khẩu', en: 'Population', aliases: ['Số nhân khẩu', 'Nhân khẩu', 'Số dân', 'Dân số', 'Khẩu'], type: 'integer', min: 0, help: { vi: 'Số nhân khẩu.', en: 'Number of people.' }, example: '851' },
    { key: 'poorHouseholds', header: 'Số hộ nghèo', en: 'Poor households', aliases: ['Hộ nghèo', 'Tổng số hộ nghèo'], type: 'integer', required: true, min: 0, notAbove: 'households', help: { vi: 'Số hộ nghèo cuối năm (không quá tổng số hộ).', en: 'Poor households at year end (not above total households).' }, example: '43' },
    { key: 'nearPoorHouseholds', header: 'Số hộ cận nghèo', en: 'Near-poor households', aliases: ['Hộ cận nghèo'], type: 'integer', min: 0, notAbove: 'households', help: { vi: 'Số hộ cận nghèo cuối năm.', en: 'Near-poor households at year end.' }, example: '25' },
    { key: 'pavedRoadKm', header: 'Đường cứng hóa (km)', en: 'Paved road (km)', aliases: ['Đường cứng hóa', 'Đường giao thông cứng hóa', 'Đường bê tông', 'Km đường cứng hóa'], type: 'number', min: 0, help: { vi: 'Chiều dài đường giao thông đã cứng hóa, tính bằng km.', en: 'Length of paved road, in km.' }, example: '2,5' },
    bool('hasGrid', 'Điện lưới quốc gia', 'Grid power', ['Điện lưới', 'Có điện lưới', 'Điện lưới QG', 'Điện'], 'Thôn có điện lưới quốc gia.'),
    bool('hasCulturalHouse', 'Nhà văn hóa', 'Cultural house', ['Có nhà văn hóa', 'Nhà sinh hoạt cộng đồng', 'Nhà rông', 'Nhà văn hóa cộng đồng'], 'Thôn có nhà văn hóa, nhà sinh hoạt cộng đồng.'),
    bool('hasKindergarten', 'Trường, lớp mẫu giáo', 'Kindergarten', ['Trường lớp mẫu giáo', 'Lớp mẫu giáo', 'Mẫu giáo', 'Điểm trường mẫu giáo'], 'Thôn có trường, lớp mẫu giáo.'),
    bool('hasPartyCell', 'Chi bộ', 'Party cell', ['Có chi bộ', 'Chi bộ thôn', 'Chi bộ độc lập'], 'Thôn có chi bộ Đảng.'),
    bool('newRural', 'Đạt chuẩn nông thôn mới', 'New-rural standard', ['Nông thôn mới', 'Đạt chuẩn NTM', 'NTM', 'Thôn nông thôn mới'], 'Thôn đạt chuẩn nông thôn mới.'),
  ],
};

export const UNITS: SheetDef = {
  kind: 'units', name: 'Đơn vị', en: 'Units',
  aliases: ['Đơn vị', 'Danh sách đơn vị', 'Cơ quan đơn vị', 'Danh sách cơ quan đơn vị', 'Danh sách cơ quan'],
  fields: [unit([]), level(), bloc()],
};

export const PAIRINGS: SheetDef = {
  kind: 'pairings', name: 'Kết nghĩa', en: 'Pairings',
  aliases: ['Kết nghĩa', 'Phân công kết nghĩa', 'Danh sách kết nghĩa', 'Cặp kết nghĩa', 'Kết nghĩa thôn làng'],
  fields: [
    unit(['Đơn vị kết nghĩa', 'Cơ quan kết nghĩa', 'Cơ quan, đơn vị kết nghĩa']),
    level(),
    bloc(),
    district(LEVEL_DISTRICT_HELP),
    commune(LEVEL_COMMUNE),
    village(LEVEL_VILLAGE),
    targetLevel(),
    { key: 'startDate', header: 'Ngày kết nghĩa', en: 'Start date', aliases: ['Ngày bắt đầu', 'Thời gian kết nghĩa', 'Ngày ký kết', 'Từ ngày'], type: 'date', required: true, help: { vi: 'Ngày bắt đầu kết nghĩa, dạng ngày/tháng/năm (ví dụ 15/03/2013).', en: 'Start of the pairing, day/month/year.' }, example: '15/03/2013' },
    { key: 'endDate', header: 'Ngày kết thúc', en: 'End date', aliases: ['Đến ngày', 'Ngày chấm dứt', 'Ngày thôi kết nghĩa'], type: 'date', notBefore: 'startDate', help: { vi: 'Ngày kết thúc (để trống nếu đang kết nghĩa); không trước ngày kết nghĩa.', en: 'End of the pairing (blank while active); not before the start.' }, example: '' },
    { key: 'decision', header: 'Số quyết định', en: 'Decision number', aliases: ['Quyết định', 'Số QĐ', 'Số, ngày quyết định', 'Quyết định phân công'], type: 'text', help: { vi: 'Số quyết định phân công kết nghĩa.', en: 'Number of the assignment decision.' }, example: '1561/QĐ-UBND' },
    { key: 'note', header: 'Ghi chú', en: 'Note', aliases: [], type: 'text', help: { vi: 'Ghi chú.', en: 'Note.' }, example: '' },
  ],
};

export const ACTIVITIES: SheetDef = {
  kind: 'activities', name: 'Hoạt động', en: 'Activities',
  aliases: ['Hoạt động', 'Kết quả hoạt động', 'Nhật ký hoạt động', 'Hoạt động kết nghĩa', 'Danh sách hoạt động'],
  fields: [
    { key: 'date', header: 'Ngày', en: 'Date', aliases: ['Ngày thực hiện', 'Thời gian', 'Ngày hoạt động', 'Ngày, tháng', 'Ngày tháng năm', 'Thời gian thực hiện'], type: 'date', required: true, help: { vi: 'Ngày thực hiện hoạt động, dạng ngày/tháng/năm.', en: 'Date of the activity, day/month/year.' }, example: '20/01/2020' },
    unit(['Đơn vị kết nghĩa', 'Đơn vị thực hiện', 'Cơ quan thực hiện']),
    district(LEVEL_DISTRICT_HELP),
    commune(LEVEL_COMMUNE),
    village(LEVEL_VILLAGE),
    targetLevel(),
    { key: 'type', header: 'Loại hoạt động', en: 'Activity type', aliases: ['Loại', 'Hình thức', 'Hình thức hoạt động', 'Nội dung hoạt động chính', 'Lĩnh vực'], type: 'choice', required: true, choices: ACTIVITY_TYPES, help: { vi: 'Chọn trong danh sách: Thăm hỏi, tặng quà; Hỗ trợ hộ nghèo, sinh kế; Xây dựng công trình; Mô hình phát triển kinh tế; Đào tạo, dạy nghề; Tuyên truyền, vận động; Giao lưu văn hóa, thể thao; Củng cố hệ thống chính trị; Khác.', en: 'One of the activity types.' }, example: 'Thăm hỏi, tặng quà' },
    { key: 'content', header: 'Nội dung', en: 'Content', aliases: ['Nội dung hoạt động', 'Nội dung cụ thể', 'Diễn giải'], type: 'text', help: { vi: 'Mô tả ngắn hoạt động.', en: 'Short description.' }, example: 'Tặng quà Tết cho hộ nghèo' },
    { key: 'cash', header: 'Tiền mặt (đồng)', en: 'Cash (VND)', aliases: ['Tiền mặt', 'Số tiền', 'Kinh phí', 'Kinh phí tiền mặt', 'Thành tiền', 'Trị giá tiền mặt'], type: 'money', min: 0, help: { vi: 'Số tiền mặt hỗ trợ, tính bằng đồng (nếu tiêu đề cột ghi "triệu đồng" thì số được nhân 1.000.000).', en: 'Cash given, in đồng (a header in "triệu đồng" multiplies by 1,000,000).' }, example: '5.000.000' },
    { key: 'inKind', header: 'Hiện vật quy đổi (đồng)', en: 'In kind (VND)', aliases: ['Hiện vật quy đổi', 'Quy đổi hiện vật', 'Giá trị hiện vật', 'Hiện vật quy ra tiền', 'Trị giá hiện vật'], type: 'money', min: 0, help: { vi: 'Giá trị hiện vật quy ra tiền, tính bằng đồng.', en: 'Value of goods given, in đồng.' }, example: '3.000.000' },
    { key: 'inKindDescription', header: 'Hiện vật', en: 'Goods', aliases: ['Mô tả hiện vật', 'Hiện vật hỗ trợ', 'Loại hiện vật'], type: 'text', help: { vi: 'Mô tả hiện vật (ví dụ "2 tấn gạo").', en: 'What was given (e.g. "2 tonnes of rice").' }, example: '20 suất quà' },
    { key: 'source', header: 'Nguồn kinh phí', en: 'Funding source', aliases: ['Nguồn', 'Nguồn vốn', 'Nguồn huy động'], type: 'choice', choices: FUNDING_SOURCES, help: { vi: 'Chọn: Đơn vị tự đóng góp; Xã hội hóa; Ngân sách nhà nước; Khác.', en: 'Own contribution, mobilised from society, state budget, other.' }, example: 'Đơn vị tự đóng góp' },
    { key: 'beneficiaryHouseholds', header: 'Số hộ hưởng lợi', en: 'Beneficiary households', aliases: ['Số hộ được hỗ trợ', 'Hộ hưởng lợi', 'Số hộ nhận hỗ trợ', 'Số hộ được hưởng lợi'], type: 'integer', min: 0, help: { vi: 'Số hộ được hưởng lợi.', en: 'Households that benefited.' }, example: '20' },
    { key: 'participants', header: 'Số người tham gia', en: 'Participants', aliases: ['Số người', 'Người tham gia', 'Số lượt người tham gia'], type: 'integer', min: 0, help: { vi: 'Số người tham gia.', en: 'Number of participants.' }, example: '15' },
  ],
};

export const COMMUNES: SheetDef = {
  kind: 'communes', name: 'Xã', en: 'Communes',
  aliases: ['Xã', 'Danh sách xã', 'Xã, phường', 'Danh sách xã, phường', 'Danh sách xã phường thị trấn', 'Xã phường'],
  fields: [
    district(),
    commune(),
    { key: 'year', header: 'Năm', en: 'Year', aliases: ['Năm số liệu', 'Năm báo cáo'], type: 'integer', required: true, min: 1990, max: 2100, help: { vi: 'Năm của số liệu (mỗi xã một dòng cho mỗi năm).', en: 'Year of the figures (one row per commune and year).' }, example: '2023' },
    { key: 'extremelyDifficult', header: 'Đặc biệt khó khăn', en: 'Extremely difficult', aliases: ['ĐBKK', 'Xã ĐBKK', 'Xã đặc biệt khó khăn', 'Xã khu vực III', 'Khu vực III'], type: 'boolean', help: { vi: 'Xã đặc biệt khó khăn. Ghi "x" hoặc "có" nếu có.', en: 'Extremely difficult commune: "x" or "có" for yes.' }, example: 'x' },
    bool('border', 'Biên giới', 'Border', ['Xã biên giới', 'Giáp biên giới', 'Khu vực biên giới'], 'Xã thuộc khu vực biên giới.'),
    bool('minorityCommune', 'Xã thuần DTTS', 'Minority commune', ['Xã vùng DTTS', 'Thuần DTTS', 'Xã thuần đồng bào DTTS', 'Xã vùng đồng bào DTTS', 'Xã thuần đồng bào dân tộc thiểu số', 'Vùng DTTS'], 'Xã thuần đồng bào dân tộc thiểu số (hoặc xã vùng DTTS).'),
    { key: 'households', header: 'Số hộ', en: 'Households', aliases: ['Tổng số hộ', 'Số hộ dân', 'Hộ'], type: 'integer', min: 0, help: { vi: 'Tổng số hộ của xã.', en: 'Total households.' }, example: '1.250' },
    { key: 'poorHouseholds', header: 'Số hộ nghèo', en: 'Poor households', aliases: ['Hộ nghèo', 'Tổng số hộ nghèo'], type: 'integer', min: 0, notAbove: 'households', help: { vi: 'Số hộ nghèo cuối năm (không quá tổng số hộ).', en: 'Poor households at year end (not above total households).' }, example: '410' },
    { key: 'population', header: 'Số khẩu', en: 'Population', aliases: ['Số nhân khẩu', 'Nhân khẩu', 'Số dân', 'Dân số', 'Khẩu'], type: 'integer', min: 0, help: { vi: 'Số nhân khẩu.', en: 'Number of people.' }, example: '5.120' },
  ],
};

const HOUSEHOLD_PAIRINGS: SheetDef = {
  kind: 'householdPairings', name: 'Kết nghĩa hộ', en: 'Household pairs',
  aliases: ['Kết nghĩa hộ', 'Hộ kết nghĩa', 'Cặp hộ kết nghĩa', 'Danh sách cặp hộ kết nghĩa', 'Danh sách hộ kết nghĩa', 'Hộ giúp hộ'],
  fields: [
    { key: 'helper', header: 'Hộ giúp đỡ', en: 'Helping household', aliases: ['Hộ khá', 'Hộ khá giúp đỡ', 'Hộ đỡ đầu', 'Chủ hộ giúp đỡ', 'Hộ có điều kiện', 'Hộ khá, giỏi'], type: 'text', required: true, help: { vi: 'Hộ khá, hộ sản xuất giỏi nhận giúp đỡ (tên chủ hộ).', en: 'The well-off household that helps (head of household).' }, example: 'Hộ ông Nguyễn Văn An' },
    { key: 'helped', header: 'Hộ được giúp đỡ', en: 'Helped household', aliases: ['Hộ khó khăn', 'Hộ được kết nghĩa', 'Hộ nghèo được giúp đỡ', 'Chủ hộ được giúp đỡ', 'Hộ được hỗ trợ', 'Hộ được giúp'], type: 'text', required: true, help: { vi: 'Hộ khó khăn được giúp đỡ (tên chủ hộ).', en: 'The household in difficulty that is helped (head of household).' }, example: 'Hộ bà Hồ Thị Lan' },
    district(),
    commune(),
    village({ required: false, help: { vi: 'Thôn của hộ được giúp đỡ (có thể bỏ trống).', en: 'Village of the helped household (may be blank).' } }),
    { key: 'startDate', header: 'Ngày kết nghĩa', en: 'Start date', aliases: ['Ngày bắt đầu', 'Thời gian kết nghĩa', 'Từ ngày'], type: 'date', required: true, help: { vi: 'Ngày bắt đầu kết nghĩa, dạng ngày/tháng/năm.', en: 'Start of the pairing, day/month/year.' }, example: '10/05/2021' },
    { key: 'endDate', header: 'Ngày kết thúc', en: 'End date', aliases: ['Đến ngày', 'Ngày chấm dứt', 'Ngày thôi kết nghĩa'], type: 'date', notBefore: 'startDate', help: { vi: 'Ngày kết thúc (để trống nếu đang kết nghĩa).', en: 'End of the pairing (blank while active).' }, example: '' },
    bool('helpedWasPoor', 'Hộ nghèo khi kết nghĩa', 'Poor when paired', ['Hộ nghèo', 'Là hộ nghèo', 'Hộ nghèo lúc kết nghĩa', 'Hộ nghèo khi nhận giúp đỡ'], 'Hộ được giúp đỡ là hộ nghèo khi bắt đầu kết nghĩa.'),
    { key: 'exitYear', header: 'Năm thoát nghèo', en: 'Year out of poverty', aliases: ['Thoát nghèo năm', 'Năm ra khỏi hộ nghèo', 'Thoát nghèo'], type: 'integer', min: 1990, max: 2100, help: { vi: 'Năm hộ được giúp đỡ thoát nghèo (không trước năm kết nghĩa; chỉ ghi khi hộ là hộ nghèo lúc kết nghĩa).', en: 'Year the helped household left poverty (not before the start year; only for a household poor when paired).' }, example: '2023' },
    { key: 'support', header: 'Nội dung giúp đỡ', en: 'Support given', aliases: ['Nội dung hỗ trợ', 'Hình thức giúp đỡ', 'Giúp đỡ'], type: 'text', help: { vi: 'Giúp đỡ những gì (cây giống, con giống, ngày công, kinh nghiệm sản xuất…).', en: 'What help is given.' }, example: 'Hỗ trợ 02 con bò giống' },
    { key: 'note', header: 'Ghi chú', en: 'Note', aliases: [], type: 'text', help: { vi: 'Ghi chú.', en: 'Note.' }, example: '' },
  ],
};

export const SHEETS: Readonly<Record<SheetKind, SheetDef>> = {
  villages: VILLAGES,
  units: UNITS,
  pairings: PAIRINGS,
  activities: ACTIVITIES,
  communes: COMMUNES,
  householdPairings: HOUSEHOLD_PAIRINGS,
};

