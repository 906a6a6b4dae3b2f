/**
 * What `stats`, `coverage` and `report` share: read and check the inputs, stop on errors
 * (exit 1, with the findings shown) unless --allow-errors, and settle the period.
 */
import chalk from 'chalk';
import type { CrossOptions } from '../checks/cross.js';
import { loadWorkbooks, type LoadOptions, type LoadResult, type Progress } from '../dataset/load.js';
import type { Dataset } from '../dataset/types.js';
import type { Lang } from '../findings/finding.js';
import { integerIn } from '../format/vi.js';
import { parsePeriod, yearPeriod, type Period, type PeriodInput } from '../indicators/period.js';
import { localToday, type CalendarDate } from '../values/calendar.js';
import { expandInputs, skipNote } from './inputs.js';
import type { Io } from './io.js';
import { formatFindings, summaryLine } from './print-findings.js';
import { refuseFuturePeriod, periodData, periodDataMessage } from './period-check.js';
import { startProgress } from './progress.js';
import { warningsNote } from './warnings-note.js';
import { keptSentence } from '../checks/resubmission.js';
import { Memo } from '../util/memo.js';

export interface PrepareOptions extends PeriodInput, LoadInputsOptions {
  readonly allowErrors?: boolean;
  /** The command prints JSON: stdout stays JSON even when the data stops it (validate's shape). */
  readonly json?: boolean;
}

/** What the --json of stats and coverage carries besides the figures. */
export interface RunNotes {
  /** Warnings the data holds (the run went on; `ketnghia validate` lists them). */
  readonly warnings: number;
  /** With --allow-errors and errors: what was left out. */
  readonly leftOut?: { readonly rows: number; readonly errors: number; readonly files: number; readonly resubmissions: readonly { readonly kept: string; readonly dropped: string }[] };
}

export type Prepared =
  | { readonly ok: true; readonly load: LoadResult; readonly dataset: Dataset; readonly period: Period; readonly files: readonly string[]; readonly notes: RunNotes; readonly memo: Memo }
  | { readonly ok: false; readonly load: LoadResult };

export async function prepare(options: PrepareOptions, io: Io): Promise<Prepared> {
  // The period is checked before any file is read: a usage error should not wait for a big file.
  const asked = parsePeriod(options, options.lang);
  const today = options.today ?? localToday();
  if (asked) refuseFuturePeriod(asked, today, options.lang);
  // The run's memo: filled while the files are read, used again by the figures.
  const memo = options.memo ?? new Memo();
  const { files, load } = await loadInputs({ ...options, memo }, io);
  let leftOut: RunNotes['leftOut'];
  const vi = options.lang === 'vi';
  if (load.errors > 0) {
    if (!options.allowErrors) {
      if (options.json) {
        const { validateJson } = await import('./commands/validate.js');
        io.out(JSON.stringify(validateJson({ load, valid: false, exitCode: 1, annotated: [], annotateSkipped: [] }, options.lang), null, 2) + '\n');
      } else {
        io.err(formatFindings(load, options.lang));
        io.err(`${summaryLine(load, options.lang)}\n`);
      }
      io.err(
        chalk.red(
          vi
            ? 'Số liệu còn lỗi nên chưa tổng hợp. Hãy sửa các lỗi trên (xem: ketnghia validate --annotate <thư mục>), hoặc chạy lại với --allow-errors để bỏ qua các dòng lỗi.\n'
            : 'The data has errors, so nothing was computed. Fix them (see: ketnghia validate --annotate <dir>), or run again with --allow-errors to leave the bad rows out.\n',
        ),
      );
      return { ok: false, load };
    }
    const rejected = load.sheets.reduce((n, s) => n + s.counts.rejected, 0);
    const unreadable = load.files.filter((f) => !f.read).length;
    const n = (x: number) => integerIn(options.lang, x);
    leftOut = { rows: rejected, errors: load.errors, files: unreadable, resubmissions: load.resubmissions.map((r) => ({ kept: r.kept, dropped: r.dropped })) };
    for (const r of load.resubmissions) io.err(chalk.yellow(keptSentence(r, options.lang)) + '\n');
    io.err(
      chalk.yellow(
        vi
          ? `--allow-errors: đã bỏ qua ${n(rejected)} dòng có lỗi${unreadable ? ` và ${n(unreadable)} tệp không đọc được` : ''} (${n(load.errors)} lỗi; xem chi tiết: ketnghia validate).\n`
          : `--allow-errors: left out ${n(rejected)} rows with errors${unreadable ? ` and ${n(unreadable)} unreadable files` : ''} (${n(load.errors)} errors; details: ketnghia validate).\n`,
      ),
    );
  }
  const { dataset } = load;
  if (dataset.villages.length + dataset.units.length + dataset.pairings.length + dataset.activities.length === 0) {
    // Nothing to compute from: all-zero tables or a report of zeros would mislead.
    if (load.errors === 0) io.err(formatFindings(load, options.lang));
    io.err(
      chalk.red(
        vi
          ? 'Không còn dòng số liệu nào dùng được trong các tệp đã cho nên không tổng hợp được (xem: ketnghia validate).\n'
          : 'No usable data row is left in the files given, so nothing can be computed (see: ketnghia validate).\n',
      ),
    );
    return { ok: false, load };
  }
  const period = asked ?? dataPeriod(load.dataset, today);
  const data = periodData(dataset, period);
  if (data.kind === 'none') {
    io.err(chalk.red(periodDataMessage(data, period, options.lang)) + '\n');
    return { ok: false, load };
  }
  if (data.kind === 'partly') io.err(chalk.yellow(periodDataMessage(data, period, options.lang)) + '\n');
  const note = warningsNote(load.findings, options.lang);
  if (note) io.err(chalk.yellow(note) + '\n');
  return { ok: true, load, dataset: load.dataset, period, files, notes: { warnings: load.warnings, ...(leftOut ? { leftOut } : {}) }, memo };
}

export interface LoadInputsOptions {
  readonly inputs: readonly string[];
  readonly lang: Lang;
  readonly maxSize?: number;
  readonly maxErrors?: number;
  readonly checks?: Partial<CrossOptions>;
  readonly today?: CalendarDate;
  readonly onRows?: LoadOptions['onRows'];
  /** Called as the files are read, besides the terminal's progress bar (the web page's progress). */
  readonly onProgress?: (progress: Progress) => void;
  /** The run's memo (util/memo.ts); a fresh one when none is given. */
  readonly memo?: Memo;
}

/** Inputs expanded and read, with a progress bar on a terminal: the first step of every data command. */
export async function loadInputs(options: LoadInputsOptions, io: Io): Promise<{ files: string[]; load: LoadResult }> {
  const files = await expandInputs(options.inputs, io.cwd, options.lang, { onSkip: (skipped) => io.err(`${skipNote(skipped, options.lang)}\n`) });
  const progress = startProgress(io, options.lang);
  try {
    const load = await loadWorkbooks({
      files,
      cwd: io.cwd,
      today: options.today ?? localToday(),
      ...(options.maxSize !== undefined ? { maxSize: options.maxSize } : {}),
      ...(options.maxErrors !== undefined ? { maxErrors: options.maxErrors } : {}),
      ...(options.checks ? { checks: options.checks } : {}),
      ...(options.onRows ? { onRows: options.onRows } : {}),
      ...(options.memo ? { memo: options.memo } : {}),
      onProgress: options.onProgress
        ? (p) => {
            progress.update(p);
            options.onProgress!(p);
          }
        : progress.update,
    });
    return { files, load };
  } finally {
    progress.stop();
  }
}

/** Without --year/--from/--to: the years the data covers. */
export function dataPeriod(dataset: Dataset, today: CalendarDate): Period {
  // Pairings often began years before the figures; they set the period only when nothing else does.
  let years = [...dataset.villages.map((v) => v.year), ...dataset.activities.map((a) => Number(a.date.slice(0, 4)))];
  if (years.length === 0) years = dataset.pairings.map((p) => Number(p.startDate.slice(0, 4)));
  const thisYear = Number(today.slice(0, 4));
  if (years.length === 0) return yearPeriod(thisYear, thisYear);
  let first = Infinity;
  let last = -Infinity;
  for (const y of years) {
    if (y < first) first = y;
    if (y > last) last = y;
  }
  return yearPeriod(first, last);
}
