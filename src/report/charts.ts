/**
 * Charts for the review report (.docx): Vega-Lite spec → Vega SVG → PNG (resvg).
 *
 * The heavy libraries (vega, vega-lite, @resvg/resvg-js) are imported lazily inside
 * the render functions so that `ketnghia --help` and other commands never load them.
 *
 * Print conventions: white background, black text in DejaVu Sans (bundled, so the
 * Vietnamese diacritics render the same on every machine), grey shades that stay
 * distinguishable when photocopied, value labels on the bars, Vietnamese number format
 * (thousands '.', decimal ','). Label texts use the same formatters as the report's
 * tables (src/format/vi.ts) so a figure in a chart always matches the table beside it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { formatInteger, formatNumber, formatPercent } from '../format/vi.js';

/** A rendered chart. `width`/`height`: display size in px at 96 dpi; the PNG has RENDER_SCALE× as many pixels. */
export interface ChartImage {
  png: Buffer;
  width: number;
  height: number;
}

export type ChartId = 'funds-by-year' | 'activities-by-type' | 'poverty-by-year';

export interface ChartData {
  /** Amounts in đồng. */
  fundsByYear: Array<{ year: string; cash: number; inKind: number }>;
  /** Vietnamese labels, e.g. "Thăm hỏi, tặng quà". */
  activitiesByType: Array<{ label: string; count: number }>;
  /** rate 0..1, poor = number of poor households. */
  povertyByYear: Array<{ year: string; rate: number; poor: number }>;
}

export interface ChartOptions {
  /** Title printed above the chart (usually the caption is in the document text instead). */
  title?: string;
}

/** Pixels in the PNG per display pixel: 600 px wide at 96 dpi → 1800 px, i.e. 288 dpi in print. */
export const RENDER_SCALE = 3;

const FONT_FAMILY = 'DejaVu Sans';
const WIDTH = 600;
const HEIGHT = 340;
const EMPTY_HEIGHT = 120;
const NO_DATA = 'Không có số liệu';
/** Year bars take 65% of their slot but never more than 90 px, so one or two years don't give slabs. */
/** Activity labels wrap onto several lines beyond this width (px at 11 px type). */
const LABEL_WIDTH = 250;
const BAR_WIDTH = { expr: "min(bandwidth('x'), 90)" };

/** Greys: dark for the main series (labels in black above/after it), light for the second. */
const DARK = '#404040';
const LIGHT = '#c4c4c4';

/** Vega number locale: 1.234.567,8 */
const VI_NUMBER_LOCALE = {
  decimal: ',',
  thousands: '.',
  grouping: [3],
  currency: ['', ' đ'] as [string, string],
};

// ---------------------------------------------------------------------------
// Public API

/** Renders one chart to a PNG (RENDER_SCALE× the display size). Never throws on empty data. */
export async function renderChart(id: ChartId, data: ChartData, options: ChartOptions = {}): Promise<ChartImage> {
  const { svg, width, height } = await buildSvg(id, data, options);
  const { renderAsync } = await loadResvg();
  const rendered = await renderAsync(svg, {
    font: {
      fontFiles: fontFiles(),
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    fitTo: { mode: 'zoom', value: RENDER_SCALE },
    background: '#ffffff',
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  });
  return { png: rendered.asPng(), width, height };
}

/** The SVG stage of {@link renderChart} (same layout, vector form). */
export async function chartSvg(id: ChartId, data: ChartData, options: ChartOptions = {}): Promise<string> {
  return (await buildSvg(id, data, options)).svg;
}

/** The Vega-Lite spec for a chart; exported for debugging and tests. Pure, no heavy imports. */
export function chartSpec(id: ChartId, data: ChartData, options: ChartOptions = {}): TopLevelSpec {
  const title = options.title?.trim() ? nfc(options.title.trim()) : undefined;
  switch (id) {
    case 'funds-by-year':
      return fundsSpec(data.fundsByYear ?? [], title);
    case 'activities-by-type':
      return activitiesSpec(data.activitiesByType ?? [], title);
    case 'poverty-by-year':
      return povertySpec(data.povertyByYear ?? [], title);
    default: {
      const never: never = id;
      throw new Error(`Unknown chart: ${String(never)}`);
    }
  }
}

// ---------------------------------------------------------------------------
// Specs

type Row = Record<string, string | number>;

function fundsSpec(input: ChartData['fundsByYear'], title: string | undefined): TopLevelSpec {
  // Merge duplicate years, sort ascending, amounts in millions of đồng.
  const byYear = new Map<string, { cash: number; inKind: number }>();
  for (const row of input) {
    const year = nfc(String(row.year ?? '').trim());
    if (!year) continue;
    const entry = byYear.get(year) ?? { cash: 0, inKind: 0 };
    entry.cash += finite(row.cash);
    entry.inKind += finite(row.inKind);
    byYear.set(year, entry);
  }
  const years = sortYears([...byYear.keys()]);
  if (years.length === 0) return emptySpec(title);

  const series = ['Tiền mặt', 'Hiện vật quy đổi'];
  const parts: Row[] = [];
  const totals: Row[] = [];
  for (const year of years) {
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
  const rowHeight = 30 + 13 * (maxLines - 1);
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

function povertySpec(input: ChartData['povertyByYear'], title: string | undefined): TopLevelSpec {
  const byYear = new Map<string, { rate: number; poor: number }>();
  for (const row of input) {
    const year = nfc(String(row.year ?? '').trim());
    if (!year) continue;
    byYear.set(year, { rate: finite(row.rate), poor: finite(row.poor) }); // last one wins
  }
  const years = sortYears([...byYear.keys()]);
  if (years.length === 0) return emptySpec(title);

  // "1.234 hộ nghèo" needs ~85 px; with many years the slot is narrower, so just "hộ".
  const poorUnit = years.length <= 6 ? 'hộ nghèo' : 'hộ';
  const rows = years.map((year) => {
    const { rate, poor } = byYear.get(year)!;
    return { year, rate, rateText: formatPercent(rate), poorText: `${formatInteger(poor)} ${poorUnit}` };
  });
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
        mark: { type: 'text', baseline: 'bottom', dy: -17, fontWeight: 'bold', fontSize: 11, color: '#000000' },
        encoding: { text: { field: 'rateText', type: 'nominal' } },
      },
      {
        mark: { type: 'text', baseline: 'bottom', dy: -4, fontSize: 10, color: '#000000' },
        encoding: { text: { field: 'poorText', type: 'nominal' } },
      },
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

/** Shared top-level properties: fixed outer size, print styling, Vietnamese number locale. */
function base(width: number, height: number, title: string | undefined) {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width,
    height,
    autosize: { type: 'fit', contains: 'padding' },
    padding: { left: 10, right: 16, top: 12, bottom: 10 },
    background: '#ffffff',
    ...(title ? { title: { text: wrapLabel(title, width - 40, 13, true).split('\n') } } : {}),
    config: {
      // No ARIA descriptions: the SVG only feeds the PNG, and it keeps the markup lean.
      aria: false,
      font: FONT_FAMILY,
      locale: { number: VI_NUMBER_LOCALE },
      view: { stroke: null },
      bar: { continuousBandSize: 40 },
      scale: { bandPaddingInner: 0.35, bandPaddingOuter: 0.25 },
      axis: {
        labelFont: FONT_FAMILY,
        labelFontSize: 11,
        labelColor: '#000000',
        titleFont: FONT_FAMILY,
        titleFontSize: 11,
        titleFontWeight: 'normal',
        titleColor: '#000000',
        domainColor: '#000000',
        tickColor: '#000000',
        gridColor: '#d9d9d9',
        gridWidth: 0.6,
        labelOverlap: true,
      },
      axisX: { grid: false },
      axisBand: { labelAngle: 0, ticks: false, domain: true, grid: false, labelPadding: 6 },
      legend: {
        labelFont: FONT_FAMILY,
        labelFontSize: 11,
        labelColor: '#000000',
        columnPadding: 24,
      },
      text: { font: FONT_FAMILY },
      title: {
        font: FONT_FAMILY,
        fontSize: 13,
        fontWeight: 'bold',
        color: '#000000',
        anchor: 'middle',
        offset: 10,
      },
    },
  };
}

function xYear(years: string[]) {
  return {
    field: 'year',
    type: 'ordinal',
    sort: years,
    title: 'Năm',
    scale: { domain: years },
  };
}

// ---------------------------------------------------------------------------
// Rendering

interface Built {
  svg: string;
  width: number;
  height: number;
}

/** Chart builds run one at a time: vega's SVG id counters and text metrics are module-global. */
let buildQueue: Promise<unknown> = Promise.resolve();

function buildSvg(id: ChartId, data: ChartData, options: ChartOptions): Promise<Built> {
  const spec = chartSpec(id, data, options); // synchronous, so bad input fails fast
  const run = buildQueue.then(() => buildSvgNow(spec));
  buildQueue = run.catch(() => undefined);
  return run;
}

async function buildSvgNow(spec: TopLevelSpec): Promise<Built> {
  const [vega, vl] = await Promise.all([loadVega(), import('vega-lite')]);
  const compiled = vl.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.Error });
  try {
    // Clip and gradient ids are module-level counters in vega-scenegraph: reset them so
    // the same input gives byte-identical SVG (and PNG) however many charts came before.
    vega.resetSVGDefIds();
    const svg = await view.toSVG();
    return { svg, ...svgSize(svg) };
  } finally {
    view.finalize();
  }
}

/** The outer size from the `<svg width=".." height="..">` root (autosize "fit" makes it exact). */
function svgSize(svg: string): { width: number; height: number } {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const w = /\swidth="([\d.]+)"/.exec(root);
  const h = /\sheight="([\d.]+)"/.exec(root);
  if (!w || !h) throw new Error('vega produced an SVG without a size');
  return { width: Math.round(Number(w[1])), height: Math.round(Number(h[1])) };
}

type VegaModule = typeof import('vega');
let vegaPromise: Promise<VegaModule> | undefined;

/** Imports vega once and switches its text measurement to DejaVu Sans metrics. */
function loadVega(): Promise<VegaModule> {
  vegaPromise ??= import('vega').then((vega) => {
    // Without node-canvas, vega estimates every glyph as 0.8 em, far too wide for
    // layout. Measure with the advance widths of the font that resvg will draw with.
    const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics;
    metrics.width = measureText;
    return vega;
  });
  return vegaPromise;
}

type ResvgModule = typeof import('@resvg/resvg-js');
let resvgPromise: Promise<ResvgModule> | undefined;
function loadResvg(): Promise<ResvgModule> {
  resvgPromise ??= import('@resvg/resvg-js').then((m) => ((m as { renderAsync?: unknown }).renderAsync ? m : (m as unknown as { default: ResvgModule }).default));
  return resvgPromise;
}

// ---------------------------------------------------------------------------
// Fonts

let fontDir: string | undefined;
function fontFiles(): string[] {
  fontDir ??= join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf'), join(fontDir, 'DejaVuSans-Oblique.ttf')];
}

interface TextItem {
  fontSize?: number | string;
  fontWeight?: string | number;
}

interface FontMetrics {
  unitsPerEm: number;
  widths: Map<number, number>;
  advance(codePoint: number): number;
}

let regularMetrics: FontMetrics | undefined;
let boldMetrics: FontMetrics | undefined;

function measureText(item: TextItem, text: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const value = text == null ? '' : String(text).trim();
  if (size <= 0 || !value) return 0;
  const weight = item.fontWeight;
  const bold = weight === 'bold' || weight === 'bolder' || (typeof weight === 'number' && weight >= 600) || (typeof weight === 'string' && Number(weight) >= 600);
  const [regular, boldFile] = fontFiles();
  const metrics = bold ? (boldMetrics ??= parseFont(boldFile!)) : (regularMetrics ??= parseFont(regular!));
  let units = 0;
  for (const ch of value.normalize('NFC')) units += metrics.advance(ch.codePointAt(0)!);
  return (units * size) / metrics.unitsPerEm;
}

/** Minimal TrueType reader: unitsPerEm (head), advance widths (hhea/hmtx), BMP cmap (format 4). */
function parseFont(file: string): FontMetrics {
  const buf = readFileSync(file);
  const tables = new Map<string, number>();
  const numTables = buf.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    tables.set(buf.toString('latin1', rec, rec + 4), buf.readUInt32BE(rec + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`${file}: no ${tag} table`);
    return offset;
  };
  const unitsPerEm = buf.readUInt16BE(table('head') + 18);
  const numberOfHMetrics = buf.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advanceOf = (glyph: number): number => buf.readUInt16BE(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));

  // Unicode BMP subtable (3,1) or (0,x), format 4.
  const cmap = table('cmap');
  let sub = -1;
  for (let i = 0, n = buf.readUInt16BE(cmap + 2); i < n; i++) {
    const rec = cmap + 4 + 8 * i;
    const platform = buf.readUInt16BE(rec);
    const encoding = buf.readUInt16BE(rec + 2);
    const offset = cmap + buf.readUInt32BE(rec + 4);
    if (buf.readUInt16BE(offset) === 4 && ((platform === 3 && encoding === 1) || platform === 0)) {
      sub = offset;
      if (platform === 3) break;
    }
  }
  const glyphOf = (code: number): number => {
    if (sub < 0 || code > 0xffff) return 0;
    const segX2 = buf.readUInt16BE(sub + 6);
    const ends = sub + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const ranges = deltas + segX2;
    for (let s = 0; s < segX2; s += 2) {
      if (buf.readUInt16BE(ends + s) < code) continue;
      const start = buf.readUInt16BE(starts + s);
      if (start > code) return 0;
      const delta = buf.readUInt16BE(deltas + s);
      const rangeOffset = buf.readUInt16BE(ranges + s);
      if (rangeOffset === 0) return (code + delta) & 0xffff;
      const glyph = buf.readUInt16BE(ranges + s + rangeOffset + 2 * (code - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };

  const widths = new Map<number, number>();
  return {
    unitsPerEm,
    widths,
    advance(codePoint: number): number {
      let w = widths.get(codePoint);
      if (w === undefined) {
        w = advanceOf(glyphOf(codePoint));
        widths.set(codePoint, w);
      }
      return w;
    },
  };
}

// ---------------------------------------------------------------------------
// Helpers

/**
 * A round step (1, 2, 2,5 or 5 × 10^k, at least `minStep`) giving at most 7 intervals up to `max`,
 * and the axis end as a multiple of it. Computed here rather than by vega's `nice`, which does
 * not round an explicit domainMax, so the axis always ends on a labelled tick.
 */
function niceScale(max: number, minStep: number): { step: number; end: number } {
  const target = max > 0 && Number.isFinite(max) ? max : minStep * 5;
  const raw = target / 7;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  // 2.5 only where it stays a multiple of minStep (not for whole counts below 10).
  const multiples = magnitude >= 10 * minStep ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10];
  const step = Math.max(minStep, (multiples.find((m) => m * magnitude >= raw) ?? 10) * magnitude);
  return { step, end: Math.ceil(target / step - 1e-9) * step };
}

function linearTicks(max: number, minStep: number): number[] {
  const { step, end } = niceScale(max, minStep);
  const ticks: number[] = [];
  for (let i = 0; i * step <= end + step * 1e-9; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** Explicit ticks; tickCount too, or vega thins explicit values down to its default count. */
function tickValues(max: number, minStep: number) {
  const values = linearTicks(max, minStep);
  return { values, tickCount: values.length };
}

function linearAxis(max: number, minStep: number) {
  return { scale: { domain: [0, Number(niceScale(max, minStep).end.toPrecision(12))], nice: false, zero: true } };
}

/** Room for the two label lines above the tallest bar, without running past 100% for valid rates. */
function povertyDomainMax(maxRate: number): number {
  if (maxRate <= 0) return 0.1;
  return maxRate > 1 ? maxRate * 1.22 : Math.min(1, maxRate * 1.22);
}

function isOther(label: string): boolean {
  return /^(khác|các hoạt động khác|hoạt động khác)$/i.test(label);
}

function nfc(text: string): string {
  return text.normalize('NFC');
}

function finite(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : 0;
}

/** Years ascending, numerically when they are numbers ("2019" < "2020", "2020-2021" after "2020"). */
function sortYears(years: string[]): string[] {
  return [...years].sort((a, b) => {
    const na = Number.parseFloat(a);
    const nb = Number.parseFloat(b);
    if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

/** Millions of đồng for a bar label: whole millions when ≥ 100, else up to one decimal ("12,5"). */
/**
 * Word-wraps a label to lines of at most `maxWidth` px (DejaVu Sans metrics), joined with "\n";
 * the axis splits them again. A single word longer than the width stays whole (the axis truncates it).
 */
function wrapLabel(label: string, maxWidth: number, fontSize: number, bold = false): string {
  const item = { fontSize, fontWeight: bold ? 'bold' : 'normal' };
  if (measureText(item, label) <= maxWidth) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measureText(item, candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function formatMillions(value: number): string {
  return Math.abs(value) >= 100 ? formatInteger(value) : formatNumber(value, 1);
}
