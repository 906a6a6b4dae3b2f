/** A cleaned copy of a workbook, and the list of what changed: `fix` and the page's copies. */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { checkOutput } from '../util/output.js';
import { CodedUsageError } from '../errors.js';
import { finding, type Finding } from '../findings/finding.js';
import { FIX } from '../messages/fix.js';
import { unreadableFinding } from '../findings/unreadable.js';
import { fixFile, type CellChange } from '../fix/workbook.js';
import { formatBytes } from '../dataset/load.js';
import { samePath } from '../util/write.js';
import { localToday } from '../values/calendar.js';
import { DEFAULT_MAX_SIZE, inspectWorkbook, measureInflated } from '../workbook/inspect.js';

export type { CellChange };

export interface FixOptions {
  /** The folder `input` and `output` are relative to. */
  cwd: string;
  input: string;
  output: string;
  /** Replace an existing output file. */
  force?: boolean;
  /** Today as YYYY-MM-DD: later dates are errors and are not rewritten. */
  today?: string;
}

export interface FixResult {
  /** 1 when the input could not be read or has no recognised sheet (nothing written). */
  exitCode: 0 | 1;
  changes: CellChange[];
  /** The output path as given, once written. */
  written?: string;
  /** Cells left alone because they are blank where required or cannot be read. */
  unfixed?: number;
  /** Why nothing was written. */
  problem?: Finding;
}

export async function fix(options: FixOptions): Promise<FixResult> {
  const input = resolve(options.cwd, options.input);
  const output = resolve(options.cwd, options.output);
  if (!/\.xlsx$/i.test(output)) throw new CodedUsageError(FIX.notXlsx, { path: options.output });
  const info = await stat(input).catch(() => undefined);
  if (info?.isDirectory()) throw new CodedUsageError(FIX.isFolder, { path: options.input });
  if (info?.isFile() !== true) throw new CodedUsageError(FIX.notFound, { path: options.input });
  if (samePath(input, output)) {
    throw new CodedUsageError(FIX.inPlace, { suggestion: basename(options.input).replace(/(\.\w+)?$/, '-da-sua.xlsx') });
  }
  await checkOutput(output, { force: options.force === true, ext: '.xlsx', shown: options.output });

  const fail = (problem: Finding): FixResult => ({ exitCode: 1, changes: [], problem });
  const file = options.input;
  const inspected = await inspectWorkbook(input, DEFAULT_MAX_SIZE).catch(() => undefined);
  if (inspected === undefined) return fail(unreadableFinding(file, 'unreadable'));
  if (inspected.kind === 'legacy') return fail(finding('file-legacy-format', { file }));
  if (inspected.kind === 'too-large') return fail(finding('file-too-large', { file, params: { limit: formatBytes(DEFAULT_MAX_SIZE) } }));
  if (inspected.kind === 'unreadable') return fail(unreadableFinding(file, inspected.reason));
  // fix reads the whole workbook into memory: measure what it really inflates to first,
  // whatever the zip's headers claim.
  const measured = await measureInflated(input, DEFAULT_MAX_SIZE);
  if (measured === 'too-large') return fail(finding('file-too-large', { file, params: { limit: formatBytes(DEFAULT_MAX_SIZE) } }));
  if (measured === 'corrupt') return fail(unreadableFinding(file, 'corrupt'));

  const result = await fixFile(input, output, options.today ?? localToday());
  if (result.kind === 'unreadable') return fail(unreadableFinding(file, 'xml'));
  if (result.kind === 'no-known-sheet') {
    return fail(finding('no-known-sheet', { file, params: { detail: result.sheets.map((s) => `"${s}"`).join(', ') || '—' } }));
  }
  return { exitCode: 0, changes: [...result.changes], written: options.output, unfixed: result.unfixed };
}
