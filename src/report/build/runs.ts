/** Inline runs → docx TextRuns, with the block's flags applied on top. */
import { TextRun } from 'docx';
import type { Run } from '../inline.js';
import type { Flags } from '../markup.js';

export function textRuns(runs: readonly Run[], flags: Flags = {}, size?: number): TextRun[] {
  const pt = flags.size ?? size;
  return runs.map(
    (run) =>
      new TextRun({
        text: run.text,
        bold: run.bold === true || flags.bold === true,
        italics: run.italic === true || flags.italic === true,
        ...(run.underline || flags.underline ? { underline: {} } : {}),
        ...(pt ? { size: pt * 2 } : {}),
      }),
  );
}
