/**
 * The lines `fix` prints for a sheet's changes. A clerk must see the few changes that
 * matter among hundreds of "Không" → "không": label spellings and yes/no forms are one
 * grouped line per (before → after) with a count, and a change that only re-encodes
 * Unicode says so ("(NFD → NFC)") since both sides look the same on screen.
 */
import chalk from 'chalk';
import type { Lang } from '../findings/finding.js';
import type { CellChange } from '../fix/workbook.js';
import { FIX_REASONS as REASON_WORDS } from '../messages/fix.js';
import type { FixReason } from '../fix/cell.js';
import type { Text } from '../messages/render.js';

/** Every reason fix gives has its words (the compiler holds the table to `FixReason`). */
const FIX_REASONS: Record<FixReason, Text> = REASON_WORDS;
import { render } from '../messages/render.js';
import { formatInteger, integerIn, withDecimalComma } from '../format/vi.js';
import { formatVi } from '../values/calendar.js';

const GROUPED: ReadonlySet<CellChange['reason']> = new Set(['choice-label', 'boolean']);
/** Cells named on a grouped line before "…". */
const CELLS_SHOWN = 4;

export function changeLines(changes: readonly CellChange[], lang: Lang): string[] {
  const lines: string[] = [];
  const groups = new Map<string, CellChange[]>();
  for (const change of changes) {
    if (GROUPED.has(change.reason)) {
      const key = `${change.reason}\u0000${change.before}\u0000${change.after}`;
      const list = groups.get(key) ?? [];
      list.push(change);
      groups.set(key, list);
      continue;
    }
    const number = lang === 'vi' ? withDecimalComma(change.after) : change.after;
    const amount = change.reason === 'merge-amount' && /^-?\d+$/.test(change.after) ? (lang === 'vi' ? formatInteger(Number(change.after)) : integerIn('en', Number(change.after))) : undefined;
    const after = change.reason === 'date-text' ? formatVi(change.after) : change.reason === 'number-text' ? number : amount ?? JSON.stringify(change.after);
    const nfd = change.reason === 'nfc' ? ' (NFD → NFC)' : '';
    lines.push(`  ${change.cell.padEnd(6)} ${JSON.stringify(change.before)} → ${chalk.green(after)}${nfd}  ${chalk.dim(render(lang, FIX_REASONS[change.reason]))}`);
  }
  const sorted = [...groups.values()].sort((a, b) => b.length - a.length);
  for (const list of sorted) {
    const first = list[0]!;
    const cells = list.slice(0, CELLS_SHOWN).map((c) => c.cell).join(', ') + (list.length > CELLS_SHOWN ? ', …' : '');
    const count = `×${integerIn(lang, list.length)}`;
    lines.push(`  ${count.padEnd(6)} ${JSON.stringify(first.before)} → ${chalk.green(JSON.stringify(first.after))}  ${chalk.dim(`${render(lang, FIX_REASONS[first.reason])} (${cells})`)}`);
  }
  return lines;
}
