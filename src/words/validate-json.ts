/** `validate --json` (SPEC §3), the same for the terminal and the page: counts, and each finding in the language asked for. */
import type { LoadResult } from '../dataset/load.js';
import type { RowCounts } from '../model/types.js';
import { toJson, type FindingJson, type Lang } from '../findings/finding.js';
import { namesNotChecked, totalCounts } from '../app/validate.js';

export interface ValidateJson {
  valid: boolean;
  /** The row counts (RowCounts) of all sheets together, and of each sheet. */
  summary: RowCounts & {
    files: number;
    errors: number;
    warnings: number;
    stoppedEarly: boolean;
    /** Lists that were not given, so the names they hold were not checked (only when some). */
    namesNotChecked?: Array<'villages' | 'units'>;
    sheets: Array<RowCounts & { file: string; sheet: string; kind: string; headerRow: number; hiddenSheet?: true }>;
  };
  issues: FindingJson[];
}

export function validateJson(result: { readonly load: LoadResult; readonly valid: boolean }, lang: Lang): ValidateJson {
  const { load } = result;
  const total = totalCounts(load);
  return {
    valid: result.valid,
    summary: {
      files: load.files.length,
      rows: total.rows,
      errors: load.errors,
      warnings: load.warnings,
      used: total.used,
      blank: total.blank,
      totals: total.totals,
      headings: total.headings,
      footer: total.footer,
      rejected: total.rejected,
      hidden: total.hidden,
      stoppedEarly: load.stoppedEarly,
      ...(namesNotChecked(load).length > 0 ? { namesNotChecked: namesNotChecked(load) } : {}),
      sheets: load.sheets.map((s) => ({ file: s.file, sheet: s.sheet, kind: s.kind, headerRow: s.headerRow, ...s.counts, ...(s.hidden ? { hiddenSheet: true as const } : {}) })),
    },
    issues: load.findings.map((f) => toJson(f, lang)),
  };
}
