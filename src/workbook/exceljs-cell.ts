/**
 * exceljs cell values as plain cells, for `fix`, which reads the whole workbook with exceljs
 * because it writes it back. The same shapes as the streaming reader gives (./sheet-xml.ts),
 * so that `fix` plans its changes on the rows `validate` saw.
 */
import { encodingOfFont } from '../text/legacy.js';
import type { RawCell, RawValue } from './raw.js';

export interface ExcelCell {
  readonly value: unknown;
  readonly style?: { font?: { name?: string } };
}

/** One exceljs cell value as a plain value; undefined for an empty cell. */
export function convertCell(cell: ExcelCell, col: number): RawCell | undefined {
  const value = convertValue(cell.value);
  if (value === undefined) return undefined;
  if (value.t === 's' && value.font === undefined) {
    // Only a legacy font (.VnTime, VNI-Times) says anything about the text; others are not carried.
    const font = cell.style?.font?.name;
    if (font !== undefined && encodingOfFont(font) !== undefined) return { col, value: { ...value, font } };
  }
  return { col, value };
}

function convertValue(value: unknown): RawValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : { t: 'n', v: value };
  if (typeof value === 'string') return value === '' ? undefined : { t: 's', v: value };
  if (typeof value === 'boolean') return { t: 'b', v: value };
  if (value instanceof Date) return { t: 'd', v: value };
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if ('error' in object) return { t: 'e', v: String(object.error) };
    if ('richText' in object && Array.isArray(object.richText)) {
      const runs = object.richText as Array<{ text?: string; font?: { name?: string } }>;
      const text = runs.map((r) => r.text ?? '').join('');
      const font = runs.find((r) => r.font?.name && encodingOfFont(r.font.name))?.font?.name;
      return text === '' ? undefined : { t: 's', v: text, ...(font ? { font } : {}) };
    }
    if ('formula' in object || 'sharedFormula' in object) {
      const formula = String(object.formula ?? object.sharedFormula ?? '');
      const result = object.result;
      // A missing cached value arrives as a formula without a result: the cell has no value
      // we can use, and says which formula was never calculated.
      if (result === undefined || (typeof result === 'number' && Number.isNaN(result))) return { t: 'e', v: `=${formula}`, formula: true };
      if (result !== null && typeof result === 'object' && 'error' in (result as object)) {
        return { t: 'e', v: String((result as { error: unknown }).error), formula: true };
      }
      const inner = convertValue(result);
      return inner ? { ...inner, formula: true } : undefined;
    }
    if ('text' in object) return convertValue(object.text);
    if ('sharedString' in object) return undefined;
  }
  return undefined;
}
