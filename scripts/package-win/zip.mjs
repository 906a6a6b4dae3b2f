// Writes a folder as a zip with yazl (already a dependency), so the build needs no `zip`
// program. Every entry gets one fixed time, so two builds of the same tree give the same zip;
// the file is written beside its target and renamed, so a failed build leaves no half zip.
import { createWriteStream, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import yazl from 'yazl';

const FIXED_TIME = new Date('2026-01-01T00:00:00Z');

function* walk(dir, prefix) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    const name = `${prefix}${entry.name}`;
    if (entry.isDirectory()) yield* walk(path, `${name}/`);
    else if (entry.isFile()) yield { path, name };
  }
}

/** Zips `dir` as one top folder named like it into `target`; resolves to the zip's size in bytes. */
export function zipFolder(dir, target) {
  const zip = new yazl.ZipFile();
  for (const { path, name } of walk(dir, `${basename(dir)}/`)) {
    // Already compressed, or nearly so: stored as they are, which is quicker and no larger.
    const compress = !/\.(png|jpe?g|xlsx|docx|zip|gz)$/i.test(name);
    zip.addFile(path, name, { mtime: FIXED_TIME, mode: statSync(path).mode, compress });
  }
  zip.end();
  const partial = `${target}.partial`;
  return new Promise((resolve, reject) => {
    const out = createWriteStream(partial);
    zip.outputStream.on('error', reject).pipe(out);
    out.on('error', (error) => {
      rmSync(partial, { force: true });
      reject(error);
    });
    out.on('close', () => {
      renameSync(partial, target);
      resolve(statSync(target).size);
    });
  });
}
