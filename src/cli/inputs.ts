/** Command-line inputs → the list of workbook files, folders searched recursively. */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Lang } from '../findings/finding.js';
import { UsageError } from '../errors.js';
import { t } from './text.js';

// .xls files are listed too: they are reported as `file-legacy-format` with instructions,
// which helps more than skipping them silently.
const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

export async function expandInputs(inputs: readonly string[], cwd: string, lang: Lang): Promise<string[]> {
  if (inputs.length === 0) throw new UsageError(t(lang, 'noInputs'));
  const files: string[] = [];
  for (const input of inputs) {
    const full = resolve(cwd, input);
    const info = await stat(full).catch(() => undefined);
    if (!info) throw new UsageError(t(lang, 'notFound', { path: input }));
    if (info.isDirectory()) {
      const found = await walk(full, input);
      if (found.length === 0) throw new UsageError(t(lang, 'emptyFolder', { path: input }));
      files.push(...found);
    } else files.push(input);
  }
  // One file named twice ("samples/a.xlsx ./samples/a.xlsx", a folder and a file in it, a
  // link) is read once: read twice, its figures would count double.
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const file of files) {
    const real = await realpath(resolve(cwd, file)).catch(() => resolve(cwd, file));
    if (seen.has(real)) continue;
    seen.add(real);
    unique.push(file);
  }
  return unique;
}

async function walk(full: string, shown: string): Promise<string[]> {
  const entries = await readdir(full, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    // "~$name.xlsx" is the lock file Excel leaves next to an open workbook.
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    if (entry.isDirectory()) files.push(...(await walk(join(full, entry.name), join(shown, entry.name))));
    else if (WORKBOOK.test(entry.name)) files.push(join(shown, entry.name));
  }
  return files;
}

/** Parses sizes like 1G, 500M, 20k or a plain byte count. */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:[.,]\d+)?)\s*([kmgt]?)(i?b)?$/i.exec(text.trim());
  if (!match) return undefined;
  const factor = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g' | 't'];
  const value = Number(match[1]!.replace(',', '.')) * factor;
  return value > 0 ? Math.round(value) : undefined;
}

export function parsePositiveInt(text: string): number | undefined {
  return /^\d+$/.test(text.trim()) && Number(text) > 0 ? Number(text) : undefined;
}
