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
  const vi = options.lang === 'vi';
  const port = options.port === undefined ? 0 : parsePositiveInt(options.port);
  if (port === undefined || port > 65535) throw new UsageError(vi ? `--port cần một số cổng từ 1 đến 65535 (không phải "${options.port}").` : `--port needs a port number from 1 to 65535 (not "${options.port}").`);
  const maxSize = size(options.maxSize, '--max-size', options.lang);
  const maxUpload = size(options.maxUpload, '--max-upload', options.lang);
  const dataDir = resolve(io.cwd, options.dir ?? '.');
  if (!(await stat(dataDir).catch(() => undefined))?.isDirectory()) throw new UsageError(vi ? `Không có thư mục ${options.dir}.` : `No folder ${options.dir}.`);
  let server: RunningServer;
  try {
    server = await startServer({ dataDir, token: newToken(), ...(port ? { port } : {}), ...(maxSize ? { maxSize } : {}), ...(maxUpload ? { maxUpload } : {}) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(vi ? `Cổng ${port} đang được dùng; chọn cổng khác hoặc bỏ --port.` : `Port ${port} is in use; choose another or leave out --port.`);
    throw error;
  }
  io.out(
    vi
      ? `Trang ketnghia đang chạy tại:\n\n  ${server.url}\n\nChỉ máy này mở được địa chỉ trên. Tệp cấu hình báo cáo: ${resolve(dataDir, 'ketnghia.config.json')}\nNhấn Ctrl+C để dừng (các tệp tạm sẽ được xóa).\n`
      : `The ketnghia page is running at:\n\n  ${server.url}\n\nOnly this computer can open it. Report config file: ${resolve(dataDir, 'ketnghia.config.json')}\nPress Ctrl+C to stop (temporary files are removed).\n`,
  );
  // Should the process end some other way, the uploads still go with it.
  const leftovers = () => rmSync(server.tempDir, { recursive: true, force: true });
  process.once('exit', leftovers);
  if (options.open !== false) openBrowser(server.url);
  await stop;
  await server.close();
  process.off('exit', leftovers);
  io.out(vi ? 'Đã dừng.\n' : 'Stopped.\n');
  return 0;
}

function size(text: string | undefined, flag: string, lang: Lang): number | undefined {
  if (text === undefined) return undefined;
  const value = parseSize(text);
  if (value === undefined) throw new UsageError(lang === 'vi' ? `${flag} không hợp lệ: "${text}" (ví dụ 500M, 2G).` : `Invalid ${flag}: "${text}" (e.g. 500M, 2G).`);
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
