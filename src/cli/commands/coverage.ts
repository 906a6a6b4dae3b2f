/** `ketnghia coverage`: villages without a partner, most needy first; coverage by commune; idle units and pairings. */
import chalk from 'chalk';
import type { Dataset } from '../../dataset/types.js';
import type { Lang } from '../../findings/finding.js';
import { formatInteger, integerIn, percentIn } from '../../format/vi.js';
import { computeIndicators, unitsWithoutPairing } from '../../indicators/compute.js';
import { statsTables } from '../../indicators/tables.js';
import type { Period } from '../../indicators/period.js';
import type { AreaPairing, CommuneCoverage, CommuneCoverageLevel, DistrictCoverageLevel, Indicators, InactivePairing, UncoveredVillage } from '../../indicators/types.js';
import { levelsPresent } from '../../indicators/levels.js';
import { formatVi } from '../../values/calendar.js';
import type { Io } from '../io.js';
import { prepare, type PrepareOptions, type RunNotes } from '../prepare.js';
import { renderTable } from '../print-tables.js';

export interface CoverageOptions extends PrepareOptions {
  readonly json?: boolean;
  readonly minActivities?: number;
}

export interface CoverageJson {
  period: { from: string; to: string };
  villages: number | null;
  covered: number;
  rate: number | null;
  uncovered: UncoveredVillage[];
  byCommune: CommuneCoverage[];
  /** null when no units sheet was given. */
  unitsWithoutPairing: Array<{ unit: string; level?: string; bloc?: string }> | null;
  inactivePairings: InactivePairing[];
  /** Warnings in the data, and what --allow-errors left out. */
  warnings?: number;
  leftOut?: RunNotes['leftOut'];
  /** SPEC §8, only when the data have commune pairings or a communes sheet. */
  communes?: CommuneCoverageLevel;
  /** SPEC §8, only when the data have district pairings. */
  districts?: DistrictCoverageLevel;
  /** SPEC §8: commune and district pairings with no activity in their area, when there are such pairings. */
  inactiveAreaPairings?: AreaPairing[];
}

export type CoverageResult = {
  readonly exitCode: 0 | 1;
  readonly coverage?: CoverageJson;
  readonly tablesFrom?: ReturnType<typeof computeIndicators>;
  /** The input had a villages sheet (coverage may still be null: no year of it up to the period's end). */
  readonly villageList?: boolean;
  /** Some pairing is with a village, or there are no pairings at all: the village sections are shown. */
  readonly villageLevel?: boolean;
};

export async function coverage(options: CoverageOptions, io: Io): Promise<CoverageResult> {
  const prepared = await prepare(options, io);
  if (!prepared.ok) return { exitCode: 1 };
  const ind = computeIndicators(prepared.dataset, prepared.period, { ...(options.minActivities ? { minActivities: options.minActivities } : {}), memo: prepared.memo });
  const json = coverageJson(ind, prepared.dataset, prepared.period, prepared.notes);
  const villageLevel = prepared.dataset.pairings.length === 0 || prepared.dataset.pairings.some((p) => p.targetLevel === 'village');
  return { exitCode: 0, coverage: json, tablesFrom: ind, villageList: prepared.dataset.present.villages, villageLevel };
}

/** `coverage --json` from the indicators and the data it was computed from (the web page builds it from `stats`'s). */
export function coverageJson(ind: Indicators, dataset: Dataset, period: Period, notes: RunNotes): CoverageJson {
  const present = levelsPresent(dataset);
  return {
    period: ind.period,
    villages: ind.coverage.villages,
    covered: ind.coverage.covered,
    rate: ind.coverage.rate,
    uncovered: [...ind.coverage.uncovered],
    byCommune: [...ind.coverage.byCommune],
    unitsWithoutPairing: dataset.present.units ? unitsWithoutPairing(dataset, period) : null,
    inactivePairings: [...ind.activities.inactivePairings],
    warnings: notes.warnings,
    ...(notes.leftOut ? { leftOut: notes.leftOut } : {}),
    ...(present.commune ? { communes: ind.coverage.communes } : {}),
    ...(ind.coverage.districts ? { districts: ind.coverage.districts } : {}),
    ...(present.commune || present.district ? { inactiveAreaPairings: [...ind.activities.inactiveAreaPairings] } : {}),
  };
}

export function printCoverage(result: CoverageResult, options: CoverageOptions, io: Io): void {
  const c = result.coverage;
  if (!c || !result.tablesFrom) return;
  if (options.json) {
    io.out(JSON.stringify(c, null, 2) + '\n');
    return;
  }
  const { lang } = options;
  // Nothing about villages when every pairing is with a whole commune or district (SPEC §8).
  if (result.villageLevel !== false) {
    io.out(headline(c, result.villageList === true, lang) + '\n\n');
    const tables = statsTables(result.tablesFrom, lang);
    for (const id of ['uncovered', 'commune', 'inactive'] as const) {
      if (id !== 'inactive' && c.villages === null) continue;
      io.out(renderTable(tables.find((t) => t.id === id)!, lang, io.isTTY) + '\n');
    }
  }
  if (c.communes) io.out(communeLines(c.communes, c.period.to, lang));
  if (c.districts) io.out(districtLines(c.districts, c.period.to, lang));
  if (c.inactiveAreaPairings) io.out(areaInactiveLines(c.inactiveAreaPairings, lang));
  if (c.unitsWithoutPairing !== null) {
    const word = result.villageLevel === false || c.communes || c.districts ? (lang === 'vi' ? 'địa bàn nào' : '') : lang === 'vi' ? 'thôn nào' : '';
    const title = lang === 'vi' ? `Đơn vị chưa kết nghĩa với ${word} (${c.unitsWithoutPairing.length})` : `Units without a pairing (${c.unitsWithoutPairing.length})`;
    io.out(chalk.bold(title) + '\n');
    for (const u of c.unitsWithoutPairing) io.out(`  - ${u.unit}\n`);
    if (c.unitsWithoutPairing.length === 0) io.out(lang === 'vi' ? '  (không có)\n' : '  (none)\n');
  }
}

function headline(c: CoverageJson, villageList: boolean, lang: Lang): string {
  const date = formatVi(c.period.to);
  if (c.villages === null && villageList) {
    const year = c.period.to.slice(0, 4);
    return lang === 'vi'
      ? `Danh sách thôn làng không có năm nào từ ${year} trở về trước: ${formatInteger(c.covered)} thôn có đơn vị kết nghĩa tại ngày ${date} (không tính được tỷ lệ).`
      : `The villages list has no year up to ${year}: ${integerIn(lang, c.covered)} villages have a partner unit on ${date} (no rate without the list).`;
  }
  if (c.villages === null) {
    return lang === 'vi'
      ? `Không có danh sách thôn làng: ${formatInteger(c.covered)} thôn có đơn vị kết nghĩa tại ngày ${date} (không tính được tỷ lệ).`
      : `No villages list: ${integerIn(lang, c.covered)} villages have a partner unit on ${date} (no rate without the list).`;
  }
  const rate = c.rate === null ? '–' : percentIn(lang, c.rate);
  const rest =
    c.uncovered.length === 0
      ? lang === 'vi' ? 'không còn thôn nào chưa có' : 'none is left without one'
      : lang === 'vi' ? `còn ${formatInteger(c.uncovered.length)} thôn chưa có (danh sách dưới đây, khó khăn nhất trước)` : `${integerIn(lang, c.uncovered.length)} have none (listed below, most needy first)`;
  return lang === 'vi'
    ? chalk.bold(`${formatInteger(c.covered)}/${formatInteger(c.villages)} thôn, làng (${rate}) có đơn vị kết nghĩa tại ngày ${date}; ${rest}.`)
    : chalk.bold(`${integerIn(lang, c.covered)}/${integerIn(lang, c.villages)} villages (${rate}) have a partner unit on ${date}; ${rest}.`);
}

/** Communes without a commune pairing, most needy first (SPEC §8). */
function communeLines(c: CommuneCoverageLevel, to: string, lang: Lang): string {
  const vi = lang === 'vi';
  const date = formatVi(to);
  if (c.communes === null) {
    return (vi ? `Không có danh sách xã: ${formatInteger(c.covered)} xã có đơn vị kết nghĩa tại ngày ${date}.` : `No communes list: ${integerIn(lang, c.covered)} communes have a partner unit on ${date}.`) + '\n\n';
  }
  const rate = c.rate === null ? '–' : percentIn(lang, c.rate);
  const lines = [
    chalk.bold(
      vi
        ? `${formatInteger(c.covered)}/${formatInteger(c.communes)} xã (${rate}) có đơn vị kết nghĩa cả xã tại ngày ${date}; ${c.uncovered.length === 0 ? 'không còn xã nào chưa có' : `còn ${formatInteger(c.uncovered.length)} xã chưa có (khó khăn nhất trước)`}:`
        : `${integerIn(lang, c.covered)}/${integerIn(lang, c.communes)} communes (${rate}) have a unit paired with the whole commune on ${date}; ${c.uncovered.length === 0 ? 'none is left without one' : `${integerIn(lang, c.uncovered.length)} have none (most needy first)`}:`,
    ),
  ];
  for (const u of c.uncovered) {
    const marks = [u.extremelyDifficult ? (vi ? 'ĐBKK' : 'extremely difficult') : '', u.border ? (vi ? 'biên giới' : 'border') : '', u.minorityCommune ? (vi ? 'thuần DTTS' : 'minority commune') : '', u.povertyRate !== null ? `${vi ? 'hộ nghèo' : 'poor'} ${percentIn(lang, u.povertyRate)}` : '']
      .filter(Boolean)
      .join(', ');
    lines.push(`  - ${u.commune}${u.district ? ` (${u.district})` : ''}${marks ? ` — ${marks}` : ''}`);
  }
  return lines.join('\n') + '\n\n';
}

function districtLines(d: DistrictCoverageLevel, to: string, lang: Lang): string {
  const vi = lang === 'vi';
  const date = formatVi(to);
  if (d.districts === null) return (vi ? `${formatInteger(d.covered)} huyện có đơn vị kết nghĩa cả huyện tại ngày ${date}.` : `${integerIn(lang, d.covered)} districts have a unit paired with the whole district on ${date}.`) + '\n\n';
  const head = vi
    ? `${formatInteger(d.covered)}/${formatInteger(d.districts)} huyện có đơn vị kết nghĩa cả huyện tại ngày ${date}${d.uncovered.length > 0 ? '; chưa có:' : '.'}`
    : `${integerIn(lang, d.covered)}/${integerIn(lang, d.districts)} districts have a unit paired with the whole district on ${date}${d.uncovered.length > 0 ? '; none for:' : '.'}`;
  return [chalk.bold(head), ...d.uncovered.map((u) => `  - ${u.district}`)].join('\n') + '\n\n';
}

/** Commune and district pairings with no activity in their area. */
function areaInactiveLines(list: readonly AreaPairing[], lang: Lang): string {
  const vi = lang === 'vi';
  const lines = [chalk.bold(vi ? `Cặp kết nghĩa với xã, huyện không có hoạt động trong kỳ (${list.length})` : `Commune and district pairings with no activity in the period (${list.length})`)];
  for (const p of list) lines.push(`  - ${p.unit}: ${p.targetLevel === 'commune' ? `${p.commune}${p.district ? ` (${p.district})` : ''}` : p.district}`);
  if (list.length === 0) lines.push(vi ? '  (không có)' : '  (none)');
  return lines.join('\n') + '\n\n';
}
