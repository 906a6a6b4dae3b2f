/**
 * Input cleaning (NFC text, finite numbers, year order) and label texts for the charts. Label
 * numbers use the report's formatters (src/format/vi.ts) so a chart matches the table beside it.
 */
import { formatInteger, formatNumber } from '../../format/vi.js';
import { measureText } from './fonts.js';

export function isOther(label: string): boolean {
  return /^(khác|các hoạt động khác|hoạt động khác)$/i.test(label);
}

export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** A figure a chart can draw: null, NaN and infinities count as 0. */
export function finite(value: number | null): number {
  return value !== null && Number.isFinite(value) ? value : 0;
}

/** Years ascending, numerically when they are numbers ("2019" < "2020", "2020-2021" after "2020"). */
export function sortYears(years: string[]): string[] {
  return [...years].sort((a, b) => {
    const na = Number.parseFloat(a);
    const nb = Number.parseFloat(b);
    if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

/**
 * Word-wraps a label to lines of at most `maxWidth` px (DejaVu Sans metrics), joined with "\n";
 * the axis splits them again. A single word longer than the width stays whole (the axis truncates it).
 */
export function wrapLabel(label: string, maxWidth: number, fontSize: number, bold = false): string {
  const item = { fontSize, fontWeight: bold ? 'bold' : 'normal' };
  if (measureText(item, label) <= maxWidth) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measureText(item, candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** Millions of đồng for a bar label: whole millions when ≥ 100, else up to one decimal ("12,5"). */
export function formatMillions(value: number): string {
  return Math.abs(value) >= 100 ? formatInteger(value) : formatNumber(value, 1);
}
