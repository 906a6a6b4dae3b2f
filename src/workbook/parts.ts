/**
 * The small parts of an .xlsx package the reader needs before the sheets: the workbook's
 * relations, its sheet list and date system, the shared strings and, from the styles, what
 * decides a cell's reading (a date format, a legacy font name).
 *
 * Cell values follow exceljs 4.4's streaming reader, which this replaced (see ./read.ts),
 * so that a workbook reads as it did: the same built-in date formats, the same rule for
 * what a format counts as a date, styles taken from the cell or else its row.
 */
import { parseXml, type Attributes, type PartBytes as Part, type XmlHandler } from './xml.js';

export interface Relation {
  readonly id: string;
  readonly target: string;
  readonly type: string;
}

export interface SheetEntry {
  readonly name: string;
  readonly relationId: string;
  readonly state: string | undefined;
}

export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  /** The 1904 date system (old Mac workbooks): serial 0 is 1 January 1904. */
  readonly date1904: boolean;
}

/** A shared string: plain, or rich text with the font of its first run in a legacy font. */
export type SharedString = string | { readonly text: string; readonly fonts: readonly (string | undefined)[] };

/** What a cell style says about reading the cell. */
export interface CellStyle {
  readonly date: boolean;
  readonly font: string | undefined;
}

export async function parseRelations(part: Part): Promise<Relation[]> {
  const relations: Relation[] = [];
  await parseXml(part, {
    open: (name, a) => {
      if (name === 'Relationship') relations.push({ id: a.Id ?? '', target: a.Target ?? '', type: a.Type ?? '' });
    },
    close: () => {},
  });
  return relations;
}

export async function parseWorkbookPart(part: Part): Promise<WorkbookPart> {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await parseXml(part, {
    open: (name, a) => {
      if (name === 'sheet') sheets.push({ name: a.name ?? '', relationId: a.id ?? '', state: a.state });
      else if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    },
    close: () => {},
  });
  return { sheets, date1904 };
}

/**
 * The shared-string table. Text is that of the `<t>` elements, runs joined; phonetic
 * readings (`<rPh>`) are not part of the value.
 */
export async function parseSharedStrings(part: Part): Promise<SharedString[]> {
  const strings: SharedString[] = [];
  let text = '';
  let runText = '';
  let fonts: (string | undefined)[] = [];
  let runFont: string | undefined;
  let inText = false;
  let phonetic = 0;
  let runs = 0;
  await parseXml(part, {
    open: (name, a, selfClosing) => {
      if (name === 'si') {
        text = '';
        fonts = [];
        runs = 0;
      } else if (name === 'r' && !phonetic) {
        runs++;
        runText = '';
        runFont = undefined;
      } else if (name === 'rFont' && !phonetic) runFont = a.val;
      else if (name === 't' && !phonetic && !selfClosing) inText = true;
      else if (name === 'rPh') phonetic++;
    },
    text: (value) => {
      if (inText) {
        if (runs > 0) runText += value;
        else text += value;
      }
    },
    close: (name) => {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'r' && !phonetic) {
        text += runText;
        fonts.push(runFont);
      } else if (name === 'si') strings.push(runs > 0 ? { text, fonts } : text);
    },
  });
  return strings;
}

/** Cell styles by index (`cellXfs`), reduced to what reading needs. */
export async function parseStyles(part: Part): Promise<CellStyle[]> {
  const formats = new Map<number, string>();
  const fontNames: (string | undefined)[] = [];
  const xfs: Array<{ numFmtId: number; fontId: number | undefined }> = [];
  let section = '';
  const handler: XmlHandler = {
    open: (name, a: Attributes) => {
      if (name === 'fonts' || name === 'cellXfs' || name === 'cellStyleXfs' || name === 'dxfs') section = name;
      else if (name === 'numFmt' && a.numFmtId !== undefined) formats.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (section === 'fonts' && name === 'font') fontNames.push(undefined);
      else if (section === 'fonts' && name === 'name' && fontNames.length > 0) fontNames[fontNames.length - 1] = a.val;
      else if (section === 'cellXfs' && name === 'xf') {
        xfs.push({ numFmtId: Number(a.numFmtId ?? 0) || 0, fontId: a.fontId === undefined ? undefined : Number(a.fontId) });
      }
    },
    close: (name) => {
      if (name === section) section = '';
    },
  };
  await parseXml(part, handler);
  return xfs.map(({ numFmtId, fontId }) => {
    const code = numFmtId ? (formats.get(numFmtId) ?? (BUILT_IN_DATE_FORMATS.has(numFmtId) ? 'date' : undefined)) : undefined;
    return { date: code !== undefined && isDateFormat(code), font: fontId === undefined ? undefined : fontNames[fontId] };
  });
}

/** Built-in number formats that are dates or times (exceljs's defaults: 14–22 and 45–47). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A format showing a date or time part once quoted text and `[…]` sections are removed. */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A serial day number as a Date, as exceljs builds it (UTC midnight of the day, plus the time). */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}
