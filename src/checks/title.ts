/**
 * What the title rows above a sheet's header say about the sheet (SPEC §9): the unit that
 * reports (`Đơn vị báo cáo: …`, `Đơn vị: …`, the name in the same cell or the next one of
 * the row) and the year or years it reports for ("NĂM 2023", "Từ năm 2017 đến năm 2020",
 * "Năm báo cáo: 2024"). Pure: rows in, facts out; the register decides what they mean.
 */
import { fold } from '../text/normalize.js';
import { letterOf, type RawCell, type RawRow } from '../workbook/raw.js';
import { unitOnly } from '../schema/labels.js';
import { readText } from './cells.js';

import type { ReportingUnitLine, SheetTitle } from '../model/types.js';

export type { ReportingUnitLine, SheetTitle };

// Folded labels of the reporting-unit line. "Đơn vị tính: đồng" is a unit of measure, not
// a reporting unit, and its label is not among these.
const UNIT_LABELS = new Set(['don vi bao cao', 'don vi', 'co quan don vi', 'co quan bao cao', 'ten don vi', 'ten co quan don vi', 'don vi gui bao cao', 'don vi thuc hien']);
const YEAR_LABELS = new Set(['nam bao cao', 'nam', 'ky bao cao']);
const YEAR = '((?:19|20)\\d\\d)';
// "năm 2023", "năm 2017 - 2020", "giai đoạn 2017-2020", "từ năm 2016 đến năm 2020" (folded:
// no diacritics, punctuation as spaces). "ngày 15 tháng 12 năm 2020" is a date, not the year reported.
const YEAR_PHRASE = new RegExp(`(?<!thang \\d{1,2} )\\b(?:nam|giai doan)\\s+${YEAR}(?:\\s+(?:den\\s+(?:nam\\s+)?)?${YEAR})?\\b`);
const DATE_RANGE = new RegExp(`\\btu ngay \\d{1,2} \\d{1,2} ${YEAR} den ngay \\d{1,2} \\d{1,2} ${YEAR}\\b`);

/** Reads the rows above the header (`headerRow` is its first row). */
export function readTitle(rows: readonly RawRow[], headerRow: number): SheetTitle {
  let reportingUnit: ReportingUnitLine | undefined;
  let years: { from: number; to: number } | undefined;
  for (const row of rows) {
    if (row.row >= headerRow) break;
    row.cells.forEach((cell, i) => {
      const text = textOf(cell);
      if (text === undefined) return;
      const labelled = splitLabel(text);
      if (labelled && UNIT_LABELS.has(labelled.label)) {
        const named = labelled.rest ? { name: labelled.rest, cell } : nextText(row.cells, i);
        const name = named && cleanName(named.name);
        // "Đơn vị: đồng", "Đơn vị: triệu đồng": a unit of measure under another label.
        if (name && !reportingUnit && unitOnly(name) === undefined) reportingUnit = { name, row: row.row, column: letterOf(named.cell.col) };
        return;
      }
      if (labelled && YEAR_LABELS.has(labelled.label)) {
        const value = labelled.rest || (nextText(row.cells, i)?.name ?? '');
        const year = /^(?:19|20)\d\d$/.exec(value.trim())?.[0];
        if (year && !years) years = { from: Number(year), to: Number(year) };
        return;
      }
      years ??= yearsIn(text);
    });
  }
  return { ...(reportingUnit ? { reportingUnit } : {}), ...(years ? { years } : {}) };
}

function textOf(cell: RawCell): string | undefined {
  if (cell.value.t === 'n') return String(cell.value.v);
  if (cell.value.t !== 's') return undefined;
  return readText(cell.value, []);
}

/** "Đơn vị báo cáo: X" → label and rest; "Đơn vị báo cáo" alone → label, empty rest. */
function splitLabel(text: string): { label: string; rest: string } | undefined {
  const colon = text.search(/[:：]/);
  const head = colon >= 0 ? text.slice(0, colon) : text;
  const label = fold(head);
  if (label.length === 0 || label.length > 30) return undefined;
  return { label, rest: colon >= 0 ? text.slice(colon + 1).trim() : '' };
}

/** The next filled cell of the row: the name typed beside its label. */
function nextText(cells: readonly RawCell[], index: number): { name: string; cell: RawCell } | undefined {
  for (const cell of cells.slice(index + 1)) {
    const text = textOf(cell);
    if (!text) continue;
    // A blank form: the next cell is the next label ("Năm báo cáo:"), not a name.
    const label = splitLabel(text);
    if (/[:：]\s*$/.test(text) || (label && (UNIT_LABELS.has(label.label) || YEAR_LABELS.has(label.label)))) return undefined;
    return { name: text, cell };
  }
  return undefined;
}

/** The name without the dots of a blank form ("……", "(ghi tên đơn vị)"); undefined when nothing is left. */
function cleanName(text: string): string | undefined {
  const name = text.replace(/^[\s.…_:\-–]+|[\s.…_:\-–]+$/g, '');
  if (!/\p{L}/u.test(name) || /^\(.*\)$/.test(name)) return undefined;
  return name;
}

function yearsIn(text: string): { from: number; to: number } | undefined {
  const folded = fold(text);
  const match = DATE_RANGE.exec(folded) ?? YEAR_PHRASE.exec(folded);
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = match[2] ? Number(match[2]) : from;
  return to >= from && to - from <= 50 ? { from, to } : undefined;
}
