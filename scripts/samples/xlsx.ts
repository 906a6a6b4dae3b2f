/**
 * Office-style sheet building on exceljs, and byte-for-byte reproducible output: fixed
 * document dates, and zip entry times pinned (JSZip stamps each entry with the clock).
 */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Borders, Cell, CellValue, Worksheet } from 'exceljs';

export const FONT = 'Times New Roman';
/** The moment every sample claims to have been written. */
export const WRITTEN_AT = new Date(Date.UTC(2021, 0, 15, 8, 30, 0));

export const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export function newWorkbook(creator: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = WRITTEN_AT;
  wb.modified = WRITTEN_AT;
  return wb;
}

/** A calendar day as exceljs writes a date cell without shifting it: UTC midnight. */
export function day(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

export function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** dd/mm/yyyy, as offices type dates as text. */
export function viDate(date: Date, pad = true): string {
  const d = date.getUTCDate();
  const m = date.getUTCMonth() + 1;
  const p = (n: number): string => (pad ? String(n).padStart(2, '0') : String(n));
  return `${p(d)}/${p(m)}/${date.getUTCFullYear()}`;
}

/** 1.500.000 — Vietnamese thousands grouping. */
export function viNumber(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface TitleOptions {
  readonly lines: readonly string[];
  /** Number of columns the titles are merged across. */
  readonly width: number;
}

/** Title lines merged across the sheet, first one bold and larger, then one blank row. Returns the next free row. */
export function writeTitles(ws: Worksheet, { lines, width }: TitleOptions, startRow = 1): number {
  let row = startRow;
  lines.forEach((text, i) => {
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = { name: FONT, size: i === 0 ? 14 : 12, bold: i === 0, italic: i > 0 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    ws.mergeCells(row, 1, row, width);
    ws.getRow(row).height = i === 0 ? 22 : 18;
    row++;
  });
  return row + 1;
}

export function headerCell(cell: Cell, text: string): void {
  cell.value = text;
  cell.font = { name: FONT, size: 11, bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.border = THIN;
}

export interface HeaderColumn {
  /** Header text, or the group's text when `sub` is given. */
  readonly text: string;
  readonly sub?: readonly string[];
  readonly width?: number;
}

/**
 * A header of one or two rows. Columns with `sub` get a merged group cell over their
 * sub-headers; the others are merged vertically over both rows. Returns the number of columns.
 */
export function writeHeader(ws: Worksheet, row: number, columns: readonly HeaderColumn[], twoRows: boolean): number {
  let col = 1;
  for (const column of columns) {
    if (column.sub && twoRows) {
      const first = col;
      headerCell(ws.getCell(row, first), column.text);
      for (const sub of column.sub) {
        headerCell(ws.getCell(row + 1, col), sub);
        if (column.width) ws.getColumn(col).width = column.width;
        col++;
      }
      for (let c = first + 1; c < col; c++) ws.getCell(row, c).border = THIN;
      ws.mergeCells(row, first, row, col - 1);
    } else {
      headerCell(ws.getCell(row, col), column.text);
      if (twoRows) {
        ws.getCell(row + 1, col).border = THIN;
        ws.mergeCells(row, col, row + 1, col);
      }
      if (column.width) ws.getColumn(col).width = column.width;
      col++;
    }
  }
  ws.getRow(row).height = twoRows ? 24 : 45;
  if (twoRows) ws.getRow(row + 1).height = 45;
  return col - 1;
}

/** A numbering row (1) (2) (3)… under the header. */
export function writeNumbering(ws: Worksheet, row: number, width: number): void {
  for (let c = 1; c <= width; c++) {
    const cell = ws.getCell(row, c);
    cell.value = `(${c})`;
    cell.font = { name: FONT, size: 10, italic: true };
    cell.alignment = { horizontal: 'center' };
    cell.border = THIN;
  }
}

export interface CellSpec {
  readonly value: CellValue;
  readonly numFmt?: string;
  readonly font?: string;
  readonly align?: 'left' | 'center' | 'right';
}

export type Written = CellValue | CellSpec;

function isSpec(v: Written): v is CellSpec {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'value' in v && !('formula' in v) && !('richText' in v) && !('error' in v);
}

/** A data row with borders; dates get dd/mm/yyyy, numbers #,##0 unless told otherwise. */
export function writeRow(ws: Worksheet, row: number, values: readonly Written[], options: { bold?: boolean } = {}): void {
  values.forEach((written, i) => {
    const cell = ws.getCell(row, i + 1);
    const spec: CellSpec = isSpec(written) ? written : { value: written };
    if (spec.value !== undefined && spec.value !== null && spec.value !== '') cell.value = spec.value;
    cell.font = { name: spec.font ?? FONT, size: 12, ...(options.bold ? { bold: true } : {}) };
    cell.border = THIN;
    const value = spec.value;
    if (spec.numFmt) cell.numFmt = spec.numFmt;
    else if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    else if (typeof value === 'number' && Math.abs(value) >= 1000) cell.numFmt = '#,##0';
    else if (typeof value === 'object' && value !== null && 'formula' in value) cell.numFmt = '#,##0';
    const horizontal = spec.align ?? (value instanceof Date || typeof value === 'boolean' || (typeof value === 'string' && value.length <= 2) ? 'center' : undefined);
    cell.alignment = { vertical: 'middle', wrapText: typeof value === 'string' && value.length > 25, ...(horizontal ? { horizontal } : {}) };
  });
}

/**
 * Pins every zip entry's DOS time and date (local header and central directory), which
 * JSZip otherwise takes from the clock, so the same content gives the same bytes.
 */
export function pinZipTimes(zip: Buffer, when: Date = WRITTEN_AT): Buffer {
  const out = Buffer.from(zip);
  const time = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | Math.floor(when.getUTCSeconds() / 2);
  const date = ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 65535); i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory entry');
    out.writeUInt16LE(time, p + 12);
    out.writeUInt16LE(date, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error('bad local header');
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

/** Where Excel puts a part in the package: workbook first, then sheets, styles, strings, properties. */
function excelRank(name: string): number {
  const fixed = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels'];
  const i = fixed.indexOf(name);
  if (i >= 0) return i;
  const sheet = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name);
  if (sheet) return 100 + Number(sheet[1]);
  if (name.startsWith('xl/worksheets/')) return 10_000;
  const rest = ['xl/theme/theme1.xml', 'xl/styles.xml', 'xl/sharedStrings.xml', 'docProps/core.xml', 'docProps/app.xml'];
  const j = rest.indexOf(name);
  return j >= 0 ? 20_000 + j : 15_000;
}

/**
 * Rewrites a zip with its entries in the order Excel writes them (exceljs puts
 * xl/workbook.xml last) and without the folder entries Excel never writes. The entries'
 * bytes are copied as they are; only offsets change.
 */
export function excelOrder(zip: Buffer): Buffer {
  let eocd = -1;
  for (let i = zip.length - 22; i >= 0; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  const entries: Array<{ name: string; central: Buffer; local: Buffer }> = [];
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory entry');
    const flags = zip.readUInt16LE(p + 8);
    if (flags & 0x8) throw new Error('zip entries with data descriptors are not supported');
    const compressed = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const centralLength = 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    const name = zip.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    const at = zip.readUInt32LE(p + 42);
    const localLength = 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28) + compressed;
    if (!name.endsWith('/')) entries.push({ name, central: Buffer.from(zip.subarray(p, p + centralLength)), local: zip.subarray(at, at + localLength) });
    p += centralLength;
  }
  entries.sort((a, b) => excelRank(a.name) - excelRank(b.name) || (a.name < b.name ? -1 : 1));
  const parts: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    e.central.writeUInt32LE(offset, 42);
    parts.push(e.local);
    offset += e.local.length;
  }
  const centralStart = offset;
  for (const e of entries) parts.push(e.central);
  const centralSize = entries.reduce((s, e) => s + e.central.length, 0);
  const end = Buffer.from(zip.subarray(eocd, eocd + 22));
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(centralStart, 16);
  end.writeUInt16LE(0, 20);
  return Buffer.concat([...parts, end]);
}

export async function saveWorkbook(wb: ExcelJS.Workbook, path: string): Promise<Buffer> {
  const buffer = excelOrder(pinZipTimes(Buffer.from(await wb.xlsx.writeBuffer())));
  await writeFile(path, buffer);
  return buffer;
}
