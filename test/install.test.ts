/**
 * The installed command (README "Install"): the tarball `npm pack` makes carries the built
 * CLI, its executable and the templates, and nothing from the development tree.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('npm pack', () => {
  it('ships the built CLI, bin/ketnghia.js and templates/, not the sources or tests', () => {
    // --ignore-scripts: the tree is already built by the test command; no tsc run here.
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });
    expect(result.status, result.stderr).toBe(0);
    const [pack] = JSON.parse(result.stdout) as Array<{ files: Array<{ path: string }> }>;
    const files = pack!.files.map((f) => f.path);
    for (const needed of ['bin/ketnghia.js', 'dist/src/cli/main.js', 'dist/src/cli/commands/validate.js', 'templates/nam.hbs', 'templates/so-ket.hbs', 'templates/tong-ket.hbs', 'schema/ketnghia.config.schema.json', 'page/index.html', 'page/app.js', 'package.json', 'README.md']) {
      expect(files, needed).toContain(needed);
    }
    expect(files.filter((f) => f.startsWith('test/') || f.startsWith('src/') || f.startsWith('samples') || f.startsWith('bench/'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.ts'))).toEqual([]);
  });

  it('has an executable that Node runs on any system (shebang, relative import of the build)', () => {
    const bin = readFileSync('bin/ketnghia.js', 'utf8');
    expect(bin.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(bin).toMatch(/from '\.\.\/dist\/src\/cli\/main\.js'/);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string>; files: string[] };
    expect(pkg.bin).toEqual({ ketnghia: 'bin/ketnghia.js' });
    expect(pkg.files).toEqual(expect.arrayContaining(['bin', 'dist', 'templates']));
  });
});
