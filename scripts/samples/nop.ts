/**
 * samples-nop-2020/: the inbox of one year as an office keeps it — one file per unit, each
 * with its title, its reporting-unit line and its 2020 rows — with the cases the submissions
 * register must tell apart: a unit with nothing to report that still sends its form, a unit
 * that sends last year's file, a unit that misspells its own name, and units that send nothing.
 * `ketnghia submissions samples/ayunpa-danh-muc.xlsx samples-nop-2020 --year 2020` shows them all.
 */
import { mkdir, rm, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import type { Worksheet } from 'exceljs';
import { SOURCE_LABEL, TYPE_LABEL, type Activity, type AyunPa, type Unit } from './ayunpa.js';
import { FONT, newWorkbook, saveWorkbook, writeHeader, writeRow, type HeaderColumn } from './xlsx.js';

/** Beside samples/, not in it: `ketnghia validate samples/` must not read the inbox again (its activities repeat the khối files). */
export const INBOX = 'samples-nop-2020';
const YEAR = 2020;

/** Units that send nothing for 2020. */
const SILENT = ['Chi cục Thống kê thị xã', 'Hội Chữ thập đỏ thị xã', 'Viettel Ayun Pa'];
/** Sends its 2019 report into the 2020 inbox. */
const LAST_YEAR = 'Phòng Tư pháp';
/** Writes its own name wrongly, in the title and in every row. */
const MISSPELT: Readonly<Record<string, string>> = { 'Chi cục Thi hành án dân sự thị xã': 'Chi cục Thi hành án dân sư thị xã' };

const COLUMNS: readonly HeaderColumn[] = [
  { text: 'STT', width: 5 }, { text: 'Ngày', width: 11 }, { text: 'Đơn vị', width: 30 }, { text: 'Xã', width: 12 },
  { text: 'Thôn/làng', width: 15 }, { text: 'Loại hoạt động', width: 22 }, { text: 'Nội dung', width: 40 },
  { text: 'Tiền mặt (đồng)', width: 14 }, { text: 'Hiện vật quy đổi (đồng)', width: 14 }, { text: 'Nguồn kinh phí', width: 16 },
];

/** "ban-dan-van-thi-uy": a file name as offices save them, without diacritics. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function title(ws: Worksheet, unit: string, year: number, nameInNextCell: boolean): number {
  const put = (row: number, col: number, text: string, bold = false) => {
    const cell = ws.getCell(row, col);
    cell.value = text;
    cell.font = { name: FONT, size: 12, bold };
  };
  put(1, 1, `BÁO CÁO KẾT QUẢ CÔNG TÁC KẾT NGHĨA NĂM ${year}`, true);
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  // Half the units type the name after the label, half in the cell beside it (init's template).
  if (nameInNextCell) {
    put(2, 1, 'Đơn vị báo cáo:');
    put(2, 3, unit, true);
    ws.mergeCells(2, 1, 2, 2);
  } else put(2, 1, `Đơn vị báo cáo: ${unit}`);
  return 4;
}

async function writeReport(path: string, unit: string, year: number, rows: readonly Activity[], nameInNextCell: boolean): Promise<void> {
  const wb = newWorkbook(unit);
  const ws = wb.addWorksheet('Hoạt động');
  let row = title(ws, unit, year, nameInNextCell);
  writeHeader(ws, row++, COLUMNS, false);
  rows.forEach((a, i) => {
    writeRow(ws, row++, [i + 1, a.date, unit, a.village.commune, a.village.name, TYPE_LABEL[a.type], a.content, a.cash || null, a.inKind || null, a.source ? SOURCE_LABEL[a.source] : null]);
  });
  await saveWorkbook(wb, path);
}

export interface InboxCase {
  readonly file: string;
  readonly unit: string;
  readonly what: string;
}

/** When the unit at `index` sent its file: the first half of January, one unit after another (the register shows when). */
export function receivedAt(index: number): Date {
  return new Date(YEAR + 1, 0, 4 + Math.floor(index / 4), 8 + (index % 4) * 2, 15);
}

/** Writes samples-nop-2020/ (under `root`); returns what each file is, for the samples' README. */
export async function writeInbox(data: AyunPa, root: string): Promise<InboxCase[]> {
  const dir = join(root, INBOX);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const yearOf = (a: Activity) => a.date.getUTCFullYear();
  const cases: InboxCase[] = [];
  for (const [i, unit] of data.units.entries()) {
    if (SILENT.includes(unit.name)) continue;
    const own = (year: number) => data.activities.filter((a) => a.unit === unit && yearOf(a) === year);
    const year = unit.name === LAST_YEAR ? YEAR - 1 : YEAR;
    const rows = own(year);
    if (unit.name === LAST_YEAR && rows.length === 0) throw new Error(`${LAST_YEAR} has no ${year} activity to send by mistake`);
    const name = MISSPELT[unit.name] ?? unit.name;
    const file = `${String(i + 1).padStart(2, '0')}-${slug(unit.name)}.xlsx`;
    await writeReport(join(dir, file), name, year, rows, i % 2 === 1);
    const received = receivedAt(i);
    await utimes(join(dir, file), received, received);
    cases.push({ file, unit: unit.name, what: describe(unit, name, year, rows.length) });
  }
  for (const name of SILENT) if (!data.units.some((u) => u.name === name)) throw new Error(`unknown unit ${name}`);
  return cases;
}

function describe(unit: Unit, name: string, year: number, rows: number): string {
  if (name !== unit.name) return `ghi sai tên đơn vị ("${name}")`;
  if (year !== YEAR) return `gửi nhầm báo cáo năm ${year} (${rows} dòng)`;
  return rows === 0 ? 'không có hoạt động trong năm, vẫn gửi biểu' : `${rows} hoạt động`;
}

export const SILENT_UNITS: readonly string[] = SILENT;
