/**
 * `stats --xlsx`: one sheet per table, Vietnamese headers, real numbers with number
 * formats (so the figures can be summed again in Excel), frozen header rows.
 */
import type ExcelJS from 'exceljs';
import type { Lang } from '../findings/finding.js';
import type { ColumnKind, Table, TableCell } from '../model/table.js';
import { writeAtomic } from '../util/write.js';
import { columnDecimals, percentNumFmt } from '../format/columns.js';
import { loadExcelJS } from '../workbook/exceljs.js';
import { STATS_RUN } from '../messages/commands.js';
import { render } from '../messages/render.js';

const FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  int: '#,##0',
  money: '#,##0',
  percent: undefined, // per column: percentNumFmt
  number: '#,##0.##',
  year: '0',
};

export async function writeStatsWorkbook(path: string, tables: readonly Table[], lang: Lang): Promise<void> {
  const Excel = await loadExcelJS();
  const workbook = new Excel.Workbook();
  workbook.creator = 'ketnghia';
  const used = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, used), { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.addRow([table.title]).font = { bold: true, size: 13 };
    styleHeader(sheet.addRow(table.columns.map((c) => c.header)));
    const rows = table.total ? [...table.rows, table.total] : table.rows;
    // One precision per rate column, as on the console and in the report.
    const decimals = columnDecimals(table);
    rows.forEach((row, r) => {
      const added = sheet.addRow(row.map(valueOf));
      row.forEach((cell, c) => {
        const kind = cell !== null && typeof cell === 'object' ? cell.kind : table.columns[c]!.kind;
        const format = kind === 'percent' ? percentNumFmt(decimals[c] ?? 2) : FORMATS[kind];
        if (format) added.getCell(c + 1).numFmt = format;
      });
      if (table.total && r === rows.length - 1) added.font = { bold: true };
    });
    if (table.rows.length === 0) sheet.addRow([render(lang, STATS_RUN.none)]).font = { italic: true };
    table.columns.forEach((column, i) => {
      const longest = Math.max(column.header.length, ...rows.map((r) => String(valueOf(r[i] ?? '') ?? '').length));
      sheet.getColumn(i + 1).width = Math.min(60, Math.max(column.kind === 'text' ? 14 : 12, longest + 4));
    });
  }
  await writeAtomic(path, async (tmp) => {
    await workbook.xlsx.writeFile(tmp);
  });
}

/** A table's header row: bold, centred, shaded, ruled below (the register's workbook uses it too). */
export function styleHeader(header: ExcelJS.Row): void {
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { bottom: { style: 'thin' } };
  });
}

function valueOf(cell: TableCell): string | number | null {
  if (cell !== null && typeof cell === 'object') return cell.value;
  return cell;
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique; a "(01/01/2016 – …)" tail stays in the title row. */
export function sheetName(title: string, used: Set<string>): string {
  const clean = title.replace(/\s*\([^)]*\)$/, '').replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim();
  // Cut at a word: "Cặp kết nghĩa không có hoạt", not "… hoạt độn".
  const base = clean.length <= 31 ? clean : clean.slice(0, 32).replace(/\s+\S*$/, '');
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 28)} ${n}`;
  used.add(name.toLowerCase());
  return name;
}
