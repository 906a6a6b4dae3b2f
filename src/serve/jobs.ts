/**
 * The page's steps, each a call to the same command functions the CLI runs (validate,
 * coverage, report, fix, annotate), with the uploads folder as the working folder and a
 * silent Io: what they would print to a terminal becomes the JSON the page draws.
 */
import { columnDecimals } from '../format/columns.js';
import { mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Config } from '../config/schema.js';
import type { Dataset } from '../dataset/types.js';
import type { ChartData, ChartId } from '../report/charts.js';
import { writeAtomic } from '../util/write.js';
import type { Progress } from '../dataset/load.js';
import { CATALOGUE } from '../findings/catalogue.js';
import { messageOf, suggestionText } from '../findings/finding.js';
import { statsTables, type Table } from '../indicators/tables.js';
import type { Indicators } from '../indicators/types.js';
import type { CoverageJson } from '../cli/commands/coverage.js';
import type { ReportKind } from '../report/context.js';
import type { Io } from '../cli/io.js';
import type { LoadInputsOptions } from '../cli/load-inputs.js';
import { countParts, summaryLine } from '../cli/print-findings.js';
import { formatCell } from '../cli/print-tables.js';
import { dataPeriod } from '../cli/prepare.js';
import { formatVi, localToday } from '../values/calendar.js';
import { inFormWords } from './form-fields.js';
import { cliNotes, MESSAGES, PageError } from './text.js';
import { walkOrder, type Session } from './session.js';
import { zipFolders } from './zip.js';

export interface JobContext {
  readonly session: Session;
  /** Limit on a workbook's uncompressed content (the CLI's --max-size). */
  readonly maxSize?: number;
  readonly config: Config;
  readonly checks: LoadInputsOptions['checks'];
}

/** The commands print nothing here: the page shows their results. */
function silentIo(cwd: string): Io {
  return { out: () => {}, err: () => {}, isTTY: false, errIsTTY: false, cwd };
}

/** What a command says on stderr besides its result (notes on the period, the warnings, what was left out), kept for the page. */
function notingIo(cwd: string): { io: Io; notes: () => string[] } {
  let said = '';
  return { io: { ...silentIo(cwd), err: (text) => void (said += text) }, notes: () => cliNotes(said) };
}

function loadOptions(ctx: JobContext, onProgress: (p: Progress) => void) {
  return {
    inputs: ctx.session.files,
    skipped: ctx.session.skipped,
    lang: 'vi' as const,
    ...(ctx.maxSize !== undefined ? { maxSize: ctx.maxSize } : {}),
    ...(ctx.checks ? { checks: ctx.checks } : {}),
    onProgress,
  };
}

export async function check(ctx: JobContext, onProgress: (p: Progress) => void) {
  const { session } = ctx;
  if (session.files.length === 0) throw new PageError(400, MESSAGES.noFiles);
  const { validate, validateJson } = await import('../cli/commands/validate.js');
  session.files.sort(walkOrder);
  const result = await validate(loadOptions(ctx, onProgress), silentIo(session.uploadDir));
  const { load } = result;
  session.lastLoad = load;
  const json = validateJson(result, 'vi');
  const period = dataPeriod(load.dataset, localToday());
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
  const [{ stats }, { coverageJson }] = await Promise.all([import('../cli/commands/stats.js'), import('../cli/commands/coverage.js')]);
  const { io, notes } = notingIo(session.uploadDir);
  const result = await stats(
    { ...loadOptions(ctx, onProgress), ...period(request), allowErrors: request.allowErrors === true, minActivities: ctx.config.thresholds.minActivities },
    io,
  );
  if (!result.indicators || !result.dataset || !result.notes) throw new PageError(422, stopped(ctx, request.allowErrors === true, notes()));
  const indicators: Indicators = result.indicators;
  const c: CoverageJson = coverageJson(indicators, result.dataset, indicators.period, result.notes);
  const { submissions } = indicators;
  const text = submissions ? (await import('../messages/submissions.js')).submissionsText('vi') : undefined;
  return {
    period: { from: formatVi(c.period.from), to: formatVi(c.period.to) },
    indicators,
    runNotes: result.notes,
    coverage: c,
    // stats prints the reporting rate under its tables; the register itself is the button below.
    notes: [...notes(), ...(submissions && text ? [text.statsLine(submissions.reported, submissions.expected, text.rate(submissions.rate)).replace(/; danh sách: ketnghia submissions\)/, ')')] : [])],
    tables: statsTables(indicators, 'vi').map(tableView),
    charts: await drawCharts(ctx, indicators, result.dataset),
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

/**
 * Why a step that needs the data stopped: errors not allowed (said in the page's words, not the
 * CLI's), or what the command said last (no usable row, no data in the period).
 */
function stopped(ctx: JobContext, allowErrors: boolean, notes: readonly string[]): string {
  if (!allowErrors && (ctx.session.lastLoad?.errors ?? 1) > 0) return MESSAGES.dataErrors;
  return notes.at(-1) ?? MESSAGES.noData;
}

function period(request: FiguresRequest): { from?: string; to?: string } {
  const from = request.from?.trim();
  const to = request.to?.trim();
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
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
  const { report: run } = await import('../cli/commands/report.js');
  // The report is written in the outputs folder under the CLI's default name.
  const inputs = session.files.map((f) => resolve(session.uploadDir, f));
  const { io, notes } = notingIo(session.outDir);
  const result = await run(
    { ...loadOptions(ctx, onProgress), inputs, ...period(request), allowErrors: request.allowErrors === true, kind: request.kind, config: ctx.config, pdf: request.pdf === true, force: true },
    io,
  );
  if (!result.docx) throw new PageError(422, stopped(ctx, request.allowErrors === true, notes()));
  const docx = basename(result.docx);
  session.outputs.set(docx, { path: result.docx, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  const pdf = result.pdf ? basename(result.pdf) : undefined;
  if (result.pdf && pdf) session.outputs.set(pdf, { path: result.pdf, type: 'application/pdf' });
  // What the office must look at before signing (sentences the data contradict, header items missing) goes with the notes,
  // in the form's words; the places the office must still write, by field: the page shows each beside its form field (SPEC §6).
  return {
    docx,
    ...(pdf ? { pdf } : {}),
    ...(result.pdfProblem ? { pdfProblem: result.pdfProblem } : {}),
    notes: [...notes(), ...[...(result.warnings ?? []), ...(result.headerProblems ?? [])].map(inFormWords)],
    placeholders: result.placeholders ?? [],
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
  const { annotateAll } = await import('../annotate/annotate.js');
  const annotated = await annotateAll(load, { dir: annotatedDir, cwd: session.uploadDir, lang: 'vi', inputs: session.files, force: true });
  const { fix } = await import('../cli/commands/fix.js');
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
    const result = await fix({ input: file.file, output, lang: 'vi', force: true }, silentIo(session.uploadDir));
    if (result.problem) notFixed.push({ file: file.file, reason: messageOf(result.problem, 'vi') });
    else fixed++;
  }
  const zip = join(session.outDir, COPIES_ZIP);
  await zipFolders(zip, [annotatedDir, fixedDir], session.outDir);
  session.outputs.set(COPIES_ZIP, { path: zip, type: 'application/zip' });
  return { zip: COPIES_ZIP, annotated: annotated.written.length, fixed, notAnnotated: annotated.skipped, notFixed };
}
