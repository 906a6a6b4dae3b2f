/** The numbers a command line gives as text: sizes (--max-size, --max-upload), counts and ports. */

/** Parses sizes like 1G, 500M, 20k or a plain byte count. */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:[.,]\d+)?)\s*([kmgt]?)(i?b)?$/i.exec(text.trim());
  if (!match) return undefined;
  const factor = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g' | 't'];
  const value = Number(match[1]!.replace(',', '.')) * factor;
  return value > 0 ? Math.round(value) : undefined;
}

export function parsePositiveInt(text: string): number | undefined {
  return /^\d+$/.test(text.trim()) && Number(text) > 0 ? Number(text) : undefined;
}
