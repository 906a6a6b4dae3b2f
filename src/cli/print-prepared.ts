/**
 * What `prepare` found, said on stderr by the command that called it (stats, coverage,
 * report): the findings and why the run stopped, what --allow-errors left out, a period
 * without data, the warnings. With --json a stop prints validate's JSON on stdout.
 */
import chalk from 'chalk';
import { keptSentence } from '../words/resubmission.js';
import { integerIn } from '../format/vi.js';
import { render } from '../messages/render.js';
import { RUN } from '../messages/run.js';
import type { Io } from './io.js';
import { periodDataMessage } from '../words/period.js';
import type { Prepared } from '../app/prepare.js';
import type { Lang } from '../findings/finding.js';
import { formatFindings } from './print-findings.js';
import { summaryLine } from '../words/counts.js';
import { skippedNote, warningsNote } from '../words/warnings.js';

export async function printPrepared(prepared: Prepared, options: { readonly lang: Lang; readonly json?: boolean }, io: Io): Promise<void> {
  const { load } = prepared;
  const { lang } = options;
  const n = (x: number) => integerIn(lang, x);
  for (const note of prepared.said) {
    switch (note.kind) {
      case 'stopped':
        if (options.json) {
          const { validateJson } = await import('../words/validate-json.js');
          io.out(JSON.stringify(validateJson({ load, valid: false }, lang), null, 2) + '\n');
        } else {
          io.err(formatFindings(load, lang));
          io.err(`${summaryLine(load, lang)}\n`);
        }
        io.err(chalk.red(render(lang, RUN.stopped) + '\n'));
        break;
      case 'left-out':
        for (const r of load.resubmissions) io.err(chalk.yellow(keptSentence(r, lang)) + '\n');
        io.err(
          chalk.yellow(
            render(lang, RUN.leftOut, {
              rows: n(note.rows),
              unreadable: note.unreadable ? render(lang, RUN.unreadableFiles, { files: n(note.unreadable) }) : '',
              errors: n(note.errors),
            }) + '\n',
          ),
        );
        break;
      case 'no-data':
        if (load.errors === 0) io.err(formatFindings(load, lang));
        io.err(chalk.red(render(lang, RUN.noData) + '\n'));
        break;
      case 'period-data': {
        const color = note.data.kind === 'none' ? chalk.red : chalk.yellow;
        io.err(color(periodDataMessage(note.data, note.period, lang)) + '\n');
        break;
      }
      case 'warnings': {
        const skipped = skippedNote(load.findings, lang);
        if (skipped) io.err(chalk.yellow(skipped) + '\n');
        const text = warningsNote(load.findings, lang);
        if (text) io.err(chalk.yellow(text) + '\n');
        break;
      }
    }
  }
}
