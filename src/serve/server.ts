/**
 * `ketnghia serve`'s HTTP server (Node's own http): the page's static files (one module per step), a few
 * JSON endpoints that run the CLI's steps, and downloads of what those steps wrote. Every
 * request passes guard.ts first; every failure becomes a Vietnamese message and the
 * server keeps running.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, utimes } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Config } from '../config/schema.js';
import { formatBytes } from '../dataset/load.js';
import type { ReportKind } from '../report/context.js';
import { REPORT_KINDS } from '../report/context.js';
import { packageRoot } from '../util/package.js';
import { applyForm, formOf, readConfig, saveConfig, type ConfigState } from './config-form.js';
import { admit, securityHeaders, setTokenCookie } from './guard.js';
import * as jobs from './jobs.js';
import { pageRoutes } from './page-routes.js';
import { Session } from './session.js';
import { submissionsView } from './submissions.js';
import { readJson, receive } from './body.js';
import { busyMessage, MESSAGES, PageError, pageMessage } from './text.js';

export interface ServeOptions {
  /** 0: a free port chosen by the system. */
  readonly port?: number;
  /** The folder whose ketnghia.config.json the report form loads and saves. */
  readonly dataDir: string;
  /** Limit on a workbook's uncompressed content (bytes), as the CLI's --max-size. */
  readonly maxSize?: number;
  /** Limit on one batch of uploads (bytes). Default 512 MiB. */
  readonly maxUpload?: number;
  /** Tests: a fixed token. */
  readonly token: string;
}

export interface RunningServer {
  readonly port: number;
  readonly url: string;
  /** The temporary folder of uploads and outputs, removed by close(). */
  readonly tempDir: string;
  readonly close: () => Promise<void>;
}

const DEFAULT_MAX_UPLOAD = 512 * 1024 ** 2;
const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', svg: 'image/svg+xml' };

export function pageDir(): string {
  return join(packageRoot(), 'page');
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const session = await Session.create();
  let config = await readConfig(options.dataDir);
  let port = 0;
  let soffice: Promise<boolean> | undefined;
  const pdfAvailable = () => (soffice ??= import('../report/pdf.js').then(async (m) => (await m.findSoffice()) !== undefined));
  const context = (reportConfig?: Config): jobs.JobContext => ({
    session,
    config: reportConfig ?? config.loaded.config,
    checks: config.loaded.checks,
    ...(options.maxSize !== undefined ? { maxSize: options.maxSize } : {}),
  });
  const maxUpload = options.maxUpload ?? DEFAULT_MAX_UPLOAD;
  // The page's files, listed once: a request names one of these or nothing on disk.
  const pageFiles: Record<string, string> = { '/': 'index.html', '/favicon.ico': 'favicon.svg' };
  for (const name of await readdir(pageDir())) if (/^[\w-]+\.(js|css|svg)$/.test(name)) pageFiles[`/${name}`] = name;

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>> = {
    'GET /api/state': async (_req, res) => sendJson(res, 200, { ...configView(config), pdf: await pdfAvailable(), files: session.files, maxUpload: formatBytes(maxUpload), maxUploadBytes: maxUpload }),
    'GET /api/progress': async (_req, res) => sendJson(res, 200, session.describeProgress()),
    'POST /api/upload/begin': async (_req, res) => {
      if (session.busy) throw new PageError(409, busyMessage(session.progress!.step));
      await session.beginBatch();
      session.uploading = true;
      sendJson(res, 200, { ok: true });
    },
    'POST /api/upload/file': async (req, res, url) => {
      if (!session.uploading) throw new PageError(409, MESSAGES.noFiles);
      const target = session.uploadTarget(url.searchParams.get('name') ?? '');
      await receive(req, target, maxUpload - session.uploadedBytes, maxUpload, (n) => (session.uploadedBytes += n));
      // The file keeps the time it was last modified on the clerk's computer: the register reads it as when it was received.
      const modified = Number(req.headers['x-last-modified']);
      if (Number.isFinite(modified) && modified > 0) await utimes(target, new Date(), new Date(modified));
      session.received(target);
      sendJson(res, 200, { ok: true });
    },
    'POST /api/check': async (req, res) => {
      await readJson(req);
      try {
        sendJson(res, 200, await session.run('check', (p) => jobs.check(context(), p)));
      } finally {
        session.uploading = false;
      }
    },
    'POST /api/copies': async (req, res) => {
      await readJson(req);
      sendJson(res, 200, await session.run('copies', () => jobs.copies(context())));
    },
    'POST /api/figures': async (req, res) => {
      const body = (await readJson(req)) as jobs.FiguresRequest;
      sendJson(res, 200, await session.run('figures', (p) => jobs.figures(context(), body, p)));
    },
    'POST /api/submissions': async (req, res) => {
      const body = (await readJson(req)) as jobs.FiguresRequest & { form?: unknown };
      // The deadline is one of the form's fields.
      const formConfig = body.form === undefined ? undefined : applyForm(config.loaded.config, body.form);
      sendJson(res, 200, await session.run('submissions', (p) => submissionsView(context(formConfig), body, p)));
    },
    'POST /api/report': async (req, res) => {
      const body = (await readJson(req)) as jobs.ReportRequest & { form?: unknown };
      if (!(REPORT_KINDS as readonly string[]).includes(body.kind)) throw new PageError(400, MESSAGES.badJson);
      const reportConfig = applyForm(config.loaded.config, body.form);
      const request = { ...body, kind: body.kind as ReportKind, pdf: body.pdf === true && (await pdfAvailable()) };
      sendJson(res, 200, await session.run('report', (p) => jobs.report(context(reportConfig), request, p)));
    },
    'POST /api/config/load': async (req, res) => {
      await readJson(req);
      config = await readConfig(options.dataDir);
      sendJson(res, 200, configView(config));
    },
    'POST /api/config/save': async (req, res) => {
      const body = (await readJson(req)) as { form?: unknown };
      const saved = applyForm(config.loaded.config, body.form);
      await session.run('config', () => saveConfig(config.path, saved));
      config = await readConfig(options.dataDir);
      sendJson(res, 200, configView(config));
    },
  };

  Object.assign(routes, pageRoutes({ session, context, withForm: (form) => applyForm(config.loaded.config, form), send: sendJson }));

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      const { status, message } = pageMessage(error);
      if (!res.headersSent) sendJson(res, status, { error: message });
      else res.destroy();
    });
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    securityHeaders(res);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const verdict = admit(req, url, options.token, port);
    if (verdict.ok === false) return sendText(res, verdict.status, verdict.message);
    if (verdict.ok === 'redirect') {
      setTokenCookie(res, options.token, port);
      res.writeHead(303, { Location: verdict.location }).end();
      return;
    }
    const key = `${req.method} ${url.pathname}`;
    const route = routes[key];
    if (route) return route(req, res, url);
    if (req.method === 'GET' && url.pathname.startsWith('/api/download/')) return download(res, decodeURIComponent(url.pathname.slice('/api/download/'.length)));
    const page = pageFiles[url.pathname];
    if (req.method === 'GET' && page) return sendStatic(res, page, options.token);
    if (req.method !== 'GET' && req.method !== 'POST') return sendText(res, 405, MESSAGES.method);
    sendText(res, 404, MESSAGES.notFound);
  }

  /** Only a name the server gave out can be downloaded: the browser never names a path. */
  function download(res: ServerResponse, name: string): void {
    const output = session.outputs.get(name);
    if (!output) return sendText(res, 404, MESSAGES.notFound);
    res.writeHead(200, {
      'Content-Type': output.type,
      'Content-Disposition': `${output.inline ? 'inline' : 'attachment'}; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    });
    createReadStream(output.path).on('error', () => res.destroy()).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${options.token}`,
    tempDir: session.root,
    close: () =>
      (closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await session.dispose();
      })()),
  };
}

function configView(state: ConfigState) {
  return { configPath: state.path, configExists: state.exists, ...(state.problem ? { configProblem: state.problem } : {}), form: formOf(state.loaded.config) };
}

async function sendStatic(res: ServerResponse, name: string, token: string): Promise<void> {
  let body = await readFile(join(pageDir(), name), 'utf8');
  if (name === 'index.html') body = body.replace('{{TOKEN}}', token);
  res.writeHead(200, { 'Content-Type': TYPES[name.split('.').pop()!]! }).end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(value));
}

function sendText(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(message);
}
