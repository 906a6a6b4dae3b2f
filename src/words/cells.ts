/** A table's cell as the terminal, the page and the report write it: Vietnamese number forms, "–" for nothing. */
import type { Lang } from '../findings/finding.js';
import { integerIn, percentIn, withDecimalComma } from '../format/vi.js';
import { percentFixedIn } from '../format/columns.js';
import type { ColumnKind, TableCell } from '../model/table.js';

/** @param decimals of a rate: its column's (columnDecimals); a rate alone is written by the one rounding rule. */
export function formatCell(cell: TableCell, kind: ColumnKind, lang: Lang, decimals?: number): string {
  if (cell !== null && typeof cell === 'object') return formatCell(cell.value, cell.kind, lang);
  if (cell === null) return '–';
  if (typeof cell === 'string') return cell;
  switch (kind) {
    case 'percent':
      return decimals === undefined ? percentIn(lang, cell) : percentFixedIn(lang, cell, decimals);
    case 'year':
      return String(cell);
    case 'number':
      return lang === 'vi' ? withDecimalComma(cell) : String(cell);
    default:
      return integerIn(lang, cell);
  }
}
