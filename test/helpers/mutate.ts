/**
 * Corruptions for the fuzz test, from a fixed-seed PRNG, each described precisely enough
 * to redo by hand:
 * - `mutate`: bytes of the .xlsx file itself (flipped, a run zeroed, truncated, a range
 *   duplicated, or a mix) — mostly caught by the zip layer;
 * - `mutatePart`: one part inside a well-formed zip (its XML flipped, cut, spliced with
 *   awkward snippets; its stated size wrong; the part dropped or renamed) — this reaches
 *   the XML reader and the sheet checks.
 */
import { Rng } from '../../scripts/samples/rng.js';
import { buildZip, smallEntry, type ZipEntryInput } from './bomb.js';

/** The samples' fixed-seed PRNG (mulberry32), as a function. */
export function mulberry32(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}

export interface Mutant {
  readonly id: number;
  readonly base: string;
  /** What was done, precisely enough to do it again by hand. */
  readonly description: string;
  readonly bytes: Buffer;
  /**
   * What the result must show, when the mutation certainly damaged what the reader needs:
   * `unreadable` — a part the reader parses lost the end of its XML (file-unreadable, not
   * a shorter sheet); `error` — such a part is missing (some error, not silence).
   */
  readonly expect?: 'unreadable' | 'error';
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


/** XML that real files rarely hold but a reader must survive. */
const SNIPPETS = [
  '<row r="0">',
  '<row r="1048577"><c r="XFE1048577"><v>1</v></c></row>',
  '<c r="A2" t="s"><v>99999</v></c>',
  '<c r="B2" t="s"><v>-1</v></c>',
  '<c r="C2"><v>1e400</v></c>',
  '<c r="D2" t="d"><v>not-a-date</v></c>',
  '<c r="E2" s="9999"><v>45000</v></c>',
  '<c r="F2" t="e"><v>#REF!</v></c>',
  '<c r="G2"><f>SUM(A1:A2)</f></c>',
  '<c r="H2" t="inlineStr"><is><t>Bôn Bir</t></is></c>',
  '&#0;',
  '&undefined;',
  ']]>',
  '<![CDATA[',
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
  '<sheet name="" sheetId="1" r:id="rId999"/>',
  '<sheet name="Thôn làng" sheetId="7" r:id="rId1"/>',
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="../../../../etc/passwd"/>',
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>',
  '<si><t>',
  '</t></si>',
  '<mergeCell ref="A1:XFD1048576"/>',
  '<dimension ref="A1:XFD1048576"/>',
  '\uFEFF',
  '\u0000',
  '\uD800',
];

/** Parts a mutation aims at, most often the ones the reader parses. */
function pickPart(names: readonly string[], random: () => number): string {
  const important = names.filter((n) => /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/.test(n));
  const pool = random() < 0.8 && important.length > 0 ? important : names;
  return pool[Math.floor(random() * pool.length)]!;
}

/** Mutant `id` made by changing one part of a zip given as its parts, re-zipped with honest or lying headers. */
export function mutatePart(seed: number, id: number, baseName: string, parts: ReadonlyArray<{ name: string; data: Buffer }>): Mutant {
  const random = mulberry32(seed ^ (0x9e3779b9 + id * 104729));
  const int = (n: number) => Math.floor(random() * n);
  const name = pickPart(parts.map((p) => p.name), random);
  const kind = ['flip', 'truncate', 'zero', 'duplicate', 'splice', 'splice', 'splice', 'size-less', 'size-more', 'drop', 'rename'][int(11)]!;
  let description = '';
  let expect: Mutant['expect'];
  const parsed = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/.test(name);
  const entries: ZipEntryInput[] = [];
  for (const part of parts) {
    if (part.name !== name) {
      entries.push(smallEntry(part.name, part.data));
      continue;
    }
    let data = Buffer.from(part.data);
    const n = data.length;
    switch (kind) {
      case 'flip': {
        const at: string[] = [];
        for (let i = 1 + int(4); i > 0; i--) {
          const o = int(n);
          const mask = 1 + int(255);
          data[o] = data[o]! ^ mask;
          at.push(`${o}^0x${mask.toString(16)}`);
        }
        description = `flip ${at.join(',')}`;
        break;
      }
      case 'truncate': {
        const at = int(n);
        if (parsed && data.subarray(at).toString('utf8').trim() !== '') expect = 'unreadable';
        data = data.subarray(0, at);
        description = `truncate at ${at} of ${n}`;
        break;
      }
      case 'zero': {
        const o = int(n);
        const length = 1 + int(64);
        data.fill(0, o, Math.min(n, o + length));
        description = `zero ${o}+${length}`;
        break;
      }
      case 'duplicate': {
        const from = int(n);
        const length = 1 + int(Math.min(2048, n - from));
        const to = int(n);
        data = Buffer.concat([data.subarray(0, to), data.subarray(from, from + length), data.subarray(to)]);
        description = `duplicate ${from}+${length} into ${to}`;
        break;
      }
      case 'splice': {
        const snippet = SNIPPETS[int(SNIPPETS.length)]!;
        // At a tag boundary most of the time, so the snippet is read as XML, not as text.
        const text = data.toString('utf8');
        const boundaries = [...text.matchAll(/>/g)].map((m) => Buffer.byteLength(text.slice(0, m.index + 1), 'utf8'));
        const at = boundaries.length > 0 && random() < 0.8 ? boundaries[int(boundaries.length)]! : int(n);
        const remove = random() < 0.3 ? int(64) : 0;
        data = Buffer.concat([data.subarray(0, at), Buffer.from(snippet, 'utf8'), data.subarray(Math.min(n, at + remove))]);
        description = `splice ${JSON.stringify(snippet)} at ${at}${remove ? ` replacing ${remove} bytes` : ''}`;
        break;
      }
      case 'size-less':
      case 'size-more': {
        const delta = 1 + int(kind === 'size-less' ? Math.max(1, Math.min(n, 512)) : 4096);
        const claimed = kind === 'size-less' ? Math.max(0, n - delta) : n + delta;
        const where = ['both', 'central', 'local'][int(3)]!;
        entries.push({
          ...smallEntry(part.name, data),
          ...(where !== 'local' ? { centralSize: claimed } : {}),
          ...(where !== 'central' ? { localSize: claimed } : {}),
        });
        description = `${where} header${where === 'both' ? 's say' : ' says'} ${claimed} bytes (really ${n})`;
        break;
      }
      case 'drop':
        description = 'dropped';
        if (parsed && !name.endsWith('styles.xml')) expect = 'error';
        break;
      case 'rename': {
        const renamed = part.name.replace(/\.xml(\.rels)?$/, (m) => `2${m}`);
        entries.push(smallEntry(renamed, data));
        description = `renamed to ${renamed}`;
        if (parsed && !name.endsWith('styles.xml')) expect = 'error';
        break;
      }
    }
    if (!['size-less', 'size-more', 'drop', 'rename'].includes(kind)) entries.push(smallEntry(part.name, data));
  }
  return { id, base: baseName, description: `part #${id} of ${baseName}, ${name}: ${description}`, bytes: buildZip(entries), ...(expect ? { expect } : {}) };
}
