/**
 * The page's words for what a run found on the way (app/prepare.ts's coded notes): the same
 * facts the terminal tells, named as the page names them — the box «Bỏ qua các dòng có lỗi»,
 * the boxes «Từ» and «Đến», step 2 — never a command line.
 */
import type { Prepared, PrepareNote } from '../app/prepare.js';
import { keptSentence } from '../words/resubmission.js';
import { integerIn } from '../format/vi.js';
import { yearRanges } from '../format/years.js';
import { render, type Messages } from '../messages/render.js';
import { RUN } from '../messages/run.js';
import { formatVi } from '../values/calendar.js';
import { yearsOf } from '../values/period.js';
import { warningsNote } from '../words/warnings.js';
import { MESSAGES } from './text.js';

const PAGE_RUN = {
  leftOut: {
    vi: 'Bỏ qua các dòng có lỗi: đã bỏ qua {rows} dòng có lỗi{unreadable} ({errors} lỗi; xem bước 2).',
    en: 'Leave out the rows with errors: left out {rows} rows with errors{unreadable} ({errors} errors; see step 2).',
  },
  periodEmpty: {
    vi: 'Các tệp không có số liệu nào trong kỳ {span}; số liệu có các năm: {held}. Hãy chọn kỳ trong các năm đó (ô «Từ» và ô «Đến»).',
    en: 'The files hold no data for the period {span}; the data cover: {held}. Choose a period within those years (the boxes «From» and «To»).',
  },
  warnings: { vi: 'Có {total} cảnh báo ({named}) — xem bước 2.', en: 'There are {total} warnings ({named}) — see step 2.' },
  skipped: { vi: 'Bỏ qua {count} tệp tạm (tệp khóa Excel tạo khi sổ tính đang mở, tệp tạm): {files}', en: 'Skipped {count} temporary file{count:s} (Excel owner files of open workbooks, temporary files): {files}' },
} as const satisfies Messages;

/** One note as the page says it; the stop on errors is said by the step that stopped (`whyStopped`). */
function noteText(note: PrepareNote, prepared: Prepared): string[] {
  const { load } = prepared;
  const n = (x: number) => integerIn('vi', x);
  switch (note.kind) {
    case 'stopped':
      return [];
    case 'left-out':
      return [
        ...load.resubmissions.map((r) => keptSentence(r, 'vi')),
        render('vi', PAGE_RUN.leftOut, {
          rows: n(note.rows),
          unreadable: note.unreadable ? render('vi', RUN.unreadableFiles, { files: n(note.unreadable) }) : '',
          errors: n(note.errors),
        }),
      ];
    case 'no-data':
      return [MESSAGES.noData];
    case 'period-data': {
      const { data, period } = note;
      const span = `${formatVi(period.from)}–${formatVi(period.to)}`;
      if (data.kind === 'none') return [render('vi', PAGE_RUN.periodEmpty, { span, held: yearRanges(data.held) })];
      if (data.missing.length === yearsOf(period).length) return [render('vi', RUN.periodPairingsOnly, { span })];
      return [render('vi', RUN.periodPartly, { span, missing: yearRanges(data.missing) })];
    }
    case 'warnings': {
      const text = warningsNote(load.findings, 'vi', PAGE_RUN.warnings);
      return text ? [text] : [];
    }
  }
}

/** The run's notes as the page's sentences, in order. */
export function runNotes(prepared: Prepared): string[] {
  return prepared.said.flatMap((note) => noteText(note, prepared));
}

/** The temporary files an upload held, left out. */
export function skippedNote(skipped: readonly string[]): string {
  const shown = skipped.length > 3 ? [...skipped.slice(0, 3), '…'] : skipped;
  return render('vi', PAGE_RUN.skipped, { count: skipped.length, files: shown.join(', ') });
}

/** Why a step that needs the data stopped: errors not allowed, no usable row, or no data in the period. */
export function whyStopped(prepared: Prepared): string {
  if (prepared.said.some((note) => note.kind === 'stopped')) return MESSAGES.dataErrors;
  return runNotes(prepared).at(-1) ?? MESSAGES.noData;
}
