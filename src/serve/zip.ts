/** The annotated and fixed copies as one zip for the browser to download (yazl: the writing half of yauzl). */
import { createWriteStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { writeAtomic } from '../util/write.js';

/** Every file under `folders`, named in the zip by its path relative to `base` (forward slashes). */
export async function zipFolders(target: string, folders: readonly string[], base: string): Promise<void> {
  const { ZipFile } = await import('yazl');
  const zip = new ZipFile();
  for (const folder of folders) {
    for (const file of await listFiles(folder)) zip.addFile(file, relative(base, file).split(sep).join('/'));
  }
  zip.end();
  await writeAtomic(target, (tmp) => pipeline(zip.outputStream, createWriteStream(tmp)));
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    const full = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}
