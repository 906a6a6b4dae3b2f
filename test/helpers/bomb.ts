/**
 * Hand-made zips for the size-limit tests: a writer for plain (non-ZIP64) zip files whose
 * headers may state any sizes, and a way to pad a real workbook's first worksheet with
 * gigabytes of whitespace while the compressed file stays a few megabytes.
 *
 * The padding is cheap to make: 1 MiB of spaces is deflated once with a full flush (the
 * compressor's output ends byte-aligned and nothing refers back across it), and that
 * segment is repeated; a raw deflate stream may be any sequence of such segments,
 * followed by a segment that ends with a final block.
 */
import { writeFileSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';

export const MiB = 1024 ** 2;
export const GiB = 1024 ** 3;

export interface ZipEntryInput {
  readonly name: string;
  /** Raw deflate data (method 8). */
  readonly compressed: Buffer;
  readonly crc: number;
  /** The real inflated size. */
  readonly size: number;
  /** The uncompressed size the local header states (default: the real one). */
  readonly localSize?: number;
  /** The uncompressed size the central directory states (default: the real one). */
  readonly centralSize?: number;
}

/** A deflated entry of small content, sizes honest. */
export function smallEntry(name: string, content: Buffer | string): ZipEntryInput {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, compressed: deflateRawSync(data), crc: crc32(data), size: data.length };
}

const DOS_TIME = (12 << 11) | (0 << 5) | 0; // 12:00:00
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1; // 2024-01-01

/** A zip file: local headers and data, central directory, end record. Sizes must fit 32 bits. */
export function buildZip(entries: readonly ZipEntryInput[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const localSize = entry.localSize ?? entry.size;
    const centralSize = entry.centralSize ?? entry.size;
    for (const size of [localSize, centralSize, entry.compressed.length]) {
      if (size > 0xfffffffe) throw new Error('sizes over 4 GiB need ZIP64');
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.compressed.length, 18);
    local.writeUInt32LE(localSize, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    parts.push(local, name, entry.compressed);

    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4); // made by
    record.writeUInt16LE(20, 6); // needed
    record.writeUInt16LE(0x0800, 8);
    record.writeUInt16LE(8, 10);
    record.writeUInt16LE(DOS_TIME, 12);
    record.writeUInt16LE(DOS_DATE, 14);
    record.writeUInt32LE(entry.crc >>> 0, 16);
    record.writeUInt32LE(entry.compressed.length, 20);
    record.writeUInt32LE(centralSize, 24);
    record.writeUInt16LE(name.length, 28);
    // extra, comment, disk, internal attributes, external attributes: 0
    record.writeUInt32LE(offset, 42);
    central.push(record, name);

    offset += local.length + name.length + entry.compressed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** Every entry of a zip, inflated (small files only). */
export function readZipEntries(path: string): Promise<Array<{ name: string; data: Buffer }>> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('no zip'));
      const out: Array<{ name: string; data: Buffer }> = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            out.push({ name: entry.fileName, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/**
 * `text` with `mebibytes` MiB of spaces inserted after `marker`, deflated, with its CRC and
 * real size; the compressed stream is about 1 KiB per MiB of padding.
 */
export function paddedDeflate(text: string, marker: string, mebibytes: number): { compressed: Buffer; crc: number; size: number } {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`${marker} not found`);
  const head = Buffer.from(text.slice(0, at + marker.length), 'utf8');
  const tail = Buffer.from(text.slice(at + marker.length), 'utf8');
  const block = Buffer.alloc(MiB, 0x20);
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const headDeflated = deflateRawSync(head, flush);
  const blockDeflated = deflateRawSync(block, flush);
  const tailDeflated = deflateRawSync(tail); // ends with the final block
  let crc = crc32(head);
  for (let i = 0; i < mebibytes; i++) crc = crc32(block, crc);
  crc = crc32(tail, crc);
  const compressed = Buffer.concat([headDeflated, ...Array.from({ length: mebibytes }, () => blockDeflated), tailDeflated]);
  return { compressed, crc, size: head.length + mebibytes * MiB + tail.length };
}

export interface BombOptions {
  /** MiB of whitespace added to the first worksheet. */
  readonly padMiB: number;
  /** What the headers say each padded worksheet inflates to; default the truth. */
  readonly claimedSize?: number;
  /** Pad every worksheet rather than only the first. */
  readonly allSheets?: boolean;
  /** Pad this part instead (after its XML declaration), e.g. `docProps/app.xml`. */
  readonly part?: string;
}

/**
 * Rewrites the workbook at `source` to `target`, every part as it was except the first
 * worksheet (or every one, or `part`), which gains `padMiB` MiB of whitespace inside
 * `<sheetData>` or after the XML declaration (still valid XML with the same content); the
 * zip headers state `claimedSize` for it.
 */
export async function padWorkbook(source: string, target: string, options: BombOptions): Promise<{ compressedBytes: number; /** Real inflated size of the padded sheets. */ realSize: number }> {
  const parts = await readZipEntries(source);
  let realSize = 0;
  const entries = parts.map((part): ZipEntryInput => {
    const chosen = options.part !== undefined ? part.name === options.part : options.allSheets ? /^xl\/worksheets\/[^/]+\.xml$/.test(part.name) : part.name === 'xl/worksheets/sheet1.xml';
    if (!chosen) return smallEntry(part.name, part.data);
    const text = part.data.toString('utf8');
    const padded = paddedDeflate(text, text.includes('<sheetData>') ? '<sheetData>' : '?>', options.padMiB);
    realSize += padded.size;
    const claimed = options.claimedSize ?? padded.size;
    return { name: part.name, ...padded, localSize: claimed, centralSize: claimed };
  });
  if (realSize === 0) throw new Error(`${source} has no ${options.part ?? 'xl/worksheets/sheet1.xml'}`);
  const zip = buildZip(entries);
  writeFileSync(target, zip);
  return { compressedBytes: zip.length, realSize };
}

/** Rewrites a workbook with fixed timestamps and this zlib's deflate: the same bytes on every run. */
export async function repack(source: string, target: string): Promise<Buffer> {
  const parts = await readZipEntries(source);
  const zip = buildZip(parts.map((part) => smallEntry(part.name, part.data)));
  writeFileSync(target, zip);
  return zip;
}
