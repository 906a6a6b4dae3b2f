/**
 * Outputs that never destroy work: an existing file is overwritten only with --force (a
 * clerk's hand edits to last week's report must not vanish), a folder or a wrong extension
 * is refused before any work, and a failed write is told in plain words, never as a code.
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { UsageError } from '../errors.js';
import type { Lang } from '../findings/finding.js';
import { OUTPUT, WRITE_PROBLEMS } from '../messages/output.js';
import { render, type Text } from '../messages/render.js';

export interface OutputCheck {
  readonly lang: Lang;
  /** --force was given: an existing file may be replaced. */
  readonly force?: boolean;
  /** The extension the file must have, with its dot (".docx"). */
  readonly ext?: string;
  /** How the user named it (shown in messages); the resolved path otherwise. */
  readonly shown?: string;
}

/** Throws a usage error when `path` may not be written as asked. */
export async function checkOutput(path: string, check: OutputCheck): Promise<void> {
  const { lang } = check;
  const shown = check.shown ?? path;
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) {
    const ext = check.ext;
    const example = ext ? render(lang, OUTPUT.folderExample, { name: joinName(shown, render(lang, OUTPUT.exampleName, { ext })) }) : '';
    throw new UsageError(render(lang, OUTPUT.isFolder, { shown, example }));
  }
  const ext = extname(path).toLowerCase();
  if (check.ext && ext !== check.ext) {
    // `-o bao-cao.pdf` asks for a PDF: the report is written as Word, and --pdf adds the PDF.
    const hint = check.ext === '.docx' && ext === '.pdf' ? render(lang, OUTPUT.pdfHint, { docx: shown.replace(/\.pdf$/i, '.docx') }) : '';
    throw new UsageError(render(lang, OUTPUT.wrongExtension, { ext: check.ext, shown, hint }));
  }
  if (info && !check.force) throw new UsageError(render(lang, OUTPUT.exists, { shown }));
}

function joinName(folder: string, name: string): string {
  return /[\\/]$/.test(folder) ? `${folder}${name}` : `${folder}${folder.includes('\\') ? '\\' : '/'}${name}`;
}

/** The program that usually holds a file of this kind open on an office PC. */
function holder(path: string, lang: Lang): string {
  const ext = extname(path).toLowerCase();
  if (ext === '.docx' || ext === '.doc') return 'Word';
  if (ext === '.pdf') return render(lang, OUTPUT.pdfViewer);
  return 'Excel';
}

/** Why a file could not be written, in the words a clerk can act on (system codes stay inside). */
export function writeProblem(path: string, code: string, lang: Lang): string {
  const known = code === 'EROFS' ? 'EACCES' : code;
  const text = Object.hasOwn(WRITE_PROBLEMS, known) ? WRITE_PROBLEMS[known as keyof typeof WRITE_PROBLEMS] : WRITE_PROBLEMS.default;
  return render(lang, text as Text, { path, app: holder(path, lang) });
}
