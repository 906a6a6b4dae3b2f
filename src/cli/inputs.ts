/**
 * Command-line inputs → the list of workbook files, folders searched recursively.
 *
 * Inputs arrive as Windows gives them: cmd and PowerShell pass `*.xlsx` through unexpanded,
 * so patterns are expanded here (tinyglobby); paths may use backslashes. A folder Excel has
 * open holds `~$name.xlsx` owner files, and a folder of submissions often a PDF or a Word
 * letter beside the workbooks: those are handed back as skipped (`file-skipped`), never read.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Lang } from '../findings/finding.js';
import { UsageError } from '../errors.js';
import { isPattern, splitPattern } from '../util/patterns.js';
import { CLI } from '../messages/cli.js';
import { render } from '../messages/render.js';

export { isPattern, splitPattern };

// .xls files are listed too: they are reported as `file-legacy-format` with instructions,
// which helps more than skipping them silently.
const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

/**
 * Files no one submitted: Excel's owner file `~$name.xlsx` (while the workbook is open),
 * Word/Excel temporaries `~name.tmp`, LibreOffice's `.~lock.name#`, macOS's `._name`, and
 * our own half-written outputs `.name.123.tmp`.
 */
export function isTempFile(name: string): boolean {
  return /^(~|\.~lock\.|\._)/.test(name) || /\.tmp$/i.test(name) || name.endsWith('#');
}

/** A file left out, with why: it is named as `file-skipped`, never dropped silently (SPEC §3). */
export interface SkippedFile {
  readonly file: string;
  readonly reason: 'lock' | 'not-workbook';
}

/**
 * Files of a folder no one means as an input and not worth a word: the system's own (Finder's
 * `.DS_Store`, Explorer's `Thumbs.db`), temporaries other than lock files, and our config.
 */
function isNoise(name: string): boolean {
  return name.startsWith('.') || /^(thumbs\.db|desktop\.ini|ketnghia\.config\.json)$/i.test(name) || (isTempFile(name) && !name.startsWith('~$'));
}

/** Documents and pictures that are plainly not workbooks, skipped even when named on the command line. */
const NOT_WORKBOOK = /\.(pdf|docx?|odt|rtf|pptx?|odp|jpe?g|png|gif|bmp|tiff?|heic|webp|zip|rar|7z|txt|html?|msg|eml)$/i;

export interface ExpandOptions {
  /** Called once with the files left out (never read), when there are any. */
  readonly onSkip?: (skipped: readonly SkippedFile[]) => void;
}

export async function expandInputs(inputs: readonly string[], cwd: string, lang: Lang, options: ExpandOptions = {}): Promise<string[]> {
  if (inputs.length === 0) throw new UsageError(render(lang, CLI.noInputs));
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  try {
    for (const input of inputs) await expandOne(input, cwd, lang, files, skipped);
  } finally {
    // Said even when a usage error follows: "only an owner file here" explains it.
    if (skipped.length > 0) options.onSkip?.(skipped);
  }
  if (files.length === 0) throw new UsageError(render(lang, CLI.onlyTemp));
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

/** Whether a file is left out, and why; undefined when it is to be read. */
function skipReason(name: string, given: boolean): SkippedFile['reason'] | 'noise' | undefined {
  if (name.startsWith('~$') || (WORKBOOK.test(name) && (isTempFile(name) || name.startsWith('.')))) return 'lock';
  if (given) return NOT_WORKBOOK.test(name) ? 'not-workbook' : undefined;
  if (isNoise(name)) return 'noise';
  return WORKBOOK.test(name) ? undefined : 'not-workbook';
}

async function expandOne(input: string, cwd: string, lang: Lang, files: string[], skipped: SkippedFile[]): Promise<void> {
  const keep = (file: string, given: boolean) => {
    const reason = skipReason(baseName(file), given);
    if (reason === undefined) files.push(file);
    else if (reason !== 'noise') skipped.push({ file, reason });
  };
  const found = await existing(input, cwd);
  if (found?.isDirectory) {
    const before = files.length;
    for (const file of await walk(resolve(cwd, found.path), found.path)) keep(file, false);
    if (files.length === before) throw new UsageError(render(lang, CLI.emptyFolder, { path: input }));
  } else if (found) keep(found.path, true);
  else if (isPattern(input)) {
    const before = files.length;
    for (const file of await expandPattern(input, cwd)) keep(file, false);
    if (files.length === before) throw new UsageError(render(lang, CLI.noMatch, { path: input }));
  } else throw new UsageError(render(lang, CLI.notFound, { path: input }));
}

/** The input as given or, on a system whose separator is "/", with its backslashes as "/". */
async function existing(input: string, cwd: string): Promise<{ path: string; isDirectory: boolean } | undefined> {
  const candidates = sep === '/' && input.includes('\\') ? [input, input.replaceAll('\\', '/')] : [input];
  for (const path of candidates) {
    const info = await stat(resolve(cwd, path)).catch(() => undefined);
    if (info) return { path, isDirectory: info.isDirectory() };
  }
  return undefined;
}

/** The workbooks a pattern names, sorted; loaded only when a pattern is given. */
async function expandPattern(pattern: string, cwd: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const split = splitPattern(pattern);
  const base = resolve(cwd, split.base);
  const found = await glob(split.glob, {
    cwd: base,
    onlyFiles: true,
    expandDirectories: false,
    // Windows names ignore case: "*.XLSX" finds "a.xlsx" there as Explorer does.
    caseSensitiveMatch: process.platform !== 'win32',
  });
  const shown = split.base === '.' ? '' : split.base;
  return found.sort((a, b) => a.localeCompare(b)).map((file) => (shown ? join(shown, file) : file));
}

/** The one line that names the files left out, for when no findings are shown (a usage error follows). */
export function skipNote(skipped: readonly SkippedFile[], lang: Lang): string {
  const names = skipped.map((s) => s.file);
  const shown = names.length > 3 ? [...names.slice(0, 3), '…'] : names;
  return render(lang, CLI.skippedTemp, { count: skipped.length, files: shown.join(', ') });
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Every file under a folder, sorted, skipping hidden folders. */
async function walk(full: string, shown: string): Promise<string[]> {
  const entries = await readdir(full, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.')) files.push(...(await walk(join(full, entry.name), join(shown, entry.name))));
    } else files.push(join(shown, entry.name));
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
