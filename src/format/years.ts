/**
 * A list of years as a Vietnamese office writes it: "2016, 2018–2020" — runs of consecutive
 * years as a span with an en dash, the others listed. The one form for every year list the
 * program shows (terminal, page, report).
 */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}
