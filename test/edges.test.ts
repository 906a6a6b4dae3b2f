/**
 * The environment and the process's streams are touched at the edge only: run() reads the
 * environment once and processIo() wraps the streams (src/cli/main.ts, src/cli/io.ts); every
 * command, the progress bar included, prints through its Io. Locating LibreOffice (report/pdf.ts)
 * reads where its installers put it, the one other reader of the environment.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The files of src/ whose code (comments left out) matches `pattern`. */
function filesUsing(pattern: RegExp): string[] {
  return sources(SRC)
    .filter((file) => pattern.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')))
    .map((file) => relative(SRC, file).split('\\').join('/'))
    .sort();
}

describe('the edges of the program', () => {
  it('reads process.env only in run(), processIo() and where LibreOffice is looked for', () => {
    expect(filesUsing(/process\.env\b/)).toEqual(['cli/io.ts', 'cli/main.ts', 'report/pdf.ts']);
  });

  it('writes to process.stdout / process.stderr only through the Io of cli/io.ts (main.ts only listens for EPIPE)', () => {
    expect(filesUsing(/process\.std(?:out|err)\b/)).toEqual(['cli/io.ts', 'cli/main.ts']);
  });
});
