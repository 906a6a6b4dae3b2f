/** Request bodies: the page's small JSON requests, and uploaded files streamed to disk under a limit. */
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { dirname } from 'node:path';
import { formatBytes } from '../dataset/load.js';
import { MESSAGES, PageError, tooLarge } from './text.js';

const JSON_LIMIT = 1024 ** 2;

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > JSON_LIMIT) throw new PageError(413, MESSAGES.badJson);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new PageError(400, MESSAGES.badJson);
  }
}

/**
 * One uploaded file, streamed to disk and counted as it comes. Past the limit the rest is
 * read and dropped rather than the connection cut, so the browser gets the message.
 */
export async function receive(req: IncomingMessage, target: string, remaining: number, limit: number, count: (n: number) => void): Promise<void> {
  const refused = new PageError(413, tooLarge(formatBytes(limit)));
  if (Number(req.headers['content-length'] ?? NaN) > remaining) throw refused;
  await mkdir(dirname(target), { recursive: true });
  const out = createWriteStream(target);
  let received = 0;
  let settled = false;
  const outcome = await new Promise<'ok' | 'over' | 'broken'>((settle) => {
    const resolve = (value: 'ok' | 'over' | 'broken') => {
      settled = true;
      settle(value);
    };
    out.on('error', () => resolve('broken'));
    req.on('aborted', () => resolve('broken'));
    req.on('error', () => resolve('broken'));
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      received += chunk.length;
      if (received > remaining) return resolve('over');
      if (!out.write(chunk)) {
        req.pause();
        out.once('drain', () => req.resume());
      }
    });
    req.on('end', () => out.end(() => resolve('ok')));
  });
  if (outcome !== 'ok') {
    out.destroy();
    req.resume();
    await rm(target, { force: true });
    throw outcome === 'over' ? refused : new PageError(400, 'Tệp gửi lên bị ngắt giữa chừng. Hãy chọn lại tệp.');
  }
  count(received);
}
