/**
 * The run's memo (src/util/memo.ts): answers are worked out once per run, never carried
 * from one run to the next, and the bound never changes an answer.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkbooks } from '../src/dataset/load.js';
import { computeIndicators } from '../src/indicators/compute.js';
import { yearPeriod } from '../src/values/period.js';
import { nameKey } from '../src/text/names.js';
import { Memo, memoTable } from '../src/util/memo.js';
import { HEADERS, tempDir, writeWorkbook } from './helpers/workbook.js';

const dir = tempDir();
const village = (n: number, commune: string, name: string) => [n, 'Ayun Pa', commune, name, 2020, 'Gia Rai', null, null, 120, 100, 600, 30, 10];
const activity = (n: number, unit: string, commune: string, name: string, type = 'Thăm hỏi, tặng quà') =>
  [n, new Date(Date.UTC(2020, 2, 1 + (n % 28))), unit, commune, name, type, `Nội dung ${n}`, 1_000_000 + n, 0, 'Đơn vị tự đóng góp'];

async function files(): Promise<string[]> {
  const master = await writeWorkbook(join(dir, 'danh-muc.xlsx'), [
    { name: 'Thôn làng', rows: [[...HEADERS.villages], village(1, 'Ia Sao', 'Bôn Chư Jú'), village(2, 'Xã Ia Sao', 'Bôn Jú'), village(3, 'Ia Rbol', 'Bôn Bầu')] },
    { name: 'Đơn vị', rows: [[...HEADERS.units], [1, 'Ban Dân vận Tỉnh ủy', 'tỉnh', 'Đảng'], [2, 'Công an tỉnh', 'tỉnh', 'Lực lượng vũ trang']] },
    { name: 'Kết nghĩa', rows: [[...HEADERS.pairings], [1, 'Ban Dân vận Tỉnh ủy', 'Ia Sao', 'Bôn Chư Jú', '15/03/2013'], [2, 'Công an tỉnh', 'Ia Rbol', 'Bôn Bầu', '15/03/2013']] },
  ]);
  const rows = Array.from({ length: 40 }, (_, i) =>
    i % 2 ? activity(i + 1, 'Công an tỉnh', 'Ia Rbol', 'Bôn Bầu') : activity(i + 1, 'Ban Dân vận Tỉnh ủy', 'xã Ia Sao', i % 4 ? 'Bôn Chư Jú' : 'Bôn Chư Juu', i === 6 ? 'Liên hoan văn nghệ' : undefined),
  );
  const submission = await writeWorkbook(join(dir, 'nop.xlsx'), [{ name: 'Hoạt động', rows: [[...HEADERS.activities], ...rows] }]);
  return [master, submission];
}

describe('the run memo', () => {
  it('answers once per key and table, and keeps tables apart', () => {
    const memo = new Memo();
    const a = memoTable<string>('a');
    const b = memoTable<string>('b');
    let calls = 0;
    const upper = (key: string, suffix: string): string => (calls++, key.toUpperCase() + suffix);
    expect(memo.get(a, 'x', upper, '!')).toBe('X!');
    expect(memo.get(a, 'x', upper, '?')).toBe('X!');
    expect(memo.get(b, 'x', upper, '?')).toBe('X?');
    expect(memo.get3(a, 'p', 'q', 'r', (p, q, r, sep: string) => (calls++, [p, q, r].join(sep)), '-')).toBe('p-q-r');
    expect(memo.get3(a, 'p', 'q', 'r', () => 'again', '-')).toBe('p-q-r');
    expect(memo.get2(b, 'p', 'q', (p, q) => (calls++, p + q), undefined)).toBe('pq');
    expect(calls).toBe(4);
    expect(memo.computed).toBe(4);
    expect(memo.size).toBe(4);
  });

  it('remembers an undefined or null answer as an answer', () => {
    const memo = new Memo();
    const t = memoTable<null>('none');
    let calls = 0;
    memo.get(t, 'x', () => (calls++, null), undefined);
    memo.get(t, 'x', () => (calls++, null), undefined);
    expect(calls).toBe(1);
  });

  it('is bounded: past its limit it starts again, and the answers stay the same', () => {
    const memo = new Memo(5);
    const keys = Array.from({ length: 50 }, (_, i) => `Thôn ${i}`);
    for (const k of keys) expect(nameKey(k, 'village', memo)).toBe(nameKey(k, 'village'));
    expect(memo.size).toBeLessThanOrEqual(5);
    expect(memo.computed).toBe(50);
  });

  it('belongs to one run: a second run in the same process works everything out again, to the same result', async () => {
    const inputs = await files();
    const first = new Memo();
    const second = new Memo();
    const a = await loadWorkbooks({ files: inputs, today: '2026-11-22', memo: first });
    const b = await loadWorkbooks({ files: inputs, today: '2026-11-22', memo: second });
    expect(first.computed).toBeGreaterThan(0);
    // Nothing of the first run is seen by the second: it asks every question afresh.
    expect(second.computed).toBe(first.computed);
    expect(b.findings).toEqual(a.findings);
    expect(b.dataset).toEqual(a.dataset);
    expect(a.findings.map((f) => f.code).sort()).toEqual(['invalid-choice', ...Array<string>(10).fill('unknown-village')]);
  });

  it('gives the same findings and figures when it has to start again on every few answers', async () => {
    const inputs = await files();
    const roomy = await loadWorkbooks({ files: inputs, today: '2026-11-22', memo: new Memo() });
    const tiny = new Memo(3);
    const cramped = await loadWorkbooks({ files: inputs, today: '2026-11-22', memo: tiny });
    expect(tiny.size).toBeLessThanOrEqual(3);
    expect(cramped.findings).toEqual(roomy.findings);
    const period = yearPeriod(2020, 2020);
    expect(computeIndicators(cramped.dataset, period, { memo: tiny })).toEqual(computeIndicators(roomy.dataset, period));
  });

  it('carries from reading to the figures: the indicators ask fewer new questions of the run memo than of a fresh one', async () => {
    const inputs = await files();
    const run = new Memo();
    const load = await loadWorkbooks({ files: inputs, today: '2026-11-22', memo: run });
    const period = yearPeriod(2020, 2020);
    const before = run.computed;
    const withRun = computeIndicators(load.dataset, period, { memo: run });
    const fresh = new Memo();
    const withFresh = computeIndicators(load.dataset, period, { memo: fresh });
    expect(withRun).toEqual(withFresh);
    expect(run.computed - before).toBeLessThan(fresh.computed);
  });
});
