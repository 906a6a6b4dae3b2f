/**
 * Context → .docx file: render the template to markup (noting the placeholders it leaves),
 * draw the charts the markup asks for, build the document, write it atomically.
 */
import { CodedUsageError } from '../errors.js';
import { writeAtomic } from '../util/write.js';
import { buildDocument, documentBytes } from './build/index.js';
import type { ChartData, ChartId, ChartImage } from './charts.js';
import type { ReportContext, ReportKind } from './context.js';
import { layoutFor, type DocumentStyle } from './layout.js';
import { MarkupError, parseMarkup, type Block } from './markup.js';
import { renderMarkup } from './render.js';
import { TEMPLATE_ERRORS } from '../messages/report.js';
import type { Placeholder } from '../messages/fields.js';

export interface ReportRenderOptions {
  readonly kind: ReportKind;
  readonly output: string;
  readonly style: DocumentStyle;
  readonly template?: string;
}

/** The template's output, and the places in it the office must still write. */
export interface ComposedReport {
  readonly markup: string;
  readonly placeholders: readonly Placeholder[];
}

const CHART_IDS: readonly ChartId[] = ['funds-by-year', 'activities-by-type', 'poverty-by-year'];

export async function composeReport(context: ReportContext, options: Omit<ReportRenderOptions, 'output'>): Promise<ComposedReport> {
  const placeholders: Placeholder[] = [];
  const markup = await renderMarkup(context, { ...options, onPlaceholder: (p) => placeholders.push(p) });
  return { markup, placeholders };
}

/** The document's bytes from composed markup, without writing: what tests look at. */
export async function reportBytes(composed: ComposedReport, context: ReportContext, options: Omit<ReportRenderOptions, 'output'>): Promise<Buffer> {
  const { markup } = composed;
  let blocks: Block[];
  try {
    blocks = parseMarkup(markup);
  } catch (error) {
    throw markupError(error, markup);
  }
  const charts = await drawCharts(blocks, context);
  try {
    const document = buildDocument(blocks, { layout: layoutFor(options.style), charts, title: 'Báo cáo', creator: context.document.issuingBody });
    return await documentBytes(document);
  } catch (error) {
    throw markupError(error, markup);
  }
}

/** Writes the report; composed markup given is used as is (the CLI composes first to check for placeholders). */
export async function renderReport(context: ReportContext, options: ReportRenderOptions, composed?: ComposedReport): Promise<ComposedReport> {
  const done = composed ?? (await composeReport(context, options));
  await writeAtomic(options.output, await reportBytes(done, context, options));
  return done;
}

async function drawCharts(blocks: readonly Block[], context: ReportContext): Promise<Map<string, ChartImage>> {
  const wanted = new Set(blocks.flatMap((b) => (b.type === 'chart' ? [b.id] : [])));
  const charts = new Map<string, ChartImage>();
  if (wanted.size === 0) return charts;
  const { renderChart } = await import('./charts.js');
  const data = chartData(context);
  for (const id of CHART_IDS) if (wanted.has(id)) charts.set(id, await renderChart(id, data));
  return charts;
}

/** The charts' data as a report context holds it (the page draws the same charts). */
export function chartData(context: ReportContext): ChartData {
  const { funds, activities, poverty } = context;
  return {
    fundsByYear: funds.years.map((y) => ({ year: y.year, cash: y.cash, inKind: y.inKind })),
    activitiesByType: activities.types.map((t) => ({ label: t.label, count: t.count })),
    povertyByYear: poverty.years.map((p) => ({ year: String(p.year), rate: p.rate, poor: p.poor })),
    povertyStandardChanges: poverty.standardChanges.map(String),
  };
}

/** A markup mistake names the rendered line, so the template author can find it. */
function markupError(error: unknown, markup: string): Error {
  if (!(error instanceof MarkupError)) return error as Error;
  const text = markup.split(/\r?\n/)[error.line - 1]?.trim() ?? '';
  return new CodedUsageError(TEMPLATE_ERRORS.markup, { line: error.line, text, message: error.message });
}
