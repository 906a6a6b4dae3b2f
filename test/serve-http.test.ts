/**
 * `ketnghia serve` over plain HTTP: who gets in (token, Host, CSRF header, Origin), the
 * headers every answer carries, uploads (names kept inside the temporary folder, the size
 * limit), the same JSON as `validate --json` and `stats --json`, Vietnamese messages for
 * bad requests, one step at a time, and nothing left behind.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverage } from '../src/cli/commands/coverage.js';
import { stats } from '../src/cli/commands/stats.js';
import { validate, validateJson } from '../src/cli/commands/validate.js';
import { DEFAULT_CONFIG } from '../src/config/schema.js';
import { UsageError } from '../src/errors.js';
import { check } from '../src/serve/jobs.js';
import { serve } from '../src/serve/command.js';
import { pageDir, startServer, type RunningServer } from '../src/serve/server.js';
import { Session } from '../src/serve/session.js';
import { capture } from './helpers/io.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SAMPLES = join(ROOT, 'samples');
const TOKEN = 'http-test-token-abcdefghijk';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(port: number, method: string, path: string, options: { headers?: Record<string, string>; body?: Buffer | string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...options.headers }, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(options.body);
  });
}

let server: RunningServer;
let dataDir: string;
const cookie = () => `ketnghia_${server.port}=${TOKEN}`;
/** What the page sends with every POST. */
const post = (path: string, body: unknown = {}, extra: Record<string, string> = {}) =>
  call(server.port, 'POST', path, { headers: { cookie: cookie(), 'x-ketnghia-token': TOKEN, 'content-type': 'application/json', ...extra }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const upload = (name: string, bytes: Buffer) => call(server.port, 'POST', `/api/upload/file?name=${encodeURIComponent(name)}`, { headers: { cookie: cookie(), 'x-ketnghia-token': TOKEN }, body: bytes });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kn-serve-http-'));
  server = await startServer({ dataDir, token: TOKEN, maxUpload: 2 * 1024 ** 2 });
});

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('who gets in', () => {
  it('refuses a request without the token, and trades the token in the address for a cookie', async () => {
    const bare = await call(server.port, 'GET', '/');
    expect(bare.status).toBe(403);
    expect(bare.body).toContain('Thiếu hoặc sai mã truy cập');
    expect((await call(server.port, 'GET', '/?token=wrong')).status).toBe(403);
    const first = await call(server.port, 'GET', `/?token=${TOKEN}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    expect(String(first.headers['set-cookie'])).toContain(`${cookie()}; Path=/; HttpOnly; SameSite=Strict`);
    const page = await call(server.port, 'GET', '/', { headers: { cookie: cookie() } });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="kn-token" content="${TOKEN}">`);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'; script-src 'self'; style-src 'self'/);
    expect(page.headers['x-frame-options']).toBe('DENY');
    for (const path of ['/app.js', '/style.css', '/api/state']) expect((await call(server.port, 'GET', path)).status).toBe(403);
  });

  it('refuses a Host other than 127.0.0.1:<port> (DNS rebinding), even with the token', async () => {
    for (const host of ['evil.example:' + server.port, `localhost:${server.port}`, '127.0.0.1:1', '127.0.0.1']) {
      const answer = await call(server.port, 'GET', `/?token=${TOKEN}`, { headers: { host, cookie: cookie() } });
      expect(answer.status, host).toBe(421);
      expect(answer.body).toContain('địa chỉ máy chủ không đúng');
    }
  });

  it('refuses a state-changing request without the page’s header, or from another origin (CSRF)', async () => {
    const noHeader = await call(server.port, 'POST', '/api/upload/begin', { headers: { cookie: cookie() }, body: '{}' });
    expect(noHeader.status).toBe(403);
    expect(JSON.stringify(noHeader.body)).toContain('thiếu mã truy cập của trang');
    expect((await call(server.port, 'POST', '/api/upload/begin', { body: '{}', headers: { 'x-ketnghia-token': TOKEN } })).status).toBe(403);
    const foreign = await post('/api/upload/begin', {}, { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect((await post('/api/upload/begin', {}, { origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('serves nothing from elsewhere: the page names no outside address', () => {
    // An SVG's namespace is a name, not an address: nothing is fetched from it.
    const namespace = 'xmlns="http://www.w3.org/2000/svg"';
    for (const file of readdirSync(pageDir())) expect(readFileSync(join(pageDir(), file), 'utf8').replace(namespace, ''), file).not.toMatch(/(https?:)?\/\/[a-z]/i);
  });
});

describe('the steps', () => {
  const names = readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx'));

  async function uploadSamples(): Promise<void> {
    expect((await post('/api/upload/begin')).status).toBe(200);
    for (const name of names) expect((await upload(name, readFileSync(join(SAMPLES, name)))).status).toBe(200);
  }

  it('answers exactly what validate --json and stats --json answer', async () => {
    await uploadSamples();
    const checked = await post('/api/check');
    expect(checked.status).toBe(200);
    const cli = await validate({ inputs: names, lang: 'vi' }, capture(SAMPLES));
    expect(JSON.parse(checked.body).validate).toEqual(validateJson(cli, 'vi'));

    const figures = await post('/api/figures', { from: '2017', to: '2019' });
    expect(figures.status).toBe(200);
    const computed = await stats({ inputs: names, lang: 'vi', from: '2017', to: '2019' }, capture(SAMPLES));
    const shown = JSON.parse(figures.body) as { indicators: object; runNotes: object; coverage: unknown };
    // stats --json prints the indicators and the run's notes side by side.
    expect({ ...shown.indicators, ...shown.runNotes }).toEqual(JSON.parse(JSON.stringify({ ...computed.indicators, ...computed.notes })));
    const covered = await coverage({ inputs: names, lang: 'vi', from: '2017', to: '2019' }, capture(SAMPLES));
    expect(shown.coverage).toEqual(JSON.parse(JSON.stringify(covered.coverage)));
  });

  it('writes the report as .docx and, with LibreOffice, as PDF, both downloadable by the names it gives', async () => {
    const made = await post('/api/report', { kind: 'nam', pdf: true, form: { documentNumber: '07-BC/TU' } });
    expect(made.status).toBe(200);
    const answer = JSON.parse(made.body) as { docx: string; pdf?: string; pdfProblem?: string; notes: string[] };
    // Without a period an annual report is about the data's latest year, as on the command line.
    // What report says on stderr comes along, in the page's words.
    // What the office must still fill in is named by the form's boxes, not the config's keys; and the places
    // the office must still write, by the form's field.
    expect(answer).toEqual({
      docx: 'bao-cao-nam-2020-2020.docx',
      pdf: 'bao-cao-nam-2020-2020.pdf',
      notes: [
        'Có 4 cảnh báo (4 số ở dòng tổng cộng khác tổng các dòng) — xem bước 2.',
        'Phần đầu/cuối văn bản: chưa có cơ quan cấp trên (ô «Cơ quan cấp trên» còn để "Đảng bộ tỉnh …").',
        'Phần đầu/cuối văn bản: chưa có địa danh (ô «Địa danh» để trống).',
        'Phần đầu/cuối văn bản: chưa có họ tên người ký (ô «Họ và tên người ký» để trống).',
      ],
      placeholders: [
        { field: 'leadership', label: 'Lãnh đạo, chỉ đạo' },
        { field: 'causes', label: 'Nguyên nhân hạn chế' },
      ],
    });
    const docx = await call(server.port, 'GET', `/api/download/${answer.docx}`, { headers: { cookie: cookie() } });
    expect(docx.headers['content-disposition']).toContain('attachment; filename="bao-cao-nam-2020-2020.docx"');
    expect(docx.body.startsWith('PK')).toBe(true);
    const pdf = await call(server.port, 'GET', `/api/download/${answer.pdf}`, { headers: { cookie: cookie() } });
    expect(pdf.body.startsWith('%PDF')).toBe(true);
  }, 240_000);

  it('says in Vietnamese what is wrong with a request, and keeps running', async () => {
    const badPeriod = await post('/api/figures', { from: '2020', to: '2017' });
    expect(badPeriod.status).toBe(400);
    expect(JSON.parse(badPeriod.body).error).toMatch(/^Kỳ báo cáo không hợp lệ/);
    const onlyFrom = await post('/api/figures', { from: '2020' });
    expect(JSON.parse(onlyFrom.body).error).toContain('ô «Đến»');
    expect((await post('/api/figures', '{not json')).status).toBe(400);
    // What the command says on stderr when it stops, in the page's words.
    const empty = await post('/api/figures', { from: '2001', to: '2002' });
    expect(empty.status).toBe(422);
    expect(JSON.parse(empty.body).error).toBe('Các tệp không có số liệu nào trong kỳ 01/01/2001–31/12/2002; số liệu có các năm: 2016–2020. Hãy chọn kỳ trong các năm đó (ô «Từ» và ô «Đến»).');
    const badForm = await post('/api/report', { kind: 'nam', form: { style: 'khác' } });
    expect(badForm.status).toBe(400);
    // The field as the form labels it, never the config's key.
    expect(JSON.parse(badForm.body).error).toContain('«Thể thức»: chọn một trong');
    expect(JSON.parse(badForm.body).error).not.toContain('style');
    expect((await call(server.port, 'GET', '/api/download/..%2F..%2Fetc%2Fpasswd', { headers: { cookie: cookie() } })).status).toBe(404);
    expect((await call(server.port, 'GET', '/api/progress', { headers: { cookie: cookie() } })).body).toBe('{"busy":false,"text":""}');
  });

  it('keeps uploads inside its folder, refuses names that climb out; a new choice adds, a file or all can be taken off', async () => {
    expect((await post('/api/files/clear')).status).toBe(200);
    expect((await post('/api/upload/begin')).status).toBe(200);
    const climbing = await upload('../../ra-ngoai.xlsx', Buffer.from('x'));
    expect(climbing.status).toBe(400);
    expect(JSON.parse(climbing.body).error).toContain('Tên tệp không hợp lệ');
    expect((await upload('thu muc/con/a.xlsx', Buffer.from('not a workbook'))).status).toBe(200);
    expect(existsSync(join(server.tempDir, 'tep', 'thu muc', 'con', 'a.xlsx'))).toBe(true);
    const checked = JSON.parse((await post('/api/check')).body) as { files: Array<{ file: string; read: boolean; reason: string }> };
    expect(checked.files).toEqual([{ file: 'thu muc/con/a.xlsx', read: false, reason: expect.stringContaining('không phải sổ tính .xlsx') as string, sheets: [], ignoredSheets: [] }]);
    // A second choice adds to the first; the same name chosen again replaces its file; twice in one choice it is a second file.
    expect((await post('/api/upload/begin')).status).toBe(200);
    // A folder's files the page did not send are named in the check as file-skipped; only the two reasons the command line gives.
    expect((await post('/api/upload/skipped', { files: [{ file: 'thu muc/cong-van.pdf', reason: 'not-workbook' }] })).status).toBe(200);
    expect((await post('/api/upload/skipped', { files: [{ file: 'x.pdf', reason: 'anything' }] })).status).toBe(400);
    expect((await upload('b.xlsx', Buffer.from('first'))).status).toBe(200);
    expect((await upload('thu muc/con/a.xlsx', Buffer.from('again'))).status).toBe(200);
    expect((await upload('b.xlsx', Buffer.from('another'))).status).toBe(200);
    const checked2 = JSON.parse((await post('/api/check')).body) as { files: Array<{ file: string }>; validate: { issues: Array<{ code: string; file: string }> } };
    expect(checked2.validate.issues.filter((i) => i.code === 'file-skipped').map((i) => i.file)).toEqual(['thu muc/cong-van.pdf']);
    const files = checked2.files.map((f) => f.file);
    expect(files.sort()).toEqual(['b-2.xlsx', 'b.xlsx', 'thu muc/con/a.xlsx']);
    expect(readFileSync(join(server.tempDir, 'tep', 'thu muc', 'con', 'a.xlsx'), 'utf8')).toBe('again');
    const removed = await post('/api/files/remove', { file: 'b-2.xlsx' });
    expect((JSON.parse(removed.body) as { files: string[] }).files.sort()).toEqual(['b.xlsx', 'thu muc/con/a.xlsx']);
    expect(existsSync(join(server.tempDir, 'tep', 'b-2.xlsx'))).toBe(false);
    expect((await post('/api/files/remove', { file: '../../etc/passwd' })).status).toBe(404);
    expect((await post('/api/files/clear')).status).toBe(200);
    expect(readdirSync(join(server.tempDir, 'tep'))).toEqual([]);
  });

  it('cuts off an upload over the limit with a message, and still serves the next request', async () => {
    expect((await post('/api/upload/begin')).status).toBe(200);
    const big = await upload('lon.xlsx', Buffer.alloc(3 * 1024 ** 2, 1));
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).error).toContain('vượt quá giới hạn 2 MiB');
    expect(existsSync(join(server.tempDir, 'tep', 'lon.xlsx'))).toBe(false);
    expect((await call(server.port, 'GET', '/api/state', { headers: { cookie: cookie() } })).status).toBe(200);
    // The broken batch waits for its check; «Bỏ hết» ends it too, and the next step is not told an upload is under way.
    expect((await post('/api/figures', {})).status).toBe(409);
    expect((await post('/api/files/clear')).status).toBe(200);
    const after = await post('/api/figures', {});
    expect([after.status, JSON.parse(after.body).error]).toEqual([400, 'Chưa có tệp nào. Hãy chọn hoặc kéo thả các tệp Excel ở bước 1.']);
  });
});

describe('the size gate', () => {
  it('refuses a workbook whose content is over --max-size, as validate does', async () => {
    const small = await startServer({ dataDir, token: TOKEN, maxSize: 4096 });
    try {
      const headers = { cookie: `ketnghia_${small.port}=${TOKEN}`, 'x-ketnghia-token': TOKEN };
      expect((await call(small.port, 'POST', '/api/upload/begin', { headers, body: '{}' })).status).toBe(200);
      const name = 'ayunpa-danh-muc.xlsx';
      expect((await call(small.port, 'POST', `/api/upload/file?name=${name}`, { headers, body: readFileSync(join(SAMPLES, name)) })).status).toBe(200);
      const checked = JSON.parse((await call(small.port, 'POST', '/api/check', { headers, body: '{}' })).body) as { files: Array<{ read: boolean; reason: string }>; validate: { issues: Array<{ code: string }> } };
      expect(checked.files[0]).toMatchObject({ read: false, reason: expect.stringContaining('vượt quá giới hạn 4096 B') as string });
      expect(checked.validate.issues.map((i) => i.code)).toEqual(['file-too-large']);
    } finally {
      await small.close();
    }
  });
});

describe('one step at a time', () => {
  it('refuses a second step while one runs, saying which one runs', async () => {
    const session = await Session.create();
    try {
      let finish!: () => void;
      const first = session.run('check', () => new Promise<void>((resolve) => (finish = resolve)));
      await expect(session.run('figures', async () => 1)).rejects.toMatchObject({ status: 409, message: expect.stringContaining('Đang kiểm tra, chưa làm được việc khác') as string });
      finish();
      await first;
      await expect(session.run('figures', async () => 1)).resolves.toBe(1);
    } finally {
      await session.dispose();
    }
  });

  it('reports the progress of a long step as the files are read', async () => {
    const session = await Session.create();
    try {
      const name = 'ayunpa-danh-muc.xlsx';
      copyFileSync(join(SAMPLES, name), join(session.uploadDir, name));
      session.files = [name];
      const seen: string[] = [];
      await session.run('check', (onProgress) =>
        check({ session, config: DEFAULT_CONFIG, checks: undefined }, (p) => {
          onProgress(p);
          seen.push(session.describeProgress().text);
        }),
      );
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.at(-1)).toMatch(/^Đang kiểm tra: ayunpa-danh-muc\.xlsx \([\d.]+ dòng\)…$/);
      expect(session.describeProgress()).toEqual({ busy: false, text: '' });
    } finally {
      await session.dispose();
    }
  });
});

describe('ketnghia serve (the command)', () => {
  it('prints the address with its token, serves it, and removes its temporary folder when stopped', async () => {
    const io = capture(dataDir);
    let stop!: () => void;
    const running = serve({ lang: 'vi', open: false }, io, new Promise<void>((resolve) => (stop = resolve)));
    for (let i = 0; i < 100 && !io.stdout.includes('token='); i++) await new Promise((r) => setTimeout(r, 50));
    const url = new URL(/http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(io.stdout)![0]);
    const port = Number(url.port);
    const before = readdirSync(tmpdir()).filter((d) => d.startsWith('ketnghia-serve-'));
    expect((await call(port, 'GET', url.pathname + url.search)).status).toBe(303);
    expect((await call(port, 'GET', '/')).status).toBe(403);
    stop();
    await expect(running).resolves.toBe(0);
    expect(io.stdout).toContain('Đã dừng.');
    const after = readdirSync(tmpdir()).filter((d) => d.startsWith('ketnghia-serve-'));
    expect(before.length - after.length).toBe(1);
    await expect(call(port, 'GET', '/')).rejects.toThrow();
  });

  it('refuses a port that is not a number', async () => {
    await expect(serve({ lang: 'vi', port: 'abc', open: false }, capture(dataDir), Promise.resolve())).rejects.toThrow(UsageError);
  });
});
