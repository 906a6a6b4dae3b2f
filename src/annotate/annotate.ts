/**
 * `validate --annotate <dir>`: a copy of each workbook with error cells red, warning
 * cells yellow, a note on each with the messages, and a `Lỗi` sheet listing every
 * finding with a link to its cell. The input is only read; the copy is written atomically.
 */
import { basename, join, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import type { LoadResult } from '../dataset/load.js';
import { cellOf, messageOf, suggestionText, type Finding, type Lang } from '../findings/finding.js';
import { EnvironmentError, UsageError } from '../errors.js';
import { checkOutput } from '../util/output.js';
import { refuseInput, writeAtomic } from '../util/write.js';
import { loadExcelJS } from '../workbook/exceljs.js';
import { ANNOTATE } from '../messages/misc.js';
import { render, type Text } from '../messages/render.js';

export interface AnnotateOptions {
  readonly dir: string;
  readonly cwd: string;
  readonly lang: Lang;
  /** Every input of the run: no copy may be written over one. */
  readonly inputs: readonly string[];
  /** Replace copies already in the folder. */
  readonly force?: boolean;
  /** Copy only the files that have findings (`validate --annotate`): a folder of clean copies hides the few that matter. */
  readonly onlyWithFindings?: boolean;
}

const FINDINGS_SHEET = 'Lỗi';
const RED = 'FFFFC7CE';
const YELLOW = 'FFFFEB9C';

export interface AnnotateResult {
  readonly written: string[];
  /** Inputs that could be checked but not copied (exceljs's whole-file reader refused them). */
  readonly skipped: string[];
  /** Files read without a finding, not copied (with `onlyWithFindings`). */
  readonly clean: number;
}

/** Writes one annotated copy per readable input (that has findings, with `onlyWithFindings`). */
export async function annotateAll(load: LoadResult, options: AnnotateOptions): Promise<AnnotateResult> {
  const withFindings = new Set(load.findings.map((f) => f.file));
  const wanted = (file: string) => options.onlyWithFindings !== true || withFindings.has(file);
  const result: AnnotateResult = { written: [], skipped: [], clean: load.files.filter((f) => f.read && !wanted(f.file)).length };
  const used = new Set<string>();
  const inputs = options.inputs.map((i) => resolve(options.cwd, i));
  // The folder of the inputs themselves is refused even for a clean file's copy, which is not written.
  for (const file of load.files) {
    const target = join(resolve(options.cwd, options.dir), basename(file.file));
    if (file.read) refuseInput(target, inputs, sameAsInputMessage(target, options.lang));
  }
  // Every target is checked before the first is written: all copies or none.
  const targets = new Map<string, string>();
  for (const file of load.files) {
    if (!file.read || !wanted(file.file)) continue;
    const target = uniqueTarget(resolve(options.cwd, options.dir), file.file, used);
    refuseInput(target, inputs, sameAsInputMessage(target, options.lang));
    await checkOutput(target, { lang: options.lang, force: options.force === true, ext: '.xlsx' });
    targets.set(file.file, target);
  }
  for (const file of load.files) {
    const target = targets.get(file.file);
    if (target === undefined) continue;
    try {
      await annotateFile(resolve(options.cwd, file.file), target, load.findings.filter((f) => f.file === file.file), options.lang);
      result.written.push(target);
    } catch (error) {
      // The whole-file reader is stricter than the streaming one; the findings still stand.
      if (error instanceof UsageError || error instanceof EnvironmentError) throw error;
      result.skipped.push(file.file);
    }
  }
  return result;
}

function sameAsInputMessage(path: string, lang: Lang): string {
  return render(lang, ANNOTATE.sameAsInput, { path });
}

function uniqueTarget(dir: string, file: string, used: Set<string>): string {
  const name = basename(file);
  let target = join(dir, name);
  for (let n = 2; used.has(target); n++) target = join(dir, name.replace(/(\.\w+)$/, `-${n}$1`));
  used.add(target);
  return target;
}

async function annotateFile(input: string, output: string, findings: readonly Finding[], lang: Lang): Promise<void> {
  const Excel = await loadExcelJS();
  const workbook = new Excel.Workbook();
  await workbook.xlsx.readFile(input);
  markCells(workbook, findings, lang);
  addFindingsSheet(workbook, findings, lang);
  await writeAtomic(output, async (tmp) => {
    await workbook.xlsx.writeFile(tmp);
  });
}

function markCells(workbook: ExcelJS.Workbook, findings: readonly Finding[], lang: Lang): void {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const cell = cellOf(f);
    if (!f.sheet || !cell) continue;
    const key = `${f.sheet}\u0000${cell}`;
    const list = byCell.get(key) ?? [];
    list.push(f);
    byCell.set(key, list);
  }
  for (const [key, list] of byCell) {
    const [sheetName, address] = key.split('\u0000') as [string, string];
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) continue;
    const cell = sheet.getCell(address);
    const error = list.some((f) => f.severity === 'error');
    // A fresh style object: exceljs shares style objects between cells read from a file,
    // and filling a shared one would colour every cell that uses it.
    cell.style = {
      ...cell.style,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: error ? RED : YELLOW } },
    };
    cell.note = {
      texts: list.map((f, i) => ({ text: `${i > 0 ? '\n' : ''}[${f.code}] ${messageOf(f, lang)}${suggestionLine(f, lang)}` })),
    } as ExcelJS.Comment;
  }
}

function suggestionLine(f: Finding, lang: Lang): string {
  const text = suggestionText(f, lang);
  return text ? ` (${text})` : '';
}

function addFindingsSheet(workbook: ExcelJS.Workbook, findings: readonly Finding[], lang: Lang): void {
  const existing = workbook.getWorksheet(FINDINGS_SHEET);
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(FINDINGS_SHEET, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  // Open on the list of findings.
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: workbook.worksheets.length - 1, visibility: 'visible' }];
  const word = (text: Text) => render(lang, text);
  sheet.columns = [
    { header: 'STT', width: 6 },
    { header: word(ANNOTATE.sheet), width: 18 },
    { header: word(ANNOTATE.cell), width: 8 },
    { header: word(ANNOTATE.severity), width: 10 },
    { header: word(ANNOTATE.code), width: 20 },
    { header: word(ANNOTATE.message), width: 80 },
    { header: word(ANNOTATE.suggestion), width: 30 },
  ];
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  findings.forEach((f, i) => {
    const cell = cellOf(f);
    const link = f.sheet && cell ? { formula: `HYPERLINK("#'${f.sheet.replace(/'/g, "''")}'!${cell}","${cell}")`, result: cell } : (f.row ?? '');
    const row = sheet.addRow([
      i + 1,
      f.sheet ?? '',
      link,
      word(f.severity === 'error' ? ANNOTATE.error : ANNOTATE.warning),
      f.code,
      messageOf(f, lang),
      f.suggestion ?? '',
    ]);
    row.getCell(6).alignment = { wrapText: true, vertical: 'top' };
    if (f.sheet && cell) row.getCell(3).font = { color: { argb: 'FF0563C1' }, underline: true };
    row.getCell(4).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: f.severity === 'error' ? RED : YELLOW } };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 7 } };
}
