/**
 * Every error path of every command (SPEC §3): a clear message, in Vietnamese by default
 * and in English with `--lang en`, exit 2 when the command was used wrongly and 1 when the
 * data, a file or the program failed — and never a stack trace unless `--debug`.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';
import { loadWorkbooks } from '../src/dataset/load.js';
import { buildZip, readZipEntries, smallEntry } from './helpers/bomb.js';
import { tempDir } from './helpers/workbook.js';

/**
 * An internal error on demand, for the --debug test: computeIndicators throws while the
 * flag is set (nothing in src/ is edited; every other test sees the real function).
 */
const explode = vi.hoisted(() => ({ on: false }));
vi.mock('../src/indicators/compute.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/indicators/compute.js')>();
  return {
    ...actual,
    computeIndicators: (...args: Parameters<typeof actual.computeIndicators>) => {
      if (explode.on) throw new TypeError('provoked by errors.test.ts');
      return actual.computeIndicators(...args);
    },
  };
});

/** A letter only Vietnamese uses (the messages' quoted values here are all ASCII). */
const VI_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
/** A line of a JavaScript stack trace. */
const STACK = /\n\s+at /;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;

async function run(args: string[], cwd = dir): Promise<Run> {
  const sink = { stdout: '', stderr: '' };
  const io: Io = {
    out: (t: string) => void (sink.stdout += t),
    err: (t: string) => void (sink.stderr += t),
    isTTY: false,
    errIsTTY: false,
    cwd,
  };
  const code = await main(args, io);
  return { code, ...sink };
}

/** What every failure must look like: the exit code, a message on stderr, no stack trace. */
function expectFailure(r: Run, code: 1 | 2, lang: 'vi' | 'en', mention?: RegExp): void {
  expect(r.stderr.trim(), 'a message on stderr').not.toBe('');
  expect(r.stderr, 'no stack trace').not.toMatch(STACK);
  expect(r.stdout, 'no stack trace').not.toMatch(STACK);
  expect(r.stderr, 'not an internal error').not.toMatch(/Lỗi chương trình|Internal error/);
  if (lang === 'vi') expect(r.stderr, 'in Vietnamese').toMatch(VI_LETTER);
  else expect(r.stderr, 'in English').not.toMatch(VI_LETTER);
  if (mention) expect(r.stderr).toMatch(mention);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code, stderr: r.stderr });
}

beforeAll(() => {
  dir = tempDir('ketnghia-errors-');
  mkdirSync(join(dir, 'in'));
  copyFileSync('samples/ayunpa-danh-muc.xlsx', join(dir, 'in', 'dm.xlsx'));
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'empty', 'ghi-chu.txt'), 'không có sổ tính ở đây');
  copyFileSync('samples-loi/loi-so-lieu.xlsx', join(dir, 'loi.xlsx'));
  copyFileSync('samples-loi/dinh-dang-cu.xls', join(dir, 'cu.xls'));
  writeFileSync(join(dir, 'not-json.json'), '{ "style": ');
  writeFileSync(join(dir, 'unknown-key.json'), '{ "stlye": "dang" }');
  writeFileSync(join(dir, 'comma.json'), '{\n  "style": "dang",,\n}');
  writeFileSync(join(dir, 'unclosed.hbs'), '{{#if has.funds}}\nabc\n');
  writeFileSync(join(dir, 'mismatch.hbs'), '{{#if has.funds}}\nabc\n{{/each}}\n');
  writeFileSync(join(dir, 'wrong-type.json'), '{ "thresholds": { "minActivities": "ba" } }');
  writeFileSync(join(dir, 'afile'), 'a plain file where a folder is expected');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** [what, args, exit code, the message must mention (in both languages)] */
const USAGE: Array<[string, string[], 1 | 2, RegExp?]> = [
  ['unknown option', ['validate', '--foo', 'in'], 2, /--foo/],
  ['unknown command', ['frobnicate'], 2, /frobnicate/],
  ['help for an unknown command', ['help', 'frobnicate'], 2, /frobnicate/],
  ['validate with no files', ['validate'], 2, /\.xlsx/],
  ['stats with no files', ['stats'], 2],
  ['an option without its value', ['validate', 'in', '--max-errors'], 2, /--max-errors/],
  ['a file that does not exist', ['validate', 'khong-co.xlsx'], 2, /khong-co\.xlsx/],
  ['a folder with no .xlsx', ['validate', 'empty'], 2, /empty/],
  ['--max-errors abc', ['validate', 'in', '--max-errors', 'abc'], 2, /--max-errors.*abc/],
  ['--max-errors 0', ['validate', 'in', '--max-errors', '0'], 2, /--max-errors/],
  ['--max-size xyz', ['validate', 'in', '--max-size', 'xyz'], 2, /--max-size.*xyz/],
  ['stats --from 2020 --to 2017', ['stats', 'in', '--from', '2020', '--to', '2017'], 2, /2020.*2017/],
  ['stats --year 24', ['stats', 'in', '--year', '24'], 2, /--year.*24/],
  ['stats --year with --from', ['stats', 'in', '--year', '2020', '--from', '2019'], 2, /--year/],
  ['stats --from without --to', ['stats', 'in', '--from', '2019'], 2, /--to/],
  ['stats --from 31/02/2020', ['stats', 'in', '--from', '31/02/2020', '--to', '2021'], 2, /31\/02\/2020/],
  ['stats --by foo', ['stats', 'in', '--by', 'foo'], 2, /foo/],
  ['coverage --year abcd', ['coverage', 'in', '--year', 'abcd'], 2, /abcd/],
  ['report --kind abc', ['report', 'in', '--kind', 'abc'], 2, /abc.*nam|nam.*abc/],
  ['report --config that is not JSON', ['report', 'in', '--config', 'not-json.json'], 2, /not-json\.json.*JSON/],
  ['report --config with a stray comma', ['report', 'in', '--config', 'comma.json'], 2, /comma\.json.*(dòng 2, cột 19|line 2, column 19)/],
  ['report --template with a block never closed', ['report', 'in', '--year', '2020', '--template', 'unclosed.hbs'], 2, /unclosed\.hbs:3/],
  ['report --template closing {{#if}} with {{/each}}', ['report', 'in', '--year', '2020', '--template', 'mismatch.hbs'], 2, /mismatch\.hbs:1.*(if|each)/],
  ['fix on a folder', ['fix', 'in', '-o', 'x.xlsx'], 2, /in (là một thư mục|is a folder)/],
  ['report --config with an unknown key', ['report', 'in', '--config', 'unknown-key.json'], 2, /"stlye"/],
  ['report --config with a wrong type', ['report', 'in', '--config', 'wrong-type.json'], 2, /"thresholds\.minActivities"/],
  ['validate --config that does not exist', ['validate', 'in', '--config', 'khong-co.json'], 2, /khong-co\.json/],
  ['report --template missing.hbs', ['report', 'in', '--year', '2020', '--template', 'missing.hbs'], 2, /missing\.hbs/],
  ['report --template that is a folder', ['report', 'in', '--year', '2020', '--template', 'in'], 2],
  ['fix without -o', ['fix', 'in/dm.xlsx'], 2, /-o/],
  ['fix with no arguments', ['fix'], 2],
  ['fix a.xlsx -o a.xlsx', ['fix', 'in/dm.xlsx', '-o', 'in/dm.xlsx'], 2, /-o/],
  ['fix a.xlsx -o ./x/../a.xlsx (the same file spelt otherwise)', ['fix', 'in/dm.xlsx', '-o', './empty/../in/dm.xlsx'], 2, /-o/],
  ['fix -o out.txt', ['fix', 'in/dm.xlsx', '-o', 'out.txt'], 2, /out\.txt/],
  ['fix on a file that does not exist', ['fix', 'khong-co.xlsx', '-o', 'x.xlsx'], 2, /khong-co\.xlsx/],
  ['fix on an .xls', ['fix', 'cu.xls', '-o', 'cu-da-sua.xlsx'], 1, /\.xlsx/],
  ['init --from a file that does not exist', ['init', 'moi', '--from', 'khong-co.xlsx'], 2, /khong-co\.xlsx/],
  ['validate --annotate into the input folder', ['validate', 'in/dm.xlsx', '--annotate', 'in'], 2, /--annotate/],
  ['validate --annotate into the input folder, spelt otherwise', ['validate', 'in', '--annotate', './in/'], 2, /--annotate/],
];

describe('messages for people, not the parser’s own words', () => {
  it('explains a JSON mistake and a template mistake in Vietnamese', async () => {
    const json = await run(['report', 'in', '--config', 'not-json.json']);
    expect(json.stderr).toContain('tệp kết thúc giữa chừng');
    const comma = await run(['report', 'in', '--config', 'comma.json']);
    expect(comma.stderr).toContain('ở dòng 2, cột 19 (ký tự ",")');
    const unclosed = await run(['report', 'in', '--year', '2020', '--template', 'unclosed.hbs']);
    expect(unclosed.stderr).toContain('chưa được đóng bằng {{/if}}');
    const mismatch = await run(['report', 'in', '--year', '2020', '--template', 'mismatch.hbs']);
    expect(mismatch.stderr).toContain('khối {{#if}} lại được đóng bằng {{/each}}');
    for (const r of [json, comma, unclosed, mismatch]) expect(r.stderr).not.toMatch(/Unexpected|Expecting|doesn't match/);
  });
});

describe('usage and file errors: exit code, a clear message, no stack trace', () => {
  for (const [what, args, code, mention] of USAGE) {
    it(`${what} → ${code}, in Vietnamese`, async () => {
      expectFailure(await run(args), code, 'vi', mention);
    });
    it(`${what} → ${code}, in English with --lang en`, async () => {
      expectFailure(await run([...args, '--lang', 'en']), code, 'en', mention);
    });
  }

  it('--lang fr → 2, says which languages exist (in Vietnamese, the default)', async () => {
    const r = await run(['validate', 'in', '--lang', 'fr']);
    expectFailure(r, 2, 'vi', /"fr"/);
    expect(r.stderr).toMatch(/\bvi\b.*\ben\b/);
  });

  it('the inputs of a refused command are untouched', async () => {
    const before = readFileSync(join(dir, 'in', 'dm.xlsx'));
    await run(['validate', 'in/dm.xlsx', '--annotate', 'in']);
    await run(['fix', 'in/dm.xlsx', '-o', 'in/dm.xlsx']);
    expect(readFileSync(join(dir, 'in', 'dm.xlsx')).equals(before)).toBe(true);
  });

  it('--help and --version are not errors', async () => {
    for (const args of [['--help'], ['validate', '--help'], ['--version']]) {
      const r = await run(args);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toBe('');
      expect(r.stderr).toBe('');
    }
  });
});

describe('init into a folder that already holds its files', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`keeps them, says to use --force, exits non-zero (${lang})`, async () => {
      const target = join(dir, `co-san-${lang}`);
      mkdirSync(target);
      writeFileSync(join(target, 'mau-bao-cao-ket-nghia.xlsx'), 'giữ nguyên');
      writeFileSync(join(target, 'ketnghia.config.json'), '{ "place": "giữ nguyên" }');
      const r = await run(['init', `co-san-${lang}`, ...(lang === 'en' ? ['--lang', 'en'] : [])]);
      expect([1, 2]).toContain(r.code);
      expect(r.stderr).toMatch(/--force/);
      expect(r.stderr).not.toMatch(STACK);
      if (lang === 'vi') expect(r.stderr).toMatch(VI_LETTER);
      else expect(r.stderr).not.toMatch(VI_LETTER);
      expect(readFileSync(join(target, 'mau-bao-cao-ket-nghia.xlsx'), 'utf8')).toBe('giữ nguyên');
      expect(readFileSync(join(target, 'ketnghia.config.json'), 'utf8')).toBe('{ "place": "giữ nguyên" }');
    });
  }
});

describe('stats, coverage and report on data with errors', () => {
  for (const command of ['stats', 'coverage', 'report']) {
    it(`${command} stops with exit 1, shows the findings on stderr and hints at --allow-errors`, async () => {
      const vi = await run([command, 'loi.xlsx', '-o', 'khong-ghi.docx'].slice(0, command === 'report' ? 4 : 2));
      expect(vi.code).toBe(1);
      expect(vi.stdout).toBe('');
      expect(vi.stderr).toContain('inconsistent-values');
      expect(vi.stderr).toContain('K5');
      expect(vi.stderr).toMatch(/Số liệu còn lỗi.*--allow-errors/s);
      expect(vi.stderr).not.toMatch(STACK);
      expect(existsSync(join(dir, 'khong-ghi.docx'))).toBe(false);
      const en = await run([command, 'loi.xlsx', '--lang', 'en']);
      expect(en.code).toBe(1);
      expect(en.stderr).toMatch(/The data has errors.*--allow-errors/s);
      expect(en.stderr).not.toMatch(/Số liệu còn lỗi/);
    });
  }

  it('stats --allow-errors → 0 and says how many rows were left out', async () => {
    const load = await loadWorkbooks({ files: [join(dir, 'loi.xlsx')], today: '2026-11-22' });
    const rejected = load.sheets.reduce((n, s) => n + s.counts.rejected, 0);
    expect(rejected).toBeGreaterThan(0);
    const vi = await run(['stats', 'loi.xlsx', '--allow-errors']);
    expect(vi.code).toBe(0);
    expect(vi.stderr).toContain(`--allow-errors: đã bỏ qua ${rejected} dòng có lỗi`);
    expect(vi.stdout).not.toBe('');
    const en = await run(['stats', 'loi.xlsx', '--allow-errors', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stderr).toContain(`--allow-errors: left out ${rejected} rows with errors`);
  });
});

describe('an output that cannot be written is the environment, not a bug: exit 1, said plainly', () => {
  // `afile` is a plain file, so nothing can be written "inside" it.
  const CASES: Array<[string, string[]]> = [
    ['report -o afile/x.docx', ['report', 'in', '--year', '2020', '-o', 'afile/x.docx']],
    ['stats --xlsx afile/x.xlsx', ['stats', 'in', '--year', '2020', '--xlsx', 'afile/x.xlsx']],
    ['init afile', ['init', 'afile']],
    // A file with findings: only those are copied.
    ['validate --annotate afile', ['validate', 'loi.xlsx', '--annotate', 'afile']],
    ['fix -o afile/x.xlsx', ['fix', 'in/dm.xlsx', '-o', 'afile/x.xlsx']],
  ];
  for (const [what, args] of CASES) {
    for (const lang of ['vi', 'en'] as const) {
      it(`${what} (${lang})`, async () => {
        const r = await run(lang === 'en' ? [...args, '--lang', 'en'] : args);
        expectFailure(r, 1, lang, /afile/);
      });
    }
  }
});

describe('validate --annotate on a workbook that can be checked but not copied', () => {
  // Document properties whose zip header understates their size: the reader never needs
  // that part, so the data is checked, but exceljs's whole-file reader (used to make the
  // annotated copy) refuses the zip ("uncompressed data size mismatch").
  it('still prints the findings, says the copy was skipped, annotates the other files, no internal error', async () => {
    // Files with findings: --annotate copies only those.
    const parts = await readZipEntries('samples-loi/loi-hoat-dong.xlsx');
    const entries = parts.map((p) => (p.name === 'docProps/core.xml' ? { ...smallEntry(p.name, p.data), centralSize: p.data.length - 100 } : smallEntry(p.name, p.data)));
    const sub = join(dir, 'annotate-odd');
    mkdirSync(sub);
    writeFileSync(join(sub, 'la.xlsx'), buildZip(entries));
    copyFileSync('samples-loi/loi-so-lieu.xlsx', join(sub, 'dm.xlsx'));
    for (const lang of ['vi', 'en'] as const) {
      const r = await run(['validate', 'la.xlsx', 'dm.xlsx', '--annotate', `danh-dau-${lang}`, '--lang', lang], sub);
      expect(r.stderr).not.toMatch(/Lỗi chương trình|Internal error/);
      expect(r.stderr + r.stdout).not.toMatch(STACK);
      expect([0, 1]).toContain(r.code);
      // The check itself went through: the summary of both files is printed…
      expect(r.stdout).toMatch(lang === 'vi' ? /Tổng: 2 tệp/ : /Total: 2 files/);
      // …the copy that could not be made is named…
      expect(r.stdout + r.stderr).toMatch(lang === 'vi' ? /Không đánh dấu được la\.xlsx/ : /Could not annotate la\.xlsx/);
      // …and the other file is annotated all the same.
      expect(existsSync(join(sub, `danh-dau-${lang}`, 'dm.xlsx'))).toBe(true);
    }
  });
});

describe('--debug', () => {
  it('an internal error without --debug: exit 1, one clear sentence that points to --debug, no stack', async () => {
    explode.on = true;
    try {
      const vi = await run(['stats', 'in', '--year', '2020']);
      expect(vi.code).toBe(1);
      expect(vi.stderr).toContain('Lỗi chương trình (không phải lỗi của số liệu): provoked by errors.test.ts');
      expect(vi.stderr).toContain('--debug');
      expect(vi.stderr).not.toMatch(STACK);
      const en = await run(['stats', 'in', '--year', '2020', '--lang', 'en']);
      expect(en.code).toBe(1);
      expect(en.stderr).toContain('Internal error (not a problem with your data): provoked by errors.test.ts');
      expect(en.stderr).not.toMatch(STACK);
    } finally {
      explode.on = false;
    }
  });

  it('with --debug the same error shows its stack', async () => {
    explode.on = true;
    try {
      const r = await run(['stats', 'in', '--year', '2020', '--debug']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('TypeError: provoked by errors.test.ts');
      expect(r.stderr).toMatch(STACK);
    } finally {
      explode.on = false;
    }
  });

  it('--debug changes nothing for a usage error: still exit 2 and no stack', async () => {
    const r = await run(['stats', 'in', '--year', '24', '--debug']);
    expectFailure(r, 2, 'vi', /24/);
  });

  it('the real command works again once the flag is off', async () => {
    const r = await run(['stats', 'in', '--year', '2020', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('period');
  });
});
