/**
 * Outputs that never destroy work: an existing file is overwritten only with --force (a
 * clerk's hand edits to last week's report must not vanish), and a folder or a wrong
 * extension is refused before any work. The refusals are coded: the face words them.
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { CodedUsageError } from '../errors.js';
import { OUTPUT } from '../messages/output.js';
import { render, type Text } from '../messages/render.js';

export interface OutputCheck {
  /** --force was given: an existing file may be replaced. */
  readonly force?: boolean;
  /** The extension the file must have, with its dot (".docx"). */
  readonly ext?: string;
  /** How the user named it (shown in messages); the resolved path otherwise. */
  readonly shown?: string;
}

/** Throws a usage error when `path` may not be written as asked. */
export async function checkOutput(path: string, check: OutputCheck): Promise<void> {
  const shown = check.shown ?? path;
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) {
    const ext = check.ext;
    // The example names a file in the folder, in each language.
    const example = (lang: 'vi' | 'en') => (ext ? render(lang, OUTPUT.folderExample, { name: joinName(shown, render(lang, OUTPUT.exampleName, { ext })) }) : '');
    throw new CodedUsageError(OUTPUT.isFolder, { shown, example: { vi: example('vi'), en: example('en') } satisfies Text });
  }
  const ext = extname(path).toLowerCase();
  if (check.ext && ext !== check.ext) {
    // `-o bao-cao.pdf` asks for a PDF: the report is written as Word, and --pdf adds the PDF.
    const hint = check.ext === '.docx' && ext === '.pdf' ? OUTPUT.pdfHint : undefined;
    const docx = shown.replace(/\.pdf$/i, '.docx');
    const said = (lang: 'vi' | 'en') => (hint ? render(lang, hint, { docx }) : '');
    throw new CodedUsageError(OUTPUT.wrongExtension, { ext: check.ext, shown, hint: { vi: said('vi'), en: said('en') } satisfies Text });
  }
  if (info && !check.force) throw new CodedUsageError(OUTPUT.exists, { shown });
}

function joinName(folder: string, name: string): string {
  return /[\\/]$/.test(folder) ? `${folder}${name}` : `${folder}${folder.includes('\\') ? '\\' : '/'}${name}`;
}
