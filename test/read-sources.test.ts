/**
 * The reader's two sources of parts (src/workbook/sources.ts) — a small file read whole and
 * inflated synchronously, any file streamed — must give the same sheets, rows and merges,
 * and refuse the same damaged or lying files.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook, sizeError, WorkbookStructureError } from '../src/workbook/read.js';
import type { RawRow } from '../src/workbook/raw.js';
import { padWorkbook } from './helpers/bomb.js';
import { tempDir } from './helpers/workbook.js';

const dir = tempDir();

async function readAll(path: string, inMemoryUpTo: number) {
  const sheets: Array<{ name: string; hidden: boolean; rows: RawRow[]; merges: unknown }> = [];
  let bytes = 0;
  const rowNumbers: number[] = [];
  for await (const sheet of readWorkbook(path, { inMemoryUpTo, onBytes: (n) => (bytes += n), onRow: (r) => rowNumbers.push(r) })) {
    const rows: RawRow[] = [];
    await sheet.eachRow((row) => rows.push(row));
    sheets.push({ name: sheet.name, hidden: sheet.hidden, rows, merges: sheet.merges() });
  }
  return { sheets, bytes, rowNumbers };
}

const failureOf = async (path: string, inMemoryUpTo: number): Promise<string> => {
  try {
    await readAll(path, inMemoryUpTo);
    return 'read';
  } catch (error) {
    if (sizeError(error)) return 'size';
    return error instanceof WorkbookStructureError ? 'structure' : 'other';
  }
};

describe('a workbook read whole or streamed', () => {
  const files = ['samples', 'samples-loi', 'samples-quang-nam'].flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.xlsx'))
      .map((name) => join(folder, name)),
  );

  it('gives the same sheets, rows, merges, progress and row callbacks on every sample, and the same refusal of the damaged ones', async () => {
    expect(files.length).toBeGreaterThan(15);
    let read = 0;
    for (const file of files) {
      const outcome = async (inMemoryUpTo: number) => readAll(file, inMemoryUpTo).catch(() => failureOf(file, inMemoryUpTo));
      const whole = await outcome(Infinity);
      expect(whole, file).toEqual(await outcome(0));
      if (typeof whole !== 'string' && whole.sheets.length > 0) read++;
    }
    expect(read).toBeGreaterThan(15);
  });

  it('refuses a sheet that inflates to more than its header claims, either way', async () => {
    const lying = join(dir, 'lying.xlsx');
    await padWorkbook('samples/ayunpa-danh-muc.xlsx', lying, { padMiB: 2, claimedSize: 1000 });
    expect(await failureOf(lying, Infinity)).toBe('size');
    expect(await failureOf(lying, 0)).toBe('size');
    const docProps = join(dir, 'lying-docprops.xlsx');
    await padWorkbook('samples/ayunpa-danh-muc.xlsx', docProps, { padMiB: 2, claimedSize: 1000, part: 'docProps/app.xml' });
    expect(await failureOf(docProps, Infinity)).toBe('read');
    expect(await failureOf(docProps, 0)).toBe('read');
  });
});
