/**
 * The house reads top-down (README "Architecture"): faces → words → use cases → stages →
 * the bottom, and no import runs back up. The page's server never imports the command line;
 * the use cases never import a face or the words; and no two folders import each other,
 * even through others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(process.cwd(), 'src');

const LAYER: Record<string, number> = {
  cli: 5,
  serve: 5,
  words: 4,
  app: 3,
  ...Object.fromEntries(['report', 'init', 'annotate', 'submissions', 'export', 'fix', 'config', 'dataset', 'indicators', 'checks', 'workbook', 'labels'].map((f) => [f, 2])),
  ...Object.fromEntries(['model', 'schema', 'format', 'values', 'text', 'findings', 'util', 'messages', 'errors.ts'].map((f) => [f, 1])),
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Every import between two folders of src/ (static, dynamic and `export … from`), as [from folder, to folder, from file]. */
function arrows(): Array<[string, string, string]> {
  const found: Array<[string, string, string]> = [];
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from\s*|import\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = normalize(join(dirname(file), m[1]!));
      const [a, b] = [relative(SRC, file).split('/')[0]!, relative(SRC, target).split('/')[0]!.replace(/\.js$/, '.ts')];
      if (a !== b) found.push([a, b, relative(SRC, file)]);
    }
  }
  return found;
}

describe('layers', () => {
  const all = arrows();

  it('every folder of src/ has its floor', () => {
    expect(all.flatMap(([a, b]) => [a, b]).filter((f) => LAYER[f] === undefined)).toEqual([]);
  });

  it('no import runs up a floor, and the page never imports the command line', () => {
    const up = all.filter(([a, b]) => LAYER[a]! < LAYER[b]! || (a === 'serve' && b === 'cli'));
    expect(up.map(([a, b, file]) => `${file} -> ${b}`)).toEqual([]);
  });

  it('no two folders import each other, even through others', () => {
    const next = new Map<string, Set<string>>();
    for (const [a, b] of all) next.set(a, (next.get(a) ?? new Set()).add(b));
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
      [...(next.get(from) ?? [])].some((n) => n === to || (!seen.has(n) && (seen.add(n), reaches(n, to, seen))));
    const circles = [...next.keys()].filter((a) => reaches(a, a));
    expect(circles).toEqual([]);
  });
});
