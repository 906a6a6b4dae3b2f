/**
 * The blank submission workbook of `ketnghia init`: the four data sheets with styled,
 * frozen headers and validations, the `Hướng dẫn` sheet, and the hidden list sheet the
 * dropdowns read. The layout comes from the pure modules beside this one; this file
 * only turns it into exceljs objects.
 */
import type ExcelJS from 'exceljs';
import type { Lang } from '../findings/finding.js';
import { SHEETS, SHEET_KINDS, type SheetDef } from '../schema/fields.js';
import { loadExcelJS } from '../workbook/exceljs.js';
import { columnLetter } from '../workbook/raw.js';
import { columnSpecs, LAST_DATA_ROW, type ColumnSpec, type ValidationSpec } from './columns.js';
import { firstDataRowOf, headerRowOf, reportingLine } from './reporting-line.js';
import { GUIDE_SHEET, guideRows, type GuideRow } from './guide.js';
import { LIST_SHEET, listColumns, type ListColumn, type MasterNames } from './lists.js';

export const TEMPLATE_FILE = 'mau-bao-cao-ket-nghia.xlsx';

export interface TemplateOptions {
  readonly lang: Lang;
  /** Names for the Xã, Thôn/làng and Đơn vị dropdowns (`--from`). */
  readonly master?: MasterNames;
}

// Offices write Vietnamese in Times New Roman; it carries every diacritic.
const FONT = 'Times New Roman';
const BODY: Partial<ExcelJS.Font> = { name: FONT, size: 12 };
const BOLD: Partial<ExcelJS.Font> = { name: FONT, size: 12, bold: true };
const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const HEADER_FILL = solid('FFDDEBF7');
const REQUIRED_FILL = solid('FFFCE4D6');
const SECTION_FILL = solid('FFE2EFDA');
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF8EA9C1' } };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const PRINT: Partial<ExcelJS.PageSetup> = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };

interface Validations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

export async function buildTemplate(options: TemplateOptions): Promise<ExcelJS.Workbook> {
  const Excel = await loadExcelJS();
  const workbook = new Excel.Workbook();
  workbook.creator = 'ketnghia';
  const lists = listColumns(options.master);
  addGuideSheet(workbook, guideRows(options.lang, lists));
  for (const kind of SHEET_KINDS) {
    const sheet = addDataSheet(workbook, SHEETS[kind], columnSpecs(SHEETS[kind], lists, options.lang));
    if (kind === 'activities') addReportingLine(sheet, lists, options.lang);
  }
  addListSheet(workbook, lists);
  return workbook;
}

function addDataSheet(workbook: ExcelJS.Workbook, def: SheetDef, specs: readonly ColumnSpec[]): ExcelJS.Worksheet {
  const headerRow = headerRowOf(def.kind);
  const first = firstDataRowOf(def.kind);
  const sheet = workbook.addWorksheet(def.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${first}`, activeCell: `A${first}` }],
    pageSetup: { ...PRINT, printTitlesRow: `${headerRow}:${headerRow}` },
  });
  // exceljs keeps data validations on the sheet but leaves them out of its typings.
  const validations = (sheet as unknown as { dataValidations: Validations }).dataValidations;
  specs.forEach((spec, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = spec.width;
    // The column's style is what a typed cell takes: the font, and dd/mm/yyyy or #,##0.
    column.style = {
      font: BODY,
      ...(spec.numFmt ? { numFmt: spec.numFmt } : {}),
      ...(spec.wrap ? { alignment: { vertical: 'top', wrapText: true } } : {}),
    };
    const cell = sheet.getCell(headerRow, index + 1);
    cell.value = spec.header;
    cell.style = {
      font: BOLD,
      fill: spec.field.required ? REQUIRED_FILL : HEADER_FILL,
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      border: BORDER,
    };
    const letter = columnLetter(index + 1);
    validations.add(`${letter}${first}:${letter}${LAST_DATA_ROW}`, validationOf(spec.validation));
  });
  sheet.getRow(headerRow).height = 48;
  return sheet;
}

function validationOf(spec: ValidationSpec): ExcelJS.DataValidation {
  const { type, operator, formulae, errorStyle, ...texts } = spec;
  // A prompt-only column is written as "text length ≥ 0", which every value and a blank
  // pass: exceljs writes its "any value" type without allowBlank, and LibreOffice's "Mark
  // invalid data" then circles every blank cell of the column.
  const rule: Pick<ExcelJS.DataValidation, 'type' | 'operator' | 'formulae'> =
    type === 'any'
      ? { type: 'textLength', operator: 'greaterThanOrEqual', formulae: [0] }
      : { type, ...(operator ? { operator } : {}), formulae: [...formulae] };
  return {
    ...rule,
    allowBlank: true,
    showInputMessage: true,
    showErrorMessage: type !== 'any',
    ...(errorStyle ? { errorStyle } : {}),
    ...texts,
  } as ExcelJS.DataValidation;
}

/** "Đơn vị báo cáo: [  ]   Năm báo cáo: [  ]" above the activities header. */
function addReportingLine(sheet: ExcelJS.Worksheet, lists: readonly ListColumn[], lang: Lang): void {
  const validations = (sheet as unknown as { dataValidations: Validations }).dataValidations;
  for (const part of reportingLine(lists, lang)) {
    const cell = sheet.getCell(part.address);
    if (part.text) {
      cell.value = part.text;
      cell.style = { font: BOLD, alignment: { horizontal: 'right', vertical: 'middle' } };
    }
    if (part.input) {
      cell.style = { font: BOLD, fill: REQUIRED_FILL, border: BORDER, alignment: { vertical: 'middle' }, ...(part.input.type === 'whole' ? { numFmt: '0' } : { numFmt: '@' }) };
      if (part.mergeTo) sheet.mergeCells(`${part.address}:${part.mergeTo}`);
      validations.add(part.address, validationOf(part.input));
    }
  }
  sheet.getRow(1).height = 24;
}

function addListSheet(workbook: ExcelJS.Workbook, lists: readonly ListColumn[]): void {
  const sheet = workbook.addWorksheet(LIST_SHEET, { state: 'hidden' });
  lists.forEach((list, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = Math.min(48, Math.max(16, list.title.length + 2, ...list.values.map((v) => v.length + 2)));
    column.style = { font: BODY, numFmt: '@' };
    const title = sheet.getCell(1, index + 1);
    title.value = list.title;
    title.style = { font: BOLD, fill: HEADER_FILL };
    list.values.forEach((value, row) => {
      sheet.getCell(row + 2, index + 1).value = value;
    });
  });
}

const GUIDE_WIDTHS = [26, 11, 20, 34, 20, 62];

function addGuideSheet(workbook: ExcelJS.Workbook, rows: readonly GuideRow[]): void {
  const sheet = workbook.addWorksheet(GUIDE_SHEET, { pageSetup: PRINT });
  GUIDE_WIDTHS.forEach((width, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = width;
    column.style = { font: BODY, alignment: { vertical: 'top', wrapText: true } };
  });
  const last = columnLetter(GUIDE_WIDTHS.length);
  const total = GUIDE_WIDTHS.reduce((a, b) => a + b, 0);
  rows.forEach((row, index) => {
    const r = index + 1;
    if (row.kind === 'head' || row.kind === 'field') {
      row.cells.forEach((text, c) => {
        const cell = sheet.getCell(r, c + 1);
        cell.value = text === '' ? null : text;
        const header = row.kind === 'head';
        cell.style = {
          font: header || c === 0 ? BOLD : BODY,
          alignment: { vertical: 'top', wrapText: true, ...(header ? { horizontal: 'center' as const } : {}) },
          border: BORDER,
          ...(header ? { fill: HEADER_FILL } : row.required && c === 0 ? { fill: REQUIRED_FILL } : {}),
        };
      });
      // Row heights are not fitted on opening; estimate the wrapped lines of the fullest cell.
      sheet.getRow(r).height = 16 * Math.max(1, ...row.cells.map((text, c) => linesOf(text, GUIDE_WIDTHS[c]!)));
      return;
    }
    const cell = sheet.getCell(r, 1);
    cell.value = row.text;
    if (row.kind === 'legend') {
      sheet.mergeCells(`A${r}:B${r}`);
      cell.style = { font: BOLD, fill: REQUIRED_FILL, border: BORDER, alignment: { vertical: 'middle' } };
      return;
    }
    sheet.mergeCells(`A${r}:${last}${r}`);
    const big = row.kind === 'title';
    cell.style = {
      font: big ? { ...BOLD, size: 14 } : row.kind === 'section' ? BOLD : BODY,
      alignment: { vertical: 'middle', wrapText: true, ...(big ? { horizontal: 'center' as const } : {}) },
      ...(row.kind === 'section' ? { fill: SECTION_FILL } : {}),
    };
    sheet.getRow(r).height = big ? 30 : 16 * linesOf(row.text, total) + 4;
  });
}

/** Wrapped lines of a text in a column of `width` characters (Times New Roman runs narrow). */
function linesOf(text: string, width: number): number {
  return Math.max(1, Math.ceil((text.length * 1.0) / (width * 1.1)));
}
