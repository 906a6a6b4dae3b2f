/**
 * .docx → .pdf with LibreOffice when it is installed. A private profile folder lets it run
 * beside an open LibreOffice and in CI without a home directory.
 */
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, win32 } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runQuietly } from '../util/child.js';
import { PDF } from '../messages/report.js';
import { inBoth, type Text } from '../messages/render.js';

export type PdfResult = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly message: Text };

/**
 * Where LibreOffice may be: on PATH, and where its installers put it — Windows does not add
 * it to PATH (Program Files\LibreOffice\program\soffice.exe), nor does macOS.
 */
export function sofficeCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.ProgramW6432, 'C:\\Program Files', 'C:\\Program Files (x86)'];
    const installed = roots.filter((root): root is string => Boolean(root)).map((root) => win32.join(root, 'LibreOffice', 'program', 'soffice.exe'));
    return ['soffice', ...new Set(installed)];
  }
  if (platform === 'darwin') return ['soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];
  return ['soffice', 'libreoffice'];
}

export async function findSoffice(): Promise<string | undefined> {
  for (const candidate of sofficeCandidates()) {
    if ((await runQuietly(candidate, ['--version'], 30_000)).ok) return candidate;
  }
  return undefined;
}

export async function convertToPdf(docx: string): Promise<PdfResult> {
  const soffice = await findSoffice();
  if (!soffice) {
    return {
      ok: false,
      message: inBoth(PDF.noLibreOffice),
    };
  }
  const profile = await mkdtemp(join(tmpdir(), 'ketnghia-lo-'));
  // Converted beside the target, then renamed: the PDF appears whole or not at all.
  const work = await mkdtemp(join(dirname(docx), '.ketnghia-pdf-'));
  try {
    const converted = await runQuietly(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], 180_000);
    if (!converted.ok) return { ok: false, message: inBoth(PDF.failed, { reason: converted.reason === 'timeout' ? inBoth(PDF.timeout, { time: converted.detail }) : firstLine(converted.detail) }) };
    const produced = join(work, basename(docx).replace(/\.docx$/i, '') + '.pdf');
    const target = join(dirname(docx), basename(produced));
    await rename(produced, target);
    return { ok: true, path: target };
  } catch (error) {
    return { ok: false, message: inBoth(PDF.failed, { reason: firstLine(error instanceof Error ? error.message : String(error)) }) };
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}

const firstLine = (text: string): string => text.split('\n')[0] ?? '';
