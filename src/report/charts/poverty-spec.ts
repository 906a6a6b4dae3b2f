/**
 * The poverty chart: the rate of each year of the period as a bar with the rate and the
 * number of poor households above it, "chưa có số liệu" for a year without village rows,
 * and a dashed line where a new national poverty standard begins.
 */
import type { TopLevelSpec } from 'vega-lite';
import { formatInteger, formatPercent } from '../../format/vi.js';
import type { ChartData } from '../charts.js';
import { finite, nfc, sortYears } from './labels.js';
import { linearAxis, povertyDomainMax, tickValues, xYear } from './scales.js';
import { BAR_WIDTH, DARK, emptySpec, HEIGHT, NO_DATA_YEAR, WIDTH, base } from './style.js';

export function povertySpec(input: ChartData['povertyByYear'], title: string | undefined, standardChanges: readonly string[]): TopLevelSpec {
  const byYear = new Map<string, { rate: number; poor: number } | null>();
  for (const row of input) {
    const year = nfc(row.year.trim());
    if (!year) continue;
    byYear.set(year, row.rate === null ? null : { rate: finite(row.rate), poor: finite(row.poor) }); // last one wins
  }
  const years = sortYears([...byYear.keys()]);
  if ([...byYear.values()].every((v) => v === null)) return emptySpec(title);

  // "1.234 hộ nghèo" needs ~85 px; with many years the slot is narrower, so just "hộ".
  const poorUnit = years.length <= 6 ? 'hộ nghèo' : 'hộ';
  const rows = years.map((year) => {
    const value = byYear.get(year);
    // Two lines from the upper label's place, so the second ends above the axis.
    if (!value) return { year, rate: 0, rateText: NO_DATA_YEAR, poorText: '' };
    const { rate, poor } = value;
    return { year, rate, rateText: formatPercent(rate), poorText: `${formatInteger(poor)} ${poorUnit}` };
  });
  // A new poverty standard: a dashed line before its first year, labelled, so no eye compares across it.
  const changes = standardChanges.filter((y) => years.includes(y) && years.indexOf(y) > 0).map((year) => ({ year, label: `Chuẩn nghèo mới từ ${year}` }));
  const maxRate = Math.max(0, ...rows.map((r) => r.rate));

  return {
    ...base(WIDTH, HEIGHT, title),
    data: { values: rows },
    encoding: { x: xYear(years), y: { field: 'rate', type: 'quantitative' } },
    layer: [
      {
        mark: { type: 'bar', color: DARK, width: BAR_WIDTH },
        encoding: {
          y: {
            field: 'rate',
            type: 'quantitative',
            title: 'Tỷ lệ hộ nghèo (%)',
            // Room above the tallest bar for two label lines.
            ...linearAxis(povertyDomainMax(maxRate), 1e-3),
            axis: { format: '.1~%', ...tickValues(povertyDomainMax(maxRate), 1e-3) },
          },
        },
      },
      {
        mark: { type: 'text', baseline: 'bottom', dy: -17, fontWeight: 'bold', fontSize: 11, color: '#000000', lineBreak: '\n' },
        encoding: { text: { field: 'rateText', type: 'nominal' } },
      },
      {
        mark: { type: 'text', baseline: 'bottom', dy: -4, fontSize: 10, color: '#000000' },
        encoding: { text: { field: 'poorText', type: 'nominal' } },
      },
      ...(changes.length > 0
        ? [
            {
              data: { values: changes },
              mark: { type: 'rule', strokeDash: [5, 3], strokeWidth: 1.2, color: '#000000' },
              encoding: { x: { ...xYear(years), bandPosition: -0.1 }, y: { value: 0 }, y2: { value: HEIGHT } },
            },
            {
              data: { values: changes },
              mark: { type: 'text', align: 'left', baseline: 'top', dx: 3, dy: 2, fontSize: 10, fontStyle: 'italic', color: '#000000' },
              encoding: { x: { ...xYear(years), bandPosition: -0.1 }, y: { value: 0 }, text: { field: 'label', type: 'nominal' } },
            },
          ]
        : []),
    ],
  } as TopLevelSpec;
}
