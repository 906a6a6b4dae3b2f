/** The readable, coloured report of `validate`: findings grouped by file and sheet, then counts. */
import chalk from 'chalk';
import type { LoadResult } from '../dataset/load.js';
import type { RowCounts } from '../dataset/types.js';
import { cellOf, messageOf, suggestionText, type Finding, type Lang } from '../findings/finding.js';
import { integerIn } from '../format/vi.js';
import { CLI } from '../messages/cli.js';
import { render } from '../messages/render.js';
import { VALIDATE_RUN } from '../messages/commands.js';

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
      const counts = info ? chalk.dim(` — ${render(lang, CLI.sheetSummary, { rows: n(info.counts.rows), parts: countParts(info.counts, lang) })}`) : '';
      const hidden = info?.hidden ? chalk.yellow(` (${render(lang, CLI.hiddenSheet)})`) : '';
      lines.push(`  ${render(lang, CLI.sheet)} "${sheet}"${hidden}${counts}`);
      const inSheet = findings.filter((f) => f.sheet === sheet);
      for (const f of inSheet) lines.push(`    ${formatOne(f, lang)}`);
    }
    const report = result.files.find((f) => f.file === file);
    if (report && report.ignoredSheets.length > 0 && report.ignoredSheets.length < report.sheets) {
      lines.push(chalk.dim(`  ${render(lang, CLI.ignoredSheets, { names: report.ignoredSheets.map((s) => `"${s}"`).join(', ') })}`));
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function formatOne(f: Finding, lang: Lang): string {
  const cell = (cellOf(f) ?? (f.row !== undefined ? render(lang, VALIDATE_RUN.row, { row: f.row }) : '')).padEnd(6);
  const severity = f.severity === 'error' ? chalk.red.bold(render(lang, CLI.error).padEnd(9)) : chalk.yellow(render(lang, CLI.warning).padEnd(9));
  const suggestion = suggestionText(f, lang);
  return `${chalk.cyan(cell)} ${severity} ${chalk.dim(f.code.padEnd(20))} ${messageOf(f, lang)}${suggestion ? chalk.green(` → ${suggestion}`) : ''}`;
}

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

export function totalCounts(result: LoadResult): RowCounts {
  const total: RowCounts = { rows: 0, used: 0, blank: 0, totals: 0, headings: 0, footer: 0, rejected: 0, hidden: 0 };
  for (const s of result.sheets) for (const key of Object.keys(total) as Array<keyof RowCounts>) total[key] += s.counts[key];
  return total;
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
