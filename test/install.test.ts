/**
 * The installed command (README "Install"): the tarball `npm pack` makes carries the built
 * CLI, its executable and the templates, and nothing from the development tree.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm pack', () => {
  it('ships the bundled CLI, bin/ketnghia.js, templates/ and the shrinkwrap, not the sources, tests or compiled modules', () => {
    // --ignore-scripts: the tree is already built by the test command; no tsc run here.
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 ** 2 });
    expect(result.status, result.stderr).toBe(0);
    const [pack] = JSON.parse(result.stdout) as Array<{ files: Array<{ path: string }> }>;
    // node_modules/: the bundled dependencies (package.json "bundleDependencies"), checked by install-tree.test.ts.
    const files = pack!.files.map((f) => f.path).filter((f) => !f.startsWith('node_modules/'));
    for (const needed of ['bin/ketnghia.js', 'dist/cli/ketnghia.js', 'npm-shrinkwrap.json', 'templates/nam.hbs', 'templates/so-ket.hbs', 'templates/tong-ket.hbs', 'schema/ketnghia.config.schema.json', 'page/index.html', 'page/app.js', 'package.json', 'README.md']) {
      expect(files, needed).toContain(needed);
    }
    // dist/src/ stays out: npm 11 gives extracted files their extraction time, so bin/ketnghia.js
    // would take the compiled modules for newer than the bundle, and they import docx, which
    // only the bundle carries (scripts/bundle.mjs).
    expect(files.filter((f) => f.startsWith('test/') || f.startsWith('src/') || f.startsWith('dist/src/') || f.startsWith('samples') || f.startsWith('bench/'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.ts'))).toEqual([]);
  });

  it('has an executable that Node runs on any system (shebang, the bundle or else the compiled modules, by relative URL)', () => {
    const bin = readFileSync('bin/ketnghia.js', 'utf8');
    expect(bin.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(bin).toMatch(/new URL\('\.\.\/dist\/cli\/ketnghia\.js', import\.meta\.url\)/);
    expect(bin).toMatch(/new URL\('\.\.\/dist\/src\/cli\/main\.js', import\.meta\.url\)/);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string>; files: string[] };
    expect(pkg.bin).toEqual({ ketnghia: 'bin/ketnghia.js' });
    expect(pkg.files).toEqual(expect.arrayContaining(['bin', 'dist/cli', 'templates', 'npm-shrinkwrap.json']));
  });

  it('runs the bundle unless the compiled modules are newer (only tsc was run), and the modules when there is no bundle', () => {
    const root = mkdtempSync(join(tmpdir(), 'ketnghia-bin-'));
    try {
      mkdirSync(join(root, 'bin'));
      mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
      mkdirSync(join(root, 'dist', 'src', 'cli'), { recursive: true });
      copyFileSync('bin/ketnghia.js', join(root, 'bin', 'ketnghia.js'));
      const bundle = join(root, 'dist', 'cli', 'ketnghia.js');
      const modules = join(root, 'dist', 'src', 'cli', 'main.js');
      writeFileSync(bundle, "export async function run() { process.stdout.write('bundle'); }\n");
      writeFileSync(modules, "export async function run() { process.stdout.write('modules'); }\n");
      const ran = () => spawnSync(process.execPath, [join(root, 'bin', 'ketnghia.js')], { encoding: 'utf8', timeout: 30_000, killSignal: 'SIGKILL' }).stdout;
      // npm pack gives every file the same time: the bundle.
      const packed = new Date('1985-10-26T08:15:00Z');
      utimesSync(bundle, packed, packed);
      utimesSync(modules, packed, packed);
      expect(ran()).toBe('bundle');
      utimesSync(modules, new Date(), new Date(Date.now() + 5_000));
      expect(ran()).toBe('modules');
      rmSync(bundle);
      expect(ran()).toBe('modules');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
