import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { CATALOGUE } from '../src/findings/catalogue.js';
import { PeriodError } from '../src/values/period.js';
import { CLI } from '../src/messages/cli.js';
import { periodProblemText, usageText } from '../src/words/usage.js';
import { FINDING_WORDS } from '../src/messages/findings.js';
import { fill, inBoth, render, type Text } from '../src/messages/render.js';

type Entry = readonly [where: string, text: Text];

const isText = (value: unknown): value is Text =>
  typeof value === 'object' && value !== null && typeof (value as Text).vi === 'string' && typeof (value as Text).en === 'string';

/** Every message reachable from a value: a Text, or the Texts inside a table, list or catalogue entry. */
function entriesOf(value: unknown, where: string): Entry[] {
  if (isText(value)) return [[where, value], ...entriesOf({ ...value, vi: undefined, en: undefined }, where)];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => entriesOf(inner, `${where}.${key}`));
}

const names = (template: string): string[] => [...new Set([...template.matchAll(/\{(\w+)(?::s)?\}/g)].map((m) => m[1]!))].sort();

/** What is wrong with a message: a language missing, parameters that differ, Vietnamese not in NFC. */
function problemsOf([where, text]: Entry): string[] {
  const problems: string[] = [];
  if (text.vi.trim() === '' && text.en.trim() !== '') problems.push(`${where}: no Vietnamese`);
  if (text.en.trim() === '' && text.vi.trim() !== '') problems.push(`${where}: no English`);
  if (names(text.vi).join() !== names(text.en).join()) problems.push(`${where}: parameters {${names(text.vi)}} in Vietnamese, {${names(text.en)}} in English`);
  if (text.vi !== text.vi.normalize('NFC')) problems.push(`${where}: Vietnamese not in NFC`);
  return problems;
}

const folder = join(import.meta.dirname, '../src/messages');

async function allEntries(): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts')).sort()) {
    const module = (await import(join(folder, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) entries.push(...entriesOf(value, `${file}:${name}`));
  }
  return entries;
}

describe('the message tables', () => {
  it('give every message both languages, the same parameters, and Vietnamese in NFC', async () => {
    const entries = await allEntries();
    // The walk must really find the tables: several hundred messages live in src/messages.
    expect(entries.length).toBeGreaterThan(300);
    expect(entries.map(([where]) => where)).toContain('cli.ts:CLI.sameAsInput');
    expect(entries.flatMap(problemsOf)).toEqual([]);
  });

  it('hold the findings catalogue to the same rules', () => {
    const entries = entriesOf(CATALOGUE, 'catalogue');
    expect(entries.length).toBe(Object.keys(CATALOGUE).length * 2);
    expect(entries.flatMap(problemsOf)).toEqual([]);
  });

  it('catch a message that breaks them', () => {
    expect(problemsOf(['a', { vi: 'Tệp {path}', en: 'File {file}' }])).toEqual(['a: parameters {path} in Vietnamese, {file} in English']);
    expect(problemsOf(['b', { vi: 'Tệp {n}', en: '{n} file{n:s}' }])).toEqual([]);
    expect(problemsOf(['c', { vi: 'Tệp'.normalize('NFD'), en: 'File' }])).toEqual(['c: Vietnamese not in NFC']);
    expect(problemsOf(['d', { vi: '', en: 'File' }])).toEqual(['d: no Vietnamese']);
  });
});

describe('render', () => {
  it('fills parameters in the language asked for, Vietnamese or English', () => {
    expect(render('vi', CLI.notFound, { path: 'a.xlsx' })).toBe('Không tìm thấy tệp hoặc thư mục: a.xlsx');
    expect(render('en', CLI.notFound, { path: 'a.xlsx' })).toBe('No such file or folder: a.xlsx');
  });

  it('writes the English plural "s" only when the count is not 1', () => {
    expect(render('en', CLI.stoppedEarly, { n: 1 })).toBe('Stopped after 1 error (--max-errors); later rows were not checked.');
    expect(render('en', CLI.stoppedEarly, { n: 3 })).toBe('Stopped after 3 errors (--max-errors); later rows were not checked.');
    expect(render('vi', CLI.stoppedEarly, { n: 3 })).toBe('Đã dừng đọc sau 3 lỗi (--max-errors); các dòng sau đó chưa được kiểm tra.');
  });

  it('takes a parameter given in each language, and leaves a missing one as written', () => {
    const text = { vi: 'Trang {name}{english}', en: 'Sheet {name}{english}' } as const;
    expect(render('vi', text, { name: 'Đơn vị', english: { vi: '', en: ' (units)' } })).toBe('Trang Đơn vị');
    expect(render('en', text, { name: 'Đơn vị', english: { vi: '', en: ' (units)' } })).toBe('Sheet Đơn vị (units)');
    expect(fill('{a} và {b}', { a: 1 }, 'vi')).toBe('1 và {b}');
  });

  it('renders a finding parameter in both languages at once, nested parameters included', () => {
    const village = FINDING_WORDS.village;
    expect(inBoth(FINDING_WORDS.levelMismatch, { stated: village, named: FINDING_WORDS.commune, whole: inBoth(FINDING_WORDS.levelWhole, { stated: village }) })).toEqual({
      vi: 'cấp kết nghĩa là thôn nhưng dòng ghi đến xã (kết nghĩa với cả thôn thì bỏ trống các cột cấp dưới)',
      en: 'the level is village but the row names a commune (for a whole village, leave the lower columns blank)',
    });
  });

  it('does not read placeholders inside the values it inserts', () => {
    expect(render('vi', CLI.notFound, { path: '{path} $& $1' })).toBe('Không tìm thấy tệp hoặc thư mục: {path} $& $1');
  });
});

describe('coded errors', () => {
  it('word a period that cannot be read in the language of the run', () => {
    expect(periodProblemText({ code: 'bad-year', value: '24' }, 'vi')).toBe('--year cần một năm, ví dụ 2024 (không phải "24").');
    expect(periodProblemText({ code: 'reversed', from: '2020', to: '2017' }, 'en')).toBe('Invalid period: 2020 to 2017 (the start is after the end).');
    expect(usageText(new PeriodError({ code: 'half-range' }), 'vi')).toBe('Cần cả --from và --to (hoặc dùng --year).');
  });

  it('leave any other usage error as it was written', () => {
    expect(usageText(new UsageError('Thiếu tệp.'), 'en')).toBe('Thiếu tệp.');
  });
});
