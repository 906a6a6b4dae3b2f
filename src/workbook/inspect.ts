/**
 * The file-level gate in front of the reader: what kind of file this is, and whether its
 * content fits the size limit. Runs before a part is parsed, so an .xls, a garbage
 * file or a zip bomb becomes one finding instead of an exception or an exhausted heap.
 */
import { open as openFile, stat } from 'node:fs/promises';
import type { ZipFile } from 'yauzl';
import { listEntries, measureEntries, openZip, SHEET_PART } from './zip.js';

export type InspectResult =
  /** `sheetBytes`: what the worksheets claim to inflate to, for progress. */
  | { readonly kind: 'ok'; readonly uncompressed: number; readonly sheetBytes: number }
  | { readonly kind: 'unreadable'; readonly reason: UnreadableReason }
  | { readonly kind: 'legacy' }
  | { readonly kind: 'too-large' };

export type UnreadableReason = 'empty' | 'not-zip' | 'html' | 'text' | 'truncated' | 'not-workbook' | 'corrupt' | 'unreadable';

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Default limit on a workbook's uncompressed content: 1 GiB. */
export const DEFAULT_MAX_SIZE = 1024 ** 3;

/**
 * The quick gate, run on every file: magic bytes and the zip's central directory only.
 * A zip whose entries inflate to more than they claim is caught while it is read (yauzl
 * checks every entry's size) and then measured by `measureInflated`.
 * @param maxBytes limit on the sum of the uncompressed entries, in bytes.
 */
export async function inspectWorkbook(path: string, maxBytes: number = DEFAULT_MAX_SIZE): Promise<InspectResult> {
  const size = (await stat(path)).size;
  if (size === 0) return { kind: 'unreadable', reason: 'empty' };
  const head = await readHead(path, 512);
  if (head.subarray(0, 8).equals(OLE_MAGIC)) return { kind: 'legacy' };
  if (head[0] !== 0x50 || head[1] !== 0x4b) return { kind: 'unreadable', reason: sniffText(head) };
  let zip: ZipFile;
  try {
    zip = await openZip(path, false);
  } catch {
    return { kind: 'unreadable', reason: 'truncated' };
  }
  try {
    const entries = await listEntries(zip).catch(() => undefined);
    if (entries === undefined) return { kind: 'unreadable', reason: 'corrupt' };
    // What the central directory claims: refuses an honest large file without inflating it.
    const claimed = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (claimed > maxBytes) return { kind: 'too-large' };
    if (!entries.some((e) => e.fileName === 'xl/workbook.xml')) return { kind: 'unreadable', reason: 'not-workbook' };
    const sheetBytes = entries.filter((e) => SHEET_PART.test(e.fileName)).reduce((sum, e) => sum + e.uncompressedSize, 0);
    return { kind: 'ok', uncompressed: claimed, sheetBytes };
  } finally {
    zip.close();
  }
}

/** Every entry inflated and counted against `maxBytes` (see `measureEntries`). */
export function measureInflated(path: string, maxBytes: number = DEFAULT_MAX_SIZE): Promise<'ok' | 'too-large' | 'corrupt'> {
  return measureEntries(path, maxBytes);
}

async function readHead(path: string, length: number): Promise<Buffer> {
  const handle = await openFile(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
function sniffText(head: Buffer): UnreadableReason {
  const text = head.toString('latin1').trimStart().toLowerCase();
  if (text.startsWith('<html') || text.startsWith('<!doctype') || text.startsWith('<?xml') || text.startsWith('<table')) return 'html';
  const printable = [...head].filter((b) => b === 9 || b === 10 || b === 13 || b >= 32).length;
  return printable === head.length ? 'text' : 'not-zip';
}
