/** Indicator tables on the terminal: Vietnamese number forms, numbers right-aligned. */
import chalk from 'chalk';
import Table from 'cli-table3';
import type { Lang } from '../findings/finding.js';
import { columnDecimals } from '../format/columns.js';
import type { Table as IndicatorTable } from '../model/table.js';
import { formatCell } from '../words/cells.js';

export { formatCell };
import { STATS_RUN } from '../messages/commands.js';
import { render } from '../messages/render.js';
import { fitColumns } from './fit-columns.js';

export function renderTable(table: Omit<IndicatorTable, 'id'>, lang: Lang, terminal: boolean): string {
  // cli-table3 colours borders by itself: only on a terminal, and never under NO_COLOR (chalk.level 0).
  const color = terminal && chalk.level > 0;
  const bold = (s: string) => (color ? chalk.bold(s) : s);
  // One precision per rate column (rows and total): 7,10% beside 42,37%.
  const decimals = columnDecimals(table);
  const cells = table.rows.map((row) => row.map((cell, i) => formatCell(cell, table.columns[i]!.kind, lang, decimals[i])));
  const total = table.total ? [table.total.map((cell, i) => formatCell(cell, table.columns[i]!.kind, lang, decimals[i]))] : [];
  // Fitted to the console before the table is drawn: the header is the first row measured.
  const fitted = fitColumns([table.columns.map((c) => c.header), ...cells, ...total], table.columns.map((c) => c.kind === 'text'));
  const [head, ...body] = fitted.rows;
  const output = new Table({
    head: head!.map(bold),
    colAligns: table.columns.map((c) => (c.kind === 'text' ? 'left' : 'right')),
    colWidths: fitted.widths.map((w) => w + 2),
    style: { head: [], border: color ? ['grey'] : [], compact: true },
  });
  // A cell wrapped to fit loses its colour; the others keep it.
  for (const row of body.slice(0, cells.length)) output.push(row);
  if (table.total) output.push(body[cells.length]!.map(bold));
  const empty = table.rows.length === 0 ? `\n${render(lang, STATS_RUN.none)}` : '';
  return `${bold(table.title)}\n${table.rows.length === 0 ? '' : output.toString()}${empty}\n`;
}
