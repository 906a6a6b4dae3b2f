/**
 * The Vega-Lite specs: one builder per chart, and a framed "no data" box when a chart has
 * nothing to show. Pure functions of the data; vega-lite is only imported for its types.
 */
import type { TopLevelSpec } from 'vega-lite';
import { formatInteger, formatPercent } from '../../format/vi.js';
import type { ChartData, ChartId, ChartOptions } from '../charts.js';
import { finite, formatMillions, isOther, nfc, sortYears, wrapLabel } from './labels.js';
import { linearAxis, povertyDomainMax, tickValues, xYear } from './scales.js';
import { BAR_WIDTH, DARK, EMPTY_HEIGHT, HEIGHT, LABEL_WIDTH, LIGHT, NO_DATA, WIDTH, base } from './style.js';

/** The Vega-Lite spec for a chart; exported for debugging and tests. Pure, no heavy imports. */
export function chartSpec(id: ChartId, data: ChartData, options: ChartOptions = {}): TopLevelSpec {
  const title = options.title?.trim() ? nfc(options.title.trim()) : undefined;
  switch (id) {
    case 'funds-by-year':
      return fundsSpec(data.fundsByYear ?? [], title);
    case 'activities-by-type':
      return activitiesSpec(data.activitiesByType ?? [], title);
    case 'poverty-by-year':
      return povertySpec(data.povertyByYear ?? [], title, data.povertyStandardChanges ?? []);
    default: {
      const never: never = id;
      throw new Error(`Unknown chart: ${String(never)}`);
    }
  }
}

type Row = Record<string, string | number>;

/**
 * The label of a year the workbooks hold nothing for: never a 0 bar. On two lines, so that
 * several such years side by side (a tổng kết whose data begin late) do not run into each other.
 */
const NO_DATA_YEAR = 'chưa có\nsố liệu';

function fundsSpec(input: ChartData['fundsByYear'], title: string | undefined): TopLevelSpec {
  // Merge duplicate years, sort ascending, amounts in millions of đồng.
  const byYear = new Map<string, { cash: number; inKind: number }>();
  const missing = new Set<string>();
  for (const row of input) {
    const year = nfc(String(row.year ?? '').trim());
    if (!year) continue;
    if (row.cash === null && row.inKind === null) {
      missing.add(year);
      continue;
    }
    const entry = byYear.get(year) ?? { cash: 0, inKind: 0 };
    entry.cash += finite(row.cash);
    entry.inKind += finite(row.inKind);
    byYear.set(year, entry);
  }
  if (byYear.size === 0) return emptySpec(title);
  const years = sortYears([...new Set([...byYear.keys(), ...missing])]);

  const series = ['Tiền mặt', 'Hiện vật quy đổi'];
  const parts: Row[] = [];
  const totals: Row[] = [];
  const gaps: Row[] = [];
  for (const year of years) {
    if (!byYear.has(year)) {
      gaps.push({ year, total: 0, label: NO_DATA_YEAR });
      continue;
    }
    const { cash, inKind } = byYear.get(year)!;
    parts.push({ year, series: series[0]!, order: 0, value: cash / 1e6 });
    parts.push({ year, series: series[1]!, order: 1, value: inKind / 1e6 });
    const total = (cash + inKind) / 1e6;
    totals.push({ year, total, label: formatMillions(total) });
  }
  const maxTotal = Math.max(0, ...totals.map((t) => t.total as number));
  const fundsMax = Math.max(maxTotal * 1.12, 1); // all-zero years still get a 0–1 axis

  return {
    ...base(WIDTH, HEIGHT, title),
    layer: [
      {
        data: { values: parts },
        mark: { type: 'bar', stroke: '#000000', strokeWidth: 0.6, width: BAR_WIDTH },
        encoding: {
          x: xYear(years),
          y: {
            field: 'value',
            type: 'quantitative',
            stack: 'zero',
            title: 'Kinh phí (triệu đồng)',
            // Room above the tallest bar for its total label.
            ...linearAxis(fundsMax, 1e-3),
            axis: { format: ',~f', ...tickValues(fundsMax, 1e-3) },
          },
          color: {
            field: 'series',
            type: 'nominal',
            scale: { domain: series, range: [DARK, LIGHT] },
            legend: { title: null, orient: 'top', direction: 'horizontal', symbolType: 'square', symbolSize: 140, symbolStrokeColor: '#000000', symbolStrokeWidth: 0.6 },
          },
          order: { field: 'order', type: 'quantitative', sort: 'ascending' },
        },
      },
      {
        data: { values: totals },
        mark: { type: 'text', baseline: 'bottom', dy: -4, fontWeight: 'bold', fontSize: 11, color: '#000000' },
        encoding: {
          x: xYear(years),
          y: { field: 'total', type: 'quantitative' },
          text: { field: 'label', type: 'nominal' },
        },
      },
      // Vega sets a label's first line on the baseline and the next below it: lifted by a line.
      ...(gaps.length > 0
        ? [
            {
              data: { values: gaps },
              mark: { type: 'text', baseline: 'bottom', dy: -17, fontSize: 10, fontStyle: 'italic', color: '#000000', lineBreak: '\n' },
              encoding: { x: xYear(years), y: { field: 'total', type: 'quantitative' }, text: { field: 'label', type: 'nominal' } },
            },
          ]
        : []),
    ],
  } as TopLevelSpec;
}

function activitiesSpec(input: ChartData['activitiesByType'], title: string | undefined): TopLevelSpec {
  const byLabel = new Map<string, number>();
  for (const row of input) {
    const label = nfc(String(row.label ?? '').trim().replace(/\s+/g, ' '));
    if (!label) continue;
    byLabel.set(label, (byLabel.get(label) ?? 0) + finite(row.count));
  }
  // Most frequent first, "Khác" (other) last; ties keep the input order (sort is stable).
  const rows = [...byLabel.entries()]
    .map(([label, count]) => ({ label: wrapLabel(label, LABEL_WIDTH, 11), count, text: formatInteger(count), other: isOther(label) }))
    .sort((a, b) => Number(a.other) - Number(b.other) || b.count - a.count)
    .map(({ other: _other, ...row }) => row);
  if (rows.length === 0) return emptySpec(title);

  const maxCount = Math.max(0, ...rows.map((r) => r.count));
  const countMax = Math.max(maxCount * 1.12, 5);
  const maxLines = Math.max(1, ...rows.map((r) => r.label.split('\n').length));
  const rowHeight = 24 + 13 * (maxLines - 1);
  const height = Math.max(120, 70 + rows.length * rowHeight);
  const yAxis = {
    field: 'label',
    type: 'nominal',
    sort: rows.map((r) => r.label),
    title: null,
    axis: {
      labelLimit: LABEL_WIDTH + 20,
      labelExpr: "split(datum.value, '\\n')",
      labelLineHeight: 13,
      ticks: false,
      labelPadding: 6,
      domain: true,
    },
  };

  return {
    ...base(WIDTH, height, title),
    data: { values: rows },
    layer: [
      {
        mark: { type: 'bar', color: DARK, height: { expr: "min(bandwidth('y'), 24)" } },
        encoding: {
          y: yAxis,
          x: {
            field: 'count',
            type: 'quantitative',
            title: 'Số hoạt động',
            ...linearAxis(countMax, 1),
            axis: { format: ',~f', ...tickValues(countMax, 1) },
          },
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, fontWeight: 'bold', fontSize: 11, color: '#000000' },
        encoding: {
          y: yAxis,
          x: { field: 'count', type: 'quantitative' },
          text: { field: 'text', type: 'nominal' },
        },
      },
    ],
  } as TopLevelSpec;
}

function povertySpec(input: ChartData['povertyByYear'], title: string | undefined, standardChanges: readonly string[]): TopLevelSpec {
  const byYear = new Map<string, { rate: number; poor: number } | null>();
  for (const row of input) {
    const year = nfc(String(row.year ?? '').trim());
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

/** A small framed box that says "Không có số liệu". */
function emptySpec(title: string | undefined): TopLevelSpec {
  return {
    ...base(WIDTH, EMPTY_HEIGHT, title),
    data: { values: [{ text: NO_DATA }] },
    layer: [
      {
        mark: { type: 'rect', fill: null, stroke: '#9a9a9a', strokeWidth: 0.8 },
        encoding: { x: { value: 0 }, x2: { value: 'width' }, y: { value: 0 }, y2: { value: 'height' } },
      },
      {
        mark: { type: 'text', fontSize: 13, fontStyle: 'italic', color: '#000000' },
        encoding: { text: { field: 'text', type: 'nominal' } },
      },
    ],
  } as TopLevelSpec;
}
