/**
 * "có N cảnh báo (…) — xem `ketnghia validate`": what stats, coverage and report say on
 * stderr when they go on despite warnings (SPEC §4). The kinds that can change a figure
 * are named first: an outlier of 5 tỷ in one row moves the total, and the clerk must hear it.
 */
import type { FindingCode } from '../findings/catalogue.js';
import { CATALOGUE } from '../findings/catalogue.js';
import type { Finding, Lang } from '../findings/finding.js';
import { integerIn } from '../format/vi.js';
import { render } from '../messages/render.js';
import { RUN } from '../messages/run.js';
import { CLI } from '../messages/cli.js';

/** Most important first; codes not listed follow in catalogue order. */
const IMPORTANCE: readonly FindingCode[] = ['outlier', 'master-mismatch', 'totals-mismatch', 'merged-amount', 'duplicate-row', 'not-paired', 'legacy-encoding', 'column-unknown'];

const SHOWN = 3;

export interface WarningCount {
  readonly code: FindingCode;
  readonly count: number;
}

function warningCounts(findings: readonly Finding[]): WarningCount[] {
  const counts = new Map<FindingCode, number>();
  for (const f of findings) if (f.severity === 'warning') counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  const rank = (code: FindingCode) => {
    const i = IMPORTANCE.indexOf(code);
    return i < 0 ? IMPORTANCE.length + Object.keys(CATALOGUE).indexOf(code) : i;
  };
  return [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => rank(a.code) - rank(b.code));
}

export function warningsNote(findings: readonly Finding[], lang: Lang): string | undefined {
  const counts = warningCounts(findings);
  if (counts.length === 0) return undefined;
  const total = counts.reduce((n, c) => n + c.count, 0);
  const n = (x: number) => integerIn(lang, x);
  const named = counts.slice(0, SHOWN).map((c) => `${n(c.count)} ${render(lang, CATALOGUE[c.code].title)}`);
  if (counts.length > SHOWN) named.push('…');
  return render(lang, RUN.warnings, { total: n(total), named: named.join('; ') });
}

/**
 * The files left out (`file-skipped`), named on one line: stats, coverage and report show no
 * findings one by one, and a PDF dropped beside the workbooks must not vanish without a word.
 */
export function skippedNote(findings: readonly Finding[], lang: Lang): string | undefined {
  const files = findings.filter((f) => f.code === 'file-skipped').map((f) => f.file);
  if (files.length === 0) return undefined;
  const shown = files.length > SHOWN ? [...files.slice(0, SHOWN), '…'] : files;
  return render(lang, CLI.skippedTemp, { count: integerIn(lang, files.length), files: shown.join(', ') });
}
