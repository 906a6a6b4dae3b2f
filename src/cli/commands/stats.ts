/** `ketnghia stats`: the face of app/stats.ts — the indicators of SPEC §5 as tables, JSON or a workbook. */
import { resolve } from 'node:path';
import type { Lang } from '../../findings/finding.js';
import { statsTables } from '../../words/stats-tables.js';
import { TABLE_IDS, type TableId } from '../../model/table.js';
import type { Indicators } from '../../indicators/types.js';
import { UsageError } from '../../errors.js';
import { refuseInput } from '../../util/write.js';
import { checkOutput } from '../../util/output.js';
import type { Io } from '../io.js';
import type { RunNotes } from '../../app/prepare.js';
import { stats as run } from '../../app/stats.js';
import { runData, type DataOptions } from '../data-options.js';
import { statsJson } from '../../words/stats-json.js';
import { printPrepared } from '../print-prepared.js';
import { renderTable } from '../print-tables.js';
import { CLI } from '../../messages/cli.js';
import { render } from '../../messages/render.js';
import { submissionsText } from '../../words/submissions-text.js';
import { STATS_RUN } from '../../messages/commands.js';
import { withVillageTerm } from '../../words/village-term.js';

export interface StatsOptions extends DataOptions {
  /** Write the tables to this workbook. */
  readonly xlsx?: string;
  /** Tables shown on screen; default: DEFAULT_BREAKDOWN. */
  readonly by?: readonly TableId[];
  /** Replace an existing --xlsx file. */
  readonly force?: boolean;
  /** The config's word for a village, in the tables' labels. */
  readonly villageTerm?: string;
}

/** The tables `stats` shows without --by (the README's `--by` row says the same). */
const DEFAULT_BREAKDOWN: readonly TableId[] = ['summary', 'year', 'type', 'source', 'poverty', 'infrastructure'];

export type StatsResult = {
  readonly exitCode: 0 | 1;
  readonly indicators?: Indicators;
  readonly written?: string;
  readonly notes?: RunNotes;
};

export async function stats(options: StatsOptions, io: Io): Promise<StatsResult> {
  const inputs = options.inputs.map((i) => resolve(io.cwd, i));
  if (options.xlsx) refuseInput(resolve(io.cwd, options.xlsx), inputs, render(options.lang, CLI.sameAsInput, { path: options.xlsx }));
  if (options.xlsx) await checkOutput(resolve(io.cwd, options.xlsx), { force: options.force === true, ext: '.xlsx', shown: options.xlsx });
  const result = await runData(options, io, run);
  await printPrepared(result.prepared, options, io);
  if (!result.ok) return { exitCode: 1 };
  const { indicators } = result;
  if (options.xlsx) refuseInput(resolve(io.cwd, options.xlsx), result.prepared.files.map((f) => resolve(io.cwd, f)), render(options.lang, CLI.sameAsInput, { path: options.xlsx }));
  let written: string | undefined;
  if (options.xlsx) {
    const { writeStatsWorkbook } = await import('../../export/stats-xlsx.js');
    await writeStatsWorkbook(resolve(io.cwd, options.xlsx), statsTables(indicators, options.lang).map((t) => withVillageTerm(t, options.villageTerm, options.lang)), options.lang);
    written = options.xlsx;
  }
  return { exitCode: 0, indicators, notes: result.notes, ...(written ? { written } : {}) };
}

export function printStats(result: StatsResult, options: StatsOptions, io: Io): void {
  if (!result.indicators) return;
  if (options.json) {
    io.out(JSON.stringify(statsJson(result.indicators, result.notes!), null, 2) + '\n');
    return;
  }
  const tables = statsTables(result.indicators, options.lang).map((t) => withVillageTerm(t, options.villageTerm, options.lang));
  const shown = options.by ?? DEFAULT_BREAKDOWN;
  for (const id of shown) {
    const table = tables.find((t) => t.id === id);
    if (table) io.out(renderTable(table, options.lang, io.isTTY) + '\n');
  }
  const submissions = result.indicators.submissions;
  if (submissions) io.out(submissionsText(options.lang).statsLine(submissions.reported, submissions.expected, submissionsText(options.lang).rate(submissions.rate)) + '\n');
  if (result.written) io.out(render(options.lang, STATS_RUN.written, { path: result.written }) + '\n');
}

export function parseBy(text: string, lang: Lang): TableId[] {
  const ids = text.split(',').map((s) => s.trim()).filter(Boolean);
  const expanded = ids.includes('all') ? [...TABLE_IDS] : ids;
  for (const id of expanded) {
    if (!(TABLE_IDS as readonly string[]).includes(id)) {
      throw new UsageError(render(lang, STATS_RUN.badTable, { id, ids: TABLE_IDS.join(', ') }));
    }
  }
  return expanded as TableId[];
}
