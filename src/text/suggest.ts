/**
 * "Có phải là …?" suggestions: the known name closest to an unknown one, by a
 * diacritics-blind match first, then by a small edit distance.
 */
import { distance } from 'fastest-levenshtein';
import { fold } from './normalize.js';

export interface Candidate {
  /** What the suggestion shows (the known name as written). */
  readonly display: string;
  /** The key the unknown name is compared with. */
  readonly key: string;
}

/** Largest edit distance still worth suggesting: about one edit per five characters. */
function editBudget(length: number): number {
  return Math.max(1, Math.min(3, Math.floor(length / 5)));
}

export class Suggester {
  private readonly byLoose = new Map<string, Candidate>();
  private readonly candidates: Candidate[] = [];
  private readonly memo = new Map<string, string | undefined>();

  add(candidate: Candidate): void {
    const loose = fold(candidate.key);
    if (!this.byLoose.has(loose)) this.byLoose.set(loose, candidate);
    this.candidates.push(candidate);
  }

  get size(): number {
    return this.candidates.length;
  }

  /** The display form of the closest candidate, or undefined when none is close. */
  suggest(key: string): string | undefined {
    if (this.memo.has(key)) return this.memo.get(key);
    const result = this.compute(key);
    this.memo.set(key, result);
    return result;
  }

  private compute(key: string): string | undefined {
    const loose = fold(key);
    const same = this.byLoose.get(loose);
    if (same) return same.display;
    const budget = editBudget(loose.length);
    let best: Candidate | undefined;
    let bestDistance = budget + 1;
    for (const candidate of this.candidates) {
      const other = fold(candidate.key);
      if (Math.abs(other.length - loose.length) > budget) continue;
      const d = distance(loose, other);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best?.display;
  }
}
