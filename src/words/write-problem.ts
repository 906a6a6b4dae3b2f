/** Why a file could not be written (an `EnvironmentError`), in the words a clerk can act on: system codes stay inside. */
import { extname } from 'node:path';
import type { Lang } from '../findings/finding.js';
import { WRITE_PROBLEMS, OUTPUT } from '../messages/output.js';
import { render, type Text } from '../messages/render.js';

/** The program that usually holds a file of this kind open on an office PC. */
function holder(path: string, lang: Lang): string {
  const ext = extname(path).toLowerCase();
  if (ext === '.docx' || ext === '.doc') return 'Word';
  if (ext === '.pdf') return render(lang, OUTPUT.pdfViewer);
  return 'Excel';
}

export function writeProblem(path: string, code: string, lang: Lang): string {
  const known = code === 'EROFS' ? 'EACCES' : code;
  const text = Object.hasOwn(WRITE_PROBLEMS, known) ? WRITE_PROBLEMS[known as keyof typeof WRITE_PROBLEMS] : WRITE_PROBLEMS.default;
  return render(lang, text as Text, { path, app: holder(path, lang) });
}
