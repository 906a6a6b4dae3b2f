/**
 * The indicators as tables: one definition that the terminal printer, the `--xlsx`
 * export and the report appendix all render, so a figure reads the same everywhere.
 */
import type { Lang } from '../findings/finding.js';
import { activityTypeLabel, sourceLabel, villageFieldLabel } from '../labels/labels.js';
import { formatVi } from '../values/calendar.js';
import type { Indicators } from './types.js';

/** `year`: a year as a number, written without grouping (2020, not 2.020). */
export type ColumnKind = 'text' | 'int' | 'money' | 'percent' | 'number' | 'year';

export interface TableColumn {
  readonly header: string;
  readonly kind: ColumnKind;
}

/** A cell; a typed cell overrides its column's kind (the summary mixes counts, money and rates). */
export type TableCell = string | number | null | { readonly value: number | null; readonly kind: ColumnKind };

export interface Table {
  /** Stable id: `--by` names, sheet order. */
  readonly id: TableId;
  readonly title: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly TableCell[])[];
  /** A last row of totals, shown apart. */
  readonly total?: readonly TableCell[];
}

export type TableId = 'summary' | 'year' | 'type' | 'source' | 'unit' | 'commune' | 'uncovered' | 'inactive' | 'poverty' | 'infrastructure';

export const TABLE_IDS: readonly TableId[] = ['summary', 'year', 'type', 'source', 'unit', 'commune', 'uncovered', 'inactive', 'poverty', 'infrastructure'];

const T = {
  summary: { vi: 'Tổng hợp', en: 'Summary' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  value: { vi: 'Giá trị', en: 'Value' },
  year: { vi: 'Năm', en: 'Year' },
  fundsByYear: { vi: 'Kinh phí theo năm', en: 'Funds by year' },
  fundsByType: { vi: 'Hoạt động và kinh phí theo loại', en: 'Activities and funds by type' },
  fundsBySource: { vi: 'Kinh phí theo nguồn', en: 'Funds by source' },
  fundsByUnit: { vi: 'Kết quả theo đơn vị', en: 'Results by unit' },
  coverageByCommune: { vi: 'Kết nghĩa theo xã', en: 'Coverage by commune' },
  uncovered: { vi: 'Thôn chưa có đơn vị kết nghĩa', en: 'Villages without a partner unit' },
  inactive: { vi: 'Cặp kết nghĩa không có hoạt động trong kỳ', en: 'Pairings with no activity in the period' },
  yearsJudged: { vi: 'Các năm được xét', en: 'Years judged' },
  poverty: { vi: 'Hộ nghèo theo năm', en: 'Poor households by year' },
  infrastructure: { vi: 'Kết cấu hạ tầng, tổ chức (năm gần nhất)', en: 'Infrastructure and organisation (latest year)' },
  amount: { vi: 'Kinh phí (đồng)', en: 'Funds (VND)' },
  share: { vi: 'Tỷ lệ', en: 'Share' },
  count: { vi: 'Số hoạt động', en: 'Activities' },
  type: { vi: 'Loại hoạt động', en: 'Activity type' },
  source: { vi: 'Nguồn kinh phí', en: 'Funding source' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  villagesWorked: { vi: 'Số thôn', en: 'Villages' },
  district: { vi: 'Huyện', en: 'District' },
  commune: { vi: 'Xã', en: 'Commune' },
  village: { vi: 'Thôn/làng', en: 'Village' },
  villages: { vi: 'Số thôn', en: 'Villages' },
  covered: { vi: 'Đã kết nghĩa', en: 'Covered' },
  rate: { vi: 'Tỷ lệ', en: 'Rate' },
  extremelyDifficult: { vi: 'ĐBKK', en: 'Extremely difficult' },
  border: { vi: 'Biên giới', en: 'Border' },
  povertyRate: { vi: 'Tỷ lệ hộ nghèo', en: 'Poverty rate' },
  households: { vi: 'Số hộ', en: 'Households' },
  poor: { vi: 'Số hộ nghèo', en: 'Poor households' },
  total: { vi: 'Tổng cộng', en: 'Total' },
  yes: { vi: 'Số thôn có', en: 'Villages with' },
  of: { vi: 'Trên tổng số', en: 'Out of' },
  item: { vi: 'Hạng mục', en: 'Item' },
} as const;

export function statsTables(ind: Indicators, lang: Lang): Table[] {
  const l = (key: keyof typeof T) => T[key][lang];
  const vi = lang === 'vi';
  const yes = vi ? 'x' : 'yes';
  const tables: Table[] = [];

  tables.push({
    id: 'summary',
    title: `${l('summary')} (${formatVi(ind.period.from)} – ${formatVi(ind.period.to)})`,
    columns: [
      { header: l('indicator'), kind: 'text' },
      { header: l('value'), kind: 'int' },
    ],
    rows: [
      ...summaryLevelRows(ind, vi),
      [vi ? 'Số hoạt động trong kỳ' : 'Activities in the period', ind.activities.count],
      [vi ? 'Tiền mặt (đồng)' : 'Cash (VND)', money(ind.funds.cash)],
      [vi ? 'Hiện vật quy đổi (đồng)' : 'In kind (VND)', money(ind.funds.inKind)],
      [vi ? 'Tổng kinh phí (đồng)' : 'Total funds (VND)', money(ind.funds.total)],
      [vi ? 'Tỷ lệ hoạt động thăm hỏi, tặng quà' : 'Share of visits and gifts', pct(ind.activities.giftShare)],
      [vi ? 'Cặp kết nghĩa không có hoạt động' : 'Pairings with no activity', ind.activities.inactivePairings.length],
      ...(ind.poverty.first ? [[vi ? `Tỷ lệ hộ nghèo năm ${ind.poverty.first.year}` : `Poverty rate ${ind.poverty.first.year}`, pct(ind.poverty.first.rate)] as TableCell[]] : []),
      // One year of data: first and last are the same year, said once.
      ...(ind.poverty.last && ind.poverty.last.year !== ind.poverty.first?.year ? [[vi ? `Tỷ lệ hộ nghèo năm ${ind.poverty.last.year}` : `Poverty rate ${ind.poverty.last.year}`, pct(ind.poverty.last.rate)] as TableCell[]] : []),
    ],
  });

  tables.push({
    id: 'year',
    title: l('fundsByYear'),
    columns: [
      { header: l('year'), kind: 'year' },
      { header: l('amount'), kind: 'money' },
      { header: l('share'), kind: 'percent' },
    ],
    rows: Object.entries(ind.funds.byYear).map(([year, amount]) => [Number(year), amount, share(amount, ind.funds.total)]),
    total: [l('total'), ind.funds.total, ind.funds.total > 0 ? 1 : null],
  });

  tables.push({
    id: 'type',
    title: l('fundsByType'),
    columns: [
      { header: l('type'), kind: 'text' },
      { header: l('count'), kind: 'int' },
      { header: l('share'), kind: 'percent' },
      { header: l('amount'), kind: 'money' },
    ],
    rows: Object.entries(ind.activities.byType).map(([key, v]) => [activityTypeLabel(key, lang), v.count, share(v.count, ind.activities.count), v.funds]),
    total: [l('total'), ind.activities.count, ind.activities.count > 0 ? 1 : null, ind.funds.total],
  });

  tables.push({
    id: 'source',
    title: l('fundsBySource'),
    columns: [
      { header: l('source'), kind: 'text' },
      { header: l('amount'), kind: 'money' },
      { header: l('share'), kind: 'percent' },
    ],
    rows: Object.entries(ind.funds.bySource).map(([key, amount]) => [sourceLabel(key, lang), amount, share(amount, ind.funds.total)]),
    total: [l('total'), ind.funds.total, ind.funds.total > 0 ? 1 : null],
  });

  tables.push({
    id: 'unit',
    title: l('fundsByUnit'),
    columns: [
      { header: l('unit'), kind: 'text' },
      { header: l('count'), kind: 'int' },
      { header: l('villagesWorked'), kind: 'int' },
      { header: l('amount'), kind: 'money' },
    ],
    rows: ind.funds.byUnit.map((u) => [u.unit, u.activities, u.villages, u.total]),
    total: [l('total'), ind.activities.count, null, ind.funds.total],
  });

  const hasDistrict = ind.coverage.byCommune.some((c) => c.district);
  tables.push({
    id: 'commune',
    title: l('coverageByCommune'),
    columns: [
      ...(hasDistrict ? [{ header: l('district'), kind: 'text' as const }] : []),
      { header: l('commune'), kind: 'text' },
      { header: l('villages'), kind: 'int' },
      { header: l('covered'), kind: 'int' },
      { header: l('rate'), kind: 'percent' },
    ],
    rows: ind.coverage.byCommune.map((c) => [...(hasDistrict ? [c.district ?? ''] : []), c.commune, c.villages, c.covered, c.rate]),
    ...(ind.coverage.villages !== null
      ? { total: [...(hasDistrict ? [''] : []), l('total'), ind.coverage.villages, ind.coverage.covered, ind.coverage.rate] }
      : {}),
  });

  const uncoveredDistrict = ind.coverage.uncovered.some((u) => u.district);
  tables.push({
    id: 'uncovered',
    title: l('uncovered'),
    columns: [
      ...(uncoveredDistrict ? [{ header: l('district'), kind: 'text' as const }] : []),
      { header: l('commune'), kind: 'text' },
      { header: l('village'), kind: 'text' },
      { header: l('extremelyDifficult'), kind: 'text' },
      { header: l('border'), kind: 'text' },
      { header: l('povertyRate'), kind: 'percent' },
    ],
    rows: ind.coverage.uncovered.map((u) => [
      ...(uncoveredDistrict ? [u.district ?? ''] : []),
      u.commune,
      u.village,
      u.extremelyDifficult ? yes : '',
      u.border ? yes : '',
      u.povertyRate,
    ]),
  });

  tables.push({
    id: 'inactive',
    title: l('inactive'),
    columns: [
      { header: l('unit'), kind: 'text' },
      { header: l('commune'), kind: 'text' },
      { header: l('village'), kind: 'text' },
      { header: l('yearsJudged'), kind: 'text' },
    ],
    rows: ind.activities.inactivePairings.map((p) => [p.unit, p.commune, p.village, yearSpan(p.years)]),
  });

  tables.push({
    id: 'poverty',
    title: l('poverty'),
    columns: [
      { header: l('year'), kind: 'year' },
      { header: l('households'), kind: 'int' },
      { header: l('poor'), kind: 'int' },
      { header: l('povertyRate'), kind: 'percent' },
    ],
    rows: Object.entries(ind.poverty.byYear).map(([year, p]) => [Number(year), p.households, p.poor, p.rate]),
  });

  tables.push({
    id: 'infrastructure',
    title: l('infrastructure'),
    columns: [
      { header: l('item'), kind: 'text' },
      { header: l('yes'), kind: 'int' },
      { header: l('of'), kind: 'int' },
      { header: l('rate'), kind: 'percent' },
    ],
    rows: Object.entries(ind.infrastructure).map(([key, v]) => [villageFieldLabel(key, lang), v.yes, v.of, share(v.yes, v.of)]),
  });
  return tables;
}

const pct = (value: number | null): TableCell => ({ value, kind: 'percent' });
const money = (value: number): TableCell => ({ value, kind: 'money' });

function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** "2017–2020", "2019", "2017, 2019": the years an inactive pairing was judged over. */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  const contiguous = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  if (years.length === 1) return String(years[0]);
  return contiguous ? `${years[0]}–${years[years.length - 1]}` : years.join(', ');
}

/**
 * The summary's rows on villages, communes, districts and household pairs (SPEC §8): the village
 * rows as before when there is a village list or a village pairing, and the rows of each other
 * level only when that level is present — nothing is said about a level the data do not hold.
 */
function summaryLevelRows(ind: Indicators, vi: boolean): TableCell[][] {
  const rows: TableCell[][] = [];
  // Without a village list there is nothing to count villages from: no row says "0 thôn".
  const villageList = ind.coverage.villages !== null;
  const otherLevels = ind.coverage.communes.pairings > 0 || ind.activities.byLevel.commune.count > 0 || ind.coverage.districts !== undefined;
  if (villageList || !otherLevels) {
    rows.push(
      [vi ? 'Số thôn, làng' : 'Villages', ind.villages.total],
      [vi ? 'Số hộ' : 'Households', ind.villages.households],
      [vi ? 'Số nhân khẩu' : 'Population', ind.villages.population],
      [vi ? 'Thôn đặc biệt khó khăn' : 'Extremely difficult villages', ind.villages.extremelyDifficult],
      [vi ? 'Thôn biên giới' : 'Border villages', ind.villages.border],
      [vi ? 'Thôn đã có đơn vị kết nghĩa' : 'Villages with a partner unit', ind.coverage.covered],
      [vi ? 'Tỷ lệ thôn được kết nghĩa' : 'Coverage rate', pct(ind.coverage.rate)],
    );
  }
  if (villageList || !otherLevels || ind.coverage.pairings > 0) {
    rows.push(
      [vi ? 'Số đơn vị đang kết nghĩa' : 'Units in active pairings', ind.coverage.units],
      [vi ? 'Số cặp kết nghĩa đang hoạt động' : 'Active pairings', ind.coverage.pairings],
    );
  }
  const communes = ind.coverage.communes;
  if (communes.pairings > 0 || ind.activities.byLevel.commune.count > 0) {
    rows.push(
      ...(communes.communes !== null ? [[vi ? 'Số xã' : 'Communes', communes.communes] as TableCell[]] : []),
      [vi ? 'Xã đã có đơn vị kết nghĩa' : 'Communes with a partner unit', communes.covered],
      ...(communes.communes !== null ? [[vi ? 'Tỷ lệ xã được kết nghĩa' : 'Commune coverage rate', pct(communes.rate)] as TableCell[]] : []),
      [vi ? 'Số đơn vị kết nghĩa với xã' : 'Units paired with a commune', communes.units],
    );
  }
  const districts = ind.coverage.districts;
  if (districts) {
    rows.push(
      ...(districts.districts !== null ? [[vi ? 'Số huyện' : 'Districts', districts.districts] as TableCell[]] : []),
      [vi ? 'Huyện đã có đơn vị kết nghĩa' : 'Districts with a partner unit', districts.covered],
      [vi ? 'Số đơn vị kết nghĩa với huyện' : 'Units paired with a district', districts.units],
    );
  }
  const households = ind.households;
  if (households.pairs > 0) {
    rows.push(
      [vi ? 'Số cặp hộ kết nghĩa' : 'Household pairs', households.pairs],
      [vi ? 'Hộ nghèo được giúp đỡ' : 'Poor households helped', households.helpedPoor],
      [vi ? 'Hộ đã thoát nghèo trong kỳ' : 'Households out of poverty in the period', households.exited],
      [vi ? 'Tỷ lệ hộ thoát nghèo' : 'Exit rate', pct(households.exitRate)],
    );
  }
  return rows;
}
