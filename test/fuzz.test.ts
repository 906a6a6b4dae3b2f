/**
 * Fuzzing the file gate and the reader with corrupted copies of real workbooks, made with
 * a fixed-seed PRNG so that every mutant can be made again from its number:
 * - byte mutants: the .xlsx bytes themselves (flipped, zeroed runs, truncated, ranges
 *   duplicated) — mostly stopped by the zip layer;
 * - part mutants: one part inside a well-formed zip (XML flipped, cut or spliced with
 *   awkward snippets; its stated size wrong; dropped; renamed) — these reach the reader.
 *
 * What must hold for every mutant (SPEC §3: one bad file never stops the others, never a
 * stack trace): loading resolves — no exception, no hang, no error escaping the promise
 * chain — and ends either in a file-level finding or with sheets read; every finding has a
 * known code and names the file.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';
import { loadWorkbooks, type LoadResult } from '../src/dataset/load.js';
import { FINDING_CODES } from '../src/findings/catalogue.js';
import { buildZip, readZipEntries, repack, smallEntry } from './helpers/bomb.js';
import { mutate, mutatePart, type Mutant } from './helpers/mutate.js';
import { HEADERS, tempDir, writeWorkbook } from './helpers/workbook.js';
import { capture } from './helpers/io.js';

const TODAY = '2026-11-22';
const SEED = 0x6b6e_2026;
const BYTE_MUTANTS = 450;
const PART_MUTANTS = 250;
/** How many mutants also go through `ketnghia validate`. */
const CLI_MUTANTS = 25;
/** Each load must finish within this (a hang fails the test, it does not stall it). */
const PER_MUTANT_MS = 5_000;
/** Pause after each mutant, so that an error emitted late is blamed on the right one. */
const SETTLE_MS = 10;
const FILE_LEVEL = new Set(['file-unreadable', 'file-legacy-format', 'no-known-sheet', 'file-too-large']);
const KNOWN = new Set<string>(FINDING_CODES);
const STACK = /\n\s+at /;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`HANG: did not finish in ${ms} ms (${what})`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));


/**
 * Errors thrown outside any promise chain (an 'error' event nobody listens to) crash a
 * real run with a stack trace; while `watch` runs, they are recorded against `current`.
 */
async function watchStrays<T>(problems: string[], work: (setCurrent: (what: string) => void) => Promise<T>): Promise<T> {
  let current = '(before the first mutant)';
  const onStray = (error: unknown) => {
    const text = error instanceof Error ? `${error.message}\n${error.stack?.split('\n').slice(1, 4).join('\n') ?? ''}` : String(error);
    problems.push(`STRAY ERROR (would crash the CLI with a stack trace) while reading ${current}: ${text}`);
  };
  process.on('unhandledRejection', onStray);
  process.on('uncaughtException', onStray);
  try {
    return await work((what) => {
      current = what;
    });
  } finally {
    process.off('unhandledRejection', onStray);
    process.off('uncaughtException', onStray);
  }
}

let dir: string;
const bases: Array<{ name: string; bytes: Buffer; parts: Array<{ name: string; data: Buffer }> }> = [];
const mutants: Mutant[] = [];

beforeAll(async () => {
  dir = tempDir('ketnghia-fuzz-');
  const small = await writeWorkbook(join(dir, 'nho.xlsx'), [
    { name: 'Thôn làng', rows: [[...HEADERS.villages], [1, 'Ayun Pa', 'Ia Sao', 'Bôn Bir', 2020, 'Gia Rai', 'x', '', 95, 90, 430, 9, 5]] },
    { name: 'Đơn vị', rows: [[...HEADERS.units], [1, 'Ban Dân vận Thị ủy', 'huyện', 'Đảng']] },
    { name: 'Kết nghĩa', rows: [[...HEADERS.pairings], [1, 'Ban Dân vận Thị ủy', 'Ia Sao', 'Bôn Bir', '01/01/2016', '', '12/QĐ-UBND']] },
    {
      name: 'Hoạt động',
      rows: [[...HEADERS.activities], [1, '15/03/2020', 'Ban Dân vận Thị ủy', 'Ia Sao', 'Bôn Bir', 'Thăm hỏi, tặng quà', 'Tết', '1.500.000', 0, 'Đơn vị tự đóng góp']],
    },
  ]);
  // exceljs stamps zip entries with the current time; the repacked copy is the same bytes on every run.
  const smallFixed = join(dir, 'nho-co-dinh.xlsx');
  await repack(small, smallFixed);
  for (const path of ['samples/ayunpa-danh-muc.xlsx', 'samples/ayunpa-hoat-dong-khoi-dang.xlsx', smallFixed]) {
    bases.push({ name: path.split('/').pop()!, bytes: readFileSync(path), parts: await readZipEntries(path) });
  }
  for (let id = 0; id < BYTE_MUTANTS; id++) {
    const base = bases[id % bases.length]!;
    mutants.push(mutate(SEED, id, base.name, base.bytes));
  }
  for (let id = 0; id < PART_MUTANTS; id++) {
    const base = bases[id % bases.length]!;
    mutants.push(mutatePart(SEED, id, base.name, base.parts));
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('fuzz: corrupted workbooks', () => {
  it('the unmutated bases read cleanly', async () => {
    for (const base of bases) {
      const path = join(dir, `base-${base.name}`);
      writeFileSync(path, base.bytes);
      const result = await loadWorkbooks({ files: [path], today: TODAY });
      expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(result.sheets.length).toBeGreaterThan(0);
    }
  });

  it(`${BYTE_MUTANTS} byte mutants and ${PART_MUTANTS} part mutants: loading always resolves with known findings, a file-level code or sheets read`, async () => {
    const outcomes = new Map<string, number>();
    const problems: string[] = [];
    const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    const start = performance.now();
    let slowest = { ms: 0, what: '' };
    await watchStrays(problems, async (setCurrent) => {
      for (const mutant of mutants) {
        const kind = mutant.description.startsWith('part') ? 'part' : 'byte';
        const path = join(dir, `mutant-${kind}-${String(mutant.id).padStart(3, '0')}.xlsx`);
        writeFileSync(path, mutant.bytes);
        setCurrent(mutant.description);
        const t0 = performance.now();
        let result: LoadResult;
        try {
          result = await withTimeout(loadWorkbooks({ files: [path], today: TODAY }), PER_MUTANT_MS, mutant.description);
        } catch (error) {
          const hang = error instanceof Error && error.message.startsWith('HANG');
          problems.push(hang ? `${mutant.description}: ${(error as Error).message.split(' (')[0]}` : `${mutant.description}: loadWorkbooks threw ${error instanceof Error ? error.stack : String(error)}`);
          count(`${kind}: ${hang ? 'HUNG' : 'THREW'}`);
          await settle();
          continue;
        }
        const ms = performance.now() - t0;
        if (ms > slowest.ms) slowest = { ms, what: mutant.description };
        await settle();
        for (const f of result.findings) {
          if (!KNOWN.has(f.code)) problems.push(`${mutant.description}: unknown code ${f.code}`);
          if (f.file !== path) problems.push(`${mutant.description}: finding ${f.code} names ${String(f.file)}`);
        }
        const fileLevel = [...new Set(result.findings.filter((f) => FILE_LEVEL.has(f.code)).map((f) => f.code))];
        if (fileLevel.length === 0 && result.sheets.length === 0) problems.push(`${mutant.description}: neither a file-level finding nor a sheet read`);
        if (result.files.length !== 1) problems.push(`${mutant.description}: ${result.files.length} file reports`);
        // Nothing is dropped silently (SPEC §4): a part cut short is a damaged file, not a shorter sheet.
        const silent = `SILENT: ${result.sheets.map((s) => `${s.sheet} ${s.counts.used} rows used`).join(', ') || 'no sheet'}, findings [${result.findings.map((f) => f.code).join(', ')}]`;
        if (mutant.expect === 'unreadable' && !fileLevel.includes('file-unreadable')) problems.push(`${mutant.description}: read as valid XML — ${silent}`);
        if (mutant.expect === 'error' && result.errors === 0) problems.push(`${mutant.description}: a missing part went unreported — ${silent}`);
        count(`${kind}: ${fileLevel.length > 0 ? fileLevel.join(' + ') : result.errors > 0 ? 'read, with cell/column errors' : 'read, no errors'}`);
      }
    });
    const seconds = (performance.now() - start) / 1000;
    const table = [...outcomes].sort((a, b) => a[0].localeCompare(b[0]) || b[1] - a[1]).map(([k, v]) => `  ${String(v).padStart(4)}  ${k}`).join('\n');
    console.log(`[fuzz] ${mutants.length} mutants (seed 0x${SEED.toString(16)}) in ${seconds.toFixed(1)} s; slowest ${slowest.ms.toFixed(0)} ms (${slowest.what})\n${table}`);
    if (problems.length > 0) console.log(`[fuzz] problems:\n${problems.join('\n')}`);
    expect(problems).toEqual([]);
    expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(mutants.length);
  }, 240_000);

  it(`${CLI_MUTANTS} mutants through \`ketnghia validate\`: exit 0 or 1, the file named, no stack trace, input untouched`, async () => {
    const problems: string[] = [];
    const codes = new Map<number, number>();
    const step = Math.floor(mutants.length / CLI_MUTANTS);
    await watchStrays(problems, async (setCurrent) => {
      for (let i = 0; i < CLI_MUTANTS; i++) {
        const mutant = mutants[i * step]!;
        // In a folder of its own, named like a real submission, given as a relative path.
        const sub = join(dir, `cli-${i}`);
        mkdirSync(sub, { recursive: true });
        const path = join(sub, 'bao-cao.xlsx');
        writeFileSync(path, mutant.bytes);
        setCurrent(`validate ${mutant.description}`);
        const out = capture(sub);
        let code: number;
        try {
          code = await withTimeout(main(['validate', 'bao-cao.xlsx'], out), PER_MUTANT_MS, mutant.description);
        } catch (error) {
          problems.push(`${mutant.description}: ${error instanceof Error ? error.message : String(error)}`);
          continue;
        }
        await settle();
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (code !== 0 && code !== 1) problems.push(`${mutant.description}: exit ${code}`);
        if (STACK.test(out.stderr) || STACK.test(out.stdout)) problems.push(`${mutant.description}: stack trace\n${out.stderr}`);
        if (/internal error|lỗi chương trình/i.test(out.stderr)) problems.push(`${mutant.description}: internal error\n${out.stderr}`);
        if (!out.stdout.includes('bao-cao.xlsx')) problems.push(`${mutant.description}: the file is not named in the output`);
        if (!readFileSync(path).equals(mutant.bytes)) problems.push(`${mutant.description}: the input was modified`);
      }
    });
    console.log(`[fuzz] validate exit codes: ${[...codes].map(([c, n]) => `${n}× exit ${c}`).join(', ')}`);
    if (problems.length > 0) console.log(`[fuzz] validate problems:\n${problems.join('\n')}`);
    expect(problems).toEqual([]);
  }, 240_000);

  it(`${CLI_MUTANTS} readable part mutants through \`ketnghia validate --annotate\`: findings printed, no internal error`, async () => {
    const problems: string[] = [];
    const codes = new Map<number, number>();
    // Part mutants the reader accepts (file.read) are the ones --annotate copies: exceljs's
    // whole-file reader then opens them too.
    const candidates: Mutant[] = [];
    for (const mutant of mutants.filter((m) => m.description.startsWith('part'))) {
      if (/rels: (both|central|local) header/.test(mutant.description)) continue; // the stray-error crash, tested below
      const path = join(dir, 'probe.xlsx');
      writeFileSync(path, mutant.bytes);
      const result = await withTimeout(loadWorkbooks({ files: [path], today: TODAY }), PER_MUTANT_MS, mutant.description).catch(() => undefined);
      await settle();
      if (result?.files[0]?.read) candidates.push(mutant);
      if (candidates.length === CLI_MUTANTS) break;
    }
    await watchStrays(problems, async (setCurrent) => {
      for (const [i, mutant] of candidates.entries()) {
        const sub = join(dir, `annotate-${i}`);
        mkdirSync(sub, { recursive: true });
        writeFileSync(join(sub, 'bao-cao.xlsx'), mutant.bytes);
        setCurrent(`validate --annotate ${mutant.description}`);
        const out = capture(sub);
        let code: number;
        try {
          code = await withTimeout(main(['validate', 'bao-cao.xlsx', '--annotate', 'danh-dau'], out), PER_MUTANT_MS, mutant.description);
        } catch (error) {
          problems.push(`${mutant.description}: ${error instanceof Error ? error.message : String(error)}`);
          continue;
        }
        await settle();
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (code !== 0 && code !== 1) problems.push(`${mutant.description}: exit ${code}`);
        if (STACK.test(out.stderr)) problems.push(`${mutant.description}: stack trace`);
        if (/internal error|lỗi chương trình/i.test(out.stderr)) problems.push(`${mutant.description}: ${out.stderr.split('\n')[0]}`);
        // The findings are printed whether or not the copy could be made.
        if (!/Tổng: 1 tệp/.test(out.stdout)) problems.push(`${mutant.description}: no summary printed`);
      }
    });
    console.log(`[fuzz] validate --annotate on ${candidates.length} readable part mutants, exit codes: ${[...codes].map(([c, n]) => `${n}× exit ${c}`).join(', ')}`);
    if (problems.length > 0) console.log(`[fuzz] validate --annotate problems:\n${problems.join('\n')}`);
    expect(candidates.length).toBe(CLI_MUTANTS);
    expect(problems).toEqual([]);
  }, 240_000);

  describe('a part cut short is a damaged file, not a shorter sheet (SPEC: truncated or broken XML → file-unreadable)', () => {
    const sample = 'samples/ayunpa-hoat-dong-khoi-dang.xlsx';
    for (const [part, fraction] of [['xl/worksheets/sheet1.xml', 0.5], ['xl/worksheets/sheet1.xml', 0.99], ['xl/workbook.xml', 0.6], ['xl/sharedStrings.xml', 0.9]] as const) {
      it(`${part} of ${sample.split('/').pop()} cut at ${fraction * 100}%`, async () => {
        const parts = await readZipEntries(sample);
        const entries = parts.map((p) => smallEntry(p.name, p.name === part ? p.data.subarray(0, Math.floor(p.data.length * fraction)) : p.data));
        const sub = join(dir, `cut-${part.replace(/\W+/g, '-')}-${fraction}`);
        mkdirSync(sub, { recursive: true });
        writeFileSync(join(sub, 'bao-cao.xlsx'), buildZip(entries));
        const out = capture(sub);
        const code = await withTimeout(main(['validate', '--json', 'bao-cao.xlsx'], out), PER_MUTANT_MS, part);
        const json = JSON.parse(out.stdout) as { valid: boolean; summary: { rows: number }; issues: Array<{ code: string }> };
        expect(json.issues.map((i) => i.code)).toEqual(['file-unreadable']);
        expect(json.valid).toBe(false);
        expect(code).toBe(1);
      });
    }
  });

  /**
   * The shapes the fuzzer found, made on purpose. A part whose zip headers state fewer
   * bytes than it inflates to makes yauzl emit 'error' on the part's stream; when that
   * stream was opened but is not yet being read (read.ts opens workbook.xml.rels, then
   * workbook.xml, and only then parses the first), nobody listens: the CLI dies with
   * "Unhandled 'error' event" and a stack trace, and in-process the load never resolves.
   */
  describe('parts whose headers understate their size: file-unreadable, exit 1, no crash, no hang', () => {
    const sample = 'samples/ayunpa-hoat-dong-khoi-dang.xlsx';
    for (const part of ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']) {
      it(`${part} of ${sample.split('/').pop()} says it holds half its bytes`, async () => {
        const parts = await readZipEntries(sample);
        expect(parts.map((p) => p.name)).toContain(part);
        const entries = parts.map((p) => (p.name === part ? { ...smallEntry(p.name, p.data), localSize: p.data.length >> 1, centralSize: p.data.length >> 1 } : smallEntry(p.name, p.data)));
        const sub = join(dir, `short-${part.replace(/\W+/g, '-')}`);
        mkdirSync(sub, { recursive: true });
        writeFileSync(join(sub, 'bao-cao.xlsx'), buildZip(entries));
        const problems: string[] = [];
        const out = capture(sub);
        const code = await watchStrays(problems, async (setCurrent) => {
          setCurrent(`bao-cao.xlsx with ${part} understated`);
          const result = await withTimeout(main(['validate', '--json', 'bao-cao.xlsx'], out), PER_MUTANT_MS, part).catch((error: Error) => error.message);
          await settle();
          return result;
        });
        expect(problems).toEqual([]);
        expect(code).toBe(1);
        expect(out.stderr).not.toMatch(STACK);
        const json = JSON.parse(out.stdout) as { issues: Array<{ code: string; file: string }> };
        expect(json.issues.map((i) => [i.file, i.code])).toEqual([['bao-cao.xlsx', 'file-unreadable']]);
      });
    }

    it(`byte mutant #361 of ayunpa-hoat-dong-khoi-dang.xlsx (flips 2909^0xf6, 1239^0x1d, 10213^0x81, 6440^0x7f) is unreadable, not a crash`, async () => {
      // Kept as a file: made from the sample as it was when the fuzzer found it (the sample
      // has changed since, and the same flips in it no longer make this shape).
      const bytes = readFileSync('test/fixtures/fuzz-mutant-361.xlsx');
      const sub = join(dir, 'mutant-361');
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, 'bao-cao.xlsx'), bytes);
      const problems: string[] = [];
      const out = capture(sub);
      // Whether the stray error fires depends on timing; a few runs make it show.
      for (let run = 0; run < 5; run++) {
        const code = await watchStrays(problems, async (setCurrent) => {
          setCurrent(`mutant #361, run ${run}`);
          const result = await withTimeout(main(['validate', 'bao-cao.xlsx'], out), PER_MUTANT_MS, 'mutant #361').catch((error: Error) => error.message);
          await settle();
          return result;
        });
        expect(problems).toEqual([]);
        expect(code).toBe(1);
      }
      expect(out.stderr).not.toMatch(STACK);
      expect(out.stdout).toContain('file-unreadable');
    }, 60_000);
  });
});
