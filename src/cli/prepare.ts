/**
 * What `stats`, `coverage` and `report` share: read and check the inputs, stop on errors
 * (exit 1) unless --allow-errors, and settle the period. It prints nothing itself: what
 * happened comes back in `said`, and the command prints it (print-prepared.ts).
 */
import type { LoadResult } from '../dataset/load.js';
import type { Dataset } from '../dataset/types.js';
import { parsePeriod, yearPeriod, type Period, type PeriodInput } from '../indicators/period.js';
import { localToday, type CalendarDate } from '../values/calendar.js';
import type { Io } from './io.js';
import { loadInputs, type LoadInputsOptions } from './load-inputs.js';
import { refuseFuturePeriod, periodData, type PeriodData } from './period-check.js';
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

/**
 * What happened on the way, in order, for the command to say (print-prepared.ts): the run
 * stopped on errors, rows --allow-errors left out, no data at all or none in the period,
 * and warnings to mention.
 */
export type PrepareNote =
  | { readonly kind: 'stopped' }
  | { readonly kind: 'left-out'; readonly rows: number; readonly errors: number; readonly unreadable: number }
  | { readonly kind: 'no-data' }
  | { readonly kind: 'period-data'; readonly data: Exclude<PeriodData, { kind: 'ok' }>; readonly period: Period }
  | { readonly kind: 'warnings' };

export type Prepared =
  | { readonly ok: true; readonly load: LoadResult; readonly dataset: Dataset; readonly period: Period; readonly files: readonly string[]; readonly notes: RunNotes; readonly said: readonly PrepareNote[]; readonly memo: Memo }
  | { readonly ok: false; readonly load: LoadResult; readonly said: readonly PrepareNote[] };

export async function prepare(options: PrepareOptions, io: Io): Promise<Prepared> {
  // The period is checked before any file is read: a usage error should not wait for a big file.
  const asked = parsePeriod(options);
  const today = options.today ?? localToday();
  if (asked) refuseFuturePeriod(asked, today, options.lang);
  // The run's memo: filled while the files are read, used again by the figures.
  const memo = options.memo ?? new Memo();
  const { files, load } = await loadInputs({ ...options, today, memo }, io);
  const said: PrepareNote[] = [];
  let leftOut: RunNotes['leftOut'];
  if (load.errors > 0) {
    if (!options.allowErrors) return { ok: false, load, said: [{ kind: 'stopped' }] };
    const rejected = load.sheets.reduce((n, s) => n + s.counts.rejected, 0);
    const unreadable = load.files.filter((f) => !f.read).length;
    leftOut = { rows: rejected, errors: load.errors, files: unreadable, resubmissions: load.resubmissions.map((r) => ({ kept: r.kept, dropped: r.dropped })) };
    said.push({ kind: 'left-out', rows: rejected, errors: load.errors, unreadable });
  }
  const { dataset } = load;
  if (dataset.villages.length + dataset.units.length + dataset.pairings.length + dataset.activities.length === 0) {
    // Nothing to compute from: all-zero tables or a report of zeros would mislead.
    return { ok: false, load, said: [...said, { kind: 'no-data' }] };
  }
  const period = asked ?? dataPeriod(load.dataset, today);
  const data = periodData(dataset, period);
  if (data.kind === 'none') return { ok: false, load, said: [...said, { kind: 'period-data', data, period }] };
  if (data.kind === 'partly') said.push({ kind: 'period-data', data, period });
  if (load.warnings > 0) said.push({ kind: 'warnings' });
  return { ok: true, load, dataset: load.dataset, period, files, notes: { warnings: load.warnings, ...(leftOut ? { leftOut } : {}) }, said, memo };
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
