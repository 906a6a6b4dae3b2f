/**
 * Reading the config file: JSON with comments allowed (the starter file is commented),
 * checked against the schema, every problem named by its key, in the user's language.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { z } from 'zod';
import type { CrossOptions } from '../checks/cross.js';
import { UsageError } from '../errors.js';
import type { Lang } from '../findings/finding.js';
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
export async function loadConfig(path: string | undefined, cwd: string, lang: Lang, inputs: readonly string[] = []): Promise<LoadedConfig> {
  const file = path !== undefined ? resolve(cwd, path) : await findConfig(cwd, inputs);
  if (file === undefined) return withChecks(DEFAULT_CONFIG);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(lang === 'vi' ? `Không tìm thấy tệp cấu hình ${path ?? file}.` : `Config file ${path ?? file} not found.`);
  }
  const config = parseConfig(text, path ?? relative(cwd, file), lang);
  return { ...withChecks(config), path: file };
}

/** "không đúng cú pháp JSON ở dòng 3, cột 12 (ký tự "}")" from V8's "… at position 41". */
function jsonError(error: unknown, source: string, name: string, lang: Lang): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = Number(/at position (\d+)/.exec(message)?.[1] ?? NaN);
  const vi = lang === 'vi';
  if (/end of JSON input/i.test(message) || position >= source.length) {
    return vi
      ? `${name} không đúng cú pháp JSON: tệp kết thúc giữa chừng (thiếu dấu "}", "]" hoặc dấu ngoặc kép đóng).`
      : `${name} is not valid JSON: the file ends too early (a missing "}", "]" or closing quote).`;
  }
  if (Number.isNaN(position)) return vi ? `${name} không đúng cú pháp JSON.` : `${name} is not valid JSON: ${message}`;
  const before = source.slice(0, position).split('\n');
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  const char = source.charAt(position);
  return vi
    ? `${name} không đúng cú pháp JSON ở dòng ${line}, cột ${column} (ký tự "${char}"): thường do thiếu hoặc thừa dấu phẩy, dấu ngoặc kép hay dấu ngoặc.`
    : `${name} is not valid JSON at line ${line}, column ${column} (character "${char}"): usually a missing or extra comma, quote or bracket.`;
}

export function parseConfig(text: string, name: string, lang: Lang): Config {
  let json: unknown;
  const source = stripComments(text.replace(/^\uFEFF/, ''));
  try {
    json = JSON.parse(source);
  } catch (error) {
    throw new UsageError(jsonError(error, source, name, lang));
  }
  const parsed = ConfigSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${describeIssue(issue, lang)}`);
    const head = lang === 'vi' ? `Tệp cấu hình ${name} có lỗi:` : `The config file ${name} has problems:`;
    throw new UsageError([head, ...lines].join('\n'));
  }
  return parsed.data;
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
  const key = issue.path.map(String).join('.') || (lang === 'vi' ? '(gốc)' : '(root)');
  const vi = lang === 'vi';
  switch (issue.code) {
    case 'unrecognized_keys':
      return vi
        ? `khóa không hợp lệ: ${issue.keys.map((k) => `"${[...issue.path, k].join('.')}"`).join(', ')}`
        : `unknown key: ${issue.keys.map((k) => `"${[...issue.path, k].join('.')}"`).join(', ')}`;
    case 'invalid_type':
      return vi ? `"${key}" phải là ${typeName(issue.expected, lang)}` : `"${key}" must be ${typeName(issue.expected, lang)}`;
    case 'invalid_value':
      return vi
        ? `"${key}" phải là một trong: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
        : `"${key}" must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return vi ? `"${key}" phải ≥ ${String(issue.minimum)}` : `"${key}" must be ≥ ${String(issue.minimum)}`;
    case 'too_big':
      return vi ? `"${key}" phải ≤ ${String(issue.maximum)}` : `"${key}" must be ≤ ${String(issue.maximum)}`;
    case 'invalid_format':
      return vi ? `"${key}" sai định dạng (cần dạng YYYY-MM-DD hoặc năm YYYY)` : `"${key}" has the wrong format (expected YYYY-MM-DD or a year YYYY)`;
    case 'invalid_union':
      return vi ? `"${key}" phải là một số (%) hoặc bảng theo năm { "2020": 5.1 }` : `"${key}" must be a number (%) or a table by year { "2020": 5.1 }`;
    default:
      return vi ? `"${key}" không hợp lệ` : `"${key}" is invalid`;
  }
}

function typeName(expected: string, lang: Lang): string {
  const vi: Record<string, string> = { string: 'chuỗi chữ', number: 'số', boolean: 'true/false', array: 'danh sách [ … ]', object: 'đối tượng { … }' };
  const en: Record<string, string> = { string: 'a string', number: 'a number', boolean: 'true/false', array: 'a list [ … ]', object: 'an object { … }' };
  return (lang === 'vi' ? vi : en)[expected] ?? expected;
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
