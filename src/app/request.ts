/**
 * The one options builder both faces use (config → period → thresholds): what a person typed
 * or clicked, with the config the run found, becomes the request a use case takes. The page's
 * figures and the CLI's thus count with the same thresholds and poverty standards.
 */
import type { CrossOptions } from '../checks/cross.js';
import type { Config } from '../config/schema.js';
import type { CalendarDate } from '../values/calendar.js';
import type { PeriodInput } from '../values/period.js';
import type { Memo } from '../util/memo.js';
import type { LoadHooks } from './load.js';
import type { SkippedFile } from './inputs.js';

/** The config's part in a run: the checks' thresholds and what the figures count with. */
export interface RunSettings {
  readonly checks?: Partial<CrossOptions>;
  /** Activities a pairing needs in a year to count as active (config thresholds.minActivities). */
  readonly minActivities?: number;
  /** The years a new poverty standard took effect (config povertyStandardYears). */
  readonly povertyStandardYears?: readonly number[];
  /** The submissions' deadline, YYYY-MM-DD or dd/mm/yyyy (config deadline). */
  readonly deadline?: string;
}

/** A use case's request on data files. */
export interface DataRequest {
  readonly inputs: readonly string[];
  /** The folder relative inputs and outputs are resolved from. */
  readonly cwd: string;
  /** The period as typed: `year`, or `from` and `to`; none: the years the data cover. */
  readonly period: PeriodInput;
  /** Go on without the rows with errors. */
  readonly allowErrors: boolean;
  readonly settings: RunSettings;
  /** Limit on a workbook's uncompressed content, in bytes. */
  readonly maxSize?: number;
  readonly today?: CalendarDate;
  readonly hooks?: LoadHooks;
  readonly memo?: Memo;
  /** Files left out before the inputs came (the page's uploads): named as `file-skipped` all the same. */
  readonly skipped?: readonly SkippedFile[];
}

/** A config as found (config/load.ts `LoadedConfig`), or only its checks' thresholds. */
export interface ConfigFound {
  readonly config?: Config;
  readonly checks: CrossOptions;
}

/** What a face hands the builder. */
export interface RequestInput {
  readonly inputs: readonly string[];
  readonly cwd: string;
  /** The config the run found (only its checks when the face read no more); the defaults when absent. */
  readonly config?: ConfigFound;
  readonly period?: PeriodInput;
  readonly allowErrors?: boolean;
  readonly maxSize?: number;
  readonly today?: CalendarDate;
  readonly hooks?: LoadHooks;
  readonly skipped?: readonly SkippedFile[];
}

/** The config's settings for a run. */
export function settingsOf(loaded: ConfigFound | undefined): RunSettings {
  if (loaded === undefined) return {};
  const config = loaded.config;
  return {
    checks: loaded.checks,
    ...(config ? { minActivities: config.thresholds.minActivities } : {}),
    ...(config?.povertyStandardYears ? { povertyStandardYears: config.povertyStandardYears } : {}),
    ...(config?.deadline ? { deadline: config.deadline } : {}),
  };
}

/** The request a data use case takes; a period bound left blank counts as not given. */
export function dataRequest(input: RequestInput): DataRequest {
  return {
    inputs: input.inputs,
    cwd: input.cwd,
    period: periodInput(input.period ?? {}),
    allowErrors: input.allowErrors === true,
    settings: settingsOf(input.config),
    ...(input.maxSize !== undefined ? { maxSize: input.maxSize } : {}),
    ...(input.today !== undefined ? { today: input.today } : {}),
    ...(input.hooks ? { hooks: input.hooks } : {}),
    ...(input.skipped ? { skipped: input.skipped } : {}),
  };
}

function periodInput(input: PeriodInput): PeriodInput {
  const year = input.year?.trim() ? input.year : undefined;
  const from = input.from?.trim() ? input.from : undefined;
  const to = input.to?.trim() ? input.to : undefined;
  return { ...(year !== undefined ? { year } : {}), ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}
