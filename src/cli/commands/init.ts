/** `ketnghia init [dir]`: a blank submission workbook and a commented starter config. */
import { stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { CONFIG_FILE } from '../../config/load.js';
import { loadWorkbooks } from '../../dataset/load.js';
import { UsageError } from '../../errors.js';
import { messageOf, type Finding } from '../../findings/finding.js';
import { starterConfig } from '../../init/config-file.js';
import { masterCounts, masterNames, type MasterNames } from '../../init/lists.js';
import { GUIDE_SHEET, LIST_SHEET } from '../../init/sheet-names.js';
import { schemaReference } from '../../init/schema-ref.js';
import { buildTemplate, TEMPLATE_FILE } from '../../init/template.js';
import { localToday } from '../../values/calendar.js';
import { refuseInput, writeAtomic } from '../../util/write.js';
import type { Io } from '../io.js';
import { INIT_RUN } from '../../messages/commands.js';
import { render } from '../../messages/render.js';

export interface InitOptions {
  /** Folder to write into; default the working folder. */
  dir?: string;
  /** A master workbook whose communes, villages and units fill the dropdowns. */
  from?: string;
  /** Overwrite files that already exist. */
  force?: boolean;
  lang: 'vi' | 'en';
  /** Today as YYYY-MM-DD, for reading the master (later dates are errors there). */
  today?: string;
}

export interface MasterSummary {
  readonly file: string;
  /** Errors found in the master: its rows with errors give no names. */
  readonly errors: number;
  readonly communes: number;
  readonly villages: number;
  readonly units: number;
}

export interface InitResult {
  /** 1 when nothing was written (every file existed, or the master was unusable). */
  exitCode: 0 | 1;
  /** Paths as the user would write them (under `dir` as given). */
  written: string[];
  /** Existing files left alone for want of --force. */
  skipped: string[];
  master?: MasterSummary;
  /** Why the master could not be used (file-level findings). */
  problems?: readonly Finding[];
  /** The data sheets of the template written, in order. */
  sheets?: readonly string[];
  /** The folder the files went to, when it is not the working folder (absolute). */
  elsewhere?: string;
}

export async function init(options: InitOptions, io: Io): Promise<InitResult> {
  const { lang } = options;
  const dir = resolve(io.cwd, options.dir ?? '.');
  const shown = (name: string) => (options.dir === undefined ? name : join(options.dir, name));
  const templatePath = join(dir, TEMPLATE_FILE);

  let master: MasterNames | undefined;
  let summary: MasterSummary | undefined;
  if (options.from !== undefined) {
    const from = resolve(io.cwd, options.from);
    if (!(await isFile(from))) throw new UsageError(render(lang, INIT_RUN.masterNotFound, { path: options.from }));
    if (options.force) {
      refuseInput(templatePath, [from], render(lang, INIT_RUN.overwritesMaster, { template: shown(TEMPLATE_FILE) }));
    }
    const load = await loadWorkbooks({ files: [from], today: options.today ?? localToday() });
    master = masterNames(load.dataset);
    summary = { file: options.from, errors: load.errors, ...masterCounts(load.dataset), units: master.units.length };
    if (master.communes.length + master.villages.length + master.units.length === 0) {
      // A master that yields no names is the wrong file or an unreadable one: better to say so than write empty lists.
      const problems = load.findings.filter((f) => f.row === undefined && f.severity === 'error');
      return { exitCode: 1, written: [], skipped: [], master: summary, problems };
    }
  }

  const written: string[] = [];
  const skipped: string[] = [];
  let sheets: string[] | undefined;
  const targets: Array<[string, (path: string) => Promise<void>]> = [
    [TEMPLATE_FILE, async (path) => {
      const workbook = await buildTemplate({ lang: options.lang, ...(master ? { master } : {}) });
      sheets = workbook.worksheets.map((w) => w.name).filter((name) => name !== GUIDE_SHEET && name !== LIST_SHEET);
      await writeAtomic(path, async (tmp) => {
        await workbook.xlsx.writeFile(tmp);
      });
    }],
    [CONFIG_FILE, async (path) => {
      await writeAtomic(path, starterConfig(schemaReference(dir)));
    }],
  ];
  for (const [name, write] of targets) {
    const path = join(dir, name);
    if (!options.force && (await exists(path))) {
      skipped.push(shown(name));
      continue;
    }
    await write(path);
    written.push(shown(name));
  }
  const elsewhere = resolve(io.cwd) === dir ? undefined : dir;
  return { exitCode: written.length > 0 ? 0 : 1, written, skipped, ...(summary ? { master: summary } : {}), ...(sheets ? { sheets } : {}), ...(elsewhere ? { elsewhere } : {}) };
}

export function printInit(result: InitResult, options: InitOptions, io: Io): void {
  const { lang } = options;
  for (const problem of result.problems ?? []) io.err(`${problem.file}: ${messageOf(problem, options.lang)}\n`);
  const m = result.master;
  if (m && result.written.length + result.skipped.length === 0) {
    io.err(render(lang, INIT_RUN.noNames, { file: m.file }) + '\n');
    return;
  }
  if (m && m.errors > 0) {
    io.err(render(lang, INIT_RUN.masterErrors, { file: m.file, errors: m.errors }) + '\n');
  }
  for (const path of result.written) {
    if (basename(path) === TEMPLATE_FILE) {
      io.out(render(lang, INIT_RUN.templateWritten, { path }) + '\n');
      const sheets = result.sheets ?? [];
      io.out(render(lang, INIT_RUN.templateSheets, { count: sheets.length, names: sheets.join(', ') }) + '\n');
      if (m) io.out(render(lang, INIT_RUN.templateLists, { file: m.file, communes: m.communes, villages: m.villages, units: m.units }) + '\n');
    } else {
      io.out(render(lang, INIT_RUN.configWritten, { path }) + '\n');
      // Written beside the template, where commands run from the working folder do not look.
      if (result.elsewhere && options.dir !== undefined) io.out(render(lang, INIT_RUN.configElsewhere, { dir: options.dir, path }) + '\n');
    }
  }
  for (const path of result.skipped) {
    io.err(render(lang, INIT_RUN.skipped, { path }) + '\n');
  }
  if (result.written.length === 0) {
    io.err(render(lang, INIT_RUN.nothingWritten) + '\n');
    return;
  }
  io.out(render(lang, INIT_RUN.next) + '\n');
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() === true;
}
