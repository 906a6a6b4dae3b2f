/**
 * The page's second-pass endpoints, kept apart from server.ts: taking one file off the
 * list or all of them, and the two Excel downloads — the figures (`stats --xlsx`) and the
 * register (`submissions --xlsx`), written by the same export modules the CLI uses.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Config } from '../config/schema.js';
import type { Progress } from '../dataset/load.js';
import { dataPeriod } from '../cli/prepare.js';
import { localToday } from '../values/calendar.js';
import { readJson } from './body.js';
import type { FiguresRequest, JobContext } from './jobs.js';
import type { Session } from './session.js';
import { busyMessage, MESSAGES, PageError } from './text.js';

type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

export interface PageRouteDeps {
  readonly session: Session;
  /** The job context, with the report form's fields over the config when given. */
  readonly context: (config?: Config) => JobContext;
  /** The config with the form's fields over it (checked by the schema). */
  readonly withForm: (form: unknown) => Config;
  readonly send: (res: ServerResponse, status: number, value: unknown) => void;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The commands print nothing here: the page shows their results. */
const silent = (cwd: string) => ({ out: () => {}, err: () => {}, isTTY: false, errIsTTY: false, cwd });

export function pageRoutes({ session, context, withForm, send }: PageRouteDeps): Record<string, Route> {
  return {
    'POST /api/upload/skipped': async (req, res) => {
      const { files } = (await readJson(req)) as { files?: unknown };
      if (!session.uploading) throw new PageError(409, MESSAGES.noFiles);
      session.skip(files);
      send(res, 200, { ok: true });
    },
    'POST /api/files/remove': async (req, res) => {
      const { file } = (await readJson(req)) as { file?: unknown };
      if (session.busy) throw new PageError(409, busyMessage(session.progress!.step));
      if (typeof file !== 'string' || !(await session.remove(file))) throw new PageError(404, MESSAGES.notFound);
      send(res, 200, { files: session.files });
    },
    'POST /api/files/clear': async (req, res) => {
      await readJson(req);
      if (session.busy) throw new PageError(409, busyMessage(session.progress!.step));
      // Also ends a batch that broke off (a file over the limit): nothing is left waiting for its check.
      await session.clear();
      session.uploading = false;
      send(res, 200, { files: session.files });
    },
    'POST /api/export/figures': async (req, res) => {
      const body = (await readJson(req)) as FiguresRequest;
      send(res, 200, await session.run('figures', (p) => figuresWorkbook(context(), body, p)));
    },
    'POST /api/export/register': async (req, res) => {
      const body = (await readJson(req)) as FiguresRequest & { form?: unknown };
      const ctx = context(body.form === undefined ? undefined : withForm(body.form));
      send(res, 200, await session.run('submissions', (p) => registerWorkbook(ctx, body, p)));
    },
  };
}

function given(request: FiguresRequest): { from?: string; to?: string } {
  const from = request.from?.trim();
  const to = request.to?.trim();
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

function common(ctx: JobContext, onProgress: (p: Progress) => void) {
  return { inputs: ctx.session.files, skipped: ctx.session.skipped, lang: 'vi' as const, ...(ctx.maxSize !== undefined ? { maxSize: ctx.maxSize } : {}), ...(ctx.checks ? { checks: ctx.checks } : {}), onProgress };
}

/** The figures' tables as `stats --xlsx` writes them, for the period of the boxes. */
async function figuresWorkbook(ctx: JobContext, request: FiguresRequest, onProgress: (p: Progress) => void) {
  const { session, config } = ctx;
  if (session.files.length === 0) throw new PageError(400, MESSAGES.noFiles);
  const { stats } = await import('../cli/commands/stats.js');
  const path = join(session.outDir, 'so-lieu.xlsx');
  const result = await stats(
    {
      ...common(ctx, onProgress),
      ...given(request),
      allowErrors: request.allowErrors === true,
      minActivities: config.thresholds.minActivities,
      povertyStandardYears: config.povertyStandardYears,
      xlsx: path,
      force: true,
    },
    silent(session.uploadDir),
  );
  if (!result.indicators) throw new PageError(422, request.allowErrors === true ? MESSAGES.noData : MESSAGES.dataErrors);
  const { from, to } = result.indicators.period;
  return offer(session, path, `so-lieu-ket-nghia-${span(from, to)}.xlsx`);
}

/** The register as `submissions --xlsx` writes it; empty boxes: the years the data covers, as on the page. */
async function registerWorkbook(ctx: JobContext, request: FiguresRequest, onProgress: (p: Progress) => void) {
  const { session, config } = ctx;
  if (session.files.length === 0) throw new PageError(400, MESSAGES.noFiles);
  const { submissions } = await import('../cli/commands/submissions.js');
  let { from, to } = given(request);
  if (from === undefined && to === undefined && session.lastLoad) ({ from, to } = dataPeriod(session.lastLoad.dataset, localToday()));
  const path = join(session.outDir, 'so-nop-bao-cao.xlsx');
  const result = await submissions(
    { ...common(ctx, onProgress), ...(from ? { from } : {}), ...(to ? { to } : {}), ...(config.deadline ? { deadline: config.deadline } : {}), xlsx: path, force: true },
    silent(session.uploadDir),
  );
  if (!result.register) throw new PageError(422, (await import('../messages/submissions.js')).submissionsText('vi').noPairings);
  const { period } = result.register;
  return offer(session, path, `so-nop-bao-cao-${span(period.from, period.to)}.xlsx`);
}

/** "2020", "2016-2020", or the dates of a period that is not whole years. */
function span(from: string, to: string): string {
  const whole = from.endsWith('-01-01') && to.endsWith('-12-31');
  if (!whole) return `${from}-den-${to}`;
  return from.slice(0, 4) === to.slice(0, 4) ? from.slice(0, 4) : `${from.slice(0, 4)}-${to.slice(0, 4)}`;
}

/** The workbook under the name the browser saves it as. */
function offer(session: Session, path: string, name: string) {
  // One workbook of each kind at a time: a name given out before for this path goes.
  for (const [old, output] of session.outputs) if (output.path === path) session.outputs.delete(old);
  session.outputs.set(name, { path, type: XLSX });
  return { name };
}
