/**
 * What one `ketnghia serve` holds between requests: the temporary folder the uploads and
 * outputs live in, the list of uploaded files, the one step allowed to run at a time and
 * its progress, and the outputs the page may download (by the names the server chose).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import type { LoadResult, Progress } from '../dataset/load.js';
import type { SkippedFile } from '../cli/inputs.js';
import { busyMessage, MESSAGES, PageError, stepName, type Step } from './text.js';

export interface ProgressState {
  readonly step: Step;
  readonly file?: string;
  /** 0..1 of the current file's bytes, when known. */
  readonly fraction?: number;
  readonly rows?: number;
}

export interface Output {
  readonly path: string;
  readonly type: string;
  /** Shown in the page (a chart) rather than saved. */
  readonly inline?: boolean;
}

export class Session {
  /** Uploaded files as paths relative to uploadDir, in the order received. */
  files: string[] = [];
  /** Files of a chosen folder the page did not send (lock files, PDFs…), named in the check as the CLI names them. */
  skipped: SkippedFile[] = [];
  uploadedBytes = 0;
  /** A batch of uploads is under way: other steps wait for its check. */
  uploading = false;
  /** The names received in the batch under way: a name met twice in one batch is a second file. */
  private batch = new Set<string>();
  progress: ProgressState | undefined;
  /** The last check, for the annotated copies and for the figures' error message. */
  lastLoad: LoadResult | undefined;
  readonly outputs = new Map<string, Output>();

  private constructor(readonly root: string) {}

  static async create(): Promise<Session> {
    const session = new Session(await mkdtemp(join(tmpdir(), 'ketnghia-serve-')));
    await session.clear();
    return session;
  }

  get uploadDir(): string {
    return join(this.root, 'tep');
  }

  get outDir(): string {
    return join(this.root, 'ket-qua');
  }

  /** Everything uploaded and made so far goes (the page's «Bỏ hết»). */
  async clear(): Promise<void> {
    await rm(this.uploadDir, { recursive: true, force: true });
    await rm(this.outDir, { recursive: true, force: true });
    await mkdir(this.uploadDir, { recursive: true });
    await mkdir(this.outDir, { recursive: true });
    this.files = [];
    this.skipped = [];
    this.uploadedBytes = 0;
    this.lastLoad = undefined;
    this.outputs.clear();
    this.batch.clear();
  }

  /**
   * A new batch adds to the files already there (the master chosen from one folder, the
   * inbox from another); what was computed from the old set is dropped.
   */
  async beginBatch(): Promise<void> {
    await rm(this.outDir, { recursive: true, force: true });
    await mkdir(this.outDir, { recursive: true });
    this.outputs.clear();
    this.lastLoad = undefined;
    this.uploadedBytes = 0;
    this.batch.clear();
  }

  /** Records a file received; a name chosen again in a later batch replaced the earlier file. */
  received(full: string): void {
    const name = this.relativeUpload(full);
    this.batch.add(name);
    if (!this.files.includes(name)) this.files.push(name);
  }

  /** Files of the folder just chosen that were not sent; a name already listed is listed once. */
  skip(list: unknown): void {
    if (!Array.isArray(list)) throw new PageError(400, MESSAGES.badJson);
    for (const item of list as Array<{ file?: unknown; reason?: unknown }>) {
      const file = typeof item?.file === 'string' ? item.file.normalize('NFC').slice(0, 500) : '';
      const reason = item?.reason;
      if (file === '' || (reason !== 'lock' && reason !== 'not-workbook')) throw new PageError(400, MESSAGES.badJson);
      if (!this.skipped.some((s) => s.file === file)) this.skipped.push({ file, reason });
    }
  }

  /** One file taken off the list (and off the disk); false when no such file was uploaded. */
  async remove(name: string): Promise<boolean> {
    const index = this.files.indexOf(name);
    if (index < 0) return false;
    await rm(join(this.uploadDir, ...name.split('/')), { force: true });
    this.files.splice(index, 1);
    await this.beginBatch();
    return true;
  }

  async dispose(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }

  get busy(): boolean {
    return this.progress !== undefined;
  }

  /** Runs one long step; a second one while it runs is refused with a message saying which. */
  async run<T>(step: Step, work: (onProgress: (p: Progress) => void) => Promise<T>): Promise<T> {
    if (this.progress) throw new PageError(409, busyMessage(this.progress.step));
    if (this.uploading && step !== 'check') throw new PageError(409, busyMessage('upload'));
    this.progress = { step };
    try {
      return await work((p) => {
        this.progress = { step, file: p.file, rows: p.rowsRead, ...(p.bytesExpected > 0 ? { fraction: Math.min(1, p.bytesRead / p.bytesExpected) } : {}) };
      });
    } finally {
      this.progress = undefined;
    }
  }

  /** The path an upload named `name` is stored at, inside uploadDir whatever the name says. */
  uploadTarget(name: string): string {
    const rel = safeRelative(name);
    if (rel === undefined) throw new PageError(400, `Tên tệp không hợp lệ: "${name.slice(0, 200)}".`);
    let candidate = rel;
    // The same name again in a later batch is the same file chosen again (or its corrected
    // copy): it replaces the earlier one. Twice in one batch, the second is another file.
    for (let n = 2; this.batch.has(candidate); n++) candidate = rel.replace(/(\.[^./]+)?$/, (ext) => `-${n}${ext}`);
    const full = resolve(this.uploadDir, candidate);
    if (!full.startsWith(this.uploadDir + sep)) throw new PageError(400, `Tên tệp không hợp lệ: "${name.slice(0, 200)}".`);
    return full;
  }

  relativeUpload(full: string): string {
    return relative(this.uploadDir, full).split(sep).join('/');
  }

  describeProgress(): { busy: boolean; text: string; fraction?: number } {
    const p = this.progress;
    if (!p) return { busy: false, text: '' };
    const where = p.file ? `: ${p.file}${p.rows ? ` (${p.rows.toLocaleString('vi-VN')} dòng)` : ''}` : '';
    return { busy: true, text: `${stepName(p.step)}${where}…`, ...(p.fraction !== undefined ? { fraction: p.fraction } : {}) };
  }
}

/**
 * A browser-given name ("thu-muc/tep.xlsx") as a safe relative path: no "..", no absolute
 * part, no characters Windows refuses; undefined when nothing usable is left.
 */
function safeRelative(name: string): string | undefined {
  const parts = name
    .normalize('NFC')
    .split(/[\\/]+/)
    .filter((p) => p !== '' && p !== '.');
  if (parts.length === 0 || parts.length > 32) return undefined;
  // eslint-disable-next-line no-control-regex
  if (parts.some((p) => p === '..' || /[\u0000-\u001f<>:"|?*]/.test(p) || p.length > 200)) return undefined;
  return parts.join('/');
}

/**
 * The order the CLI reads a folder in (each level's entries by name): the browser sends files
 * in any order, and the order decides which of two copies of a report is kept.
 */
export function walkOrder(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const order = x[i]!.localeCompare(y[i]!);
    if (order !== 0) return order;
  }
  return x.length - y.length;
}
