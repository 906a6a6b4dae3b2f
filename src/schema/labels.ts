/**
 * Loose matching of sheet names and column headers (SPEC §2): case, diacritics,
 * NFC/NFD, spacing, line breaks, a trailing `*` and punctuation do not matter, and a
 * parenthesised unit — `(triệu đồng)`, `(km)` — is the unit of the column's numbers.
 */
import { fold } from '../text/normalize.js';
import { SHEETS, SHEET_KINDS, type FieldDef, type SheetDef, type SheetKind } from './fields.js';
import { Suggester } from '../text/suggest.js';
import { DONG, MONEY_MULTIPLES } from '../values/money-units.js';

export interface Label {
  /** The folded header without its unit. */
  readonly key: string;
  /** The unit written in parentheses, folded (`trieu dong`), if any. */
  readonly unit?: string;
}

/**
 * The units a header or a title line names, folded: money units (values/money-units.ts) with
 * what they multiply an amount by to make đồng; the others only say what is counted.
 */
const MONEY_UNITS: ReadonlyMap<string, number> = new Map([DONG, ...MONEY_MULTIPLES].flatMap((unit) => unit.folded.map((word) => [word, unit.factor] as const)));
const OTHER_UNITS = ['km', 'm', 'met', 'ho', 'nguoi', 'khau', 'luot', '%', 'ty le'];
const UNIT_WORDS = new RegExp(`^(?:don vi tinh |dvt |don vi )?(${[...MONEY_UNITS.keys(), ...OTHER_UNITS].join('|')})$`);

/** The unit a cell names on its own ("(đồng)", "ĐVT: triệu đồng", "km"), as in a row of units under a header. */
export function unitOnly(text: string): string | undefined {
  const folded = fold(text.replace(/[()[\]]/g, ' '));
  return UNIT_WORDS.exec(folded)?.[1];
}

/** A header cell's text as a field label: its folded words and the unit it names in brackets. */
export function parseLabel(text: string): Label {
  let unit: string | undefined;
  const withoutParens = text.replace(/\(([^()]*)\)|\[([^\]]*)\]/g, (_whole, inner?: string, square?: string) => {
    const folded = fold(inner ?? square ?? '');
    const named = UNIT_WORDS.exec(folded)?.[1];
    if (named !== undefined) unit = named;
    return ' ';
  });
  return unit === undefined ? { key: fold(withoutParens) } : { key: fold(withoutParens), unit };
}

/** The factor a unit applies to a field's numbers: money into đồng, lengths into km. */
export function unitScale(field: FieldDef, unit: string | undefined): number {
  if (unit === undefined) return 1;
  if (field.type === 'money') {
    return MONEY_UNITS.get(unit) ?? 1;
  }
  if (field.type === 'number' && (unit === 'm' || unit === 'met')) return 0.001;
  return 1;
}

/** Headers that number the rows; the column is skipped silently. */
const ORDINAL_HEADERS = new Set(['stt', 'tt', 'so tt', 'so thu tu', 'thu tu', 'no']);

export function isOrdinalHeader(text: string): boolean {
  return ORDINAL_HEADERS.has(parseLabel(text).key);
}

interface KindIndex {
  readonly byKey: ReadonlyMap<string, FieldDef>;
  readonly suggester: Suggester;
}

const indexes = new Map<SheetKind, KindIndex>();

function indexFor(def: SheetDef): KindIndex {
  let index = indexes.get(def.kind);
  if (!index) {
    const byKey = new Map<string, FieldDef>();
    const suggester = new Suggester();
    for (const field of def.fields) {
      for (const written of [field.header, field.en, ...field.aliases]) {
        const key = parseLabel(written).key;
        if (!byKey.has(key)) byKey.set(key, field);
        suggester.add({ display: field.header, key });
      }
    }
    index = { byKey, suggester };
    indexes.set(def.kind, index);
  }
  return index;
}

export function matchHeader(def: SheetDef, text: string): FieldDef | undefined {
  return indexFor(def).byKey.get(parseLabel(text).key);
}

/** The canonical header closest to an unrecognised one, for `column-unknown`. */
export function suggestHeader(def: SheetDef, text: string): string | undefined {
  const key = parseLabel(text).key;
  return key === '' ? undefined : indexFor(def).suggester.suggest(key);
}

/**
 * The kind a sheet name stands for: equal to an alias, or an alias followed by more
 * words or a year ("Hoạt động 2023", "Kết nghĩa (bổ sung)").
 */
export function kindOfSheetName(name: string): SheetKind | undefined {
  const folded = fold(name);
  let best: { kind: SheetKind; length: number } | undefined;
  for (const kind of SHEET_KINDS) {
    for (const alias of [SHEETS[kind].name, SHEETS[kind].en, ...SHEETS[kind].aliases]) {
      const key = fold(alias);
      // "Xã" alone names the communes list, but "Xã Ia Sao" may hold anything about that commune.
      const prefixed = folded.startsWith(key + ' ') && !(kind === 'communes' && key === 'xa');
      if ((folded === key || prefixed) && (!best || key.length > best.length)) {
        best = { kind, length: key.length };
      }
    }
  }
  return best?.kind;
}
