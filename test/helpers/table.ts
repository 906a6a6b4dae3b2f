/**
 * A console table (cli-table3, fitted to 120 columns) read back as rows of cells: a cell
 * wrapped over several lines is joined again without its spaces, so tests compare cells
 * whatever the width of their column.
 */
export function tableRows(text: string): string[][] {
  const rows: string[][] = [];
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (!line.startsWith('│')) {
      current = undefined;
      continue;
    }
    const cells = line.split('│').slice(1, -1).map((c) => c.trim());
    // A new row starts where its first cell (the number) is written; a continuation line has it blank.
    if (current && cells[0] === '') cells.forEach((c, i) => (current![i] += c));
    else rows.push((current = cells));
  }
  return rows.map((row) => row.map((c) => c.replace(/\s+/g, '')));
}

/** The row whose cells include all of these (compared without spaces). */
export function rowWith(text: string, ...cells: string[]): string[] | undefined {
  const wanted = cells.map((c) => c.replace(/\s+/g, ''));
  return tableRows(text).find((row) => wanted.every((w) => row.includes(w)));
}
