/**
 * One workbook of a load (load.ts): the file gate, then every sheet through the sheet
 * reader. A file that cannot be read, or breaks half-way, contributes a file-level finding
 * and none of its rows.
 */
import { resolve } from 'node:path';
import { SheetProcessor } from '../checks/sheet.js';
import { finding, type Finding } from '../findings/finding.js';
import { unreadableFinding } from '../findings/unreadable.js';
import { GUIDE_SHEET, LIST_SHEET } from '../init/sheet-names.js';
import { SHEET_KINDS, type SheetKind } from '../schema/fields.js';
import { kindOfSheetName } from '../schema/labels.js';
import { DEFAULT_MAX_SIZE, inspectWorkbook, measureInflated } from '../workbook/inspect.js';
import { readWorkbook, sizeError } from '../workbook/read.js';
import type { FileReport, LoadOptions } from './load.js';
import type { ParsedRow, SheetInfo } from './types.js';

/** Thrown by the run's finding sink at --max-errors: reading stops where it is. */
export class StopReading extends Error {}

/** Reads one file into `rows` and `sheets` (all of it or none), its findings to `report`. */
export async function loadFile(
  file: string,
  options: LoadOptions,
  report: (f: Finding) => void,
  rows: Record<SheetKind, ParsedRow[]>,
  sheets: SheetInfo[],
): Promise<FileReport> {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  const path = resolve(options.cwd ?? process.cwd(), file);
  const inspected = await inspectWorkbook(path, maxSize).catch(() => ({ kind: 'unreadable', reason: 'unreadable' }) as const);
  const failed = (read: boolean): FileReport => ({ file, read, sheets: 0, ignoredSheets: [] });
  if (inspected.kind === 'legacy') {
    report(finding('file-legacy-format', { file }));
    return failed(false);
  }
  if (inspected.kind === 'too-large') {
    report(finding('file-too-large', { file, params: { limit: formatBytes(maxSize) } }));
    return failed(false);
  }
  if (inspected.kind === 'unreadable') {
    report(unreadableFinding(file, inspected.reason));
    return failed(false);
  }

  // Rows of this file are kept aside until it has been read to the end: a file that
  // breaks half-way contributes nothing rather than half its rows.
  const fileRows = emptyRows();
  const fileSheets: SheetInfo[] = [];
  const ignoredSheets: string[] = [];
  const ownSheets: string[] = [];
  let rowsRead = 0;
  let bytesRead = 0;
  let count = 0;
  try {
    for await (const sheet of readWorkbook(path, {
      onRow: () => {
        rowsRead++;
        if (options.onProgress && (rowsRead & 1023) === 0) options.onProgress({ file, rowsRead, bytesRead, bytesExpected: inspected.sheetBytes });
      },
      onBytes: (bytes) => {
        bytesRead += bytes;
      },
      maxBytes: maxSize,
    })) {
      count++;
      const kind = kindOfSheetName(sheet.name);
      const processor = new SheetProcessor({
        file,
        sheet: sheet.name,
        today: options.today,
        ...(options.memo ? { memo: options.memo } : {}),
        ...(kind ? { kind } : {}),
        ...(sheet.hidden ? { hidden: true } : {}),
        report,
        emit: (row) => fileRows[row.sheet.kind].push(row),
      });
      await sheet.eachRow((row) => processor.feed(row));
      const outcome = processor.end(sheet.merges());
      if (outcome.recognised) fileSheets.push(outcome.info);
      // The guide and list sheets `ketnghia init` writes are ours: not worth a word.
      else if (sheet.name === GUIDE_SHEET || sheet.name === LIST_SHEET) ownSheets.push(sheet.name);
      else ignoredSheets.push(sheet.name);
    }
  } catch (error) {
    if (error instanceof StopReading) {
      commit();
      throw error;
    }
    if (sizeError(error)) {
      // The zip's headers lied about a size: find out, counting only, whether it is a bomb.
      const measured = await measureInflated(path, maxSize);
      if (measured === 'too-large') {
        report(finding('file-too-large', { file, params: { limit: formatBytes(maxSize) } }));
        return failed(false);
      }
      report(unreadableFinding(file, 'corrupt'));
      return failed(false);
    }
    report(unreadableFinding(file, 'xml'));
    return failed(false);
  }
  if (fileSheets.length === 0) {
    report(finding('no-known-sheet', { file, params: { detail: [...ignoredSheets, ...ownSheets].map((s) => `"${s}"`).join(', ') || '—' } }));
  }
  commit();
  options.onProgress?.({ file, rowsRead, bytesRead: inspected.sheetBytes, bytesExpected: inspected.sheetBytes });
  return { file, read: true, sheets: count - ownSheets.length, ignoredSheets };

  function commit(): void {
    for (const kind of SHEET_KINDS) for (const row of fileRows[kind]) rows[kind].push(row);
    sheets.push(...fileSheets);
  }
}

export function emptyRows(): Record<SheetKind, ParsedRow[]> {
  return Object.fromEntries(SHEET_KINDS.map((kind) => [kind, []])) as unknown as Record<SheetKind, ParsedRow[]>;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3 && bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3} GiB`;
  if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)} MiB`;
  return `${bytes} B`;
}
