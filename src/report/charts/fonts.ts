/**
 * Font metrics for chart layout: the bundled DejaVu Sans files, a minimal TrueType reader and
 * text measurement. vega uses measureText (see loadVega in ../charts.ts) and the spec builders
 * use it to wrap labels, so layout matches the glyphs that resvg draws.
 *
 * Why our own reader and not a font library: opentype.js 2.0.0 (no dependencies, works
 * offline) gives exactly the same advance widths for Vietnamese labels, but importing it and
 * parsing the two DejaVu files costs about 0.8 s on every `report` (≈0.3 s import, ≈0.25 s
 * per font, measured 2026-11), where this reader takes a few milliseconds; fontkit pulls in
 * nine packages for the same. Layout needs only three tables (head, hhea/hmtx, the BMP cmap),
 * read below; the metrics of each file are read once per process (they are the bundled
 * files', not the run's data).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const FONT_FAMILY = 'DejaVu Sans';

let fontDir: string | undefined;
export function fontFiles(): string[] {
  fontDir ??= join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf'), join(fontDir, 'DejaVuSans-Oblique.ttf')];
}

export interface TextItem {
  fontSize?: number | string;
  fontWeight?: string | number;
}

interface FontMetrics {
  unitsPerEm: number;
  widths: Map<number, number>;
  advance(codePoint: number): number;
}

let regularMetrics: FontMetrics | undefined;
let boldMetrics: FontMetrics | undefined;

export function measureText(item: TextItem, text: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const value = text == null ? '' : String(text).trim();
  if (size <= 0 || !value) return 0;
  const weight = item.fontWeight;
  const bold = weight === 'bold' || weight === 'bolder' || (typeof weight === 'number' && weight >= 600) || (typeof weight === 'string' && Number(weight) >= 600);
  const [regular, boldFile] = fontFiles();
  const metrics = bold ? (boldMetrics ??= parseFont(boldFile!)) : (regularMetrics ??= parseFont(regular!));
  let units = 0;
  for (const ch of value.normalize('NFC')) units += metrics.advance(ch.codePointAt(0)!);
  return (units * size) / metrics.unitsPerEm;
}

/** Minimal TrueType reader: unitsPerEm (head), advance widths (hhea/hmtx), BMP cmap (format 4). */
function parseFont(file: string): FontMetrics {
  const buf = readFileSync(file);
  const tables = new Map<string, number>();
  const numTables = buf.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    tables.set(buf.toString('latin1', rec, rec + 4), buf.readUInt32BE(rec + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`${file}: no ${tag} table`);
    return offset;
  };
  const unitsPerEm = buf.readUInt16BE(table('head') + 18);
  const numberOfHMetrics = buf.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advanceOf = (glyph: number): number => buf.readUInt16BE(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));

  // Unicode BMP subtable (3,1) or (0,x), format 4.
  const cmap = table('cmap');
  let sub = -1;
  for (let i = 0, n = buf.readUInt16BE(cmap + 2); i < n; i++) {
    const rec = cmap + 4 + 8 * i;
    const platform = buf.readUInt16BE(rec);
    const encoding = buf.readUInt16BE(rec + 2);
    const offset = cmap + buf.readUInt32BE(rec + 4);
    if (buf.readUInt16BE(offset) === 4 && ((platform === 3 && encoding === 1) || platform === 0)) {
      sub = offset;
      if (platform === 3) break;
    }
  }
  const glyphOf = (code: number): number => {
    if (sub < 0 || code > 0xffff) return 0;
    const segX2 = buf.readUInt16BE(sub + 6);
    const ends = sub + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const ranges = deltas + segX2;
    for (let s = 0; s < segX2; s += 2) {
      if (buf.readUInt16BE(ends + s) < code) continue;
      const start = buf.readUInt16BE(starts + s);
      if (start > code) return 0;
      const delta = buf.readUInt16BE(deltas + s);
      const rangeOffset = buf.readUInt16BE(ranges + s);
      if (rangeOffset === 0) return (code + delta) & 0xffff;
      const glyph = buf.readUInt16BE(ranges + s + rangeOffset + 2 * (code - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };

  const widths = new Map<number, number>();
  return {
    unitsPerEm,
    widths,
    advance(codePoint: number): number {
      let w = widths.get(codePoint);
      if (w === undefined) {
        w = advanceOf(glyphOf(codePoint));
        widths.set(codePoint, w);
      }
      return w;
    },
  };
}
