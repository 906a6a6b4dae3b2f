/**
 * The files the register could not use (SPEC §9): a PDF or a photo sent instead of the
 * workbook, an `.xls`, a file that cannot be read. Each is named with its reason, on the
 * console and in `--json`'s `skipped`, so a unit that did send something is not chased as if
 * it had sent nothing. (Files read but outside the period are the register's `notes`.)
 */
import type { FindingCode } from '../findings/catalogue.js';
import { messageOf, type Finding, type Lang } from '../findings/finding.js';

const UNUSABLE: ReadonlySet<FindingCode> = new Set(['file-skipped', 'file-legacy-format', 'file-unreadable', 'file-too-large', 'no-known-sheet']);

export interface SkippedJson {
  readonly file: string;
  readonly code: FindingCode;
  readonly reason: string;
}

export function skippedFiles(findings: readonly Finding[], lang: Lang): SkippedJson[] {
  return findings.filter((f) => UNUSABLE.has(f.code)).map((f) => ({ file: f.file, code: f.code, reason: messageOf(f, lang) }));
}
