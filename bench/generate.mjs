// Deterministic benchmark data: a master workbook (villages, units, pairings) and an
// activities workbook of N rows, written with exceljs's streaming writer. Cached by N.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { Rng } from '../dist/scripts/samples/rng.js';

const here = dirname(fileURLToPath(import.meta.url));
export const CACHE = join(here, '.cache');

// The samples' PRNG; `npm run bench` builds dist/ first.
const mulberry32 = (seed) => {
  const rng = new Rng(seed);
  return () => rng.next();
};

const COMMUNES = 40;
const VILLAGES_PER_COMMUNE = 12;
const UNITS = 320;
const TYPES = ['Thăm hỏi, tặng quà', 'Hỗ trợ hộ nghèo, sinh kế', 'Xây dựng công trình', 'Mô hình phát triển kinh tế', 'Đào tạo, dạy nghề', 'Tuyên truyền, vận động', 'Giao lưu văn hóa, thể thao', 'Củng cố hệ thống chính trị', 'Khác'];
const SOURCES = ['Đơn vị tự đóng góp', 'Xã hội hóa', 'Ngân sách nhà nước', 'Khác'];

const commune = (c) => `Xã Ia ${String.fromCharCode(65 + (c % 26))}${c >= 26 ? 'h' : ''} ${c + 1}`;
const village = (c, v) => `Bôn Đăk ${c + 1}-${v + 1}`;
const unit = (u) => `Đơn vị kết nghĩa số ${u + 1}`;

/** Each unit is paired with a few villages; every village has at least one unit. */
function pairings() {
  const list = [];
  const total = COMMUNES * VILLAGES_PER_COMMUNE;
  for (let i = 0; i < total; i++) list.push({ unit: i % UNITS, c: Math.floor(i / VILLAGES_PER_COMMUNE), v: i % VILLAGES_PER_COMMUNE });
  return list;
}

async function writeMaster(path) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const villages = wb.addWorksheet('Thôn làng');
  villages.addRow(['STT', 'Xã', 'Thôn/làng', 'Năm', 'Dân tộc', 'Đặc biệt khó khăn', 'Số hộ', 'Số khẩu', 'Số hộ nghèo', 'Điện lưới quốc gia', 'Chi bộ']).commit();
  const random = mulberry32(7);
  let n = 0;
  for (let c = 0; c < COMMUNES; c++) {
    for (let v = 0; v < VILLAGES_PER_COMMUNE; v++) {
      const households = 80 + Math.floor(random() * 200);
      let poor = Math.floor(households * (0.3 + random() * 0.2));
      for (let year = 2016; year <= 2025; year++) {
        villages.addRow([++n, commune(c), village(c, v), year, 'Gia Rai', random() < 0.3 ? 'x' : '', households + (year - 2016) * 2, (households + (year - 2016) * 2) * 5, poor, year > 2018 ? 'x' : '', 'x']).commit();
        poor = Math.max(0, Math.floor(poor * 0.85));
      }
    }
  }
  villages.commit();
  const units = wb.addWorksheet('Đơn vị');
  units.addRow(['STT', 'Đơn vị', 'Cấp', 'Khối']).commit();
  for (let u = 0; u < UNITS; u++) units.addRow([u + 1, unit(u), 'tỉnh', 'Chính quyền']).commit();
  units.commit();
  const sheet = wb.addWorksheet('Kết nghĩa');
  sheet.addRow(['STT', 'Đơn vị', 'Xã', 'Thôn/làng', 'Ngày kết nghĩa']).commit();
  pairings().forEach((p, i) => sheet.addRow([i + 1, unit(p.unit), commune(p.c), village(p.c, p.v), '15/03/2013']).commit());
  sheet.commit();
  await wb.commit();
}

async function writeActivities(path, rows) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const sheet = wb.addWorksheet('Hoạt động');
  sheet.addRow(['STT', 'Ngày', 'Đơn vị', 'Xã', 'Thôn/làng', 'Loại hoạt động', 'Nội dung', 'Tiền mặt (đồng)', 'Hiện vật quy đổi (đồng)', 'Nguồn kinh phí', 'Số hộ hưởng lợi', 'Số người tham gia']).commit();
  const random = mulberry32(42);
  const list = pairings();
  for (let i = 0; i < rows; i++) {
    const p = list[Math.floor(random() * list.length)];
    const year = 2016 + Math.floor(random() * 10);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const date = new Date(Date.UTC(year, month - 1, day));
    const row = sheet.addRow([
      i + 1,
      date,
      unit(p.unit),
      commune(p.c),
      village(p.c, p.v),
      TYPES[Math.floor(random() * random() * TYPES.length)],
      `Hoạt động số ${i + 1}`,
      Math.floor(random() * 50) * 100_000,
      Math.floor(random() * 30) * 100_000,
      SOURCES[Math.floor(random() * SOURCES.length)],
      Math.floor(random() * 40),
      Math.floor(random() * 30),
    ]);
    row.getCell(2).numFmt = 'dd/mm/yyyy';
    row.commit();
  }
  sheet.commit();
  await wb.commit();
}

/** Paths of the master and of an activities workbook with `rows` rows, generating them once. */
export async function benchFiles(rows) {
  mkdirSync(CACHE, { recursive: true });
  const master = join(CACHE, 'master.xlsx');
  const activities = join(CACHE, `activities-${rows}.xlsx`);
  if (!existsSync(master)) {
    await writeMaster(`${master}.tmp`);
    renameSync(`${master}.tmp`, master);
  }
  if (!existsSync(activities)) {
    process.stderr.write(`generating ${rows} activity rows…\n`);
    await writeActivities(`${activities}.tmp`, rows);
    renameSync(`${activities}.tmp`, activities);
  }
  return { master, activities };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = Number(process.argv[2] ?? 200_000);
  console.log(await benchFiles(rows));
}
