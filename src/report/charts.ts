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
import type { TopLevelSpec } from 'vega-lite';
import { FONT_FAMILY, fontFiles, measureText, type TextItem } from './charts/fonts.js';
import { chartSpec } from './charts/specs.js';

/** A rendered chart. `width`/`height`: display size in px at 96 dpi; the PNG has RENDER_SCALE× as many pixels. */
export interface ChartImage {
  png: Buffer;
  width: number;
  height: number;
}

export type ChartId = 'funds-by-year' | 'activities-by-type' | 'poverty-by-year';

export interface ChartData {
  /** Amounts in đồng; null for a year without data ("chưa có số liệu", never a 0 bar). */
  fundsByYear: ReadonlyArray<{ year: string; cash: number | null; inKind: number | null }>;
  /** Vietnamese labels, e.g. "Thăm hỏi, tặng quà". */
  activitiesByType: ReadonlyArray<{ label: string; count: number }>;
  /** rate 0..1, poor = number of poor households. */
  povertyByYear: ReadonlyArray<{ year: string; rate: number | null; poor: number | null }>;
  /** Years a new poverty standard took effect inside the chart: marked with a dashed line. */
  povertyStandardChanges?: readonly string[];
}

export interface ChartOptions {
  /** Title printed above the chart (usually the caption is in the document text instead). */
  title?: string;
}

/** Pixels in the PNG per display pixel: 600 px wide at 96 dpi → 1800 px, i.e. 288 dpi in print. */
export const RENDER_SCALE = 3;

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

/** The Vega-Lite spec builders live in charts/specs.ts (pure, no heavy imports). */
export { chartSpec };

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
