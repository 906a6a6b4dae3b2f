/**
 * The two faces render one core: the same files and config, given to the page's server
 * (over its HTTP API, as the page sends them) and to the command line (`--json`), give equal
 * JSON — on three datasets, one whose config sets `povertyStandardYears` (the page once
 * ignored it and counted the poverty changes across a new standard).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { startServer, type RunningServer } from '../src/serve/server.js';
import { capture } from './helpers/io.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TOKEN = 'parity-test-token-abcdefghijk';

function call(server: RunningServer, path: string, body: Buffer | string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path,
        headers: { host: `127.0.0.1:${server.port}`, cookie: `ketnghia_${server.port}=${TOKEN}`, 'x-ketnghia-token': TOKEN, ...headers },
        timeout: 120_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

const postJson = async (server: RunningServer, path: string, body: unknown) => {
  const answer = await call(server, path, JSON.stringify(body), { 'content-type': 'application/json' });
  expect(answer.status, answer.body).toBe(200);
  return JSON.parse(answer.body) as Record<string, unknown>;
};

/** A config file: the sample's, with comments taken out, and with what the case adds. */
function writeConfig(dir: string, from: string, extra: Record<string, unknown> = {}): string {
  const text = readFileSync(join(ROOT, from), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  const path = join(dir, 'ketnghia.config.json');
  writeFileSync(path, JSON.stringify({ ...(JSON.parse(text) as object), ...extra }, null, 2));
  return path;
}

interface Case {
  readonly name: string;
  readonly files: readonly string[];
  readonly config: string;
  readonly extra?: Record<string, unknown>;
  readonly from: string;
  readonly to: string;
  readonly allowErrors?: boolean;
}

const list = (dir: string, names: string[]) => names.map((n) => `${dir}/${n}`);
const NOP = ['01-van-phong-thi-uy.xlsx', '02-ban-to-chuc-thi-uy.xlsx', '03-ban-dan-van-thi-uy.xlsx', '12-phong-dan-toc.xlsx', '39-cong-an-thi-xa.xlsx'];

const CASES: Case[] = [
  {
    name: 'Ayun Pa, with its config and povertyStandardYears',
    files: list('samples', ['ayunpa-danh-muc.xlsx', 'ayunpa-hoat-dong-khoi-chinh-quyen.xlsx', 'ayunpa-hoat-dong-khoi-dang.xlsx', 'ayunpa-hoat-dong-khoi-mat-tran.xlsx']),
    config: 'samples/ketnghia.config.json',
    // A new standard in 2019: the poverty change 2016→2020 is not one comparable run.
    extra: { povertyStandardYears: [2016, 2019] },
    from: '2016',
    to: '2020',
  },
  { name: 'Quảng Nam, with its config', files: list('samples-quang-nam', ['quangnam-danh-muc.xlsx', 'quangnam-hoat-dong-2022-2024.xlsx']), config: 'samples-quang-nam/ketnghia.config.json', from: '2022', to: '2024' },
  {
    name: 'the 2020 inbox with its master, errors left out',
    files: ['samples/ayunpa-danh-muc.xlsx', ...list('samples-nop-2020', NOP)],
    config: 'samples/ketnghia.config.json',
    from: '2020',
    to: '2020',
    allowErrors: true,
  },
];

const cleanup: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const step of cleanup) await step();
});

describe('the page and the CLI give the same JSON for the same files and config', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'kn-parity-'));
      const inbox = join(dataDir, 'hop-thu');
      mkdirSync(inbox);
      cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
      const configPath = writeConfig(dataDir, c.config, c.extra);
      const server = await startServer({ dataDir, token: TOKEN });
      cleanup.push(() => server.close());

      // The page: each file uploaded with the time it was last modified, then checked.
      await postJson(server, '/api/upload/begin', {});
      for (const file of c.files) {
        const modified = Math.floor(statSync(join(ROOT, file)).mtimeMs);
        const answer = await call(server, `/api/upload/file?name=${encodeURIComponent(basename(file))}`, readFileSync(join(ROOT, file)), { 'x-last-modified': String(modified) });
        expect(answer.status, answer.body).toBe(200);
        // The command line reads the same bytes under the same names and times.
        copyFileSync(join(ROOT, file), join(inbox, basename(file)));
        utimesSync(join(inbox, basename(file)), new Date(), new Date(modified));
      }
      const checked = await postJson(server, '/api/check', {});
      const period = { from: c.from, to: c.to, ...(c.allowErrors ? { allowErrors: true } : {}) };
      const figures = await postJson(server, '/api/figures', period);
      const register = await postJson(server, '/api/submissions', period);

      const names = (checked.files as Array<{ file: string }>).map((f) => f.file);
      const cli = async (command: string, ...more: string[]) => {
        const io = capture(inbox);
        const code = await main([command, ...names, '--json', '--config', configPath, ...more], io);
        expect(code, io.stderr).toBeLessThan(2);
        return JSON.parse(io.stdout) as unknown;
      };
      const range = ['--from', c.from, '--to', c.to];
      const allow = c.allowErrors ? ['--allow-errors'] : [];
      expect(checked.validate).toEqual(await cli('validate'));
      expect(figures.stats).toEqual(await cli('stats', ...range, ...allow));
      expect(figures.coverage).toEqual(await cli('coverage', ...range, ...allow));
      expect(register.json).toEqual(await cli('submissions', ...range));
      if (c.extra?.povertyStandardYears) {
        // The config's standards count: without them the figures would differ (the bug this guards).
        const io = capture(inbox);
        writeFileSync(join(dataDir, 'mac-dinh.json'), JSON.stringify({ ...(JSON.parse(readFileSync(configPath, 'utf8')) as object), povertyStandardYears: [] }));
        await main(['stats', ...names, '--json', '--config', join(dataDir, 'mac-dinh.json'), ...range], io);
        expect(JSON.parse(io.stdout)).not.toEqual(figures.stats);
      }
    }, 240_000);
  }
});
