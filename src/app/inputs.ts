/**
 * The inputs named (command-line arguments, the page's uploads) → the list of workbook files, folders searched recursively.
 *
 * Inputs arrive as Windows gives them: cmd and PowerShell pass `*.xlsx` through unexpanded,
 * so patterns are expanded here (tinyglobby); paths may use backslashes; and a folder Excel
 * has open holds `~$name.xlsx` owner files, which are skipped with a note, never read.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { CodedUsageError } from '../errors.js';
import { isPattern, splitPattern } from '../util/patterns.js';
import { CLI } from '../messages/cli.js';

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

export interface ExpandOptions {
  /** Called once with the temporary files left out (never read), when there are any. */
  readonly onSkip?: (skipped: readonly string[]) => void;
}

export async function expandInputs(inputs: readonly string[], cwd: string, options: ExpandOptions = {}): Promise<string[]> {
  if (inputs.length === 0) throw new CodedUsageError(CLI.noInputs);
  const files: string[] = [];
  const skipped: string[] = [];
  try {
    for (const input of inputs) await expandOne(input, cwd, files, skipped);
  } finally {
    // Said even when a usage error follows: "only an owner file here" explains it.
    if (skipped.length > 0) options.onSkip?.(skipped);
  }
  if (files.length === 0) throw new CodedUsageError(CLI.onlyTemp);
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

async function expandOne(input: string, cwd: string, files: string[], skipped: string[]): Promise<void> {
  const keep = (file: string) => (isTempFile(baseName(file)) ? skipped : files).push(file);
  const found = await existing(input, cwd);
  if (found?.isDirectory) {
    const inFolder = await walk(resolve(cwd, found.path), found.path, skipped);
    if (inFolder.length === 0) throw new CodedUsageError(CLI.emptyFolder, { path: input });
    files.push(...inFolder);
  } else if (found) keep(found.path);
  else if (isPattern(input)) {
    const before = files.length;
    for (const file of await expandPattern(input, cwd)) keep(file);
    if (files.length === before) throw new CodedUsageError(CLI.noMatch, { path: input });
  } else throw new CodedUsageError(CLI.notFound, { path: input });
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
  return found
    .filter((file) => WORKBOOK.test(file) || isTempFile(baseName(file)))
    .sort((a, b) => a.localeCompare(b))
    .map((file) => (shown ? join(shown, file) : file));
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

async function walk(full: string, shown: string, skipped: string[]): Promise<string[]> {
  const entries = await readdir(full, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.')) files.push(...(await walk(join(full, entry.name), join(shown, entry.name), skipped)));
    } else if (WORKBOOK.test(entry.name)) {
      if (isTempFile(entry.name) || entry.name.startsWith('.')) skipped.push(join(shown, entry.name));
      else files.push(join(shown, entry.name));
    }
  }
  return files;
}
