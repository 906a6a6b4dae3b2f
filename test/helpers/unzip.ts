/** Unzips a whole archive into a folder (the Windows package, test/windows.test.ts), keeping file modes. */
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import yauzl from 'yauzl';

/** Resolves to the names of the files written, as the zip lists them. */
export function unzipTo(zipPath: string, dir: string): Promise<string[]> {
  return new Promise((done, fail) => {
    yauzl.open(zipPath, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return fail(error);
      const names: string[] = [];
      zip.on('error', fail);
      zip.on('end', () => done(names));
      zip.on('entry', (entry: yauzl.Entry) => {
        const target = resolve(dir, entry.fileName);
        if (!target.startsWith(resolve(dir) + sep)) return fail(new Error(`entry outside the folder: ${entry.fileName}`));
        if (entry.fileName.endsWith('/')) {
          mkdirSync(target, { recursive: true });
          return zip.readEntry();
        }
        mkdirSync(dirname(target), { recursive: true });
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return fail(err);
          const mode = (entry.externalFileAttributes >>> 16) & 0o777;
          const out = createWriteStream(join(target), { mode: mode || 0o644 });
          out.on('error', fail);
          out.on('close', () => {
            names.push(entry.fileName);
            zip.readEntry();
          });
          stream.pipe(out);
        });
      });
      zip.readEntry();
    });
  });
}
