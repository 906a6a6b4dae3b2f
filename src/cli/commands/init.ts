/** `ketnghia init [dir]`, the face of app/init.ts: a blank submission workbook and a commented starter config. */
import { basename } from 'node:path';
import { messageOf } from '../../findings/finding.js';
import { TEMPLATE_FILE } from '../../init/template.js';
import { init as run, type InitOptions as Request, type InitResult } from '../../app/init.js';
import type { Io } from '../io.js';
import { INIT_RUN } from '../../messages/commands.js';
import { render } from '../../messages/render.js';

export type { InitResult, MasterSummary } from '../../app/init.js';

export type InitOptions = Omit<Request, 'cwd'>;

export function init(options: InitOptions, io: Io): Promise<InitResult> {
  return run({ ...options, cwd: io.cwd });
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
