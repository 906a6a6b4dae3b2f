/** The readable, coloured report of `validate`: findings grouped by file and sheet, then counts. */
import chalk from 'chalk';
import type { LoadResult } from '../dataset/load.js';
import type { RowCounts } from '../dataset/types.js';
import { cellOf, messageOf, suggestionText, type Finding, type Lang } from '../findings/finding.js';
import { integerIn } from '../format/vi.js';
import { t } from './text.js';

export function formatFindings(result: LoadResult, lang: Lang): string {
  const lines: string[] = [];
  const n = (value: number) => integerIn(lang, value);
  const fileNames = [...new Set([...result.files.map((f) => f.file), ...result.findings.map((f) => f.file)])];
  for (const file of fileNames) {
    lines.push(chalk.bold.underline(file));
    const findings = result.findings.filter((f) => f.file === file);
    for (const f of findings.filter((x) => x.sheet === undefined)) lines.push(`  ${formatOne(f, lang)}`);
    const sheetNames = [...new Set([...result.sheets.filter((s) => s.file === file).map((s) => s.sheet), ...findings.flatMap((f) => (f.sheet ? [f.sheet] : []))])];
    for (const sheet of sheetNames) {
      const info = result.sheets.find((s) => s.file === file && s.sheet === sheet);
      const counts = info ? chalk.dim(` — ${t(lang, 'sheetSummary', { rows: n(info.counts.rows), parts: countParts(info.counts, lang) })}`) : '';
      const hidden = info?.hidden ? chalk.yellow(` (${t(lang, 'hiddenSheet')})`) : '';
      lines.push(`  ${t(lang, 'sheet')} "${sheet}"${hidden}${counts}`);
      const inSheet = findings.filter((f) => f.sheet === sheet);
      for (const f of inSheet) lines.push(`    ${formatOne(f, lang)}`);
    }
    const report = result.files.find((f) => f.file === file);
    if (report && report.ignoredSheets.length > 0 && report.ignoredSheets.length < report.sheets) {
      lines.push(chalk.dim(`  ${t(lang, 'ignoredSheets', { names: report.ignoredSheets.map((s) => `"${s}"`).join(', ') })}`));
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function formatOne(f: Finding, lang: Lang): string {
  const cell = (cellOf(f) ?? (f.row !== undefined ? `${lang === 'vi' ? 'dòng' : 'row'} ${f.row}` : '')).padEnd(6);
  const severity = f.severity === 'error' ? chalk.red.bold(t(lang, 'error').padEnd(9)) : chalk.yellow(t(lang, 'warning').padEnd(9));
  const suggestion = suggestionText(f, lang);
  return `${chalk.cyan(cell)} ${severity} ${chalk.dim(f.code.padEnd(20))} ${messageOf(f, lang)}${suggestion ? chalk.green(` → ${suggestion}`) : ''}`;
}

/** "51 dùng được, 2 trống, 1 dòng tổng cộng": the categories that hold rows (used always). */
export function countParts(counts: RowCounts, lang: Lang): string {
  const n = (value: number) => integerIn(lang, value);
  const parts = [t(lang, 'countUsed', { n: n(counts.used) })];
  if (counts.blank) parts.push(t(lang, 'countBlank', { n: n(counts.blank) }));
  if (counts.totals) parts.push(t(lang, 'countTotals', { n: n(counts.totals) }));
  if (counts.headings) parts.push(t(lang, 'countHeadings', { n: n(counts.headings) }));
  if (counts.footer) parts.push(t(lang, 'countFooter', { n: n(counts.footer) }));
  if (counts.rejected) parts.push(t(lang, 'countRejected', { n: n(counts.rejected) }));
  if (counts.hidden) parts.push(t(lang, 'countHidden', { n: n(counts.hidden) }));
  return parts.join(', ');
}

export function totalCounts(result: LoadResult): RowCounts {
  const total: RowCounts = { rows: 0, used: 0, blank: 0, totals: 0, headings: 0, footer: 0, rejected: 0, hidden: 0 };
  for (const s of result.sheets) for (const key of Object.keys(total) as Array<keyof RowCounts>) total[key] += s.counts[key];
  return total;
}

export function summaryLine(result: LoadResult, lang: Lang): string {
  const n = (value: number) => integerIn(lang, value);
  const total = totalCounts(result);
  return t(lang, 'totalSummary', {
    files: n(result.files.length),
    rows: n(total.rows),
    parts: countParts(total, lang),
    errors: n(result.errors),
    warnings: n(result.warnings),
  });
}
