/** The readable, coloured report of `validate`: findings grouped by file and sheet, then counts. */
import chalk from 'chalk';
import type { LoadResult } from '../dataset/load.js';
import { cellOf, messageOf, suggestionText, type Finding, type Lang } from '../findings/finding.js';
import { integerIn } from '../format/vi.js';
import { countParts } from '../words/counts.js';
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
