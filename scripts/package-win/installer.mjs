// The per-user installer (files/installer.nsi) from the staged folder, with Debian's makensis.
// Optional: without makensis the zip is built alone. LZMA makes a third smaller setup than
// zlib but takes five times the CPU; KETNGHIA_NSIS_COMPRESSOR=zlib (the Wine test) saves that.
import { execFileSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const script = join(dirname(fileURLToPath(import.meta.url)), 'files', 'installer.nsi');

export function hasMakensis() {
  try {
    execFileSync('makensis', ['-VERSION'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Writes `target` (atomically: makensis writes beside it, then the file is renamed). */
export function buildInstaller(folder, version, target, compressor = process.env.KETNGHIA_NSIS_COMPRESSOR ?? 'lzma') {
  if (!['lzma', 'zlib', 'bzip2'].includes(compressor)) throw new Error(`KETNGHIA_NSIS_COMPRESSOR: ${compressor} (lzma, zlib or bzip2)`);
  const partial = `${target}.partial`;
  try {
    // -X before the script: the first SetCompressor /FINAL wins over the script's own.
    const compress = compressor === 'lzma' ? [] : [`-XSetCompressor /SOLID /FINAL ${compressor}`];
    execFileSync('makensis', ['-V2', '-INPUTCHARSET', 'UTF8', ...compress, `-DVERSION=${version}`, `-DSRC=${folder}`, `-DOUTFILE=${partial}`, script], {
      stdio: ['ignore', 'ignore', 'inherit'],
      // WORKAROUND: Debian's makensis 3.08 segfaults on the script's Vietnamese text under a
      // non-UTF-8 locale (CI runs with LANG=C), so the locale is set here, not left to the caller.
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    });
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
  return target;
}
