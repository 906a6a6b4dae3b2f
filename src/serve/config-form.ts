/**
 * The report form ⇄ `ketnghia.config.json` in the data folder (the folder `serve` runs
 * in, or the one it was given). The only file the server reads or writes outside its
 * temporary folder; the browser never names a path.
 */
import { join } from 'node:path';
import { CONFIG_FILE, describeIssue, loadConfig, withChecks, type LoadedConfig } from '../config/load.js';
import { ConfigSchema, DEFAULT_CONFIG, type Config } from '../config/schema.js';
import { UsageError } from '../errors.js';
import { writeAtomic } from '../util/write.js';
import { pageMessage } from './text.js';

export interface ConfigState {
  readonly path: string;
  readonly exists: boolean;
  readonly loaded: LoadedConfig;
  /** Why the file could not be used (the defaults are used instead). */
  readonly problem?: string;
}

export async function readConfig(dataDir: string): Promise<ConfigState> {
  const path = join(dataDir, CONFIG_FILE);
  try {
    const loaded = await loadConfig(undefined, dataDir);
    return { path, exists: loaded.path !== undefined, loaded };
  } catch (error) {
    return { path, exists: true, loaded: withChecks(DEFAULT_CONFIG), problem: pageMessage(error).message };
  }
}

const AUTHORITY_SEPARATOR = ' / ';

/** The fields the page's form edits; the rest of the config (thresholds, poverty rates) is kept as loaded. */
export function formOf(config: Config) {
  return {
    style: config.style,
    superiorBody: config.superiorBody,
    issuingBody: config.issuingBody,
    documentNumber: config.documentNumber,
    place: config.place,
    date: config.date ?? '',
    // One input on the page: several authority lines shown as "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH" (applyForm splits them back).
    signer: { ...config.signer, onBehalfOf: Array.isArray(config.signer.onBehalfOf) ? config.signer.onBehalfOf.join(AUTHORITY_SEPARATOR) : config.signer.onBehalfOf },
    recipients: config.recipients,
    programme: { ...config.programme, directiveDate: config.programme.directiveDate ?? '' },
    leadership: config.leadership,
    causes: config.causes,
    directions: config.directions,
    recommendations: config.recommendations,
    deadline: config.deadline ?? '',
    // Boxes hold text: an absent number is an empty box.
    commendation: {
      proposeTo: config.commendation.proposeTo ?? '',
      max: config.commendation.max === undefined ? '' : String(config.commendation.max),
      minYears: config.commendation.minYears === undefined ? '' : String(config.commendation.minYears),
      exclude: config.commendation.exclude,
    },
  };
}

/** A box of the form as the config holds it: empty is absent, a number typed is a number. */
function fromBox(value: unknown): unknown {
  if (value === '' || value === undefined) return undefined;
  return typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value.trim()) : value;
}

/** The loaded config with the form's fields over it, checked by the same schema as the file. */
export function applyForm(base: Config, form: unknown): Config {
  const f = (form ?? {}) as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...base, ...f };
  const signer: Record<string, unknown> = { ...base.signer, ...(f.signer as object | undefined) };
  // " / " between authority lines; "T/M" has no spaces round its slash.
  if (typeof signer.onBehalfOf === 'string' && signer.onBehalfOf.includes(AUTHORITY_SEPARATOR.trim())) {
    const lines = signer.onBehalfOf.split(/\s+\/\s+/).map((l) => l.trim()).filter(Boolean);
    signer.onBehalfOf = lines.length > 1 ? lines : signer.onBehalfOf;
  }
  merged.signer = signer;
  const programme: Record<string, unknown> = { ...base.programme, ...(f.programme as object | undefined) };
  // An empty date box means "not given", as an absent key does in the file.
  if (programme.directiveDate === '') delete programme.directiveDate;
  merged.programme = programme;
  if (merged.date === '') delete merged.date;
  if (merged.deadline === '') delete merged.deadline;
  const commendation: Record<string, unknown> = { ...base.commendation, ...(f.commendation as object | undefined) };
  for (const key of ['proposeTo', 'max', 'minYears']) {
    const value = key === 'proposeTo' ? commendation[key] : fromBox(commendation[key]);
    if (value === '' || value === undefined) delete commendation[key];
    else commendation[key] = value;
  }
  merged.commendation = commendation;
  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) {
    throw new UsageError(['Thông tin báo cáo chưa đúng:', ...parsed.error.issues.map((i) => `- ${describeIssue(i, 'vi')}`)].join('\n'));
  }
  return parsed.data;
}

export async function saveConfig(path: string, config: Config): Promise<void> {
  await writeAtomic(path, JSON.stringify(config, null, 2) + '\n');
}
