/**
 * The Vega-Lite specs: one builder per chart (funds and activities here, poverty in
 * poverty-spec.ts), and a framed "no data" box when a chart has nothing to show. Pure
 * functions of the typed chart data; vega-lite is only imported for its types.
 */
import type { TopLevelSpec } from 'vega-lite';
import { formatInteger } from '../../format/vi.js';
import type { ChartData, ChartId, ChartOptions } from '../charts.js';
import { finite, formatMillions, isOther, nfc, sortYears, wrapLabel } from './labels.js';
import { povertySpec } from './poverty-spec.js';
import { linearAxis, tickValues, xYear } from './scales.js';
import { BAR_WIDTH, DARK, emptySpec, HEIGHT, LABEL_WIDTH, LIGHT, NO_DATA_YEAR, WIDTH, base } from './style.js';

/** The Vega-Lite spec for a chart; exported for debugging and tests. Pure, no heavy imports. */
export function chartSpec(id: ChartId, data: ChartData, options: ChartOptions = {}): TopLevelSpec {
  const title = options.title?.trim() ? nfc(options.title.trim()) : undefined;
  switch (id) {
    case 'funds-by-year':
      return fundsSpec(data.fundsByYear, title);
    case 'activities-by-type':
      return activitiesSpec(data.activitiesByType, title);
    case 'poverty-by-year':
      return povertySpec(data.povertyByYear, title, data.povertyStandardChanges ?? []);
    default: {
      const never: never = id;
      throw new Error(`Unknown chart: ${String(never)}`);
    }
  }
}

type Row = Record<string, string | number>;

function fundsSpec(input: ChartData['fundsByYear'], title: string | undefined): TopLevelSpec {
  // Merge duplicate years, sort ascending, amounts in millions of đồng.
  const byYear = new Map<string, { cash: number; inKind: number }>();
  const missing = new Set<string>();
  for (const row of input) {
    const year = nfc(row.year.trim());
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
    const label = nfc(row.label.trim().replace(/\s+/g, ' '));
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
