/**
 * The Ayun Pa dataset behind samples/: 24 bôn in 4 communes (2016–2020), 45 units, their
 * pairings and 2017–2020 activities, generated from a fixed seed so that the figures the
 * whole project relies on come out exactly:
 *   households 2020 = 4.135, population 2020 = 20.413,
 *   poor households 1.033 (2016) → 75 (2020), funds 2017–2020 = 989.356.000 đồng.
 */
import { apportion, Rng } from './rng.js';
import { day, isoOf } from './xlsx.js';

export const FIGURES = {
  households2020: 4135,
  population2020: 20413,
  poor2016: 1033,
  poor2020: 75,
  funds: 989_356_000,
} as const;

export const YEARS = [2016, 2017, 2018, 2019, 2020] as const;
export const PROVINCE = 'Gia Lai';
export const DISTRICT = 'Thị xã Ayun Pa';

export const COMMUNES: ReadonlyArray<{ readonly name: string; readonly villages: readonly string[] }> = [
  { name: 'Xã Chư Băh', villages: ['Bôn Chư Băh A', 'Bôn Chư Băh B', 'Bôn Bir', 'Bôn Ama Djơng', 'Bôn Rưng', 'Bôn Kơ Tang'] },
  { name: 'Xã Ia Rbol', villages: ['Bôn Chư Jú', 'Bôn Hiao', 'Bôn Bầu', 'Bôn Ơi Jek', 'Bôn Ia Rbol', 'Bôn Kơ Đung'] },
  { name: 'Xã Ia Rtô', villages: ['Bôn Broai', 'Bôn Ia Rniu', 'Bôn Sang Hra', 'Bôn Kueng', 'Bôn Pan', 'Bôn Ia Prông'] },
  { name: 'Xã Ia Sao', villages: ["Bôn Ơi H'Trai", 'Bôn Ơi Đăk', 'Bôn Ia Sao', 'Bôn Bla', 'Bôn Kơ Năng', 'Bôn Jú'] },
];

export interface VillageYear {
  readonly year: number;
  readonly households: number;
  readonly minority: number;
  readonly population: number;
  readonly poor: number;
  readonly nearPoor: number;
  readonly extremelyDifficult: boolean;
  readonly grid: boolean;
  readonly culturalHouse: boolean;
  readonly kindergarten: boolean;
  readonly partyCell: boolean;
  readonly newRural: boolean;
  readonly roadKm: number;
}

export interface Village {
  readonly index: number;
  readonly commune: string;
  readonly name: string;
  readonly years: readonly VillageYear[];
}

export type BlocFile = 'khoi-dang' | 'khoi-chinh-quyen' | 'khoi-mat-tran' | 'khoi-luc-luong-vu-trang-doanh-nghiep';

export interface Unit {
  readonly name: string;
  readonly level: 'tỉnh' | 'huyện';
  /** Label of choices.ts UNIT_BLOCS. */
  readonly bloc: 'Đảng' | 'Chính quyền' | 'Mặt trận, đoàn thể' | 'Lực lượng vũ trang' | 'Doanh nghiệp';
  readonly file: BlocFile;
}

export interface Pairing {
  readonly unit: Unit;
  readonly village: Village;
  readonly start: Date;
  readonly end?: Date;
  readonly decision: string;
  readonly note?: string;
}

export type ActivityType =
  | 'visits-gifts' | 'livelihood' | 'infrastructure' | 'economic-model' | 'training'
  | 'propaganda' | 'culture-sports' | 'political-system' | 'other';
export type Source = 'own' | 'socialized' | 'state-budget' | 'other';

export const TYPE_LABEL: Readonly<Record<ActivityType, string>> = {
  'visits-gifts': 'Thăm hỏi, tặng quà',
  livelihood: 'Hỗ trợ hộ nghèo, sinh kế',
  infrastructure: 'Xây dựng công trình',
  'economic-model': 'Mô hình phát triển kinh tế',
  training: 'Đào tạo, dạy nghề',
  propaganda: 'Tuyên truyền, vận động',
  'culture-sports': 'Giao lưu văn hóa, thể thao',
  'political-system': 'Củng cố hệ thống chính trị',
  other: 'Khác',
};

export const SOURCE_LABEL: Readonly<Record<Source, string>> = {
  own: 'Đơn vị tự đóng góp',
  socialized: 'Xã hội hóa',
  'state-budget': 'Ngân sách nhà nước',
  other: 'Khác',
};

export interface Activity {
  readonly date: Date;
  readonly unit: Unit;
  readonly village: Village;
  readonly type: ActivityType;
  readonly content: string;
  cash: number;
  inKind: number;
  readonly inKindDescription?: string;
  readonly source?: Source;
  readonly beneficiaries?: number;
  readonly participants?: number;
  /** Amounts that may be rescaled to meet the exact total (no arithmetic in the description). */
  readonly flexible: boolean;
}

export interface AyunPa {
  readonly villages: readonly Village[];
  readonly units: readonly Unit[];
  readonly pairings: readonly Pairing[];
  readonly activities: readonly Activity[];
}

const u = (name: string, bloc: Unit['bloc'], file: BlocFile, level: Unit['level'] = 'huyện'): Unit => ({ name, bloc, file, level });

export const UNITS: readonly Unit[] = [
  u('Văn phòng Thị ủy', 'Đảng', 'khoi-dang'),
  u('Ban Tổ chức Thị ủy', 'Đảng', 'khoi-dang'),
  u('Ban Dân vận Thị ủy', 'Đảng', 'khoi-dang'),
  u('Ban Tuyên giáo Thị ủy', 'Đảng', 'khoi-dang'),
  u('Ủy ban Kiểm tra Thị ủy', 'Đảng', 'khoi-dang'),
  u('Trung tâm Chính trị thị xã', 'Đảng', 'khoi-dang'),
  u('Văn phòng HĐND và UBND thị xã', 'Chính quyền', 'khoi-chinh-quyen'),
  u('Phòng Nội vụ', 'Chính quyền', 'khoi-chinh-quyen'),
  u('Phòng Tài chính - Kế hoạch', 'Chính quyền', 'khoi-chinh-quyen'),
  u('Phòng Giáo dục và Đào tạo', 'Chính quyền', 'khoi-chinh-quyen'),
  u('Phòng Lao động - Thương binh và Xã hội', 'Chính quyền', 'khoi-chinh-quyen'),
  u('Phòng Dân tộc', 'Chính quyền', 'khoi-chinh-quyen'),
  u('Phòng Y tế', 'Chính quyền', 'khoi-chinh-quyen'),
  u('Phòng Kinh tế', 'Chính quyền', 'khoi-chinh-quyen'),
  u('Phòng Quản lý đô thị', 'Chính quyền', 'khoi-chinh-quyen'),
  u('Phòng Tài nguyên và Môi trường', 'Chính quyền', 'khoi-chinh-quyen'),
  u('Phòng Tư pháp', 'Chính quyền', 'khoi-chinh-quyen'),
  u('Phòng Văn hóa và Thông tin', 'Chính quyền', 'khoi-chinh-quyen'),
  u('Thanh tra thị xã', 'Chính quyền', 'khoi-chinh-quyen'),
  u('Trung tâm Y tế thị xã', 'Chính quyền', 'khoi-chinh-quyen'),
  u('Trung tâm Văn hóa - Thông tin và Thể thao', 'Chính quyền', 'khoi-chinh-quyen'),
  u('Trung tâm Dịch vụ nông nghiệp', 'Chính quyền', 'khoi-chinh-quyen'),
  u('Ban Quản lý dự án đầu tư xây dựng thị xã', 'Chính quyền', 'khoi-chinh-quyen'),
  u('Hạt Kiểm lâm thị xã Ayun Pa', 'Chính quyền', 'khoi-chinh-quyen', 'tỉnh'),
  u('Chi cục Thuế thị xã Ayun Pa', 'Chính quyền', 'khoi-chinh-quyen', 'tỉnh'),
  u('Kho bạc Nhà nước Ayun Pa', 'Chính quyền', 'khoi-chinh-quyen', 'tỉnh'),
  u('Ngân hàng Chính sách xã hội thị xã', 'Chính quyền', 'khoi-chinh-quyen', 'tỉnh'),
  u('Bảo hiểm xã hội thị xã', 'Chính quyền', 'khoi-chinh-quyen', 'tỉnh'),
  u('Chi cục Thống kê thị xã', 'Chính quyền', 'khoi-chinh-quyen', 'tỉnh'),
  u('Chi cục Thi hành án dân sự thị xã', 'Chính quyền', 'khoi-chinh-quyen', 'tỉnh'),
  u('Ủy ban MTTQ Việt Nam thị xã', 'Mặt trận, đoàn thể', 'khoi-mat-tran'),
  u('Hội Liên hiệp Phụ nữ thị xã', 'Mặt trận, đoàn thể', 'khoi-mat-tran'),
  u('Hội Nông dân thị xã', 'Mặt trận, đoàn thể', 'khoi-mat-tran'),
  u('Hội Cựu chiến binh thị xã', 'Mặt trận, đoàn thể', 'khoi-mat-tran'),
  u('Thị đoàn Ayun Pa', 'Mặt trận, đoàn thể', 'khoi-mat-tran'),
  u('Liên đoàn Lao động thị xã', 'Mặt trận, đoàn thể', 'khoi-mat-tran'),
  u('Hội Chữ thập đỏ thị xã', 'Mặt trận, đoàn thể', 'khoi-mat-tran'),
  u('Ban Chỉ huy Quân sự thị xã', 'Lực lượng vũ trang', 'khoi-luc-luong-vu-trang-doanh-nghiep'),
  u('Công an thị xã', 'Lực lượng vũ trang', 'khoi-luc-luong-vu-trang-doanh-nghiep'),
  u('Điện lực Ayun Pa', 'Doanh nghiệp', 'khoi-luc-luong-vu-trang-doanh-nghiep', 'tỉnh'),
  u('Bưu điện thị xã Ayun Pa', 'Doanh nghiệp', 'khoi-luc-luong-vu-trang-doanh-nghiep', 'tỉnh'),
  u('Agribank Chi nhánh thị xã Ayun Pa', 'Doanh nghiệp', 'khoi-luc-luong-vu-trang-doanh-nghiep', 'tỉnh'),
  u('Viettel Ayun Pa', 'Doanh nghiệp', 'khoi-luc-luong-vu-trang-doanh-nghiep', 'tỉnh'),
  u('Trung tâm Viễn thông Ayun Pa', 'Doanh nghiệp', 'khoi-luc-luong-vu-trang-doanh-nghiep', 'tỉnh'),
  u('Xí nghiệp Khai thác công trình thủy lợi Ayun Pa', 'Doanh nghiệp', 'khoi-luc-luong-vu-trang-doanh-nghiep', 'tỉnh'),
];

// ---------------------------------------------------------------------------
// Villages
// ---------------------------------------------------------------------------

function makeVillages(rng: Rng): Village[] {
  const names = COMMUNES.flatMap((c) => c.villages.map((v) => ({ commune: c.name, name: v })));
  const n = names.length;
  const hh2020 = apportion(FIGURES.households2020, names.map(() => rng.real(0.6, 1.45)));
  const pop2020 = apportion(FIGURES.population2020, hh2020.map((h) => h * rng.real(4.6, 5.3)));

  // Growth backwards from 2020.
  const hh: number[][] = names.map(() => []);
  const pop: number[][] = names.map(() => []);
  for (let i = 0; i < n; i++) {
    hh[i]![4] = hh2020[i]!;
    pop[i]![4] = pop2020[i]!;
    for (let y = 3; y >= 0; y--) {
      hh[i]![y] = Math.round(hh[i]![y + 1]! / (1 + rng.real(0.012, 0.035)));
      pop[i]![y] = Math.round(pop[i]![y + 1]! / (1 + rng.real(0.01, 0.03)));
    }
  }

  // Poor households: 1.033 in 2016, falling to 75 in 2020, no bôn changing by more than
  // half in a year while it has 10 or more (the reader's `outlier` rule).
  const poor: number[][] = names.map(() => []);
  const p2016 = apportion(FIGURES.poor2016, hh.map((h) => h[0]! * rng.real(0.1, 0.48)));
  const speed = names.map(() => rng.real(0.25, 1.9));
  const targets = [FIGURES.poor2016, 700, 430, 205, FIGURES.poor2020];
  let prev = p2016;
  for (let i = 0; i < n; i++) poor[i]![0] = p2016[i]!;
  for (let y = 1; y < 5; y++) {
    const next = reduce(prev, targets[y]!, speed);
    for (let i = 0; i < n; i++) poor[i]![y] = next[i]!;
    prev = next;
  }

  // Rankings that decide the yes/no columns (improving every year).
  const rate2016 = names.map((_, i) => poor[i]![0]! / hh[i]![0]!);
  const byNeed = names.map((_, i) => i).sort((a, b) => rate2016[b]! - rate2016[a]!);
  const rankOf = (order: number[]): number[] => {
    const rank: number[] = new Array(n);
    order.forEach((v, r) => (rank[v] = r));
    return rank;
  };
  const needRank = rankOf(byNeed);
  const leastNeedRank = rankOf([...byNeed].reverse());
  const randomRank = (): number[] => rankOf(rng.shuffle(names.map((_, i) => i)));
  const gridRank = randomRank();
  const houseRank = randomRank();
  const schoolRank = randomRank();
  const cellRank = randomRank();
  const counts = {
    ebkk: [10, 10, 8, 6, 4],
    grid: [22, 23, 24, 24, 24],
    house: [15, 17, 19, 21, 23],
    school: [12, 14, 16, 18, 20],
    cell: [20, 21, 22, 24, 24],
    ntm: [0, 0, 1, 3, 6],
  };
  const minorityGap = names.map(() => rng.int(0, 5));
  const road: number[][] = names.map(() => []);
  for (let i = 0; i < n; i++) {
    road[i]![0] = Math.round(rng.real(0.4, 3) * 10) / 10;
    for (let y = 1; y < 5; y++) road[i]![y] = Math.round((road[i]![y - 1]! + (rng.chance(0.6) ? rng.real(0.1, 0.6) : 0)) * 10) / 10;
  }
  const nearBand = [
    [0.08, 0.13],
    [0.1, 0.15],
    [0.1, 0.16],
    [0.09, 0.14],
    [0.07, 0.11],
  ] as const;

  return names.map((v, i) => ({
    index: i,
    commune: v.commune,
    name: v.name,
    years: YEARS.map((year, y) => ({
      year,
      households: hh[i]![y]!,
      minority: Math.max(0, hh[i]![y]! - minorityGap[i]!),
      population: pop[i]![y]!,
      poor: poor[i]![y]!,
      nearPoor: Math.round(hh[i]![y]! * rng.real(nearBand[y]![0], nearBand[y]![1])),
      extremelyDifficult: needRank[i]! < counts.ebkk[y]!,
      grid: gridRank[i]! < counts.grid[y]!,
      culturalHouse: houseRank[i]! < counts.house[y]!,
      kindergarten: schoolRank[i]! < counts.school[y]!,
      partyCell: cellRank[i]! < counts.cell[y]!,
      newRural: leastNeedRank[i]! < counts.ntm[y]!,
      roadKm: road[i]![y]!,
    })),
  }));
}

/**
 * Next year's poor households: total `target`, each bôn not above last year and, while it
 * has 10 or more, not below half of it. Faster bôn (by `speed`) take more of the fall.
 */
function reduce(prev: readonly number[], target: number, speed: readonly number[]): number[] {
  const floor = prev.map((p) => (p >= 10 ? Math.ceil(p / 2) : 0));
  const slack = prev.map((p, i) => p - floor[i]!);
  let left = prev.reduce((s, p) => s + p, 0) - target;
  if (left < 0) throw new Error(`poor households cannot rise to ${target}`);
  if (left > slack.reduce((s, x) => s + x, 0)) throw new Error(`poor households cannot fall to ${target} within ±50% a year`);
  const cut = prev.map(() => 0);
  while (left > 0) {
    const room = slack.map((s, i) => s - cut[i]!);
    const weight = room.map((r, i) => r * speed[i]!);
    const total = weight.reduce((s, w) => s + w, 0);
    let done = 0;
    for (let i = 0; i < prev.length; i++) {
      const add = Math.min(room[i]!, Math.floor((left * weight[i]!) / total));
      cut[i]! += add;
      done += add;
    }
    if (done === 0) {
      const order = prev.map((_, i) => i).filter((i) => room[i]! > 0).sort((a, b) => speed[b]! - speed[a]! || a - b);
      for (const i of order) {
        if (done === left) break;
        cut[i]! += 1;
        done++;
      }
    }
    left -= done;
  }
  return prev.map((p, i) => p - cut[i]!);
}

// ---------------------------------------------------------------------------
// Pairings
// ---------------------------------------------------------------------------

const BATCH: Readonly<Record<Unit['bloc'], { start: Date; decision: string }>> = {
  'Đảng': { start: day(2013, 5, 27), decision: '35-QĐ/TU' },
  'Mặt trận, đoàn thể': { start: day(2013, 5, 27), decision: '35-QĐ/TU' },
  'Chính quyền': { start: day(2013, 6, 20), decision: '1561/QĐ-UBND' },
  'Lực lượng vũ trang': { start: day(2014, 3, 12), decision: '245/QĐ-UBND' },
  'Doanh nghiệp': { start: day(2015, 8, 10), decision: '1187/QĐ-UBND' },
};
/** Units set up or brought in later. */
const LATE = new Set(['Trung tâm Dịch vụ nông nghiệp', 'Ban Quản lý dự án đầu tư xây dựng thị xã', 'Trung tâm Văn hóa - Thông tin và Thể thao']);
const LATE_BATCH = { start: day(2016, 3, 15), decision: '318/QĐ-UBND' };
const MOVE = { end: day(2016, 6, 30), start: day(2016, 7, 1), decision: '842/QĐ-UBND' };

function makePairings(rng: Rng, villages: readonly Village[]): Pairing[] {
  // 6 bôn with one unit, 15 with two, 3 with three: 45 units over 24 bôn.
  const sizes = rng.shuffle([...Array<number>(6).fill(1), ...Array<number>(15).fill(2), ...Array<number>(3).fill(3)]);
  const slots = villages.flatMap((v, i) => Array<Village>(sizes[i]!).fill(v));
  const units = rng.shuffle(UNITS);
  const assigned = new Map<Unit, Village>(units.map((unit, i) => [unit, slots[i]!]));

  // Two units moved to another bôn in mid-2016; another unit took over the bôn each left.
  const government = units.filter((x) => x.bloc === 'Chính quyền' && !LATE.has(x.name));
  const moved: Array<{ unit: Unit; from: Village; successor: Unit }> = [];
  const used = new Set<Unit>();
  for (const unit of government) {
    if (moved.length === 2) break;
    if (used.has(unit)) continue;
    const successor = government.find((s) => !used.has(s) && s !== unit && assigned.get(s) !== assigned.get(unit));
    if (!successor) continue;
    moved.push({ unit, from: assigned.get(successor)!, successor });
    used.add(unit).add(successor);
  }

  const pairings: Pairing[] = [];
  for (const unit of UNITS) {
    const village = assigned.get(unit)!;
    const move = moved.find((m) => m.unit === unit);
    const takeover = moved.find((m) => m.successor === unit);
    const batch = LATE.has(unit.name) ? LATE_BATCH : BATCH[unit.bloc];
    if (move) {
      pairings.push({
        unit, village: move.from, start: batch.start, end: MOVE.end, decision: batch.decision,
        note: `Chuyển sang kết nghĩa với ${village.name} (${village.commune}) từ 01/7/2016 theo Quyết định số ${MOVE.decision}`,
      });
      pairings.push({ unit, village, start: MOVE.start, decision: MOVE.decision, note: `Chuyển từ ${move.from.name} (${move.from.commune}) sang` });
    } else if (takeover) {
      pairings.push({ unit, village, start: MOVE.start, decision: MOVE.decision, note: `Thay ${takeover.unit.name}` });
    } else {
      pairings.push({ unit, village, start: batch.start, decision: batch.decision });
    }
  }
  return pairings;
}

// ---------------------------------------------------------------------------
// Activities
// ---------------------------------------------------------------------------

const TET: Readonly<Record<number, { date: Date; name: string }>> = {
  2017: { date: day(2017, 1, 28), name: 'Đinh Dậu' },
  2018: { date: day(2018, 2, 16), name: 'Mậu Tuất' },
  2019: { date: day(2019, 2, 5), name: 'Kỷ Hợi' },
  2020: { date: day(2020, 1, 25), name: 'Canh Tý' },
};

const OTHER_TYPES: Readonly<Record<Exclude<ActivityType, 'visits-gifts'>, number>> = {
  livelihood: 20,
  propaganda: 22,
  'political-system': 13,
  'culture-sports': 15,
  training: 9,
  infrastructure: 6,
  'economic-model': 7,
  other: 6,
};

const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);
const money = (rng: Rng, min: number, max: number, step = 100_000): number => step * rng.int(Math.ceil(min / step), Math.floor(max / step));

interface Draft {
  content: string;
  cash: number;
  inKind: number;
  inKindDescription?: string;
  source?: Source;
  beneficiaries?: number;
  participants?: number;
  flexible: boolean;
}

function gift(rng: Rng, year: number, kind: 'tet' | 'trung-thu' | 'tham-hoi'): Draft {
  if (kind === 'tet') {
    const n = rng.int(10, 25);
    const each = rng.pick([100_000, 120_000, 150_000, 200_000]);
    const cash = rng.chance(0.25) ? rng.pick([300_000, 500_000, 1_000_000]) : 0;
    const whom = rng.pick(['hộ nghèo', 'hộ nghèo, hộ cận nghèo', 'hộ nghèo và gia đình chính sách', 'già làng, người có uy tín và hộ nghèo']);
    return {
      content: `Thăm, tặng quà Tết Nguyên đán ${TET[year]!.name} ${year} cho ${whom}`,
      cash, inKind: n * each,
      inKindDescription: `${n} suất quà (gạo, mì tôm, dầu ăn, bánh kẹo), mỗi suất ${(each / 1000).toFixed(0)}.000 đồng`,
      source: rng.chance(0.72) ? 'own' : 'socialized', beneficiaries: n, participants: rng.int(4, 12), flexible: false,
    };
  }
  if (kind === 'trung-thu') {
    const n = rng.int(30, 80);
    const each = rng.pick([30_000, 40_000, 50_000]);
    return {
      content: `Tổ chức Trung thu, tặng quà cho thiếu nhi bôn năm ${year}`,
      cash: 0, inKind: n * each, inKindDescription: `${n} phần quà Trung thu (bánh, lồng đèn, vở)`,
      source: rng.chance(0.6) ? 'own' : 'socialized', participants: rng.int(5, 15), flexible: false,
    };
  }
  const cash = money(rng, 500_000, 2_000_000, 500_000);
  return {
    content: rng.pick(['Thăm hỏi, động viên gia đình có người ốm đau', 'Thăm hỏi, tặng quà già làng, người có uy tín', 'Thăm hỏi gia đình có người mất, hỗ trợ tiền phúng viếng']),
    cash, inKind: 0, source: 'own', beneficiaries: rng.int(1, 3), participants: rng.int(3, 8), flexible: false,
  };
}

function other(rng: Rng, type: Exclude<ActivityType, 'visits-gifts'>, year: number, households: number): Draft {
  switch (type) {
    case 'livelihood': {
      const which = rng.int(0, 4);
      if (which === 0) {
        const k = 1;
        return { content: `Hỗ trợ ${String(k).padStart(2, '0')} con bò giống sinh sản cho hộ nghèo`, cash: 0, inKind: money(rng, 10_000_000 * k, 13_000_000 * k), inKindDescription: `${String(k).padStart(2, '0')} con bò cái giống`, source: rng.weighted({ own: 3, socialized: 4, 'state-budget': 3 }), beneficiaries: k, participants: rng.int(3, 8), flexible: true };
      }
      if (which === 1) {
        const k = rng.int(3, 6);
        return { content: `Hỗ trợ ${String(k).padStart(2, '0')} con dê giống cho hộ nghèo`, cash: 0, inKind: money(rng, 1_200_000 * k, 1_600_000 * k), inKindDescription: `${k} con dê giống`, source: rng.weighted({ own: 4, socialized: 4, 'state-budget': 2 }), beneficiaries: Math.ceil(k / 2), participants: rng.int(3, 8), flexible: true };
      }
      if (which === 2) {
        return { content: 'Hỗ trợ giống lúa, phân bón cho hộ nghèo sản xuất vụ Đông Xuân', cash: 0, inKind: money(rng, 2_000_000, 5_000_000), inKindDescription: `${rng.int(5, 20) * 100} kg phân bón NPK, giống lúa`, source: rng.weighted({ own: 5, socialized: 3, 'state-budget': 2 }), beneficiaries: rng.int(8, 25), participants: rng.int(3, 8), flexible: true };
      }
      if (which === 3) {
        return { content: 'Hỗ trợ cây giống ăn quả (bơ, mít Thái) cho hộ nghèo', cash: 0, inKind: money(rng, 2_000_000, 5_000_000), inKindDescription: `${rng.int(3, 8) * 100} cây giống`, source: rng.weighted({ own: 5, socialized: 5 }), beneficiaries: rng.int(10, 30), participants: rng.int(3, 8), flexible: true };
      }
      return { content: 'Hỗ trợ sửa chữa nhà ở cho hộ nghèo', cash: money(rng, 3_000_000, 8_000_000, 500_000), inKind: 0, source: rng.weighted({ own: 5, socialized: 5 }), beneficiaries: 1, participants: rng.int(5, 15), flexible: true };
    }
    case 'infrastructure': {
      const which = rng.int(0, 5);
      if (which === 0) {
        const m = rng.int(6, 40) * 10;
        return { content: `Làm ${m}m đường bê tông nội bôn`, cash: money(rng, 3_000_000, 8_000_000, 1_000_000), inKind: money(rng, 160_000 * m, 230_000 * m, 1_000_000), inKindDescription: 'Xi măng, cát, sỏi; nhân dân góp ngày công', source: rng.weighted({ 'state-budget': 5, socialized: 3, own: 2 }), beneficiaries: households, participants: rng.int(20, 60), flexible: true };
      }
      if (which === 1) return { content: 'Sửa chữa, nâng cấp nhà văn hóa bôn', cash: money(rng, 5_000_000, 20_000_000, 1_000_000), inKind: 0, source: rng.weighted({ 'state-budget': 4, socialized: 3, own: 3 }), beneficiaries: households, participants: rng.int(10, 30), flexible: true };
      if (which === 2) {
        const k = rng.int(8, 20);
        return { content: `Lắp đặt ${k} bóng điện chiếu sáng đường nội bôn`, cash: 0, inKind: money(rng, 300_000 * k, 450_000 * k), inKindDescription: `${k} bộ đèn LED, dây điện`, source: rng.weighted({ own: 5, socialized: 5 }), beneficiaries: households, participants: rng.int(5, 12), flexible: true };
      }
      if (which === 3) return { content: 'Khoan giếng nước sinh hoạt cho cụm dân cư', cash: money(rng, 6_000_000, 12_000_000, 500_000), inKind: 0, source: rng.weighted({ socialized: 5, own: 5 }), beneficiaries: rng.int(15, 40), participants: rng.int(5, 12), flexible: true };
      if (which === 4) return { content: 'Xây dựng nhà tình nghĩa cho hộ nghèo', cash: money(rng, 25_000_000, 38_000_000, 1_000_000), inKind: money(rng, 8_000_000, 14_000_000, 1_000_000), inKindDescription: 'Vật liệu xây dựng', source: rng.weighted({ socialized: 6, own: 4 }), beneficiaries: 1, participants: rng.int(10, 30), flexible: true };
      return { content: 'Xây dựng nhà vệ sinh cho điểm trường mẫu giáo', cash: money(rng, 10_000_000, 25_000_000, 1_000_000), inKind: 0, source: rng.weighted({ 'state-budget': 5, socialized: 5 }), participants: rng.int(5, 15), flexible: true };
    }
    case 'economic-model': {
      const which = rng.int(0, 3);
      const ha = rng.int(2, 6);
      const models = [
        { content: `Mô hình trồng bắp lai năng suất cao (${ha} ha)`, min: 4_000_000, max: 10_000_000 },
        { content: 'Mô hình nuôi bò vỗ béo', min: 8_000_000, max: 16_000_000 },
        { content: 'Mô hình trồng rau an toàn theo hướng VietGAP', min: 3_000_000, max: 7_000_000 },
        { content: 'Mô hình nuôi gà thả vườn', min: 3_000_000, max: 6_000_000 },
      ];
      const m = models[which]!;
      return { content: m.content, cash: 0, inKind: money(rng, m.min, m.max), inKindDescription: 'Giống, phân bón, thức ăn chăn nuôi', source: rng.weighted({ 'state-budget': 5, own: 3, socialized: 2 }), beneficiaries: rng.int(5, 15), participants: rng.int(10, 30), flexible: true };
    }
    case 'training': {
      const which = rng.int(0, 2);
      if (which === 0) return { content: 'Tập huấn kỹ thuật trồng lúa nước, bón phân cân đối', cash: money(rng, 1_000_000, 3_000_000), inKind: 0, source: rng.weighted({ 'state-budget': 6, own: 4 }), participants: rng.int(25, 60), flexible: true };
      if (which === 1) return { content: 'Mở lớp dạy nghề may công nghiệp cho phụ nữ', cash: money(rng, 4_000_000, 8_000_000), inKind: 0, source: rng.weighted({ 'state-budget': 7, own: 3 }), participants: rng.int(20, 35), flexible: true };
      return { content: 'Tập huấn chăm sóc bò sinh sản, phòng dịch bệnh gia súc', cash: money(rng, 1_000_000, 3_000_000), inKind: 0, source: rng.weighted({ 'state-budget': 5, own: 5 }), participants: rng.int(25, 60), flexible: true };
    }
    case 'propaganda': {
      const topics = [
        'Tuyên truyền chính sách, pháp luật; phòng chống ma túy',
        'Tuyên truyền Luật Hôn nhân và gia đình, phòng chống tảo hôn',
        'Vận động nhân dân giữ vệ sinh môi trường, làm chuồng trại xa nhà',
        'Tuyên truyền, vận động con em đến trường',
        'Tuyên truyền phòng chống cháy rừng, bảo vệ rừng',
      ];
      if (year === 2020) topics.push('Tuyên truyền phòng chống dịch COVID-19');
      const paid = rng.chance(0.3);
      return { content: rng.pick(topics), cash: paid ? money(rng, 500_000, 2_000_000) : 0, inKind: 0, ...(paid ? { source: 'own' as const } : {}), participants: rng.int(30, 120), flexible: false };
    }
    case 'culture-sports': {
      const which = rng.int(0, 14);
      if (which === 0) return { content: 'Tặng bộ cồng chiêng cho bôn', cash: 0, inKind: money(rng, 15_000_000, 25_000_000, 1_000_000), inKindDescription: '01 bộ cồng chiêng', source: rng.weighted({ socialized: 6, own: 4 }), beneficiaries: households, participants: rng.int(10, 20), flexible: true };
      if (which <= 8) return { content: 'Giao lưu văn nghệ, thi đấu bóng chuyền dịp Quốc khánh 2/9', cash: money(rng, 1_000_000, 3_000_000, 500_000), inKind: 0, source: rng.weighted({ own: 7, socialized: 3 }), participants: rng.int(40, 150), flexible: true };
      return { content: 'Tặng bóng, lưới bóng chuyền cho thanh niên bôn', cash: 0, inKind: money(rng, 500_000, 1_500_000), inKindDescription: '02 quả bóng, 01 lưới', source: 'own', participants: rng.int(10, 30), flexible: true };
    }
    case 'political-system': {
      const paid = rng.chance(0.3);
      return {
        content: rng.pick(['Dự sinh hoạt chi bộ, tọa đàm củng cố hệ thống chính trị ở bôn', 'Bồi dưỡng nghiệp vụ cho Ban nhân dân, Ban công tác Mặt trận bôn', 'Giúp bôn xây dựng quy ước, hương ước', 'Phối hợp kiện toàn chi hội, chi đoàn bôn']),
        cash: 0, inKind: paid ? money(rng, 500_000, 2_500_000) : 0, ...(paid ? { inKindDescription: 'Tủ sách, bàn ghế sinh hoạt', source: 'own' as const } : {}),
        participants: rng.int(15, 60), flexible: false,
      };
    }
    case 'other': {
      if (year === 2020 && rng.chance(0.5)) return { content: 'Hỗ trợ phòng chống dịch COVID-19 (khẩu trang, nước sát khuẩn)', cash: 0, inKind: money(rng, 1_500_000, 4_000_000), inKindDescription: 'Khẩu trang, nước sát khuẩn', source: 'other', beneficiaries: households, participants: rng.int(3, 8), flexible: true };
      if (rng.chance(0.5)) return { content: 'Khám bệnh, cấp thuốc miễn phí cho nhân dân', cash: 0, inKind: money(rng, 3_000_000, 8_000_000), inKindDescription: 'Thuốc thông thường', source: rng.weighted({ other: 5, own: 5 }), beneficiaries: rng.int(40, 120), participants: rng.int(5, 10), flexible: true };
      return { content: 'Hỗ trợ hộ bị thiệt hại do hạn hán, lũ lụt', cash: money(rng, 2_000_000, 8_000_000, 500_000), inKind: 0, source: rng.weighted({ other: 5, own: 5 }), beneficiaries: rng.int(3, 15), participants: rng.int(3, 8), flexible: true };
    }
  }
}

function makeActivities(rng: Rng, pairings: readonly Pairing[]): Activity[] {
  const active = pairings.filter((p) => p.end === undefined);
  const taken = new Set<string>();
  const activities: Activity[] = [];
  const add = (p: Pairing, date: Date, type: ActivityType, draft: Draft): void => {
    let d = date;
    while (taken.has(`${p.unit.name}|${p.village.name}|${isoOf(d)}`)) d = addDays(d, 1);
    taken.add(`${p.unit.name}|${p.village.name}|${isoOf(d)}`);
    activities.push({ date: d, unit: p.unit, village: p.village, type, ...draft });
  };
  for (const year of [2017, 2018, 2019, 2020]) {
    for (const p of active) {
      const households = p.village.years.find((y) => y.year === year)!.households;
      if (rng.chance(0.72)) add(p, addDays(TET[year]!.date, -rng.int(3, 24)), 'visits-gifts', gift(rng, year, 'tet'));
      if (rng.chance(0.09)) add(p, day(year, 9, 1 + rng.int(0, 20)), 'visits-gifts', gift(rng, year, 'trung-thu'));
      if (rng.chance(0.05)) add(p, addDays(day(year, 3, 1), rng.int(0, 270)), 'visits-gifts', gift(rng, year, 'tham-hoi'));
      const others = rng.chance(0.85) ? (rng.chance(0.12) ? 2 : 1) : 0;
      for (let k = 0; k < others; k++) {
        const type = rng.weighted(OTHER_TYPES);
        add(p, addDays(day(year, 3, 1), rng.int(0, 290)), type, other(rng, type, year, households));
      }
    }
  }
  fitTotal(activities);
  return activities.sort((a, b) => UNITS.indexOf(a.unit) - UNITS.indexOf(b.unit) || a.date.getTime() - b.date.getTime());
}

/** Rescales the flexible amounts (to 100.000 đồng) so that all amounts add up to exactly FIGURES.funds. */
function fitTotal(activities: Activity[]): void {
  const sum = (): number => activities.reduce((s, a) => s + a.cash + a.inKind, 0);
  const fixed = activities.filter((a) => !a.flexible).reduce((s, a) => s + a.cash + a.inKind, 0);
  const flexible = sum() - fixed;
  const factor = (FIGURES.funds - fixed) / flexible;
  if (factor < 0.7 || factor > 1.4) throw new Error(`amounts need a factor of ${factor.toFixed(2)}: adjust the generator`);
  for (const a of activities) {
    if (!a.flexible) continue;
    if (a.cash > 0) a.cash = Math.max(100_000, Math.round((a.cash * factor) / 100_000) * 100_000);
    if (a.inKind > 0) a.inKind = Math.max(100_000, Math.round((a.inKind * factor) / 100_000) * 100_000);
  }
  // The last đồng goes to the largest building work.
  const largest = activities.filter((a) => a.type === 'infrastructure').sort((a, b) => b.inKind - a.inKind)[0]!;
  largest.inKind += FIGURES.funds - sum();
  for (const a of activities) {
    for (const v of [a.cash, a.inKind]) {
      if (!Number.isInteger(v) || v < 0 || v > 100_000_000 || v % 1000 !== 0) throw new Error(`bad amount ${v} in ${a.content}`);
    }
  }
  if (sum() !== FIGURES.funds) throw new Error('funds total not met');
}

export function makeAyunPa(seed = 0x4a79756e): AyunPa {
  const rng = new Rng(seed);
  const villages = makeVillages(rng);
  const pairings = makePairings(rng, villages);
  const activities = makeActivities(rng, pairings);
  check(villages, pairings, activities);
  return { villages, units: UNITS, pairings, activities };
}

/** The promises of the module comment, checked on every run. */
function check(villages: readonly Village[], pairings: readonly Pairing[], activities: readonly Activity[]): void {
  const total = (year: number, f: (y: VillageYear) => number): number => villages.reduce((s, v) => s + f(v.years.find((y) => y.year === year)!), 0);
  const expect = (what: string, got: number, want: number): void => {
    if (got !== want) throw new Error(`${what}: ${got}, expected ${want}`);
  };
  expect('households 2020', total(2020, (y) => y.households), FIGURES.households2020);
  expect('population 2020', total(2020, (y) => y.population), FIGURES.population2020);
  expect('poor 2016', total(2016, (y) => y.poor), FIGURES.poor2016);
  expect('poor 2020', total(2020, (y) => y.poor), FIGURES.poor2020);
  expect('funds', activities.reduce((s, a) => s + a.cash + a.inKind, 0), FIGURES.funds);
  expect('distinct villages', new Set(villages.map((v) => `${v.commune}|${v.name}`)).size, 24);
  for (const v of villages) {
    for (let i = 1; i < v.years.length; i++) {
      const a = v.years[i - 1]!;
      const b = v.years[i]!;
      if (a.poor >= 10 && Math.abs(b.poor - a.poor) / a.poor > 0.5) throw new Error(`poor households of ${v.name} jump in ${b.year}`);
      if (Math.abs(b.households - a.households) / a.households > 0.2) throw new Error(`households of ${v.name} jump in ${b.year}`);
      if (b.year > 2016 && b.households < a.households) throw new Error(`households of ${v.name} shrink in ${b.year}`);
    }
    for (const y of v.years) {
      if (y.poor > y.households || y.minority > y.households || y.nearPoor > y.households) throw new Error(`inconsistent ${v.name} ${y.year}`);
    }
  }
  const end2020 = day(2020, 12, 31).getTime();
  for (const v of villages) {
    if (!pairings.some((p) => p.village === v && p.start.getTime() <= end2020 && p.end === undefined)) throw new Error(`${v.name} not covered`);
  }
  expect('units paired', new Set(pairings.map((p) => p.unit)).size, 45);
  for (const a of activities) {
    const t = a.date.getTime();
    if (t < day(2017, 1, 1).getTime() || t > end2020) throw new Error(`activity outside 2017–2020: ${isoOf(a.date)}`);
    const ok = pairings.some((p) => p.unit === a.unit && p.village === a.village && p.start.getTime() <= t && (p.end === undefined || p.end.getTime() >= t));
    if (!ok) throw new Error(`activity of ${a.unit.name} in ${a.village.name} outside its pairing`);
  }
}
