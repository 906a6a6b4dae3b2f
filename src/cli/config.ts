/**
 * The config a command runs with, found as SPEC §7 says, and one line on stderr naming it —
 * or saying the defaults are used — so a report never carries another office's header unseen.
 */
import { relative } from 'node:path';
import type { LoadedConfig } from '../config/load.js';
import type { Lang } from '../findings/finding.js';
import type { Io } from './io.js';
import { t } from './text.js';

export async function commandConfig(explicit: unknown, inputs: readonly string[], io: Io, lang: Lang): Promise<LoadedConfig> {
  const { loadConfig } = await import('../config/load.js');
  const loaded = await loadConfig(typeof explicit === 'string' ? explicit : undefined, io.cwd, lang, inputs);
  io.err(`${configNote(loaded.path, io.cwd, lang)}\n`);
  return loaded;
}

export function configNote(path: string | undefined, cwd: string, lang: Lang): string {
  if (path === undefined) return t(lang, 'configDefaults');
  const shown = relative(cwd, path);
  return t(lang, 'configUsed', { path: shown.startsWith('..') || shown === '' ? path : shown });
}
