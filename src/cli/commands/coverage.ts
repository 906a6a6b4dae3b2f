/** `ketnghia coverage`, the face of app/coverage.ts: villages without a partner, most needy first; coverage by commune; idle units and pairings. */
import chalk from 'chalk';
import type { Lang } from '../../findings/finding.js';
import { integerIn, percentIn } from '../../format/vi.js';
import { COVERAGE } from '../../messages/coverage.js';
import { render } from '../../messages/render.js';
import { statsTables } from '../../words/stats-tables.js';
import type { AreaPairing, CommuneCoverageLevel, DistrictCoverageLevel, Indicators } from '../../indicators/types.js';
import { coverage as run, type CoverageJson } from '../../app/coverage.js';
import { formatVi } from '../../values/calendar.js';
import type { Io } from '../io.js';
import { runData, type DataOptions } from '../data-options.js';
import { printPrepared } from '../print-prepared.js';
import { renderTable } from '../print-tables.js';
import { sayVillage, withVillageTerm } from '../../words/village-term.js';

export type { CoverageJson };

export interface CoverageOptions extends DataOptions {
  /** The config's word for a village, in the headline and the tables' labels. */
  readonly villageTerm?: string;
}

export type CoverageResult = {
  readonly exitCode: 0 | 1;
  readonly coverage?: CoverageJson;
  readonly tablesFrom?: Indicators;
  readonly villageList?: boolean;
  readonly villageLevel?: boolean;
};

export async function coverage(options: CoverageOptions, io: Io): Promise<CoverageResult> {
  const result = await runData(options, io, run);
  await printPrepared(result.prepared, options, io);
  if (!result.ok) return { exitCode: 1 };
  return { exitCode: 0, coverage: result.coverage, tablesFrom: result.indicators, villageList: result.villageList, villageLevel: result.villageLevel };
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
    io.out(sayVillage(headline(c, result.villageList === true, lang), options.villageTerm, lang) + '\n\n');
    const tables = statsTables(result.tablesFrom, lang).map((t) => withVillageTerm(t, options.villageTerm, lang));
    for (const id of ['uncovered', 'commune', 'inactive'] as const) {
      if (id !== 'inactive' && c.villages === null) continue;
      io.out(renderTable(tables.find((t) => t.id === id)!, lang, io.isTTY) + '\n');
    }
  }
  if (c.communes) io.out(communeLines(c.communes, c.period.to, lang));
  if (c.districts) io.out(districtLines(c.districts, c.period.to, lang));
  if (c.inactiveAreaPairings) io.out(areaInactiveLines(c.inactiveAreaPairings, lang));
  if (c.unitsWithoutPairing !== null) {
    const title = result.villageLevel === false || c.communes || c.districts ? COVERAGE.unitsWithoutArea : COVERAGE.unitsWithoutVillage;
    io.out(chalk.bold(sayVillage(render(lang, title, { count: c.unitsWithoutPairing.length, date: formatVi(c.period.to) }), options.villageTerm, lang)) + '\n');
    for (const u of c.unitsWithoutPairing) {
      const state = u.ended ? render(lang, COVERAGE.unitEnded, { date: formatVi(u.ended) }) : render(lang, COVERAGE.unitNeverPaired);
      io.out(`  - ${u.unit} — ${state}\n`);
    }
    if (c.unitsWithoutPairing.length === 0) io.out(render(lang, COVERAGE.none) + '\n');
  }
}

function headline(c: CoverageJson, villageList: boolean, lang: Lang): string {
  const date = formatVi(c.period.to);
  const n = (x: number) => integerIn(lang, x);
  if (c.villages === null && villageList) return render(lang, COVERAGE.noYearOfList, { year: c.period.to.slice(0, 4), covered: n(c.covered), date });
  if (c.villages === null) return render(lang, COVERAGE.noVillageList, { covered: n(c.covered), date });
  const rate = c.rate === null ? '–' : percentIn(lang, c.rate);
  const rest = c.uncovered.length === 0 ? render(lang, COVERAGE.noVillageLeft) : render(lang, COVERAGE.villagesLeft, { count: n(c.uncovered.length) });
  return chalk.bold(render(lang, COVERAGE.villages, { covered: n(c.covered), villages: n(c.villages), rate, date, rest }));
}

/** Communes without a commune pairing, most needy first (SPEC §8). */
function communeLines(c: CommuneCoverageLevel, to: string, lang: Lang): string {
  const date = formatVi(to);
  const n = (x: number) => integerIn(lang, x);
  if (c.communes === null) return render(lang, COVERAGE.noCommuneList, { covered: n(c.covered), date }) + '\n\n';
  const rate = c.rate === null ? '–' : percentIn(lang, c.rate);
  const rest = c.uncovered.length === 0 ? render(lang, COVERAGE.noCommuneLeft) : render(lang, COVERAGE.communesLeft, { count: n(c.uncovered.length) });
  const lines = [chalk.bold(render(lang, COVERAGE.communes, { covered: n(c.covered), communes: n(c.communes), rate, date, rest }))];
  for (const u of c.uncovered) {
    const marks = [
      u.extremelyDifficult ? render(lang, COVERAGE.extremelyDifficult) : '',
      u.border ? render(lang, COVERAGE.border) : '',
      u.minorityCommune ? render(lang, COVERAGE.minorityCommune) : '',
      u.povertyRate !== null ? render(lang, COVERAGE.poor, { rate: percentIn(lang, u.povertyRate) }) : '',
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`  - ${u.commune}${u.district ? ` (${u.district})` : ''}${marks ? ` — ${marks}` : ''}`);
  }
  return lines.join('\n') + '\n\n';
}

function districtLines(d: DistrictCoverageLevel, to: string, lang: Lang): string {
  const date = formatVi(to);
  const n = (x: number) => integerIn(lang, x);
  if (d.districts === null) return render(lang, COVERAGE.noDistrictList, { covered: n(d.covered), date }) + '\n\n';
  const rest = d.uncovered.length > 0 ? render(lang, COVERAGE.districtsLeft) : '.';
  const head = render(lang, COVERAGE.districts, { covered: n(d.covered), districts: n(d.districts), date, rest });
  return [chalk.bold(head), ...d.uncovered.map((u) => `  - ${u.district}`)].join('\n') + '\n\n';
}

/** Commune and district pairings with no activity in their area. */
function areaInactiveLines(list: readonly AreaPairing[], lang: Lang): string {
  const lines = [chalk.bold(render(lang, COVERAGE.areaInactive, { count: list.length }))];
  for (const p of list) lines.push(`  - ${p.unit}: ${p.targetLevel === 'commune' ? `${p.commune}${p.district ? ` (${p.district})` : ''}` : p.district}`);
  if (list.length === 0) lines.push(render(lang, COVERAGE.none));
  return lines.join('\n') + '\n\n';
}
