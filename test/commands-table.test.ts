/**
 * The command table (src/cli/commands-table.ts) is what `ketnghia` registers: every command is
 * in it, each command's help lists the options it declares, the declared parsers check values,
 * and nothing the table reaches by static import loads exceljs, docx or the chart libraries.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/commands-table.js';
import { main } from '../src/cli/main.js';
import { readFlags, say, FIX, VALIDATE } from '../src/cli/options.js';
import { UsageError } from '../src/errors.js';
import type { Lang } from '../src/findings/finding.js';
import { capture } from './helpers/io.js';

const run = async (args: string[]) => {
  const io = capture(tmpdir());
  const code = await main(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
};

/** Help text wraps at the terminal's width; compare words, not line breaks. */
const words = (text: string) => text.replace(/\s+/g, ' ');

describe('the command table', () => {
  it('holds every command once, and the program lists each of them', async () => {
    const names = COMMANDS.map((entry) => entry.name);
    expect([...names].sort()).toEqual(['coverage', 'fix', 'init', 'report', 'serve', 'stats', 'submissions', 'validate']);
    const { code, stdout } = await run(['--help', '--lang', 'en']);
    expect(code).toBe(0);
    // The commands section only (the examples below it name commands too).
    const section = stdout.slice(stdout.indexOf('Commands:'), stdout.indexOf('Examples:'));
    const listed = [...section.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]);
    expect(listed.filter((name) => name !== 'help').sort()).toEqual([...names].sort());
  });

  for (const lang of ['vi', 'en'] as const satisfies readonly Lang[]) {
    it(`each command's --help (${lang}) lists every option it declares, with its help line`, async () => {
      for (const entry of COMMANDS) {
        const { code, stdout } = await run([entry.name, '--help', '--lang', lang]);
        expect(code, entry.name).toBe(0);
        expect(words(stdout), entry.name).toContain(words(say(lang, entry.description)));
        for (const option of entry.options) {
          const long = /--[a-z-]+/.exec(option.flags)![0];
          expect(stdout, `${entry.name} ${long}`).toContain(long);
          expect(words(stdout), `${entry.name} ${long}`).toContain(words(say(lang, option.help)));
        }
        // The options every command shares come from main.ts, not the table.
        expect(stdout, entry.name).toContain('--lang');
        expect(stdout, entry.name).toContain('--debug');
      }
    });
  }
});

describe('declared options', () => {
  it('parses values with their declared parsers, in declaration order, and leaves absent ones out', () => {
    const values = readFlags(VALIDATE, { maxErrors: '20', maxSize: '2M', json: true, annotate: 'ra' }, 'en');
    expect(values).toEqual({ json: true, annotate: 'ra', maxErrors: 20, maxSize: 2 * 1024 * 1024 });
    expect(readFlags(FIX, {}, 'en')).toEqual({});
    // --max-errors is declared before --max-size: its error is the one reported.
    expect(() => readFlags(VALIDATE, { maxErrors: 'x', maxSize: 'y' }, 'en')).toThrow(/--max-errors/);
    expect(() => readFlags(VALIDATE, { maxSize: 'lots' }, 'en')).toThrow(UsageError);
  });

  it('a bad value is a usage error (exit 2) naming the option, in the user language', async () => {
    const { code, stderr } = await run(['validate', '--max-errors', 'nhiều', join(tmpdir(), 'khong-co.xlsx')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Lỗi cách dùng: .*--max-errors/m);
  });
});

describe('loading', () => {
  /** Packages reached from a source file by static (non-type) imports, following relative ones. */
  function staticPackages(entry: string): Set<string> {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const queue = [entry];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, target] of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)) {
        if (target!.startsWith('.')) {
          const ts = resolve(dirname(file), target!.replace(/\.js$/, '.ts'));
          if (existsSync(ts)) queue.push(ts);
        } else {
          packages.add(target!);
        }
      }
    }
    return packages;
  }

  it('main.ts and the table import no command module, exceljs, docx or vega statically (--help stays fast)', () => {
    const packages = staticPackages(resolve('src/cli/main.ts'));
    expect(packages.has('commander')).toBe(true);
    expect([...packages].filter((name) => /^(exceljs|docx|vega|vega-lite|@resvg\/resvg-js|handlebars|zod)$/.test(name))).toEqual([]);
    const table = readFileSync(resolve('src/cli/commands-table.ts'), 'utf8');
    expect(table.match(/await import\('[^']+'\)/g)).toHaveLength(COMMANDS.length);
  });
});
