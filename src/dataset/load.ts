/**
 * The shared reading-and-checking path of `validate`, `stats`, `coverage` and `report`:
 * files in, a validation report and the clean dataset out. One bad file never stops
 * the others. A file is read by load-file.ts; here the run's findings are counted, sorted
 * and checked across files.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { crossCheck, type CrossOptions, type RowsByKind } from '../checks/cross.js';
import { checkReportingUnits } from '../checks/reporting-unit.js';
import type { FileStamp, Resubmission } from '../checks/resubmission.js';
import { DEFAULT_OUTLIER_OPTIONS } from '../checks/outliers.js';
import { finding, type Finding } from '../findings/finding.js';
import { SKIPPED_DETAIL } from '../messages/findings.js';
import { inBoth } from '../messages/render.js';
import { SHEET_KINDS, type SheetKind } from '../schema/fields.js';
import type { CalendarDate } from '../values/calendar.js';
import { toDataset } from './dataset.js';
import type { SheetTitle } from '../checks/title.js';
import { emptyRows, loadFile, StopReading } from './load-file.js';
import type { Dataset, RowCounts, SheetInfo } from './types.js';
import { Memo } from '../util/memo.js';

// fix and serve word a size limit as a load does.
export { formatBytes } from './load-file.js';

export interface LoadOptions {
  /** .xlsx paths, already expanded from folders, as the user wrote them (findings name them so). */
  readonly files: readonly string[];
  /** Files given or found that are not read (not workbooks, lock files): each named as `file-skipped`. */
  readonly skipped?: readonly { readonly file: string; readonly reason: keyof typeof SKIPPED_DETAIL }[];
  /** The folder relative paths are read from; default: the process's. */
  readonly cwd?: string;
  readonly today: CalendarDate;
  /** Limit on each file's uncompressed content, bytes. Default 1 GiB. */
  readonly maxSize?: number;
  /** Stop reading after this many errors. */
  readonly maxErrors?: number;
  readonly checks?: Partial<CrossOptions>;
  readonly onProgress?: (progress: Progress) => void;
  /** Handed every row read, rejected ones too, once checking is done (the submissions register counts what was sent). */
  readonly onRows?: (rows: RowsByKind) => void;
  /** The run's memo (util/memo.ts), for the indicators to use after; a fresh one when none is given. */
  readonly memo?: Memo;
}

export interface Progress {
  readonly file: string;
  readonly rowsRead: number;
  /** Worksheet bytes inflated so far, and what the zip says they total. */
  readonly bytesRead: number;
  readonly bytesExpected: number;
}

export interface SheetReport {
  readonly file: string;
  readonly sheet: string;
  readonly kind: SheetKind;
  /** Hidden in the workbook, and read like the others. */
  readonly hidden?: true;
  readonly headerRow: number;
  readonly counts: RowCounts;
  /** The reporting unit and year(s) the title rows name, when they name any. */
  readonly title?: SheetTitle;
}

export interface FileReport {
  readonly file: string;
  /** False when the file could not be read at all. */
  readonly read: boolean;
  readonly sheets: number;
  /** Sheets present but not recognised (notes, instructions, lists). */
  readonly ignoredSheets: readonly string[];
}

export interface LoadResult {
  readonly findings: readonly Finding[];
  readonly files: readonly FileReport[];
  readonly sheets: readonly SheetReport[];
  readonly dataset: Dataset;
  readonly errors: number;
  readonly warnings: number;
  /** Reading stopped at `maxErrors`; later rows and cross-sheet checks were not run. */
  readonly stoppedEarly: boolean;
  /** Files that repeat another (`duplicate-file`), with the one --allow-errors keeps. */
  readonly resubmissions: readonly Resubmission[];
}

export async function loadWorkbooks(given: LoadOptions): Promise<LoadResult> {
  const options = given.memo ? given : { ...given, memo: new Memo() };
  const findings: Finding[] = [];
  const rows = emptyRows();
  const files: FileReport[] = [];
  const sheets: SheetInfo[] = [];
  let errors = 0;
  let warnings = 0;
  const maxErrors = options.maxErrors ?? Infinity;
  const report = (f: Finding): void => {
    findings.push(f);
    if (f.severity === 'error') errors++;
    else warnings++;
  };
  const reportReading = (f: Finding): void => {
    report(f);
    if (errors >= maxErrors) throw new StopReading();
  };

  for (const { file, reason } of options.skipped ?? []) {
    const ext = /\.[^.\\/]+$/.exec(file)?.[0].toLowerCase() ?? file;
    report(finding('file-skipped', { file, params: { detail: inBoth(SKIPPED_DETAIL[reason], { ext }) } }));
  }
  let stoppedEarly = false;
  try {
    for (const file of options.files) {
      const result = await loadFile(file, options, reportReading, rows, sheets);
      files.push(result);
    }
  } catch (error) {
    if (!(error instanceof StopReading)) throw error;
    stoppedEarly = true;
  }
  let resubmissions: Resubmission[] = [];
  if (!stoppedEarly) {
    const stamps = await fileStamps(options.files, options.cwd);
    resubmissions = crossCheck(rows, { ...DEFAULT_OUTLIER_OPTIONS, ...options.checks }, report, { order: options.files, stamps }, options.memo);
  }
  if (!stoppedEarly) checkReportingUnits(sheets, rows.units, report);

  // Skipped files are named after the files read.
  const order = new Map([...options.files, ...(options.skipped ?? []).map((s) => s.file)].map((f, i) => [f, i]));
  const sheetIndex = new Map(sheets.map((s, i) => [`${s.file}\u0000${s.name}`, i]));
  const sheetOrder = (a: Finding, b: Finding): number =>
    a.file !== b.file || a.sheet === b.sheet ? 0 : (sheetIndex.get(`${a.file}\u0000${a.sheet}`) ?? -1) - (sheetIndex.get(`${b.file}\u0000${b.sheet}`) ?? -1);
  findings.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || sheetOrder(a, b) || (a.row ?? 0) - (b.row ?? 0) || columnOrder(a.column, b.column));
  for (const info of sheets) {
    info.counts.used = 0;
    info.counts.rejected = 0;
  }
  for (const kind of SHEET_KINDS) {
    for (const row of rows[kind]) {
      if (row.errors > 0) row.sheet.counts.rejected++;
      else row.sheet.counts.used++;
    }
  }
  options.onRows?.(rows);
  return {
    findings,
    files,
    sheets: sheets.map((s) => ({ file: s.file, sheet: s.name, kind: s.kind, ...(s.hidden ? { hidden: true } : {}), headerRow: s.headerRows[0]!, counts: s.counts, ...(s.title ? { title: s.title } : {}) })),
    dataset: toDataset(rows),
    errors,
    warnings,
    stoppedEarly,
    resubmissions,
  };
}

/** When each file was last saved: how a resubmission tells the correction from the first file. */
async function fileStamps(files: readonly string[], cwd: string | undefined): Promise<Map<string, FileStamp>> {
  const stamps = new Map<string, FileStamp>();
  for (const file of files) {
    const info = await stat(resolve(cwd ?? process.cwd(), file)).catch(() => undefined);
    if (!info) continue;
    const d = info.mtime;
    const two = (n: number) => String(n).padStart(2, '0');
    stamps.set(file, { modifiedMs: info.mtimeMs, modifiedText: `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}` });
  }
  return stamps;
}

function columnOrder(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a.length - b.length || (a < b ? -1 : 1);
}
