/** A table's cell as the terminal, the page and the report write it: Vietnamese number forms, "–" for nothing. */
import type { Lang } from '../findings/finding.js';
import { integerIn, percentIn, withDecimalComma } from '../format/vi.js';
import type { ColumnKind, TableCell } from '../indicators/tables.js';

export function formatCell(cell: TableCell, kind: ColumnKind, lang: Lang): string {
  if (cell !== null && typeof cell === 'object') return formatCell(cell.value, cell.kind, lang);
  if (cell === null) return '–';
  if (typeof cell === 'string') return cell;
  switch (kind) {
    case 'percent':
      return percentIn(lang, cell);
    case 'year':
      return String(cell);
    case 'number':
      return lang === 'vi' ? withDecimalComma(cell) : String(cell);
    default:
      return integerIn(lang, cell);
  }
}
