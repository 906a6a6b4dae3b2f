/**
 * templates/README.md documents the report context key by key: every key path the printed
 * context (`ketnghia report … --print-context`) holds is documented, and every documented
 * path occurs in one of the printed contexts. The contexts: the Ayun Pa samples (three kinds,
 * an annual report with a year before it), the second dataset (uncovered villages, idle
 * pairings, a poverty-standard change), the third (communes, a UBND issuer, units missing in
 * some years; test/helpers/ia-pa-dataset.ts) and the Quảng Nam samples (communes, districts and
 * household pairs), so that the optional keys are covered too.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { capture } from './helpers/io.js';
import { SECOND_CONFIG, writeSecondDataset } from './helpers/second-dataset.js';
import { IA_PA_CONFIG, writeIaPaDataset } from './helpers/ia-pa-dataset.js';
import { tempDir } from './helpers/workbook.js';

const root = process.cwd();
const xlsx = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => join(root, dir, f));

async function printContext(cwd: string, args: readonly string[]): Promise<unknown> {
  const io = capture(cwd);
  expect(await main(['report', ...args, '--print-context'], io), io.stderr).toBe(0);
  return JSON.parse(io.stdout);
}

/**
 * Key paths of a JSON value: `a.b`, `a.list[].c` for the fields of a list's objects. The items of
 * a list of texts or numbers have no key of their own; the list's key documents them.
 */
function keyPaths(value: unknown, prefix = '', into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) keyPaths(item, `${prefix}[]`, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key;
      into.add(path);
      keyPaths(child, path, into);
    }
  }
  return into;
}

/** `a.{b,c}.d` → `a.b.d`, `a.c.d` (one brace group per path segment at most, nested groups not needed). */
function expandBraces(path: string): string[] {
  const match = /\{([^{}]*)\}/.exec(path);
  if (!match) return [path];
  return match[1]!.split(',').flatMap((alternative) => expandBraces(path.slice(0, match.index) + alternative.trim() + path.slice(match.index + match[0].length)));
}

/** The key paths documented in the README's context section: the backticked names in the first cell of each table row. */
function documentedPaths(readme: string): string[] {
  const start = readme.indexOf('\n## Dữ liệu mẫu nhận được');
  expect(start, 'templates/README.md has a section "## Dữ liệu mẫu nhận được"').toBeGreaterThan(0);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const paths: string[] = [];
  for (const line of section.split('\n')) {
    if (!line.startsWith('|') || /^\|\s*[-:]+\s*\|/.test(line) || /^\|\s*khóa\s*\|/.test(line)) continue;
    const cell = line.split(/(?<!\\)\|/)[1] ?? '';
    for (const [, name] of cell.matchAll(/`([^`]+)`/g)) paths.push(...expandBraces(name!));
  }
  return paths;
}

/** A documented path also documents the keys on its way (`a.b[].c` documents `a.b` and `a`). */
function withParents(paths: Iterable<string>): Set<string> {
  const all = new Set<string>();
  for (const path of paths) {
    const parts = path.split('.');
    for (let i = 1; i <= parts.length; i++) all.add(parts.slice(0, i).join('.').replace(/\[\]$/, ''));
  }
  return all;
}

describe('templates/README.md documents the report context', () => {
  const printed = new Set<string>();

  beforeAll(async () => {
    const samples = xlsx('samples');
    const config = ['--config', join(root, 'samples', 'ketnghia.config.json')];
    const dir = tempDir();
    const second = await writeSecondDataset(dir);
    writeFileSync(join(dir, 'ketnghia.config.json'), JSON.stringify(SECOND_CONFIG));
    const third = await writeIaPaDataset(dir);
    writeFileSync(join(dir, 'ia-pa.json'), JSON.stringify(IA_PA_CONFIG));
    const contexts = [
      await printContext(root, [...samples, ...config, '--kind', 'nam', '--year', '2020']),
      await printContext(root, [...samples, ...config, '--kind', 'so-ket', '--from', '2016', '--to', '2020']),
      await printContext(root, [...samples, ...config, '--kind', 'tong-ket', '--from', '2016', '--to', '2020']),
      await printContext(dir, [second, '--kind', 'so-ket', '--from', '2019', '--to', '2023']),
      await printContext(dir, [third, '--kind', 'tong-ket', '--from', '2021', '--to', '2024', '--config', 'ia-pa.json']),
      await printContext(join(root, 'samples-quang-nam'), [...xlsx('samples-quang-nam'), '--kind', 'tong-ket']),
    ];
    for (const context of contexts) keyPaths(context, '', printed);
  }, 120_000);

  it('the path helpers read what they should', () => {
    expect([...keyPaths({ a: { b: [{ c: 1 }, { c: 2, d: null }] }, e: [1, 2], f: null })]).toEqual(['a', 'a.b', 'a.b[].c', 'a.b[].d', 'e', 'f']);
    expect(expandBraces('poverty.{first,last}.{year,rate}')).toEqual(['poverty.first.year', 'poverty.first.rate', 'poverty.last.year', 'poverty.last.rate']);
    expect(documentedPaths('x\n## Dữ liệu mẫu nhận được\n| khóa | ý nghĩa |\n|---|---|\n| `a.b`, `c` | `null` khi … |\n## Khác\n| `z` | |\n')).toEqual(['a.b', 'c']);
  });

  it('every key the printed contexts hold is documented, and every documented key occurs in one of them', () => {
    const documented = documentedPaths(readFileSync(join(root, 'templates', 'README.md'), 'utf8'));
    const covered = withParents(documented);
    expect([...printed].filter((p) => !covered.has(p)).sort(), 'keys missing from templates/README.md').toEqual([]);
    expect(documented.filter((p) => !printed.has(p)).sort(), 'keys in templates/README.md that no context has').toEqual([]);
    // The optional sections were really there to check.
    for (const path of ['levels.commune.uncovered[].commune', 'levels.households.pairsList[].helper', 'coverage.districts.uncovered[].district', 'activities.inactive[].yearsText', 'previous.fundsDiff', 'poverty.previous.trend']) {
      expect(printed.has(path), path).toBe(true);
    }
  });
});
