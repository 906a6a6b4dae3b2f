/**
 * The config a command runs with, found as SPEC §7 says, and one line on stderr naming it —
 * or saying the defaults are used — so a report never carries another office's header unseen.
 */
import { relative } from 'node:path';
import type { CrossOptions } from '../checks/cross.js';
import type { LoadedConfig } from '../config/load.js';
import type { Lang } from '../findings/finding.js';
import type { Io } from './io.js';
import { CLI } from '../messages/cli.js';
import { render } from '../messages/render.js';

export async function commandConfig(explicit: unknown, inputs: readonly string[], io: Io, lang: Lang): Promise<LoadedConfig> {
  const { loadConfig } = await import('../config/load.js');
  const loaded = await loadConfig(typeof explicit === 'string' ? explicit : undefined, io.cwd, inputs);
  io.err(`${configNote(loaded.path, io.cwd, lang)}\n`);
  return loaded;
}

/**
 * Only the thresholds of the checks (what `validate` needs): with no config file to read,
 * the schema and zod are not loaded at all — a tenth of a second of every start.
 */
export async function commandChecks(explicit: unknown, inputs: readonly string[], io: Io, lang: Lang): Promise<{ readonly checks: CrossOptions; readonly path?: string }> {
  if (typeof explicit !== 'string') {
    const { findConfig, DEFAULT_CHECKS } = await import('../config/find.js');
    if ((await findConfig(io.cwd, inputs)) === undefined) {
      io.err(`${configNote(undefined, io.cwd, lang)}\n`);
      return { checks: DEFAULT_CHECKS };
    }
  }
  return commandConfig(explicit, inputs, io, lang);
}

function configNote(path: string | undefined, cwd: string, lang: Lang): string {
  if (path === undefined) return render(lang, CLI.configDefaults);
  const shown = relative(cwd, path);
  return render(lang, CLI.configUsed, { path: shown.startsWith('..') || shown === '' ? path : shown });
}
