/** `ketnghia serve [dir]`: start the page's server, print its address, open the browser, stop on Ctrl+C. */
import { rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Lang } from '../findings/finding.js';
import type { Io } from '../cli/io.js';
import { parsePositiveInt, parseSize } from '../cli/inputs.js';
import { newToken } from './guard.js';
import { openBrowser } from './open.js';
import { startServer, type RunningServer } from './server.js';
import { SERVE_RUN } from '../messages/misc.js';
import { render } from '../messages/render.js';

export interface ServeCommandOptions {
  readonly lang: Lang;
  readonly dir?: string;
  readonly port?: string;
  /** commander's `--no-open`: false when given. */
  readonly open?: boolean;
  readonly maxSize?: string;
  readonly maxUpload?: string;
}

export async function serve(options: ServeCommandOptions, io: Io, stop: Promise<void> = untilSignal()): Promise<number> {
  const { lang } = options;
  // 0, as servers take it: a free port chosen by the system (the address printed is the real one).
  const port = options.port === undefined || options.port.trim() === '0' ? 0 : parsePositiveInt(options.port);
  if (port === undefined || port > 65535) throw new UsageError(render(lang, SERVE_RUN.badPort, { value: String(options.port) }));
  const maxSize = size(options.maxSize, '--max-size', options.lang);
  const maxUpload = size(options.maxUpload, '--max-upload', options.lang);
  const dataDir = resolve(io.cwd, options.dir ?? '.');
  if (!(await stat(dataDir).catch(() => undefined))?.isDirectory()) throw new UsageError(render(lang, SERVE_RUN.noFolder, { dir: String(options.dir) }));
  let server: RunningServer;
  try {
    server = await startServer({ dataDir, token: newToken(), port, ...(maxSize ? { maxSize } : {}), ...(maxUpload ? { maxUpload } : {}) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(render(lang, SERVE_RUN.portInUse, { port: String(port) }));
    throw error;
  }
  io.out(render(lang, SERVE_RUN.running, { url: server.url, config: resolve(dataDir, 'ketnghia.config.json') }));
  // Should the process end some other way, the uploads still go with it.
  const leftovers = () => rmSync(server.tempDir, { recursive: true, force: true });
  process.once('exit', leftovers);
  if (options.open !== false) openBrowser(server.url);
  await stop;
  await server.close();
  process.off('exit', leftovers);
  io.out(render(lang, SERVE_RUN.stopped));
  return 0;
}

function size(text: string | undefined, flag: string, lang: Lang): number | undefined {
  if (text === undefined) return undefined;
  const value = parseSize(text);
  if (value === undefined) throw new UsageError(render(lang, SERVE_RUN.badSize, { flag, value: text }));
  return value;
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}
