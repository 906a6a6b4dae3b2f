/**
 * The page's steps, each a call to a use case of app/ (validate, stats and coverage, report,
 * fix, annotate) with the uploads folder as the working folder: the typed results and coded
 * notes come back, and are worded here for the page. The JSON the CLI prints with --json is
 * built by the same functions (words/), so the page's figures are the CLI's.
 */
import { columnDecimals } from '../format/columns.js';
import { mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Config } from '../config/schema.js';
import type { CrossOptions } from '../checks/cross.js';
import type { Dataset } from '../model/types.js';
import type { ChartData, ChartId } from '../report/charts.js';
import { writeAtomic } from '../util/write.js';
import type { Progress } from '../dataset/load.js';
import { CATALOGUE } from '../findings/catalogue.js';
import { messageOf, suggestionText } from '../findings/finding.js';
import { statsTables } from '../words/stats-tables.js';
import type { Table } from '../model/table.js';
import type { Indicators } from '../indicators/types.js';
import type { ReportKind } from '../report/context.js';
import { dataRequest, type DataRequest } from '../app/request.js';
import { resolvePeriod } from '../app/period.js';
import { coverageOf } from '../app/coverage.js';
import { countParts, summaryLine } from '../words/counts.js';
import { formatCell } from '../words/cells.js';
import { statsJson } from '../words/stats-json.js';
import { withVillageTerm } from '../words/village-term.js';
import { validateJson } from '../words/validate-json.js';
import { formatVi, localToday } from '../values/calendar.js';
import { MESSAGES, PageError } from './text.js';
import { runNotes, skippedNote, whyStopped } from './notes.js';
import { inFormWords } from './form-fields.js';
import { walkOrder, type Session } from './session.js';
import { zipFolders } from './zip.js';

export interface JobContext {
  readonly session: Session;
  /** Limit on a workbook's uncompressed content (the CLI's --max-size). */
  readonly maxSize?: number;
  readonly config: Config;
  readonly checks: CrossOptions;
}

/**
 * The request of a step through the one options builder (app/request.ts), as the CLI's: the
 * config's thresholds and poverty standards count here as they do in `ketnghia stats`.
 */
function requestOf(ctx: JobContext, period: FiguresRequest, onProgress: (p: Progress) => void, skipped: string[], cwd = ctx.session.uploadDir): DataRequest {
  return dataRequest({
    inputs: cwd === ctx.session.uploadDir ? ctx.session.files : ctx.session.files.map((f) => resolve(ctx.session.uploadDir, f)),
    cwd,
    config: { config: ctx.config, checks: ctx.checks },
    period: { ...(period.from !== undefined ? { from: period.from } : {}), ...(period.to !== undefined ? { to: period.to } : {}) },
    allowErrors: period.allowErrors === true,
    skipped: ctx.session.skipped,
    ...(ctx.maxSize !== undefined ? { maxSize: ctx.maxSize } : {}),
    hooks: { onProgress, onSkip: (files) => skipped.push(skippedNote(files.map((f) => f.file))) },
  });
}

export async function check(ctx: JobContext, onProgress: (p: Progress) => void) {
  const { session } = ctx;
  if (session.files.length === 0) throw new PageError(400, MESSAGES.noFiles);
  const { validate } = await import('../app/validate.js');
  session.files.sort(walkOrder);
  const request = requestOf(ctx, {}, onProgress, []);
  const result = await validate({ inputs: request.inputs, cwd: request.cwd, settings: request.settings, ...(request.maxSize !== undefined ? { maxSize: request.maxSize } : {}), ...(request.skipped ? { skipped: request.skipped } : {}), hooks: { onProgress } });
  const { load } = result;
  session.lastLoad = load;
  const json = validateJson(result, 'vi');
  const period = resolvePeriod({ asked: undefined, dataset: load.dataset, today: localToday() });
  return {
    valid: result.valid,
    verdict: result.valid ? 'Không có lỗi' : 'Có lỗi',
    summary: summaryLine(load, 'vi'),
    validate: json,
    /** The readable suggestion of each issue ("có phải là …?"), in the order of validate.issues. */
    hints: load.findings.map((f) => suggestionText(f, 'vi') ?? ''),
    /** What each code found means, for the code filter ("ô bắt buộc để trống"). */
    codes: Object.fromEntries([...new Set(load.findings.map((f) => f.code))].map((code) => [code, CATALOGUE[code].title.vi])),
    files: load.files.map((file) => {
      const refusal = load.findings.find((f) => f.file === file.file && f.sheet === undefined && f.severity === 'error');
      return {
        file: file.file,
        read: file.read && refusal?.code !== 'no-known-sheet',
        ...(refusal ? { reason: messageOf(refusal, 'vi') } : {}),
        sheets: load.sheets.filter((s) => s.file === file.file).map((s) => ({ sheet: s.sheet, rows: s.counts.rows, counts: countParts(s.counts, 'vi'), ...(s.hidden ? { hidden: true } : {}) })),
        ignoredSheets: file.ignoredSheets,
      };
    }),
    dataPeriod: { from: period.from.slice(0, 4), to: period.to.slice(0, 4) },
  };
}

export interface FiguresRequest {
  readonly from?: string;
  readonly to?: string;
  readonly allowErrors?: boolean;
}

/** `stats` on the uploads; `coverage --json` is built from the same run (one read of the files). */
export async function figures(ctx: JobContext, request: FiguresRequest, onProgress: (p: Progress) => void) {
  const { session } = ctx;
  if (session.files.length === 0) throw new PageError(400, MESSAGES.noFiles);
  const { stats } = await import('../app/stats.js');
  const skipped: string[] = [];
  const result = await stats(requestOf(ctx, request, onProgress, skipped));
  if (!result.ok) throw new PageError(422, whyStopped(result.prepared));
  const { indicators, dataset, notes: run } = result;
  const c = coverageOf(indicators, dataset, result.prepared.period, run);
  const { submissions } = indicators;
  const text = submissions ? (await import('../words/submissions-text.js')).submissionsText('vi') : undefined;
  return {
    period: { from: formatVi(c.period.from), to: formatVi(c.period.to) },
    indicators,
    runNotes: run,
    /** What `stats --json` prints for the same files, config and period. */
    stats: statsJson(indicators, run),
    /** What `coverage --json` prints. */
    coverage: c,
    // stats prints the reporting rate under its tables; the register itself is the button below.
    notes: [...skipped, ...runNotes(result.prepared), ...(submissions && text ? [text.statsLine(submissions.reported, submissions.expected, text.rate(submissions.rate)).replace(/; danh sách: ketnghia submissions\)/, ')')] : [])],
    // Labelled with the office's word for a village, as the terminal's tables are.
    tables: statsTables(indicators, 'vi').map((t) => tableView(withVillageTerm(t, ctx.config.villageTerm, 'vi'))),
    charts: await drawCharts(ctx, indicators, dataset),
  };
}

const CHARTS: ReadonlyArray<{ id: ChartId; title: string; data: 'fundsByYear' | 'activitiesByType' | 'povertyByYear' }> = [
  { id: 'funds-by-year', title: 'Kinh phí theo năm', data: 'fundsByYear' },
  { id: 'activities-by-type', title: 'Hoạt động theo loại', data: 'activitiesByType' },
  { id: 'poverty-by-year', title: 'Tỷ lệ hộ nghèo theo năm', data: 'povertyByYear' },
];

/** The report's three charts, from the same context the report is built from, as SVG files the page shows. */
async function drawCharts(ctx: JobContext, indicators: Indicators, dataset: Dataset) {
  const [{ buildContext }, { chartData }, { chartSvg }] = await Promise.all([import('../report/context.js'), import('../report/report.js'), import('../report/charts.js')]);
  const context = buildContext({ kind: 'nam', indicators, dataset, period: indicators.period, config: ctx.config, today: localToday() });
  const data = chartData(context);
  const drawn: Array<{ id: ChartId; title: string; name: string }> = [];
  for (const chart of CHARTS) {
    if (data[chart.data].length === 0) continue;
    const name = `bieu-do-${chart.id}.svg`;
    const path = join(ctx.session.outDir, name);
    await writeAtomic(path, await chartSvg(chart.id, data));
    ctx.session.outputs.set(name, { path, type: 'image/svg+xml', inline: true });
    drawn.push({ id: chart.id, title: chart.title, name });
  }
  return drawn;
}

/** A table with its cells written as the terminal and the report write them. */
function tableView(table: Table) {
  const numeric = table.columns.map((c) => c.kind !== 'text');
  const decimals = columnDecimals(table);
  const row = (cells: Table['rows'][number]) => cells.map((cell, i) => formatCell(cell, table.columns[i]!.kind, 'vi', decimals[i]));
  return {
    id: table.id,
    title: table.title,
    columns: table.columns.map((c) => c.header),
    numeric,
    rows: table.rows.map(row),
    ...(table.total ? { total: row(table.total) } : {}),
  };
}

export interface ReportRequest extends FiguresRequest {
  readonly kind: ReportKind;
  readonly pdf?: boolean;
}

export async function report(ctx: JobContext, request: ReportRequest, onProgress: (p: Progress) => void) {
  const { session } = ctx;
  if (session.files.length === 0) throw new PageError(400, MESSAGES.noFiles);
  const { report: run } = await import('../app/report.js');
  // The report is written in the outputs folder under the CLI's default name.
  const skipped: string[] = [];
  const result = await run({
    data: requestOf(ctx, request, onProgress, skipped, session.outDir),
    kind: request.kind,
    config: ctx.config,
    pdf: request.pdf === true,
    force: true,
  });
  if (!result.ok || !result.docx) throw new PageError(422, result.ok ? MESSAGES.noData : whyStopped(result.prepared));
  const docx = basename(result.docx);
  session.outputs.set(docx, { path: result.docx, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  const pdf = result.pdf ? basename(result.pdf) : undefined;
  if (result.pdf && pdf) session.outputs.set(pdf, { path: result.pdf, type: 'application/pdf' });
  const notes = [...skipped, ...runNotes(result.prepared)];
  // What the office must look at before signing (sentences the data contradict, header items missing) goes with the notes,
  // in the form's words; the places the office must still write, by field: the page shows each beside its form field (SPEC §6).
  return {
    docx,
    ...(pdf ? { pdf } : {}),
    ...(result.pdfProblem ? { pdfProblem: result.pdfProblem.vi } : {}),
    notes: [...notes, ...[...(result.checks?.warnings ?? []), ...(result.checks?.headerProblems ?? [])].map((t) => inFormWords(t.vi))],
    placeholders: result.checks?.placeholders ?? [],
  };
}

const COPIES_ZIP = 'ban-danh-dau-va-ban-da-sua.zip';

/** `validate --annotate` and `fix` for every readable upload, both in one zip. */
export async function copies(ctx: JobContext) {
  const { session } = ctx;
  const load = session.lastLoad;
  if (!load) throw new PageError(400, MESSAGES.noCheck);
  if (!load.files.some((f) => f.read)) throw new PageError(422, MESSAGES.noReadable);
  const annotatedDir = join(session.outDir, 'ban-danh-dau');
  const fixedDir = join(session.outDir, 'ban-da-sua');
  const { annotate } = await import('../app/annotate.js');
  const annotated = await annotate({ load, dir: annotatedDir, cwd: session.uploadDir, lang: 'vi', inputs: session.files, force: true });
  const { fix } = await import('../app/fix.js');
  const notFixed: Array<{ file: string; reason: string }> = [];
  let fixed = 0;
  // Flat, as the annotated copies are; a name met twice gets -2, -3.
  const used = new Set<string>();
  for (const file of load.files.filter((f) => f.read)) {
    const stem = basename(file.file).replace(/\.(xlsx|xlsm)$/i, '');
    let name = `${stem}-da-sua.xlsx`;
    for (let n = 2; used.has(name); n++) name = `${stem}-${n}-da-sua.xlsx`;
    used.add(name);
    const output = join(fixedDir, name);
    await mkdir(fixedDir, { recursive: true });
    const result = await fix({ input: file.file, output, cwd: session.uploadDir, force: true });
    if (result.problem) notFixed.push({ file: file.file, reason: messageOf(result.problem, 'vi') });
    else fixed++;
  }
  const zip = join(session.outDir, COPIES_ZIP);
  await zipFolders(zip, [annotatedDir, fixedDir], session.outDir);
  session.outputs.set(COPIES_ZIP, { path: zip, type: 'application/zip' });
  return { zip: COPIES_ZIP, annotated: annotated.written.length, fixed, notAnnotated: annotated.skipped, notFixed };
}
