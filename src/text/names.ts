/**
 * Identity of villages, communes, districts and units (SPEC §2): names are equal when
 * they differ only in case, NFC/NFD form, spacing, punctuation or a prefix word
 * ("Xã", "Thôn", "Huyện"…) — but never when they differ in diacritics:
 * "Bon Bu Prang" is not "Bon Bu Prăng".
 */
import { memoTable, type Memo, type MemoTable } from '../util/memo.js';
import { cleanText } from './normalize.js';

export type NameKind = 'district' | 'commune' | 'village' | 'unit';

// Longest first, so "thị xã" is removed whole rather than leaving "xã".
const PREFIXES: Record<NameKind, readonly string[]> = {
  district: ['thành phố', 'thị xã', 'huyện', 'quận', 'tp.', 'tp', 'tx.', 'tx'],
  commune: ['thị trấn', 'phường', 'xã', 'tt.', 'tt'],
  village: ['tổ dân phố', 'khu phố', 'thôn', 'làng', 'buôn', 'bon', 'bôn', 'plei', 'ấp', 'bản', 'xóm', 'tdp', 'khối'],
  unit: [],
};

const KEYS: Record<NameKind, MemoTable<string>> = {
  district: memoTable('district keys'), commune: memoTable('commune keys'), village: memoTable('village keys'), unit: memoTable('unit keys'),
};

/**
 * The comparison key of a name: lower case, NFC, punctuation as spaces, prefix dropped.
 * Code that asks for every row passes the run's memo: a key costs some microseconds to
 * work out, and the same few names fill every row.
 */
export function nameKey(name: string, kind: NameKind, memo?: Memo): string {
  return memo ? memo.get(KEYS[kind], name, computeKey, kind) : computeKey(name, kind);
}

function computeKey(name: string, kind: NameKind): string {
  let text = canonicalTones(cleanText(name).toLowerCase());
  // Punctuation that offices use interchangeably: "Lao động - Thương binh", "Lao động, Thương binh".
  text = text.replace(/[.,;:\-–—_/\\()"'“”‘’]+/g, (m) => (m.includes("'") || m.includes('’') ? "'" : ' ')).replace(/\s+/g, ' ').trim();
  for (const prefix of PREFIXES[kind]) {
    const bare = prefix.replace(/\.$/, '');
    if (text.startsWith(bare + ' ') && text.length > bare.length + 1) {
      text = text.slice(bare.length + 1);
      break;
    }
  }
  return text;
}

// Tone marks of NFD text: huyền, sắc, ngã, hỏi, nặng.
const TONE = '[\u0300\u0301\u0303\u0309\u0323]';
const OLD_STYLE = new RegExp(`(?<![qaăâeêioôơuưy\\p{M}])(?:(o)([ae])|(u)(y))(${TONE})(?![\\p{L}\\p{M}])`, 'gu');

/**
 * One tone-mark placement for the open syllables oa, oe, uy: offices write both the old
 * "hoá", "khoẻ", "Uỷ ban" and the new "hóa", "khỏe", "Ủy ban", and they are the same name.
 * (After a consonant or "q", and before a final consonant, both styles agree.)
 */
function canonicalTones(text: string): string {
  return text
    .normalize('NFD')
    .replace(OLD_STYLE, (_whole, o?: string, a?: string, u?: string, y?: string, tone?: string) => (o !== undefined ? `${o}${tone}${a}` : `${u}${tone}${y}`))
    .normalize('NFC');
}
