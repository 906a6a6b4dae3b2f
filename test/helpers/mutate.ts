/**
 * Byte-level corruptions for the fuzz test: a fixed-seed PRNG and one mutation per id
 * (random bytes flipped, a run zeroed, a truncation, a range duplicated, or a mix),
 * described precisely enough to redo by hand.
 */
/** mulberry32: a tiny, fixed-seed PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Mutant {
  readonly id: number;
  readonly base: string;
  /** What was done, precisely enough to do it again by hand. */
  readonly description: string;
  readonly bytes: Buffer;
}

/** Mutant `id` of `source`, a pure function of (seed, id, source). */
export function mutate(seed: number, id: number, baseName: string, source: Buffer): Mutant {
  const random = mulberry32(seed + id * 7919);
  const int = (n: number) => Math.floor(random() * n);
  const bytes = Buffer.from(source);
  const n = bytes.length;
  // Half the offsets land in the last quarter: the central directory and the end record,
  // where a flipped byte changes the structure rather than one cell.
  const offset = () => (random() < 0.5 ? n - 1 - int(Math.ceil(n / 4)) : int(n));
  const kind = ['flip', 'flip', 'flip', 'zero', 'zero', 'truncate', 'truncate', 'duplicate', 'duplicate', 'mixed'][int(10)]!;
  const parts: string[] = [];
  const apply = (k: string, target: Buffer): Buffer => {
    switch (k) {
      case 'flip': {
        const count = 1 + int(8);
        const at: string[] = [];
        for (let i = 0; i < count; i++) {
          const o = offset();
          const mask = 1 + int(255);
          target[o] = target[o]! ^ mask;
          at.push(`${o}^0x${mask.toString(16)}`);
        }
        parts.push(`flip ${at.join(',')}`);
        return target;
      }
      case 'zero': {
        const o = offset();
        const length = 1 + int(256);
        target.fill(0, o, Math.min(target.length, o + length));
        parts.push(`zero ${o}+${length}`);
        return target;
      }
      case 'truncate': {
        const at = int(target.length);
        parts.push(`truncate at ${at} of ${target.length}`);
        return target.subarray(0, at);
      }
      case 'duplicate': {
        const from = int(target.length);
        const length = 1 + int(Math.min(4096, target.length - from));
        const to = int(target.length);
        const overwrite = random() < 0.5;
        const chunk = Buffer.from(target.subarray(from, from + length));
        parts.push(`duplicate ${from}+${length} ${overwrite ? 'over' : 'into'} ${to}`);
        if (overwrite) {
          chunk.copy(target, to, 0, Math.min(chunk.length, target.length - to));
          return target;
        }
        return Buffer.concat([target.subarray(0, to), chunk, target.subarray(to)]);
      }
      default:
        throw new Error(k);
    }
  };
  let out: Buffer = bytes;
  if (kind === 'mixed') {
    for (const k of ['flip', 'zero', 'duplicate', 'truncate']) if (random() < 0.5) out = apply(k, out);
    if (parts.length === 0) out = apply('flip', out);
  } else out = apply(kind, out);
  return { id, base: baseName, description: `#${id} of ${baseName}: ${parts.join('; ')}`, bytes: out };
}

