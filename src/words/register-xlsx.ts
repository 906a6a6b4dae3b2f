/**
 * `submissions --xlsx` and the page's register download: the register as a workbook the
 * office can sort, filter and send on. One sheet for the expected units (title, headline,
 * one row per unit, the missing ones in red), one for units that sent a report without a
 * pairing, one for the files not counted. Times received are real date-time cells holding
 * the local clock of this machine, so Excel shows the hour the terminal shows.
 */
import type ExcelJS from 'exceljs';
import type { Lang } from '../findings/finding.js';
import { submissionsText } from './submissions-text.js';
import { choiceByKey, UNIT_BLOCS } from '../schema/choices.js';
import type { Register, UnitSubmission } from '../submissions/register.js';
import { localToday, type CalendarDate } from '../values/calendar.js';
import { writeAtomic } from '../util/write.js';
import { firstReceived } from './submissions.js';
import { loadExcelJS } from '../workbook/exceljs.js';
import { sheetName, styleHeader } from '../export/stats-xlsx.js';

export interface RegisterExport {
  readonly register: Register;
  /** Each file's modification time (when it was received). */
  readonly received: ReadonlyMap<string, Date>;
  readonly deadline?: CalendarDate;
}

type Sheet = ExcelJS.Worksheet;

const RED = 'FFB3261E';
const WORDS = {
  late: { vi: 'Nộp muộn', en: 'Late' },
  lateYes: { vi: 'muộn', en: 'late' },
  file: { vi: 'Tệp', en: 'File' },
  sheet: { vi: 'Trang', en: 'Sheet' },
  why: { vi: 'Lý do', en: 'Reason' },
  unexpectedSheet: { vi: 'Nộp nhưng không kết nghĩa', en: 'Reported, no pairing' },
  notesSheet: { vi: 'Tệp không được tính', en: 'Files not counted' },
} as const;

export async function writeRegisterWorkbook(path: string, data: RegisterExport, lang: Lang): Promise<void> {
  const Excel = await loadExcelJS();
  const text = submissionsText(lang);
  const { register } = data;
  const workbook = new Excel.Workbook();
  workbook.creator = 'ketnghia';
  const used = new Set<string>();
  const title = text.title(register.period);

  // Printed as it is sent on: landscape, one page wide, the header row on every page.
  const main = workbook.addWorksheet(sheetName(title, used), {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' },
  });
  main.addRow([title]).font = { bold: true, size: 13 };
  const count = (status: UnitSubmission['status']) => register.units.filter((u) => u.status === status).length;
  main.addRow([
    register.expected === 0 ? text.noneExpected : text.headline(register.reported, register.expected, text.rate(register.rate), count('reported'), count('reported-empty'), count('missing')),
  ]);
  unitRows(main, register.units, data, lang);
  if (data.deadline) {
    main.addRow([]);
    main.addRow([text.deadlineLine(data.deadline, lateFiles(data))]);
  }
  main.addRow([]);
  main.addRow([text.receivedNote]).font = { italic: true };

  if (register.unexpected.length > 0) {
    const sheet = workbook.addWorksheet(sheetName(WORDS.unexpectedSheet[lang], used), { views: [{ state: 'frozen', ySplit: 3 }] });
    sheet.addRow([text.unexpectedTitle(register.unexpected.length).replace(/:$/, '')]).font = { bold: true, size: 13 };
    sheet.addRow([]);
    unitRows(sheet, register.unexpected, data, lang);
  }
  if (register.notes.length > 0) {
    const sheet = workbook.addWorksheet(sheetName(WORDS.notesSheet[lang], used), { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.addRow([text.notesTitle.replace(/:$/, '')]).font = { bold: true, size: 13 };
    styleHeader(sheet.addRow([WORDS.file[lang], WORDS.sheet[lang], WORDS.why[lang]]));
    for (const note of register.notes) sheet.addRow([note.file, note.sheet, text.note(note, register.period)]).alignment = { wrapText: true, vertical: 'top' };
    sheet.columns.forEach((column, i) => (column.width = [36, 20, 90][i]));
  }
  await writeAtomic(path, async (tmp) => {
    await workbook.xlsx.writeFile(tmp);
  });
}

function unitRows(sheet: Sheet, units: readonly UnitSubmission[], data: RegisterExport, lang: Lang): void {
  const text = submissionsText(lang);
  const [no, unit, bloc, status, activities, files, received] = text.columns as [string, string, string, string, string, string, string];
  const header = sheet.addRow([no, unit, bloc, status, activities, files, received, ...(data.deadline ? [WORDS.late[lang]] : [])]);
  styleHeader(header);
  header.height = 30;
  units.forEach((u, i) => {
    const first = firstReceived(u.files, data.received);
    const choice = u.bloc ? choiceByKey(UNIT_BLOCS, u.bloc) : undefined;
    const row = sheet.addRow([
      i + 1,
      u.suggestion ? `${u.unit} (${text.didYouMean(u.suggestion)})` : u.unit,
      choice ? (lang === 'vi' ? choice.label : choice.en) : u.bloc,
      text.status(u.status),
      u.status === 'missing' ? null : u.activities,
      u.files.join('\n') || null,
      first ? wallClock(first) : null,
      ...(data.deadline ? [first && localToday(first) > data.deadline ? WORDS.lateYes[lang] : null] : []),
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
    // Neither Excel nor LibreOffice grows a row for wrapped text written by a program: the height is set here.
    row.height = 15 * Math.max(...[1, 2, 3, 5].map((c) => linesIn(String(row.getCell(c + 1).value ?? ''), WIDTHS[c]!)));
    row.getCell(7).numFmt = 'dd/mm/yyyy hh:mm';
    if (u.status === 'missing') row.font = { color: { argb: RED }, bold: true };
  });
  WIDTHS.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}

const WIDTHS = [6, 40, 18, 24, 12, 44, 18, 12];

/** Lines a text takes in a column of `width` characters, each of its own lines wrapped at about that width. */
function linesIn(text: string, width: number): number {
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / (width - 2))), 0);
}


/** Files credited to some unit and modified on a later day than the deadline (the terminal's count). */
function lateFiles({ register, received, deadline }: RegisterExport): number {
  const credited = new Set([...register.units, ...register.unexpected].flatMap((u) => u.files));
  return [...received].filter(([file, time]) => credited.has(file) && deadline !== undefined && localToday(time) > deadline).length;
}

/**
 * exceljs writes a Date's UTC fields as the cell's value: the local clock is moved into
 * them, so the cell reads 10/01/2021 08:30 wherever the workbook is opened.
 */
function wallClock(time: Date): Date {
  return new Date(Date.UTC(time.getFullYear(), time.getMonth(), time.getDate(), time.getHours(), time.getMinutes(), time.getSeconds()));
}
