/**
 * The indicators as worded tables: one definition that the terminal printer, the page and
 * the `--xlsx` export all render, so a figure reads the same everywhere. Words, so it sits
 * with the words both faces render; the tables' shape is in model/table.ts.
 * (A little over 250 lines: every `--by` table is defined here, side by side, so that the
 * set of tables reads as one list.)
 */
import type { Lang } from '../findings/finding.js';
import { activityTypeLabel, sourceLabel, villageFieldLabel } from '../labels/labels.js';
import { render } from '../messages/render.js';
import { STATS_SUMMARY as S, STATS_WORDS as T } from '../messages/stats.js';
import { formatVi } from '../values/calendar.js';
import type { Indicators } from '../indicators/types.js';
import type { Table, TableCell } from '../model/table.js';
import { rate } from '../values/rate.js';
import { yearRanges } from '../format/years.js';


export function statsTables(ind: Indicators, lang: Lang): Table[] {
  const l = (key: keyof typeof T) => render(lang, T[key]);
  const yes = render(lang, T.yesMark);
  const tables: Table[] = [];

  tables.push({
    id: 'summary',
    title: `${l('summary')} (${formatVi(ind.period.from)} – ${formatVi(ind.period.to)})`,
    columns: [
      { header: l('indicator'), kind: 'text' },
      { header: l('value'), kind: 'int' },
    ],
    rows: [
      ...summaryLevelRows(ind, lang),
      [render(lang, S.activitiesPeriod), ind.activities.count],
      [render(lang, S.cashVND), money(ind.funds.cash)],
      [render(lang, S.kindVND), money(ind.funds.inKind)],
      [render(lang, S.totalFundsVND), money(ind.funds.total)],
      [render(lang, S.shareVisitsAndGifts), pct(ind.activities.giftShare)],
      [render(lang, S.pairingsNoActivity), ind.activities.inactivePairings.length],
      ...(ind.poverty.first ? [[render(lang, S.povertyRateYear, { year: ind.poverty.first.year }), pct(ind.poverty.first.rate)] as TableCell[]] : []),
      // One year of data: first and last are the same year, said once.
      ...(ind.poverty.last && ind.poverty.last.year !== ind.poverty.first?.year ? [[render(lang, S.povertyRateYear, { year: ind.poverty.last.year }), pct(ind.poverty.last.rate)] as TableCell[]] : []),
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
    rows: ind.activities.inactivePairings.map((p) => [p.unit, p.commune, p.village, yearRanges(p.years)]),
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

/** A share of a total: the one rate (values/rate.ts). */
const share = rate;


/**
 * The summary's rows on villages, communes, districts and household pairs (SPEC §8): the village
 * rows as before when there is a village list or a village pairing, and the rows of each other
 * level only when that level is present — nothing is said about a level the data do not hold.
 */
function summaryLevelRows(ind: Indicators, lang: Lang): TableCell[][] {
  const rows: TableCell[][] = [];
  // Without a village list there is nothing to count villages from: no row says "0 thôn".
  const villageList = ind.coverage.villages !== null;
  const otherLevels = ind.coverage.communes.pairings > 0 || ind.activities.byLevel.commune.count > 0 || ind.coverage.districts !== undefined;
  if (villageList || !otherLevels) {
    rows.push(
      [render(lang, S.villages), ind.villages.total],
      [render(lang, S.households), ind.villages.households],
      [render(lang, S.population), ind.villages.population],
      [render(lang, S.extremelyDifficultVillages), ind.villages.extremelyDifficult],
      [render(lang, S.borderVillages), ind.villages.border],
      [render(lang, S.villagesPartnerUnit), ind.coverage.covered],
      [render(lang, S.coverageRate), pct(ind.coverage.rate)],
    );
  }
  if (villageList || !otherLevels || ind.coverage.pairings > 0) {
    rows.push(
      [render(lang, S.unitsActivePairings), ind.coverage.units],
      [render(lang, S.activePairings), ind.coverage.pairings],
    );
  }
  const communes = ind.coverage.communes;
  if (communes.pairings > 0 || ind.activities.byLevel.commune.count > 0) {
    rows.push(
      ...(communes.communes !== null ? [[render(lang, S.communes), communes.communes] as TableCell[]] : []),
      [render(lang, S.communesPartnerUnit), communes.covered],
      ...(communes.communes !== null ? [[render(lang, S.communeCoverageRate), pct(communes.rate)] as TableCell[]] : []),
      [render(lang, S.unitsPairedCommune), communes.units],
    );
  }
  const districts = ind.coverage.districts;
  if (districts) {
    rows.push(
      ...(districts.districts !== null ? [[render(lang, S.districts), districts.districts] as TableCell[]] : []),
      [render(lang, S.districtsPartnerUnit), districts.covered],
      [render(lang, S.unitsPairedDistrict), districts.units],
    );
  }
  const households = ind.households;
  if (households.pairs > 0) {
    rows.push(
      [render(lang, S.householdPairs), households.pairs],
      [render(lang, S.poorHouseholdsHelped), households.helpedPoor],
      [render(lang, S.householdsOutPovertyPeriod), households.exited],
      [render(lang, S.exitRate), pct(households.exitRate)],
    );
  }
  return rows;
}
