/**
 * Small workbooks built in code for tests: each sheet is a list of rows, each row a
 * list of cell values exactly as exceljs writes them (strings, numbers, Dates,
 * { formula, result }, { richText }), with optional per-cell fonts and merges.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadWorkbooks, type LoadResult } from '../../src/dataset/load.js';
import { cellOf, type Finding } from '../../src/findings/finding.js';

export type CellInput = ExcelJS.CellValue | { value: ExcelJS.CellValue; font?: string; numFmt?: string };

export interface SheetInput {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<CellInput>>;
  /** e.g. ['C1:D1'] */
  readonly merges?: readonly string[];
}

export function tempDir(prefix = 'ketnghia-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function writeWorkbook(path: string, sheets: readonly SheetInput[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(Date.UTC(2024, 0, 1));
  workbook.modified = new Date(Date.UTC(2024, 0, 1));
  for (const input of sheets) {
    const sheet = workbook.addWorksheet(input.name);
    input.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell === null || cell === undefined) return;
        const target = sheet.getCell(r + 1, c + 1);
        if (typeof cell === 'object' && !(cell instanceof Date) && 'value' in cell && !('formula' in cell)) {
          target.value = cell.value;
          if (cell.font) target.font = { name: cell.font };
          if (cell.numFmt) target.numFmt = cell.numFmt;
        } else {
          target.value = cell as ExcelJS.CellValue;
          if (cell instanceof Date) target.numFmt = 'dd/mm/yyyy';
        }
      });
    });
    for (const range of input.merges ?? []) sheet.mergeCells(range);
  }
  await workbook.xlsx.writeFile(path);
  return path;
}

export async function load(files: string[], today = '2026-11-22'): Promise<LoadResult> {
  return loadWorkbooks({ files, today });
}

/** [row, cell, code] triples, the way SPEC §3 reads. */
export function flatten(findings: readonly Finding[]): Array<[number | undefined, string | undefined, string]> {
  return findings.map((f) => [f.row, cellOf(f), f.code]);
}

/** Header rows of the four sheets with canonical headers. */
export const HEADERS = {
  villages: ['STT', 'Huyện', 'Xã', 'Thôn/làng', 'Năm', 'Dân tộc', 'Đặc biệt khó khăn', 'Biên giới', 'Số hộ', 'Số hộ DTTS', 'Số khẩu', 'Số hộ nghèo', 'Số hộ cận nghèo'],
  units: ['STT', 'Đơn vị', 'Cấp', 'Khối'],
  pairings: ['STT', 'Đơn vị', 'Xã', 'Thôn/làng', 'Ngày kết nghĩa', 'Ngày kết thúc', 'Số quyết định'],
  activities: ['STT', 'Ngày', 'Đơn vị', 'Xã', 'Thôn/làng', 'Loại hoạt động', 'Nội dung', 'Tiền mặt (đồng)', 'Hiện vật quy đổi (đồng)', 'Nguồn kinh phí'],
} as const;
