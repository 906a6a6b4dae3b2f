/**
 * The page's second-pass endpoints, kept apart from server.ts: taking one file off the
 * list or all of them, and the two Excel downloads — the figures (`stats --xlsx`) and the
 * register (`submissions --xlsx`), written by the same export modules the CLI uses.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Config } from '../config/schema.js';
import type { Progress } from '../dataset/load.js';
import { dataRequest } from '../app/request.js';
import { statsTables } from '../words/stats-tables.js';
import { submissionsText } from '../words/submissions-text.js';
import { withVillageTerm } from '../words/village-term.js';
import { whyStopped } from './notes.js';
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


/** The figures' tables as `stats --xlsx` writes them, for the period of the boxes: app/stats through the one options builder. */
async function figuresWorkbook(ctx: JobContext, request: FiguresRequest, onProgress: (p: Progress) => void) {
  const { session, config } = ctx;
  if (session.files.length === 0) throw new PageError(400, MESSAGES.noFiles);
  const [{ stats }, { writeStatsWorkbook }] = await Promise.all([import('../app/stats.js'), import('../export/stats-xlsx.js')]);
  const path = join(session.outDir, 'so-lieu.xlsx');
  const result = await stats(requestOf(ctx, { ...given(request), allowErrors: request.allowErrors === true }, onProgress));
  if (!result.ok) throw new PageError(422, whyStopped(result.prepared));
  await writeStatsWorkbook(path, statsTables(result.indicators, 'vi').map((t) => withVillageTerm(t, config.villageTerm, 'vi')), 'vi');
  const { from, to } = result.indicators.period;
  return offer(session, path, `so-lieu-ket-nghia-${span(from, to)}.xlsx`);
}

/** The register as `submissions --xlsx` writes it; empty boxes: the years the data covers, as on the page. */
async function registerWorkbook(ctx: JobContext, request: FiguresRequest, onProgress: (p: Progress) => void) {
  const { session } = ctx;
  if (session.files.length === 0) throw new PageError(400, MESSAGES.noFiles);
  const [{ submissions }, { writeRegisterWorkbook }] = await Promise.all([import('../app/submissions.js'), import('../words/register-xlsx.js')]);
  const path = join(session.outDir, 'so-nop-bao-cao.xlsx');
  const result = await submissions({ ...requestOf(ctx, given(request), onProgress), dataYearsWhenNoPeriod: true });
  if (!result.register) throw new PageError(422, submissionsText('vi').noPairings);
  await writeRegisterWorkbook(path, { register: result.register, received: result.received, ...(result.deadline ? { deadline: result.deadline } : {}) }, 'vi');
  const { period } = result.register;
  return offer(session, path, `so-nop-bao-cao-${span(period.from, period.to)}.xlsx`);
}

/** A step's request through the one options builder (app/request.ts), as jobs.ts builds it. */
function requestOf(ctx: JobContext, period: FiguresRequest, onProgress: (p: Progress) => void) {
  return dataRequest({
    inputs: ctx.session.files,
    cwd: ctx.session.uploadDir,
    config: { config: ctx.config, checks: ctx.checks },
    period: given(period),
    allowErrors: period.allowErrors === true,
    skipped: ctx.session.skipped,
    ...(ctx.maxSize !== undefined ? { maxSize: ctx.maxSize } : {}),
    hooks: { onProgress },
  });
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
