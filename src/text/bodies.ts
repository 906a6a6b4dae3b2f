/**
 * Words that tell one body from another: "Ban Dân vận Tỉnh ủy" and "Ban Dân vận Thị ủy"
 * are one edit apart and two different offices. A suggestion must never cross such a
 * difference (it would invite the clerk to merge two bodies' figures).
 */
import { fold } from './normalize.js';

const BODY_WORDS = new Set(['tinh', 'thi', 'huyen', 'thanh', 'pho', 'xa', 'quan', 'phuong', 'uy', 'ubnd', 'hdnd', 'trung', 'uong', 'dang']);

function bodyWords(name: string): string {
  return fold(name)
    .split(/[^a-z0-9]+/)
    .filter((w) => BODY_WORDS.has(w))
    .sort()
    .join(' ');
}

/** Both names speak of the same kind of body (same level and organ words), whatever else differs. */
export function sameBody(a: string, b: string): boolean {
  return bodyWords(a) === bodyWords(b);
}
