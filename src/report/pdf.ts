/**
 * .docx → .pdf with LibreOffice when it is installed. A private profile folder lets it run
 * beside an open LibreOffice and in CI without a home directory.
 */
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang } from '../findings/finding.js';
import { runQuietly } from '../util/child.js';

export type PdfResult = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly message: string };

export async function findSoffice(): Promise<string | undefined> {
  for (const candidate of ['soffice', 'libreoffice']) {
    if ((await runQuietly(candidate, ['--version'], 30_000)).ok) return candidate;
  }
  return undefined;
}

export async function convertToPdf(docx: string, lang: Lang): Promise<PdfResult> {
  const soffice = await findSoffice();
  const vi = lang === 'vi';
  if (!soffice) {
    return {
      ok: false,
      message: vi
        ? 'Không tạo được PDF: máy chưa cài LibreOffice (lệnh soffice). Tệp .docx đã được ghi; cài LibreOffice (ví dụ: apt-get install libreoffice-writer-nogui) rồi chạy lại với --pdf.'
        : 'No PDF: LibreOffice (soffice) is not installed. The .docx was written; install LibreOffice (e.g. apt-get install libreoffice-writer-nogui) and run again with --pdf.',
    };
  }
  const profile = await mkdtemp(join(tmpdir(), 'ketnghia-lo-'));
  // Converted beside the target, then renamed: the PDF appears whole or not at all.
  const work = await mkdtemp(join(dirname(docx), '.ketnghia-pdf-'));
  try {
    const converted = await runQuietly(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], 180_000);
    if (!converted.ok) throw new Error(converted.reason === 'timeout' ? (vi ? `quá ${converted.detail} chưa xong` : `not done after ${converted.detail}`) : converted.detail);
    const produced = join(work, basename(docx).replace(/\.docx$/i, '') + '.pdf');
    const target = join(dirname(docx), basename(produced));
    await rename(produced, target);
    return { ok: true, path: target };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, message: vi ? `LibreOffice không chuyển được sang PDF: ${reason}` : `LibreOffice could not convert to PDF: ${reason}` };
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}
