/**
 * The office's own word for a village (the config's `villageTerm`: "bôn", "buôn, bon",
 * "thôn, làng") in the words around the figures: "Số bôn", "Tỷ lệ bôn được kết nghĩa".
 * Only labels are reworded — titles, column heads, the summary's row names — never a cell
 * holding data, where "Thôn 3" is a village's own name. Vietnamese only: English says "village".
 */
import type { Table, TableId } from '../model/table.js';
import type { Lang } from '../messages/render.js';

export const DEFAULT_VILLAGE_TERM = 'thôn, làng';

/** Tables whose first column is labels, not names from the data. */
const LABEL_ROWS: ReadonlySet<TableId> = new Set(['summary', 'infrastructure']);

const capital = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** The text with "thôn, làng", "thôn làng", "Thôn/làng" and "thôn" as words said in the office's term. */
export function sayVillage(text: string, term: string | undefined, lang: Lang): string {
  const word = term?.trim().normalize('NFC');
  if (lang !== 'vi' || !word || word === DEFAULT_VILLAGE_TERM) return text;
  return text.replace(/(?<!\p{L})(thôn|Thôn)(?:,? làng|\/làng)?(?!\p{L})/gu, (_whole, first: string) => (first === 'Thôn' ? capital(word) : word));
}

export function withVillageTerm(table: Table, term: string | undefined, lang: Lang): Table {
  const say = (text: string) => sayVillage(text, term, lang);
  return {
    ...table,
    title: say(table.title),
    columns: table.columns.map((c) => ({ ...c, header: say(c.header) })),
    rows: LABEL_ROWS.has(table.id) ? table.rows.map((row) => row.map((cell, i) => (i === 0 && typeof cell === 'string' ? say(cell) : cell))) : table.rows,
  };
}
