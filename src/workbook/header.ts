/**
 * Finding the header of a sheet as offices lay it out: below title rows, possibly over
 * two rows with merged group cells, possibly followed by a numbering row (1) (2) (3).
 *
 * The streaming reader does not see merges (they are stored after the rows), so a
 * horizontally merged group header is recognised by its shape: a blank upper cell over
 * a filled lower cell belongs to the nearest filled upper cell on its left.
 */
import type { FieldDef, SheetDef } from '../schema/fields.js';
import { isOrdinalHeader, matchHeader, parseLabel, suggestHeader, unitOnly, unitScale } from '../schema/labels.js';
import { cleanText } from '../text/normalize.js';
import { letterOf, writtenForm, type RawRow } from './raw.js';

/** How many rows from the top are searched for the header. */
export const HEADER_SEARCH_ROWS = 30;

import type { MappedColumn } from '../model/types.js';

export type { MappedColumn };

export interface HeaderColumnIssue {
  readonly col: number;
  readonly letter: string;
  readonly row: number;
  readonly header: string;
}

export interface HeaderResult {
  readonly def: SheetDef;
  /** Sheet row numbers of the header (one or two). */
  readonly headerRows: readonly number[];
  /** Sheet row number of a row under the header that is part of it: numbering (1) (2) (3) or units (đồng). */
  readonly numberingRow?: number;
  readonly columns: readonly MappedColumn[];
  readonly unknown: ReadonlyArray<HeaderColumnIssue & { readonly suggestion?: string }>;
  readonly duplicates: ReadonlyArray<HeaderColumnIssue & { readonly field: FieldDef; readonly first: string }>;
  readonly missing: readonly FieldDef[];
  /** Columns headed STT, TT…: row numbers, read only to recognise section rows ("I", "A"). */
  readonly ordinal: readonly number[];
  readonly score: number;
}

interface HeaderCell {
  readonly col: number;
  readonly row: number;
  readonly text: string;
  /** Labels to try, most specific first. */
  readonly labels: readonly string[];
}

/**
 * The best header for any of the given sheet definitions among the first rows, or
 * undefined when no row names at least two of a definition's columns.
 */
export function detectHeader(rows: readonly RawRow[], defs: readonly SheetDef[]): HeaderResult | undefined {
  let best: HeaderResult | undefined;
  let bestCells: HeaderCell[] = [];
  const communes = new Map<string, { result: HeaderResult; cells: HeaderCell[] }>();
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const top = rows[i]!;
    const below = rows[i + 1];
    const candidates: Array<{ cells: HeaderCell[]; rows: number[] }> = [{ cells: singleRow(top), rows: [top.row] }];
    // A group header row has at least two cells; one cell above the header is a title.
    if (below && below.row === top.row + 1 && top.cells.length >= 2 && looksLikeHeaderRow(below)) {
      candidates.push({ cells: twoRows(top, below), rows: [top.row, below.row] });
    }
    for (const def of defs) {
      for (const { cells, rows: headerRows } of candidates) {
        const result = mapColumns(def, cells, headerRows, false);
        if (def.kind === 'communes' && result.missing.length === 0) communes.set(headerRows.join(), { result, cells });
        if (result.score >= 2 && (!best || better(result, best))) {
          best = result;
          bestCells = cells;
        }
      }
    }
  }
  if (!best) return undefined;
  // A list of communes names most columns of a villages list (SPEC §8) and scores higher on
  // its many required ones; without a village column it is the list of communes.
  const asCommunes = communes.get(best.headerRows.join());
  if (best.def.kind === 'villages' && asCommunes && best.missing.some((f) => f.key === 'village')) {
    best = asCommunes.result;
    bestCells = asCommunes.cells;
  }
  // Suggestions for unknown headers (a fuzzy search over every label) only for the header chosen.
  if (best.unknown.length > 0) best = mapColumns(best.def, bestCells, best.headerRows, true);
  const lastHeader = best.headerRows[best.headerRows.length - 1]!;
  const next = rows.find((r) => r.row > lastHeader);
  if (next && next.row === lastHeader + 1 && isNumberingRow(next)) return { ...best, numberingRow: next.row };
  if (next && next.row === lastHeader + 1) {
    const units = unitRow(next);
    // A row of units under the header ("(đồng)", "(km)"): part of the header, and it scales its columns.
    if (units) {
      const columns = best.columns.map((c) => {
        const unit = units.get(c.col);
        return unit !== undefined && c.scale === 1 ? { ...c, scale: unitScale(c.field, unit) } : c;
      });
      return { ...best, columns, numberingRow: next.row };
    }
  }
  return best;
}

/** Each cell names a unit and nothing else; the units by column, or undefined. */
function unitRow(row: RawRow): Map<number, string> | undefined {
  if (row.cells.length === 0) return undefined;
  const units = new Map<number, string>();
  for (const cell of row.cells) {
    if (cell.value.t !== 's') return undefined;
    const unit = unitOnly(cell.value.v);
    if (unit === undefined) return undefined;
    units.set(cell.col, unit);
  }
  return units;
}

/**
 * More columns named wins. On a tie, fewer unrecognised headers wins (a title row glued on
 * top of the real header adds nothing but an unknown "DANH SÁCH … STT"), then a single row
 * (a second header row must earn its place), then the earlier row.
 */
function better(a: HeaderResult, b: HeaderResult): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.unknown.length !== b.unknown.length) return a.unknown.length < b.unknown.length;
  return a.headerRows.length < b.headerRows.length;
}

function textOf(row: RawRow): Map<number, string> {
  const texts = new Map<number, string>();
  for (const cell of row.cells) {
    const text = cleanText(writtenForm(cell.value));
    if (text !== '') texts.set(cell.col, text);
  }
  return texts;
}

function singleRow(row: RawRow): HeaderCell[] {
  return [...textOf(row)].map(([col, text]) => ({ col, row: row.row, text, labels: [text] }));
}

function twoRows(top: RawRow, bottom: RawRow): HeaderCell[] {
  const upper = textOf(top);
  const lower = textOf(bottom);
  const cols = [...new Set([...upper.keys(), ...lower.keys()])].sort((a, b) => a - b);
  const cells: HeaderCell[] = [];
  let group: string | undefined;
  for (const col of cols) {
    const up = upper.get(col);
    const low = lower.get(col);
    if (up !== undefined) group = low !== undefined ? up : undefined;
    const parent = up ?? group;
    if (low === undefined) {
      cells.push({ col, row: top.row, text: up!, labels: [up!] });
    } else if (parent === undefined) {
      cells.push({ col, row: bottom.row, text: low, labels: [low] });
    } else {
      // "Kinh phí (triệu đồng)" over "Tiền mặt": the pair names the column, the group gives the unit.
      const joined = `${parent} ${low}`;
      cells.push({ col, row: bottom.row, text: joined, labels: [joined, low, parent] });
    }
  }
  return cells;
}

/** A header row holds text, not the numbers and dates of a data row. */
function looksLikeHeaderRow(row: RawRow): boolean {
  return row.cells.every((c) => c.value.t === 's') && !isNumberingRow(row);
}

/** (1) (2) (3)… or 1 2 3… or A B C…, in column order. */
export function isNumberingRow(row: RawRow): boolean {
  if (row.cells.length < 2) return false;
  const marks: string[] = [];
  for (const cell of row.cells) {
    const text = writtenForm(cell.value).trim().replace(/^\((.*)\)$/, '$1').trim();
    if (!/^(\d{1,2}|[A-Za-z])$/.test(text)) return false;
    marks.push(text);
  }
  const numbers = marks.filter((m) => /^\d+$/.test(m)).map(Number);
  for (let i = 1; i < numbers.length; i++) if (numbers[i]! <= numbers[i - 1]!) return false;
  return true;
}

function mapColumns(def: SheetDef, cells: readonly HeaderCell[], headerRows: readonly number[], suggest: boolean): HeaderResult {
  const columns: MappedColumn[] = [];
  const unknown: Array<HeaderColumnIssue & { suggestion?: string }> = [];
  const duplicates: Array<HeaderColumnIssue & { field: FieldDef; first: string }> = [];
  const byField = new Map<string, MappedColumn>();
  const ordinal: number[] = [];
  for (const cell of cells) {
    const issue = { col: cell.col, letter: letterOf(cell.col), row: cell.row, header: cell.text };
    if (isOrdinalHeader(cell.text)) {
      ordinal.push(cell.col);
      continue;
    }
    let field: FieldDef | undefined;
    let label = cell.text;
    for (const candidate of cell.labels) {
      field = matchHeader(def, candidate);
      if (field) {
        label = candidate;
        break;
      }
    }
    if (!field) {
      const suggestion = suggest ? suggestHeader(def, cell.labels[0]!) : undefined;
      unknown.push(suggestion ? { ...issue, suggestion } : issue);
      continue;
    }
    const first = byField.get(field.key);
    if (first) {
      duplicates.push({ ...issue, field, first: first.letter });
      continue;
    }
    // The unit may sit in the group header above ("Kinh phí (triệu đồng)").
    const unit = cell.labels.map((l) => parseLabel(l).unit).find((u) => u !== undefined) ?? parseLabel(label).unit;
    const mapped: MappedColumn = { col: cell.col, letter: issue.letter, field, header: cell.text, scale: unitScale(field, unit) };
    byField.set(field.key, mapped);
    columns.push(mapped);
  }
  // A level-dependent column (the village of SPEC §8) may be absent: a list of commune pairings has none.
  const missing = def.fields.filter((f) => f.required && !f.levelDependent && !byField.has(f.key));
  const requiredFound = def.fields.filter((f) => f.required && byField.has(f.key)).length;
  // Required columns weigh more, so a villages header beats an activities one that shares "Xã", "Thôn".
  const score = columns.length + requiredFound;
  return { def, headerRows, columns, unknown, duplicates, missing, ordinal, score: columns.length >= 2 ? score : 0 };
}
