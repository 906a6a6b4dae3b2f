/**
 * `npm install -g` of the packed tarball installs the tree that was tested (issue 21): the
 * shrinkwrap it carries fixes every version, no package asks for a newer Node than the one
 * the README names (nanoid 6, wanted by docx, declared Node >= 22: docx is now joined into
 * the bundle), and the installed command writes a report, docx included.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, spawnWithDeadline } from './helpers/spawn.js';

interface LockEntry {
  readonly version?: string;
  readonly dev?: boolean;
  readonly optional?: boolean;
  readonly os?: readonly string[];
  readonly cpu?: readonly string[];
  readonly link?: boolean;
}

const root = mkdtempSync(join(tmpdir(), 'ketnghia-install-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every package folder under node_modules, as the lockfile names it ("node_modules/a/node_modules/b"). */
function installed(dir: string, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  const modules = join(dir, 'node_modules');
  if (!existsSync(modules)) return found;
  for (const name of readdirSync(modules)) {
    if (name.startsWith('.')) continue;
    const names = name.startsWith('@') ? readdirSync(join(modules, name)).map((n) => `${name}/${n}`) : [name];
    for (const pkg of names) {
      const path = join(modules, pkg);
      const key = `${prefix}node_modules/${pkg}`;
      found.set(key, (JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')) as { version: string }).version);
      for (const [k, v] of installed(path, `${key}/`)) found.set(k, v);
    }
  }
  return found;
}

describe('npm install -g of the tarball', () => {
  it('installs exactly the shrinkwrapped production tree, without EBADENGINE, and the command writes a report', async () => {
    const npm = 'npm';
    const packed = await run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', root], { timeout: 60_000 });
    const tarball = join(root, (JSON.parse(packed) as Array<{ filename: string }>)[0]!.filename);
    const prefix = join(root, 'prefix');
    // --prefer-offline: `npm ci` has just filled npm's cache with these very versions.
    const install = await spawnWithDeadline(npm, ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], { timeout: 240_000 });
    expect(install.code, install.stderr).toBe(0);
    expect(install.stdout + install.stderr).not.toMatch(/EBADENGINE|ERESOLVE|deprecated/i);

    const lock = JSON.parse(readFileSync('npm-shrinkwrap.json', 'utf8')) as { packages: Record<string, LockEntry> };
    const wanted = new Map<string, string>();
    for (const [key, entry] of Object.entries(lock.packages)) {
      if (key === '' || entry.dev || entry.link) continue;
      // Native builds for other systems (resvg's) are optional and left out where they do not fit.
      if (entry.optional && ((entry.os && !entry.os.includes(process.platform)) || (entry.cpu && !entry.cpu.includes(process.arch)))) continue;
      wanted.set(key, entry.version!);
    }
    const pkgDir = join(prefix, 'lib', 'node_modules', 'ketnghia');
    const got = installed(pkgDir);
    // glibc and musl builds both match linux/x64; npm keeps the one for this libc only.
    for (const [key] of wanted) if (!got.has(key) && /musl|gnu/.test(key) && lock.packages[key]!.optional) wanted.delete(key);
    expect(Object.fromEntries([...got].sort())).toEqual(Object.fromEntries([...wanted].sort()));
    expect(got.has('node_modules/docx')).toBe(false);
    expect(got.has('node_modules/nanoid')).toBe(false);

    const work = join(root, 'work');
    const bin = join(prefix, 'bin', 'ketnghia');
    await run(bin, ['report', join(process.cwd(), 'samples'), '--kind', 'so-ket', '--from', '2016', '--to', '2020', '-o', join(root, 'bao-cao.docx')], { cwd: root, timeout: 120_000 });
    expect(readFileSync(join(root, 'bao-cao.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(existsSync(work)).toBe(false);
  }, 420_000);
});
