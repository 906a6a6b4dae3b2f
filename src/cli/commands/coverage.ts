/** `ketnghia coverage`: villages without a partner, most needy first; coverage by commune; idle units and pairings. */
import chalk from 'chalk';
import type { Dataset } from '../../dataset/types.js';
import type { Lang } from '../../findings/finding.js';
import { formatInteger, integerIn, percentIn } from '../../format/vi.js';
import { computeIndicators, unitsWithoutPairing } from '../../indicators/compute.js';
import { statsTables } from '../../indicators/tables.js';
import type { Period } from '../../indicators/period.js';
import type { CommuneCoverage, Indicators, InactivePairing, UncoveredVillage } from '../../indicators/types.js';
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
}

export type CoverageResult = {
  readonly exitCode: 0 | 1;
  readonly coverage?: CoverageJson;
  readonly tablesFrom?: ReturnType<typeof computeIndicators>;
  /** The input had a villages sheet (coverage may still be null: no year of it up to the period's end). */
  readonly villageList?: boolean;
};

export async function coverage(options: CoverageOptions, io: Io): Promise<CoverageResult> {
  const prepared = await prepare(options, io);
  if (!prepared.ok) return { exitCode: 1 };
  const ind = computeIndicators(prepared.dataset, prepared.period, { ...(options.minActivities ? { minActivities: options.minActivities } : {}) });
  const json = coverageJson(ind, prepared.dataset, prepared.period, prepared.notes);
  return { exitCode: 0, coverage: json, tablesFrom: ind, villageList: prepared.dataset.present.villages };
}

/** `coverage --json` from the indicators and the data it was computed from (the web page builds it from `stats`'s). */
export function coverageJson(ind: Indicators, dataset: Dataset, period: Period, notes: RunNotes): CoverageJson {
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
  io.out(headline(c, result.villageList === true, lang) + '\n\n');
  const tables = statsTables(result.tablesFrom, lang);
  for (const id of ['uncovered', 'commune', 'inactive'] as const) {
    if (id !== 'inactive' && c.villages === null) continue;
    io.out(renderTable(tables.find((t) => t.id === id)!, lang, io.isTTY) + '\n');
  }
  if (c.unitsWithoutPairing !== null) {
    const title = lang === 'vi' ? `Đơn vị chưa kết nghĩa với thôn nào (${c.unitsWithoutPairing.length})` : `Units without a pairing (${c.unitsWithoutPairing.length})`;
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
