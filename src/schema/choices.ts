/**
 * The closed lists of SPEC §2: activity types, funding sources, unit levels and
 * blocs. Each choice has a stable key (used in JSON), a Vietnamese label (used in
 * workbooks and reports), an English label, and the variants offices type.
 */
import { fold } from '../text/normalize.js';
import { memoTable, type Memo } from '../util/memo.js';

export interface Choice {
  readonly key: string;
  readonly label: string;
  readonly en: string;
  readonly variants: readonly string[];
}

export interface ChoiceSet {
  readonly name: string;
  readonly choices: readonly Choice[];
}

export const ACTIVITY_TYPES: ChoiceSet = {
  name: 'activityType',
  choices: [
    { key: 'visits-gifts', label: 'Thăm hỏi, tặng quà', en: 'Visits and gifts', variants: ['Thăm hỏi tặng quà', 'Tặng quà', 'Thăm hỏi', 'Thăm hỏi, tặng quà Tết', 'Tặng quà Tết', 'Thăm, tặng quà'] },
    { key: 'livelihood', label: 'Hỗ trợ hộ nghèo, sinh kế', en: 'Support for poor households, livelihoods', variants: ['Hỗ trợ hộ nghèo', 'Hỗ trợ sinh kế', 'Sinh kế', 'Giảm nghèo', 'Hỗ trợ giảm nghèo'] },
    { key: 'infrastructure', label: 'Xây dựng công trình', en: 'Building works', variants: ['Công trình', 'Xây dựng', 'Cơ sở hạ tầng', 'Hạ tầng', 'Xây dựng cơ sở hạ tầng', 'Xây dựng công trình, nhà ở'] },
    { key: 'economic-model', label: 'Mô hình phát triển kinh tế', en: 'Economic development models', variants: ['Mô hình kinh tế', 'Mô hình', 'Phát triển kinh tế'] },
    { key: 'training', label: 'Đào tạo, dạy nghề', en: 'Training, vocational training', variants: ['Đào tạo', 'Dạy nghề', 'Tập huấn', 'Đào tạo nghề', 'Chuyển giao khoa học kỹ thuật'] },
    { key: 'propaganda', label: 'Tuyên truyền, vận động', en: 'Information and mobilisation', variants: ['Tuyên truyền', 'Vận động', 'Tuyên truyền vận động'] },
    { key: 'culture-sports', label: 'Giao lưu văn hóa, thể thao', en: 'Cultural and sports exchanges', variants: ['Giao lưu văn hóa', 'Văn hóa, thể thao', 'Văn hóa thể thao', 'Giao lưu', 'Văn nghệ, thể thao'] },
    { key: 'political-system', label: 'Củng cố hệ thống chính trị', en: 'Strengthening the political system', variants: ['Xây dựng hệ thống chính trị', 'Hệ thống chính trị', 'Củng cố chi bộ', 'Xây dựng Đảng'] },
    { key: 'other', label: 'Khác', en: 'Other', variants: ['Hoạt động khác'] },
  ],
};

/** The `bySource` key (and the label's) of activities whose source was left blank. */
export const UNSPECIFIED_SOURCE = 'unspecified';

export const FUNDING_SOURCES: ChoiceSet = {
  name: 'fundingSource',
  choices: [
    { key: 'own', label: 'Đơn vị tự đóng góp', en: 'Unit’s own contribution', variants: ['Tự đóng góp', 'Đơn vị', 'Đóng góp', 'Cán bộ đóng góp', 'Tự có', 'Kinh phí đơn vị'] },
    { key: 'socialized', label: 'Xã hội hóa', en: 'Mobilised from society', variants: ['XHH', 'Vận động xã hội hóa', 'Tài trợ', 'Nhà hảo tâm'] },
    { key: 'state-budget', label: 'Ngân sách nhà nước', en: 'State budget', variants: ['Ngân sách', 'NSNN', 'Ngân sách tỉnh', 'Ngân sách huyện', 'Ngân sách xã'] },
    { key: 'other', label: 'Khác', en: 'Other', variants: ['Nguồn khác'] },
  ],
};

export const UNIT_LEVELS: ChoiceSet = {
  name: 'unitLevel',
  choices: [
    { key: 'tinh', label: 'tỉnh', en: 'province', variants: ['Cấp tỉnh', 'Tỉnh'] },
    { key: 'huyen', label: 'huyện', en: 'district', variants: ['Cấp huyện', 'Huyện', 'thị xã', 'thành phố'] },
    { key: 'xa', label: 'xã', en: 'commune', variants: ['Cấp xã', 'Xã', 'phường', 'thị trấn'] },
  ],
};

/** What a pairing or an activity is with (SPEC §8): a village, a whole commune or a whole district. */
export const TARGET_LEVELS: ChoiceSet = {
  name: 'targetLevel',
  choices: [
    { key: 'village', label: 'thôn', en: 'village', variants: ['Thôn, làng', 'Thôn/làng', 'Làng', 'Bon', 'Buôn', 'Bôn', 'Plei', 'Cấp thôn', 'Thôn, buôn', 'Buôn, bon'] },
    { key: 'commune', label: 'xã', en: 'commune', variants: ['Cấp xã', 'Xã', 'Xã, phường', 'Phường', 'Thị trấn'] },
    { key: 'district', label: 'huyện', en: 'district', variants: ['Cấp huyện', 'Huyện', 'Thị xã', 'Thành phố', 'Huyện, thị xã'] },
  ],
};

export const UNIT_BLOCS: ChoiceSet = {
  name: 'unitBloc',
  choices: [
    { key: 'dang', label: 'Đảng', en: 'Party', variants: ['Khối Đảng', 'Khối các cơ quan Đảng'] },
    { key: 'chinh-quyen', label: 'Chính quyền', en: 'Government', variants: ['Khối chính quyền', 'Nhà nước', 'Sở, ngành'] },
    { key: 'mat-tran-doan-the', label: 'Mặt trận, đoàn thể', en: 'Fatherland Front and mass organisations', variants: ['Mặt trận đoàn thể', 'MTTQ, đoàn thể', 'Đoàn thể', 'Mặt trận'] },
    { key: 'luc-luong-vu-trang', label: 'Lực lượng vũ trang', en: 'Armed forces', variants: ['LLVT', 'Quân đội', 'Công an', 'Quân sự'] },
    { key: 'doanh-nghiep', label: 'Doanh nghiệp', en: 'Enterprises', variants: ['DN', 'Doanh nghiệp nhà nước', 'Ngân hàng'] },
    { key: 'khac', label: 'Khác', en: 'Other', variants: [] },
  ],
};

const indexes = new WeakMap<ChoiceSet, Map<string, Choice>>();

function indexOf(set: ChoiceSet): Map<string, Choice> {
  let index = indexes.get(set);
  if (!index) {
    index = new Map();
    for (const choice of set.choices) {
      for (const written of [choice.key, choice.label, choice.en, ...choice.variants]) {
        const key = fold(written);
        if (!index.has(key)) index.set(key, choice);
      }
    }
    indexes.set(set, index);
  }
  return index;
}

/**
 * The choice a written value names (key, label, English label or a variant), compared loosely.
 * The same few spellings fill whole columns: with the run's memo, each is looked up once.
 */
export function findChoice(set: ChoiceSet, written: string, memo?: Memo): Choice | undefined {
  const found = memo ? memo.get2(CHOICES, set.name, written, lookUp, set) : lookUp(set.name, written, set);
  return found ?? undefined;
}

const CHOICES = memoTable<Choice | null>('choices');

function lookUp(_name: string, written: string, set: ChoiceSet): Choice | null {
  return indexOf(set).get(fold(written)) ?? null;
}

export function choiceByKey(set: ChoiceSet, key: string): Choice | undefined {
  return set.choices.find((c) => c.key === key);
}

/** All the folded spellings of a set, for suggestions. */
export function choiceSpellings(set: ChoiceSet): ReadonlyMap<string, Choice> {
  return indexOf(set);
}
