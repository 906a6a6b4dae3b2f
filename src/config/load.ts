/**
 * Reading the config file: JSON with comments allowed (the starter file is commented),
 * checked against the schema, every problem named by its key, in the user's language.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { z } from 'zod';
import type { CrossOptions } from '../checks/cross.js';
import { CodedUsageError } from '../errors.js';
import type { Lang } from '../findings/finding.js';
import { CONFIG, CONFIG_ISSUES, CONFIG_TYPES } from '../messages/config.js';
import { render } from '../messages/render.js';
import { ConfigSchema, DEFAULT_CONFIG, type Config } from './schema.js';

import { CONFIG_FILE, findConfig } from './find.js';

export { CONFIG_FILE, findConfig };

export interface LoadedConfig {
  readonly config: Config;
  /** The file read, or undefined when the defaults are used. */
  readonly path?: string;
  readonly checks: CrossOptions;
}

/**
 * SPEC §7: `--config`, else `ketnghia.config.json` in the working folder, else beside the
 * input files (the first input's folder that has one), else the defaults.
 */
export async function loadConfig(path: string | undefined, cwd: string, inputs: readonly string[] = []): Promise<LoadedConfig> {
  const file = path !== undefined ? resolve(cwd, path) : await findConfig(cwd, inputs);
  if (file === undefined) return withChecks(DEFAULT_CONFIG);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new CodedUsageError(CONFIG.notFound, { path: path ?? file });
  }
  const config = parseConfig(text, path ?? relative(cwd, file));
  return { ...withChecks(config), path: file };
}

/** "không đúng cú pháp JSON ở dòng 3, cột 12 (ký tự "}")" from V8's "… at position 41". */
function jsonError(error: unknown, source: string, name: string, lang: Lang): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = Number(/at position (\d+)/.exec(message)?.[1] ?? NaN);
  if (/end of JSON input/i.test(message) || position >= source.length) return render(lang, CONFIG.endsEarly, { name });
  if (Number.isNaN(position)) return render(lang, CONFIG.notJson, { name, detail: { vi: '', en: `: ${message}` } });
  const before = source.slice(0, position).split('\n');
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  const char = source.charAt(position);
  return render(lang, CONFIG.notJsonAt, { name, line, column, char });
}

/** Throws a coded usage error: the sentences in both languages, the face choosing one. */
export function parseConfig(text: string, name: string): Config {
  let json: unknown;
  const source = stripComments(text.replace(/^\uFEFF/, ''));
  try {
    json = JSON.parse(source);
  } catch (error) {
    throw refusal((lang) => jsonError(error, source, name, lang));
  }
  const parsed = ConfigSchema.safeParse(json);
  if (!parsed.success) {
    const { issues } = parsed.error;
    throw refusal((lang) => [render(lang, CONFIG.problems, { name }), ...issues.map((issue) => `  - ${describeIssue(issue, lang)}`)].join('\n'));
  }
  return parsed.data;
}

const AS_SAID = { vi: '{message}', en: '{message}' } as const;

/** A refusal whose sentence is built in each language (zod's issues, V8's JSON position). */
function refusal(say: (lang: Lang) => string): CodedUsageError {
  return new CodedUsageError(AS_SAID, { message: { vi: say('vi'), en: say('en') } });
}

/** A config with the check thresholds taken out of it (also for a config that did not come from a file). */
export function withChecks(config: Config): LoadedConfig {
  return { config, checks: checksOf(config) };
}

/** The thresholds of the checks a config sets. */
export function checksOf(config: Pick<Config, 'thresholds' | 'povertyStandardYears'>): CrossOptions {
  return {
    outlierChange: config.thresholds.outlierChange,
    outlierMinimum: config.thresholds.outlierMinimum,
    outlierAmountFactor: config.thresholds.outlierAmountFactor,
    povertyStandardYears: config.povertyStandardYears,
  };
}

/** zod's issues become one sentence each that names the key; zod's own text never reaches a user. */
export function describeIssue(issue: z.core.$ZodIssue, lang: Lang): string {
  const key = issue.path.map(String).join('.') || render(lang, CONFIG.root);
  switch (issue.code) {
    case 'unrecognized_keys':
      return render(lang, CONFIG_ISSUES.unrecognized_keys, { keys: issue.keys.map((k) => `"${[...issue.path, k].join('.')}"`).join(', ') });
    case 'invalid_type':
      return render(lang, CONFIG_ISSUES.invalid_type, { key, type: Object.hasOwn(CONFIG_TYPES, issue.expected) ? CONFIG_TYPES[issue.expected]! : issue.expected });
    case 'invalid_value':
      return render(lang, CONFIG_ISSUES.invalid_value, { key, values: issue.values.map((v) => JSON.stringify(v)).join(', ') });
    case 'too_small':
      return render(lang, CONFIG_ISSUES.too_small, { key, limit: String(issue.minimum) });
    case 'too_big':
      return render(lang, CONFIG_ISSUES.too_big, { key, limit: String(issue.maximum) });
    case 'invalid_format':
      return render(lang, CONFIG_ISSUES.invalid_format, { key });
    case 'invalid_union':
      return render(lang, CONFIG_ISSUES.invalid_union, { key });
    default:
      return render(lang, CONFIG_ISSUES.invalid, { key });
  }
}

/** Removes // and /* *\/ comments outside strings, so the starter file can explain itself. */
function stripComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      i += 2;
      while (i < text.length && !(text[i] === '*' && text[i + 1] === '/')) i++;
      i++;
    } else out += c;
  }
  return out;
}
