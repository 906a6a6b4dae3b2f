/**
 * The options of the commands that compute figures (stats, coverage, report), and the
 * request they become through the one options builder (app/request.ts), with the terminal's
 * hooks attached while the files are read.
 */
import type { Lang } from '../findings/finding.js';
import type { PeriodInput } from '../values/period.js';
import type { CalendarDate } from '../values/calendar.js';
import { dataRequest, type ConfigFound, type DataRequest } from '../app/request.js';
import type { Io } from './io.js';
import { withLoadHooks } from './load-hooks.js';

export interface DataOptions extends PeriodInput {
  readonly inputs: readonly string[];
  readonly lang: Lang;
  readonly allowErrors?: boolean;
  /** The command prints JSON: stdout stays JSON even when the data stops it (validate's shape). */
  readonly json?: boolean;
  readonly maxSize?: number;
  readonly today?: CalendarDate;
  /** The config the run found; the defaults when absent. */
  readonly config?: ConfigFound;
}

/** Runs a data use case on the request the options make, with the progress bar and the skip line. */
export function runData<T>(options: DataOptions, io: Io, work: (request: DataRequest) => Promise<T>): Promise<T> {
  return withLoadHooks(io, options.lang, (hooks) =>
    work(
      dataRequest({
        inputs: options.inputs,
        cwd: io.cwd,
        period: { ...(options.year !== undefined ? { year: options.year } : {}), ...(options.from !== undefined ? { from: options.from } : {}), ...(options.to !== undefined ? { to: options.to } : {}) },
        allowErrors: options.allowErrors === true,
        hooks,
        ...(options.config ? { config: options.config } : {}),
        ...(options.maxSize !== undefined ? { maxSize: options.maxSize } : {}),
        ...(options.today !== undefined ? { today: options.today } : {}),
      }),
    ),
  );
}
