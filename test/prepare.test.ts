import { dirname, join } from 'node:path';
import { dataRequest } from '../src/app/request.js';
import { describe, expect, it } from 'vitest';
import { prepare } from '../src/app/prepare.js';
import { printPrepared } from '../src/cli/print-prepared.js';
import { capture } from './helpers/io.js';
import { HEADERS, tempDir, writeWorkbook } from './helpers/workbook.js';

const act = (y: number, cash: number | string) => [1, new Date(Date.UTC(y, 2, 10)), 'Công an tỉnh', 'Ia Sao', 'Plei Ôi', 'Thăm hỏi, tặng quà', 'Tặng quà', cash, 0, 'Đơn vị tự đóng góp'];

async function activities(rows: unknown[][]): Promise<{ dir: string; file: string }> {
  const dir = tempDir();
  const file = await writeWorkbook(join(dir, 'hoat-dong.xlsx'), [{ name: 'Hoạt động', rows: [[...HEADERS.activities], ...(rows as never[][])] }]);
  return { dir, file };
}

/** The request the options builder makes of one file, as a face would hand it. */
const options = (file: string, more: { allowErrors?: boolean; year?: string } = {}) =>
  dataRequest({ inputs: [file], cwd: dirname(file), today: '2026-11-22', allowErrors: more.allowErrors === true, period: more.year ? { year: more.year } : {} });

describe('prepare returns what happened and prints nothing; the command prints it', () => {
  it('stops on errors: the note says so, and only printPrepared shows the findings and why', async () => {
    const { dir, file } = await activities([act(2020, 1_000_000), act(2020, -5)]);
    const io = capture(dir);
    const prepared = await prepare(options(file));
    expect(io.stdout + io.stderr).toBe('');
    expect(prepared.ok).toBe(false);
    expect(prepared.said).toEqual([{ kind: 'stopped' }]);
    await printPrepared(prepared, { lang: 'vi' }, io);
    expect(io.stderr).toContain('negative-value');
    expect(io.stderr).toContain('Số liệu còn lỗi nên chưa tổng hợp.');
    expect(io.stdout).toBe('');
  });

  it('with --allow-errors, tells what was left out, in English with --lang en', async () => {
    const { dir, file } = await activities([act(2020, 1_000_000), act(2020, -5)]);
    const io = capture(dir);
    const prepared = await prepare(options(file, { allowErrors: true }));
    expect(io.stdout + io.stderr).toBe('');
    expect(prepared.ok).toBe(true);
    expect(prepared.said).toEqual([{ kind: 'left-out', rows: 1, errors: 1, unreadable: 0 }]);
    await printPrepared(prepared, { lang: 'en' }, io);
    expect(io.stderr).toBe('--allow-errors: left out 1 rows with errors (1 errors; details: ketnghia validate).\n');
  });

  it('a period without data is a note of its own, with the years the data hold', async () => {
    const { dir, file } = await activities([act(2019, 1_000_000), act(2020, 2_000_000)]);
    const io = capture(dir);
    const prepared = await prepare(options(file, { year: '2010' }));
    expect(io.stdout + io.stderr).toBe('');
    expect(prepared.ok).toBe(false);
    expect(prepared.said).toEqual([{ kind: 'period-data', data: { kind: 'none', held: [2019, 2020] }, period: { from: '2010-01-01', to: '2010-12-31' } }]);
    await printPrepared(prepared, { lang: 'vi' }, io);
    expect(io.stderr).toContain('số liệu có các năm: 2019–2020');
  });
});
