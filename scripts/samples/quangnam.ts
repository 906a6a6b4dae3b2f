/**
 * The second sample set (SPEC §8): a Quảng Nam–style programme under Chỉ thị 16-CT/TU
 * (9/9/2021), where provincial bodies are paired with whole communes of the mountain
 * districts, one department with a whole district, and well-off households with poor ones.
 * Xã Đắc Tôi (huyện Nam Giang) paired with the provincial petroleum branch is from the
 * directive's own text; the other communes and districts are real names of the province's
 * mountain area; every figure is invented. Deterministic (seeded PRNG).
 */
import { Rng } from './rng.js';

export interface QnCommune {
  readonly district: string;
  readonly commune: string;
  readonly extremelyDifficult: boolean;
  readonly border: boolean;
  readonly minority: boolean;
  /** By year 2022–2024. */
  readonly households: readonly number[];
  readonly poor: readonly number[];
}

export interface QnPairing {
  readonly unit: string;
  readonly bloc: string;
  readonly level: 'xã' | 'huyện';
  readonly district: string;
  readonly commune?: string;
  readonly start: string;
  readonly end?: string;
  readonly decision: string;
}

export interface QnActivity {
  readonly date: string;
  readonly unit: string;
  readonly district: string;
  readonly commune?: string;
  readonly village?: string;
  readonly type: string;
  readonly content: string;
  readonly cash: number;
  readonly inKind: number;
  readonly source: string;
}

export interface QnHousehold {
  readonly helper: string;
  readonly helped: string;
  readonly district: string;
  readonly commune: string;
  readonly village: string;
  readonly start: string;
  readonly end?: string;
  readonly wasPoor: boolean;
  readonly exitYear?: number;
  readonly support: string;
}

export interface QuangNam {
  readonly communes: readonly QnCommune[];
  readonly pairings: readonly QnPairing[];
  readonly activities: readonly QnActivity[];
  readonly households: readonly QnHousehold[];
}

export const QN_YEARS = [2022, 2023, 2024] as const;

const NAM_GIANG = 'Huyện Nam Giang';
const TAY_GIANG = 'Huyện Tây Giang';
const PHUOC_SON = 'Huyện Phước Sơn';
const NAM_TRA_MY = 'Huyện Nam Trà My';

// [district, commune, ĐBKK, border, thuần DTTS, households 2022]
const COMMUNES: ReadonlyArray<readonly [string, string, boolean, boolean, boolean, number]> = [
  [NAM_GIANG, 'Xã Đắc Tôi', true, false, true, 612],
  [NAM_GIANG, 'Xã Tà Bhing', true, false, true, 701],
  [NAM_GIANG, 'Xã La Êê', true, true, true, 389],
  [NAM_GIANG, 'Xã Đắc Pring', true, true, true, 352],
  [NAM_GIANG, 'Xã Chà Vàl', true, false, true, 574],
  [TAY_GIANG, 'Xã A Xan', true, true, true, 498],
  [TAY_GIANG, 'Xã Ch’ơm', true, true, true, 416],
  [TAY_GIANG, 'Xã Ga Ri', true, true, true, 371],
  [TAY_GIANG, 'Xã Tr’hy', true, true, true, 402],
  [PHUOC_SON, 'Xã Phước Thành', true, false, true, 318],
  [PHUOC_SON, 'Xã Phước Kim', true, false, true, 344],
  [PHUOC_SON, 'Xã Phước Lộc', true, false, false, 297],
  [NAM_TRA_MY, 'Xã Trà Cang', true, false, true, 823],
  [NAM_TRA_MY, 'Xã Trà Leng', true, false, true, 687],
  [NAM_TRA_MY, 'Xã Trà Vân', true, false, true, 455],
  [NAM_TRA_MY, 'Xã Trà Linh', true, false, true, 603],
];

const START = '2021-10-15';
const DECISION = '2835/QĐ-UBND';

/** Commune pairings: [unit, bloc, commune, start, end?]. Two end: one is taken over, one is not. */
const COMMUNE_PAIRINGS: ReadonlyArray<readonly [string, string, string, string, string?]> = [
  ['Chi nhánh Xăng dầu Quảng Nam', 'Doanh nghiệp', 'Xã Đắc Tôi', START],
  ['Ban Dân vận Tỉnh ủy', 'Đảng', 'Xã Tà Bhing', START],
  ['Ủy ban MTTQ Việt Nam tỉnh', 'Mặt trận, đoàn thể', 'Xã La Êê', START],
  ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Lực lượng vũ trang', 'Xã Đắc Pring', START],
  ['Sở Giáo dục và Đào tạo', 'Chính quyền', 'Xã Chà Vàl', START, '2023-06-30'],
  ['Sở Y tế', 'Chính quyền', 'Xã Chà Vàl', '2023-07-01'],
  ['Công an tỉnh', 'Lực lượng vũ trang', 'Xã A Xan', START],
  ['Bộ Chỉ huy Quân sự tỉnh', 'Lực lượng vũ trang', 'Xã Ch’ơm', START],
  ['Tỉnh đoàn', 'Mặt trận, đoàn thể', 'Xã Ga Ri', START],
  ['Hội Liên hiệp Phụ nữ tỉnh', 'Mặt trận, đoàn thể', 'Xã Phước Thành', START],
  ['Sở Nông nghiệp và Phát triển nông thôn', 'Chính quyền', 'Xã Phước Kim', START],
  ['Ngân hàng Chính sách xã hội chi nhánh tỉnh', 'Doanh nghiệp', 'Xã Trà Cang', START],
  ['Sở Tài chính', 'Chính quyền', 'Xã Trà Leng', START, '2023-12-31'],
  ['Sở Lao động - Thương binh và Xã hội', 'Chính quyền', 'Xã Trà Vân', START],
];

/** The one district pairing. */
const DISTRICT_UNIT = 'Sở Kế hoạch và Đầu tư';

/** A unit paired on paper only: no activity, so the report names it. */
const IDLE_UNIT = 'Ngân hàng Chính sách xã hội chi nhánh tỉnh';

const KINDS: ReadonlyArray<readonly [string, string, number, number, string]> = [
  // [type label, content, cash (units of 500.000 đ) max, in kind max, source]
  ['Thăm hỏi, tặng quà', 'Thăm, tặng quà Tết cho hộ nghèo', 6, 30, 'Đơn vị tự đóng góp'],
  ['Hỗ trợ hộ nghèo, sinh kế', 'Hỗ trợ bò giống, heo giống cho hộ nghèo', 20, 60, 'Xã hội hóa'],
  ['Xây dựng công trình', 'Hỗ trợ xây nhà đại đoàn kết', 80, 40, 'Xã hội hóa'],
  ['Mô hình phát triển kinh tế', 'Hỗ trợ mô hình trồng sâm, ba kích dưới tán rừng', 30, 40, 'Ngân sách nhà nước'],
  ['Đào tạo, dạy nghề', 'Tập huấn kỹ thuật chăn nuôi, trồng trọt', 10, 0, 'Ngân sách nhà nước'],
  ['Tuyên truyền, vận động', 'Tuyên truyền xóa bỏ hủ tục, tảo hôn', 2, 0, 'Đơn vị tự đóng góp'],
];

const day = (rng: Rng, year: number): string => `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;

export function makeQuangNam(): QuangNam {
  const rng = new Rng(16_2021);
  const communes: QnCommune[] = COMMUNES.map(([district, commune, extremelyDifficult, border, minority, households]) => {
    const hs: number[] = [];
    const poor: number[] = [];
    let h = households;
    let rate = rng.real(0.38, 0.62);
    for (let i = 0; i < QN_YEARS.length; i++) {
      hs.push(h);
      poor.push(Math.round(h * rate));
      h += rng.int(3, 12);
      rate -= rng.real(0.04, 0.09);
    }
    return { district, commune, extremelyDifficult, border, minority, households: hs, poor };
  });
  const districtOf = new Map(communes.map((c) => [c.commune, c.district]));
  const pairings: QnPairing[] = COMMUNE_PAIRINGS.map(([unit, bloc, commune, start, end]) => ({
    unit, bloc, level: 'xã', district: districtOf.get(commune)!, commune, start, ...(end ? { end } : {}), decision: start === START ? DECISION : '1420/QĐ-UBND',
  }));
  pairings.push({ unit: DISTRICT_UNIT, bloc: 'Chính quyền', level: 'huyện', district: TAY_GIANG, start: START, decision: DECISION });

  const activities: QnActivity[] = [];
  for (const p of pairings) {
    if (p.unit === IDLE_UNIT) continue;
    for (const year of QN_YEARS) {
      const count = p.level === 'huyện' ? 2 : rng.int(2, 4);
      for (let i = 0; i < count; i++) {
        const date = day(rng, year);
        if (date < p.start || (p.end !== undefined && date > p.end)) continue;
        const [type, content, cashMax, kindMax, source] = rng.pick(KINDS);
        // Most work is for the whole commune; some in one of its villages.
        const inVillage = p.level === 'xã' && rng.chance(0.3);
        activities.push({
          date, unit: p.unit, district: p.district,
          ...(p.commune ? { commune: p.commune } : {}),
          ...(inVillage ? { village: `Thôn ${rng.int(1, 4)}` } : {}),
          type, content,
          cash: rng.int(0, cashMax) * 500_000,
          inKind: rng.int(0, kindMax) * 500_000,
          source,
        });
      }
    }
  }
  activities.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const SUPPORT = ['Hỗ trợ 01 con bò giống', 'Giúp ngày công làm nhà', 'Hướng dẫn trồng keo, chăn nuôi heo', 'Hỗ trợ cây giống, phân bón', 'Giới thiệu việc làm cho con em'];
  const helperNames = ['Nguyễn Văn', 'Trần Văn', 'Lê Văn', 'Phạm Văn', 'Hồ Văn', 'Đinh Văn'];
  const helpedNames = ['Zơ Râm', 'A Lăng', 'Bríu', 'Bling', 'Hồ Văn', 'Coor'];
  const given = ['Bốn', 'Thơm', 'Pố', 'Hiên', 'Lực', 'Bảy', 'Tâm', 'Nga', 'Dũng', 'Hạnh'];
  const households: QnHousehold[] = [];
  for (const c of communes.slice(0, 9)) {
    const pairs = rng.int(2, 3);
    for (let i = 0; i < pairs; i++) {
      const start = `2022-${String(rng.int(3, 9)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
      const wasPoor = rng.chance(0.85);
      const exitYear = wasPoor && rng.chance(0.5) ? rng.pick([2023, 2024]) : undefined;
      const end = !exitYear && rng.chance(0.15) ? '2023-12-31' : undefined;
      households.push({
        helper: `Hộ ông ${rng.pick(helperNames)} ${rng.pick(given)}`,
        helped: `Hộ ${rng.chance(0.5) ? 'ông' : 'bà'} ${rng.pick(helpedNames)} ${rng.pick(given)}`,
        district: c.district, commune: c.commune, village: `Thôn ${rng.int(1, 4)}`,
        start, ...(end ? { end } : {}), wasPoor, ...(exitYear ? { exitYear } : {}), support: rng.pick(SUPPORT),
      });
    }
  }
  return { communes, pairings, activities, households: dedupeHouseholds(households) };
}

/** Two pairs of the same two names in one commune would be the same pair twice: keep the first. */
function dedupeHouseholds(list: readonly QnHousehold[]): QnHousehold[] {
  const seen = new Set<string>();
  return list.filter((h) => {
    const key = `${h.helper}|${h.helped}|${h.commune}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
