/** Row counts in words, for the terminal and the page alike: "51 dùng được, 2 trống" and the run's summary line. */
import type { LoadResult } from '../dataset/load.js';
import type { RowCounts } from '../model/types.js';
import type { Lang } from '../findings/finding.js';
import { integerIn } from '../format/vi.js';
import { CLI } from '../messages/cli.js';
import { render } from '../messages/render.js';
import { totalCounts } from '../app/validate.js';

/** "51 dùng được, 2 trống, 1 dòng tổng cộng": the categories that hold rows (used always). */
export function countParts(counts: RowCounts, lang: Lang): string {
  const n = (value: number) => integerIn(lang, value);
  const parts = [render(lang, CLI.countUsed, { n: n(counts.used) })];
  if (counts.blank) parts.push(render(lang, CLI.countBlank, { n: n(counts.blank) }));
  if (counts.totals) parts.push(render(lang, CLI.countTotals, { n: n(counts.totals) }));
  if (counts.headings) parts.push(render(lang, CLI.countHeadings, { n: n(counts.headings) }));
  if (counts.footer) parts.push(render(lang, CLI.countFooter, { n: n(counts.footer) }));
  if (counts.rejected) parts.push(render(lang, CLI.countRejected, { n: n(counts.rejected) }));
  if (counts.hidden) parts.push(render(lang, CLI.countHidden, { n: n(counts.hidden) }));
  return parts.join(', ');
}

export function summaryLine(result: LoadResult, lang: Lang): string {
  const n = (value: number) => integerIn(lang, value);
  const total = totalCounts(result);
  return render(lang, CLI.totalSummary, {
    files: n(result.files.length),
    rows: n(total.rows),
    parts: countParts(total, lang),
    errors: n(result.errors),
    warnings: n(result.warnings),
  });
}
