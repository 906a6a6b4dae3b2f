/** `ketnghia submissions` (SPEC §9), the face of app/submissions.ts: who has reported for a period. */
import chalk from 'chalk';
import { submissions as run, type SubmissionsResult as Built } from '../../app/submissions.js';
import { submissionsText } from '../../messages/submissions.js';
import type { Io } from '../io.js';
import { runData, type DataOptions } from '../data-options.js';
import { formatFindings } from '../print-findings.js';

export interface SubmissionsOptions extends Omit<DataOptions, 'allowErrors'> {
  /** Print a reminder to the missing units instead of the table. */
  readonly remind?: boolean;
  /** `YYYY-MM-DD` (or dd/mm/yyyy): files modified after this day are late; default the config's. */
  readonly deadline?: string;
}

export interface SubmissionsResult extends Built {
  readonly exitCode: 0 | 1;
}

export async function submissions(options: SubmissionsOptions, io: Io): Promise<SubmissionsResult> {
  const result = await runData(options, io, (request) =>
    run({ ...request, settings: { ...request.settings, ...(options.deadline !== undefined ? { deadline: options.deadline } : {}) } }),
  );
  if (!result.register) {
    io.err(formatFindings(result.load, options.lang));
    io.err(chalk.red(submissionsText(options.lang).noPairings) + '\n');
    return { ...result, exitCode: 1 };
  }
  return { ...result, exitCode: result.load.errors > 0 ? 1 : 0 };
}

export { printSubmissions } from '../print-submissions.js';
export { submissionsJson } from '../../words/submissions.js';
