/**
 * Finding the config file (SPEC §7) without loading its schema: a command run with no
 * config file never pays for zod.
 */
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { CrossOptions } from '../checks/cross.js';
import { DEFAULT_OUTLIER_OPTIONS } from '../checks/outliers.js';
import { splitPattern } from '../util/patterns.js';

export const CONFIG_FILE = 'ketnghia.config.json';

/** The thresholds of the checks when there is no config file: the config's defaults (./defaults.ts). */
export const DEFAULT_CHECKS: CrossOptions = DEFAULT_OUTLIER_OPTIONS;

/** Where the config file is when --config does not say: the working folder, then the inputs' folders. */
export async function findConfig(cwd: string, inputs: readonly string[]): Promise<string | undefined> {
  const folders = [cwd];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => undefined);
    // A pattern ("D:\Báo cáo\*.xlsx") or a backslash path on Linux: its folder part.
    folders.push(info ? (info.isDirectory() ? path : dirname(path)) : resolve(cwd, splitPattern(input).base));
  }
  for (const folder of folders) {
    const file = resolve(folder, CONFIG_FILE);
    if ((await stat(file).catch(() => undefined))?.isFile()) return file;
  }
  return undefined;
}

