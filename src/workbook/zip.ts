/** The zip layer shared by the size gate and the reader (yauzl, by the central directory). */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';

/**
 * @param validateSizes let yauzl fail an entry that inflates to more than its header
 *   claims (the reader), or not (the counting pass, which wants to see how much more).
 */
export function openZip(path: string, validateSizes: boolean): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: validateSizes }, (error, zip) =>
      error || !zip ? reject(error ?? new Error('no zip')) : resolve(zip),
    );
  });
}

/** A zip already in memory (a small workbook read whole), its entries' sizes checked as in `openZip`. */
export function openZipBuffer(buffer: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => (error || !zip ? reject(error ?? new Error('no zip')) : resolve(zip)));
  });
}

/** Every entry of the central directory; rejects when the directory is damaged. */
export function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

export function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error || !stream ? reject(error ?? new Error('no stream')) : resolve(stream)));
  });
}

/**
 * Inflates one entry, counting what it really yields and keeping nothing, stopping as soon
 * as `budget` is passed: bounded time and memory whatever the headers claim.
 */
function inflateCounting(zip: ZipFile, entry: Entry, budget: number): Promise<number | 'too-large' | 'corrupt'> {
  return new Promise((resolve) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return resolve('corrupt');
      let bytes = 0;
      let done = false;
      const finish = (result: number | 'too-large' | 'corrupt') => {
        if (done) return;
        done = true;
        if (typeof result !== 'number') stream.destroy();
        resolve(result);
      };
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > budget) finish('too-large');
      });
      stream.on('error', () => finish('corrupt'));
      stream.on('end', () => finish(bytes));
    });
  });
}

/** Counts the given entries together against one budget. */
async function inflateAll(zip: ZipFile, entries: readonly Entry[], budget: number): Promise<'ok' | 'too-large' | 'corrupt'> {
  let total = 0;
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    const counted = await inflateCounting(zip, entry, budget - total);
    if (counted === 'too-large' || counted === 'corrupt') return counted;
    total += counted;
  }
  return 'ok';
}

/** A worksheet part of the package (chart sheets and the like live elsewhere and hold no rows). */
export const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * Inflates the entries `include` selects (all by default), counting what they really yield
 * and keeping nothing, through a handle that lets sizes lie, stopping as soon as the total
 * passes `budget`: bounded time and memory whatever the headers claim.
 */
export async function measureEntries(path: string, budget: number, include: (name: string) => boolean = () => true): Promise<'ok' | 'too-large' | 'corrupt'> {
  let zip: ZipFile;
  try {
    zip = await openZip(path, false);
  } catch {
    return 'corrupt';
  }
  try {
    return await inflateAll(zip, (await listEntries(zip)).filter((e) => include(e.fileName)), budget);
  } catch {
    return 'corrupt';
  } finally {
    zip.close();
  }
}
