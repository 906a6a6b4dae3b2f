/**
 * Properties of name identity (SPEC §2, fast-check) on generated Vietnamese names: the key
 * of a village, commune, district or unit ignores what offices vary — case, NFC/NFD, spaces
 * of every kind, punctuation between words, the prefix word, old and new tone placement —
 * and keeps what tells two places apart: another letter, another diacritic. The loose form
 * used for choices and suggestions (`fold`) drops diacritics too, and so finds every choice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES, FUNDING_SOURCES, TARGET_LEVELS, UNIT_BLOCS, UNIT_LEVELS, findChoice } from '../src/schema/choices.js';
import { nameKey, type NameKind } from '../src/text/names.js';
import { fold, stripDiacritics } from '../src/text/normalize.js';

const RUNS = { numRuns: 300 };
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'p', 'ph', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
/** Nuclei, with the index of the letter that carries the tone in the new style. */
const NUCLEI: ReadonlyArray<[string, number]> = [
  ['a', 0], ['ă', 0], ['â', 0], ['e', 0], ['ê', 0], ['i', 0], ['o', 0], ['ô', 0], ['ơ', 0], ['u', 0], ['ư', 0],
  ['ia', 0], ['iê', 1], ['ua', 0], ['uô', 1], ['ưa', 0], ['ươ', 1], ['ai', 0], ['ao', 0], ['ơi', 0], ['ưu', 0],
  // The open syllables offices also write with the old tone placement: hoá/hóa, khoẻ/khỏe, thuỷ/thủy.
  ['oa', 0], ['oe', 0], ['uy', 0],
];
/** For each nucleus, those written with the same letters and other marks (itself included). */
const SIBLINGS = NUCLEI.map(([n]) => NUCLEI.flatMap(([m], j) => (stripDiacritics(m) === stripDiacritics(n) ? [j] : [])));
const CODAS = ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'];
/** Prefix words (SPEC §2) a name may start with; a generated body never starts with one. */
const PREFIXES: Record<NameKind, readonly string[]> = {
  district: ['Huyện', 'Thị xã', 'Thành phố', 'Quận', 'TP.', 'TX'],
  commune: ['Xã', 'Phường', 'Thị trấn', 'TT.'],
  village: ['Thôn', 'Làng', 'Buôn', 'Bon', 'Bôn', 'Plei', 'Ấp', 'Bản', 'Xóm', 'Tổ dân phố', 'Khu phố', 'TDP', 'Khối'],
  unit: [],
};
const PREFIX_WORDS = new Set(Object.values(PREFIXES).flatMap((list) => list.map((p) => p.split(' ')[0]!.replace('.', '').toLowerCase())));

interface Syllable {
  readonly onset: string;
  readonly nucleus: number;
  readonly tone: number;
  readonly coda: string;
}

const syllable = fc.record({
  onset: fc.constantFrom(...ONSETS),
  nucleus: fc.nat(NUCLEI.length - 1),
  tone: fc.nat(TONES.length - 1),
  coda: fc.constantFrom(...CODAS),
});

/** The syllable in NFC, its tone on the new-style letter or, where that is a different spelling of the same name, the old-style one. */
function write(s: Syllable, oldStyle = false): string {
  const [nucleus, at] = NUCLEI[s.nucleus]!;
  const open = s.coda === '' && ['oa', 'oe', 'uy'].includes(nucleus);
  const mark = oldStyle && open && TONES[s.tone] !== '' ? at + 1 : at;
  return `${s.onset}${nucleus.slice(0, mark + 1)}${TONES[s.tone]}${nucleus.slice(mark + 1)}${s.coda}`.normalize('NFC');
}

/** A name of one to four syllables (a number now and then: "Thôn 5"), not starting with a prefix word. */
const body = fc
  .array(fc.oneof({ weight: 6, arbitrary: syllable }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 30 }) }), { minLength: 1, maxLength: 4 })
  .filter((words) => typeof words[0] === 'object' && !PREFIX_WORDS.has(write(words[0])));
type Body = readonly (Syllable | number)[];
const kind = fc.constantFrom<NameKind>('district', 'commune', 'village', 'unit');

/** The name as the generator writes it: lower case, NFC, single spaces, new-style tones. */
function text(words: Body): string {
  return words.map((w) => (typeof w === 'number' ? String(w) : write(w))).join(' ');
}

/** The same name as another office types it. */
const variant = fc.record({
  oldStyle: fc.array(fc.boolean(), { maxLength: 4 }),
  separators: fc.array(fc.constantFrom(' ', '  ', '\u00a0', ' - ', ', ', '-', ' – ', '\n', ' / '), { minLength: 4, maxLength: 4 }),
  around: fc.constantFrom(['', ''], ['  ', ' '], ['\u00a0', '\t'], ['\u200b', '\ufeff']),
  upper: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  nfd: fc.boolean(),
  prefix: fc.nat(20),
});

type Variant = typeof variant extends fc.Arbitrary<infer V> ? V : never;

function retype(words: Body, k: NameKind, v: Variant): string {
  const parts = words.map((w, i) => (typeof w === 'number' ? String(w) : write(w, v.oldStyle[i] === true)));
  let name = parts.reduce((all, part, i) => all + v.separators[i - 1]! + part);
  const prefixes = PREFIXES[k];
  if (prefixes.length > 0 && v.prefix < 2 * prefixes.length) name = `${prefixes[v.prefix % prefixes.length]} ${name}`;
  name = [...name].map((c, i) => (v.upper[i % v.upper.length] ? c.toUpperCase() : c)).join('');
  name = `${v.around[0]}${name}${v.around[1]}`;
  return v.nfd ? name.normalize('NFD') : name;
}

describe('name keys', () => {
  it('agree for the same name however it is typed: case, NFC/NFD, spaces, punctuation, prefix word, tone placement', () => {
    fc.assert(
      fc.property(body, kind, variant, (words, k, v) => {
        expect(nameKey(retype(words, k, v), k)).toBe(nameKey(text(words), k));
      }),
      RUNS,
    );
  });

  it('differ for names one word apart: Thôn 5 is not Thôn 6, Ia Sao is not Ia Sơ Ao', () => {
    const word = fc.oneof(syllable, fc.integer({ min: 1, max: 30 }));
    fc.assert(
      fc.property(body, kind, fc.nat(3), word, (words, k, at, replacement) => {
        const i = at % words.length;
        // Syllable for syllable, number for number: the near misses offices actually make.
        fc.pre(typeof replacement === typeof words[i]);
        const changed = words.map((w, j) => (j === i ? replacement : w));
        fc.pre(text(changed) !== text(words));
        expect(nameKey(text(changed), k)).not.toBe(nameKey(text(words), k));
      }),
      RUNS,
    );
  });

  it('differ when one syllable differs in a diacritic only: Bu Prang is not Bu Prăng', () => {
    // Another mark on the same letters: a → ă, â; o → ô, ơ; ươ → uô; one tone for another; d → đ.
    const change = fc.record({ at: fc.nat(3), sibling: fc.nat(10), tone: fc.nat(TONES.length - 1), dStroke: fc.boolean() });
    fc.assert(
      fc.property(body, kind, change, (words, k, c) => {
        const i = c.at % words.length;
        const s = words[i]!;
        fc.pre(typeof s === 'object');
        const siblings = SIBLINGS[s.nucleus]!;
        const onset = !c.dStroke ? s.onset : s.onset === 'd' ? 'đ' : s.onset === 'đ' ? 'd' : s.onset;
        const other: Syllable = { ...s, onset, nucleus: siblings[c.sibling % siblings.length]!, tone: c.tone };
        fc.pre(write(other) !== write(s));
        expect(stripDiacritics(write(other))).toBe(stripDiacritics(write(s)));
        const changed = words.map((w, j) => (j === i ? other : w));
        expect(nameKey(text(changed), k)).not.toBe(nameKey(text(words), k));
      }),
      RUNS,
    );
  });
});

describe('the loose form (fold) for choices and suggestions', () => {
  it('is blind to diacritics, case, NFD, spaces and punctuation, and leaves plain a–z, 0–9 and single spaces', () => {
    fc.assert(
      fc.property(body, variant, (words, v) => {
        const loose = fold(text(words));
        expect(fold(retype(words, 'unit', v))).toBe(loose);
        expect(fold(stripDiacritics(text(words)).toUpperCase())).toBe(loose);
        expect(loose).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
      }),
      RUNS,
    );
  });

  it('finds every choice of every closed list however its label is typed, with or without diacritics', () => {
    const choices = [ACTIVITY_TYPES, FUNDING_SOURCES, UNIT_LEVELS, TARGET_LEVELS, UNIT_BLOCS].flatMap((set) => set.choices.map((choice) => ({ set, choice })));
    fc.assert(
      fc.property(fc.constantFrom(...choices), fc.boolean(), fc.boolean(), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), ({ set, choice }, plain, nfd, upper) => {
        let written = plain ? stripDiacritics(choice.label) : choice.label;
        written = [...written].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c)).join('').replace(/ /g, '  ');
        expect(findChoice(set, nfd ? written.normalize('NFD') : written)?.key).toBe(choice.key);
      }),
      RUNS,
    );
  });
});
