/**
 * What `stats`, `coverage` and `report` share: read and check the inputs, stop on errors
 * (exit 1) unless the request allows them, and settle the period. It says nothing itself:
 * what happened comes back as coded notes in `said`, and each face words them.
 */
import type { LoadResult } from '../dataset/load.js';
import type { Dataset } from '../model/types.js';
import type { Period } from '../values/period.js';
import { localToday } from '../values/calendar.js';
import { loadInputs, type LoadRequest } from './load.js';
import { askedPeriod, periodData, resolvePeriod, type PeriodData } from './period.js';
import type { DataRequest } from './request.js';
import { Memo } from '../util/memo.js';

/** What the --json of stats and coverage carries besides the figures. */
export interface RunNotes {
  /** Warnings the data holds (the run went on; `ketnghia validate` lists them). */
  readonly warnings: number;
  /** With --allow-errors and errors: what was left out. */
  readonly leftOut?: { readonly rows: number; readonly errors: number; readonly files: number; readonly resubmissions: readonly { readonly kept: string; readonly dropped: string }[] };
}

/**
 * What happened on the way, in order, for a face to say: the run stopped on errors, rows
 * left out, no data at all or none in the period, and warnings to mention.
 */
export type PrepareNote =
  | { readonly kind: 'stopped' }
  | { readonly kind: 'left-out'; readonly rows: number; readonly errors: number; readonly unreadable: number }
  | { readonly kind: 'no-data' }
  | { readonly kind: 'period-data'; readonly data: Exclude<PeriodData, { kind: 'ok' }>; readonly period: Period }
  | { readonly kind: 'warnings' };

export type Prepared =
  | {
      readonly ok: true;
      readonly load: LoadResult;
      readonly dataset: Dataset;
      readonly period: Period;
      /** The period asked for, undefined when the data's years were taken. */
      readonly asked: Period | undefined;
      readonly files: readonly string[];
      readonly notes: RunNotes;
      readonly said: readonly PrepareNote[];
      readonly memo: Memo;
    }
  | { readonly ok: false; readonly load: LoadResult; readonly said: readonly PrepareNote[] };

/** A data request's inputs expanded and read, with its limits, checks, hooks and skipped files. */
export function loadRequested(request: Omit<DataRequest, 'allowErrors'>, run: Pick<LoadRequest, 'today' | 'memo' | 'onRows'>): ReturnType<typeof loadInputs> {
  return loadInputs({
    inputs: request.inputs,
    cwd: request.cwd,
    ...run,
    ...(request.maxSize !== undefined ? { maxSize: request.maxSize } : {}),
    ...(request.settings.checks ? { checks: request.settings.checks } : {}),
    ...(request.hooks ? { hooks: request.hooks } : {}),
    ...(request.skipped ? { skipped: request.skipped } : {}),
  });
}

export async function prepare(request: DataRequest): Promise<Prepared> {
  const today = request.today ?? localToday();
  // The period is checked before any file is read: a usage error should not wait for a big file.
  const asked = askedPeriod(request.period, today);
  // The run's memo: filled while the files are read, used again by the figures.
  const memo = request.memo ?? new Memo();
  const { files, load } = await loadRequested(request, { today, memo });
  const said: PrepareNote[] = [];
  let leftOut: RunNotes['leftOut'];
  if (load.errors > 0) {
    if (!request.allowErrors) return { ok: false, load, said: [{ kind: 'stopped' }] };
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
  const period = resolvePeriod({ asked, dataset, today });
  const data = periodData(dataset, period);
  if (data.kind === 'none') return { ok: false, load, said: [...said, { kind: 'period-data', data, period }] };
  if (data.kind === 'partly') said.push({ kind: 'period-data', data, period });
  if (load.warnings > 0) said.push({ kind: 'warnings' });
  return { ok: true, load, dataset, period, asked, files, notes: { warnings: load.warnings, ...(leftOut ? { leftOut } : {}) }, said, memo };
}
