/**
 * The report form ⇄ `ketnghia.config.json` in the data folder (the folder `serve` runs
 * in, or the one it was given). The only file the server reads or writes outside its
 * temporary folder; the browser never names a path.
 */
import { join } from 'node:path';
import { CONFIG_FILE, loadConfig, withChecks, type LoadedConfig } from '../config/load.js';
import { ConfigSchema, DEFAULT_CONFIG, type Config } from '../config/schema.js';
import { UsageError } from '../errors.js';
import { writeAtomic } from '../util/write.js';
import { causesForForm, datesForForm, describeFormIssue, normaliseForm } from './form-fields.js';
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
    const loaded = await loadConfig(undefined, dataDir, 'vi');
    return { path, exists: loaded.path !== undefined, loaded };
  } catch (error) {
    return { path, exists: true, loaded: withChecks(DEFAULT_CONFIG), problem: pageMessage(error).message };
  }
}

const AUTHORITY_SEPARATOR = ' / ';

/** The fields the page's form edits; the rest of the config (thresholds, poverty rates) is kept as loaded. */
export function formOf(config: Config) {
  const dates = datesForForm(config);
  // The directive proposal's box appears once the config knows its key.
  const later = config as Record<string, unknown>;
  const known = (key: string) => Object.hasOwn(ConfigSchema.shape, key);
  return {
    style: config.style,
    superiorBody: config.superiorBody,
    issuingBody: config.issuingBody,
    issuingBodyHeader: config.issuingBodyHeader ?? [],
    documentNumber: config.documentNumber,
    place: config.place,
    date: dates.date,
    basis: config.basis,
    // One input on the page: several authority lines shown as "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH" (applyForm splits them back).
    signer: { ...config.signer, onBehalfOf: Array.isArray(config.signer.onBehalfOf) ? config.signer.onBehalfOf.join(AUTHORITY_SEPARATOR) : config.signer.onBehalfOf },
    recipients: config.recipients,
    programme: { ...config.programme, directiveDate: dates.directiveDate },
    villageTerm: config.villageTerm,
    leadership: config.leadership,
    strengthCauses: config.strengthCauses,
    causes: causesForForm(config.causes),
    lessons: config.lessons,
    directions: config.directions,
    recommendations: config.recommendations,
    deadline: dates.deadline,
    // Boxes hold text: an absent number is an empty box.
    commendation: {
      proposeTo: config.commendation.proposeTo ?? '',
      max: config.commendation.max === undefined ? '' : String(config.commendation.max),
      minYears: config.commendation.minYears === undefined ? '' : String(config.commendation.minYears),
      exclude: config.commendation.exclude,
    },
    ...(known('directiveProposal') ? { directiveProposal: later.directiveProposal ?? '' } : {}),
  };
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
  merged.programme = { ...base.programme, ...(f.programme as object | undefined) };
  const base2 = base as Record<string, unknown>;
  if (f.commendation !== undefined) merged.commendation = { ...(base2.commendation as object | undefined), ...(f.commendation as object) };
  // An empty date box means "not given", as an absent key does in the file; 15/01/2024 is a date as 2024-01-15 is.
  const problems = normaliseForm(merged);
  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) problems.push(...parsed.error.issues.map(describeFormIssue));
  if (problems.length > 0 || !parsed.success) throw new UsageError(['Thông tin báo cáo chưa đúng:', ...problems.map((p) => `- ${p}`)].join('\n'));
  return parsed.data;
}

export async function saveConfig(path: string, config: Config): Promise<void> {
  await writeAtomic(path, JSON.stringify(config, null, 2) + '\n');
}
