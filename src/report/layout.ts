/**
 * Page and type settings of the two official styles (SPEC §6): Party documents
 * (Hướng dẫn 36-HD/VPTW) and State documents (Nghị định 30/2020/NĐ-CP). Sizes in pt,
 * lengths in twips (1 mm = 56.7 twips).
 */
export type DocumentStyle = 'dang' | 'nha-nuoc';

export const FONT = 'Times New Roman';

const mm = (value: number) => Math.round(value * 56.7);

export interface Layout {
  readonly style: DocumentStyle;
  readonly page: { readonly width: number; readonly height: number };
  readonly margin: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  /** Width between the margins, for DXA table widths. */
  readonly textWidth: number;
  readonly bodySize: number;
  readonly tableSize: number;
  /** First-line indent of body paragraphs. */
  readonly indent: number;
  /** Space after a paragraph (twips) and line spacing (240 = single). */
  readonly spaceAfter: number;
  readonly line: number;
  /** Header table column shares, left and right, in percent. */
  readonly headerColumns: readonly [number, number];
}

const A4 = { width: 11906, height: 16838 };

export function layoutFor(style: DocumentStyle): Layout {
  // Margins inside the ranges both texts allow: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
  const margin = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
  return {
    style,
    page: A4,
    margin,
    textWidth: A4.width - margin.left - margin.right,
    bodySize: 14,
    tableSize: 12,
    indent: mm(10),
    spaceAfter: 120,
    line: 276,
    headerColumns: style === 'dang' ? [45, 55] : [35, 65],
  };
}

/** Percent shares → whole twips that add up exactly to `total` (LibreOffice ignores percentage widths). */
export function dxaWidths(shares: readonly number[], total: number): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => Math.floor((s / sum) * total));
  let rest = total - widths.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % widths.length, rest--) widths[i]!++;
  return widths;
}
