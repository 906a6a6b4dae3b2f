/**
 * The 54 ethnic groups of Vietnam, as listed in "Danh mục các thành phần dân tộc
 * Việt Nam" (Quyết định 121-TCTK/PPCĐ of the General Statistics Office, 2 March
 * 1979), with their 2-digit codes (mã dân tộc), and a tolerant lookup for names
 * as they are typed into office workbooks.
 *
 * Codes: these are the 1979 codes, the ones still required by administrative
 * data standards (health insurance / Ministry of Health data exchange, public
 * security forms). Note that the GSO re-issued the catalogue in 2008
 * (Quyết định 1019/QĐ-TCTK, used by the 2009 and 2019 censuses) with the groups
 * re-ordered by population, so most codes differ there (e.g. 04 Mường, 05 Khmer,
 * 06 Hoa, 11 Ê Đê in 2008 versus 04 Hoa, 05 Khmer, 06 Mường, 11 Ngái in 1979).
 *
 * Names: the official names are written as in current usage of the Committee for
 * Ethnic Minority Affairs (Ủy ban Dân tộc), e.g. "Gia Rai" rather than the 1979
 * "Gia-rai", "Mông" rather than "Hmông". The 1979 spellings are kept as aliases.
 *
 * Aliases are spelling variants (hyphens, apostrophes, international or
 * transliterated spellings) and well-known alternative names or local-group
 * names taken from the catalogue's "tên gọi khác". Names the catalogue gives for
 * more than one group (e.g. "Thổ", "Xá Khao", "Mán Trắng", "La Quả") are left out
 * on purpose, so every alias points to exactly one group.
 */
import { distance } from 'fastest-levenshtein';
import { fold } from '../text/normalize.js';
import { memoTable, type Memo } from '../util/memo.js';

export interface EthnicGroup {
  code: string;
  name: string;
  aliases: readonly string[];
}

function group(code: string, name: string, aliases: readonly string[] = []): EthnicGroup {
  return Object.freeze({ code, name, aliases: Object.freeze([...aliases]) });
}

export const ETHNIC_GROUPS: readonly EthnicGroup[] = Object.freeze([
  group('01', 'Kinh', ['Việt', 'Kinh (Việt)']),
  group('02', 'Tày', ['Ngạn', 'Phén', 'Thù Lao', 'Pa Dí']),
  group('03', 'Thái', ['Thái Đen', 'Thái Trắng', 'Tày Đăm', 'Tày Khao']),
  group('04', 'Hoa', ['Hán', 'Hoa (Hán)']),
  group('05', 'Khmer', ['Khơ-me', 'Khơ Me', 'Khơme', 'Khmer Krom', 'Khơ-me Krôm']),
  group('06', 'Mường', ['Mol', 'Mual']),
  group('07', 'Nùng'),
  group('08', 'Mông', ["H'Mông", 'Hmông', 'HMông (Mèo)', 'Hmong', 'Mèo', 'Mẹo']),
  group('09', 'Dao', [
    'Mán',
    'Dao Đỏ',
    'Dao Tiền',
    'Dao Quần Chẹt',
    'Dao Quần Trắng',
    'Dao Thanh Y',
    'Dao Lô Gang',
    'Dao Lan Tẻn',
  ]),
  group('10', 'Gia Rai', ['Gia-rai', 'Giarai', 'Jrai', 'Jarai', 'Giơ-rai']),
  group('11', 'Ngái', ['Sán Ngái']),
  group('12', 'Ê Đê', ['Ê-đê', 'Êđê', 'Ede', 'Rhade', 'Ra-đê', 'Rađê']),
  group('13', 'Ba Na', ['Ba-na', 'Bana', 'Bahnar']),
  group('14', 'Xơ Đăng', ['Xơ-đăng', 'Xê Đăng', 'Xê-đăng', 'Sedang', 'Ca Dong']),
  group('15', 'Sán Chay', ['Cao Lan', 'Sán Chỉ', 'Cao Lan - Sán Chỉ']),
  group('16', 'Cơ Ho', ['Cơ-ho', "K'Ho", 'Kơ Ho', 'Koho', "K'Hor"]),
  group('17', 'Chăm', ['Chàm', 'Chăm Pa', 'Champa', 'Chăm Hroi']),
  group('18', 'Sán Dìu', ['Sán Déo']),
  group('19', 'Hrê', ["H'rê", 'Hơ-rê', 'Chăm Rê']),
  group('20', "M'Nông", ['Mnông', 'Mơ Nông', 'Mơ-nông', 'M-Nông']),
  group('21', 'Ra Glai', ['Ra-glai', 'Raglai', 'Rắc Lây', 'Ra Clây']),
  group('22', "X'Tiêng", ['Xtiêng', 'Stiêng', "S'Tiêng", 'Xa Điêng']),
  group('23', 'Bru-Vân Kiều', ['Bru - Vân Kiều', 'Vân Kiều', 'Bru', 'Ma Coong', 'Khùa']),
  group('24', 'Thổ', ['Đan Lai', 'Tày Poọng', 'Cuối']),
  group('25', 'Giáy', ['Nhắng']),
  group('26', 'Cơ Tu', ['Cơ-tu', 'Katu', 'Ca Tu', 'Ka-tu']),
  group('27', 'Giẻ Triêng', ['Gié Triêng', 'Gié-Triêng', 'Giẻ-Triêng', 'Giẻ', 'Triêng']),
  group('28', 'Mạ', ['Châu Mạ']),
  group('29', 'Khơ Mú', ['Khơ-mú', 'Khmu', 'Kmhmu', 'Xá Cẩu']),
  group('30', 'Co', ['Cor', 'Cùa']),
  group('31', 'Tà Ôi', ['Tà-ôi', 'Pa Kô', 'Pa Cô', 'Pacoh', 'Pa Hi']),
  group('32', 'Chơ Ro', ['Chơ-ro', 'Châu Ro', 'Dơ-ro', 'Chro']),
  group('33', 'Kháng'),
  group('34', 'Xinh Mun', ['Xinh-mun', 'Xinh Mul', 'Puộc']),
  group('35', 'Hà Nhì', ['U Ni', 'Xá U Ni', 'Hà Nhì Già']),
  group('36', 'Chu Ru', ['Chu-ru', 'Chơ Ru']),
  group('37', 'Lào', ['Lào Bốc', 'Lào Nọi']),
  group('38', 'La Chí', ['Cù Tê']),
  group('39', 'La Ha'),
  group('40', 'Phù Lá', ['Xá Phó', 'Bồ Khô Pạ']),
  group('41', 'La Hủ', ['Khù Xung', 'Cò Xung']),
  group('42', 'Lự', ['Lừ', 'Nhuồn']),
  group('43', 'Lô Lô'),
  group('44', 'Chứt', ['Rục', 'Sách', 'Mã Liềng', 'A Rem']),
  group('45', 'Mảng', ['Mảng Ư', 'Xá Mảng']),
  group('46', 'Pà Thẻn', ['Pà Hưng']),
  group('47', 'Cờ Lao', ['Cơ Lao', 'Co Lao']),
  group('48', 'Cống', ['Xắm Khống', 'Phuy A']),
  group('49', 'Bố Y', ['Chủng Chá', 'Trọng Gia', 'Tu Dí']),
  group('50', 'Si La', ['Cù Dề Xừ', 'Kha Pẻ']),
  group('51', 'Pu Péo', ['Ka Pèo', 'Ka Bèo']),
  group('52', 'Brâu', ['Brao']),
  group('53', 'Ơ Đu', ['Ơ-đu', 'Tày Hạt']),
  group('54', 'Rơ Măm', ['Rơ-măm']),
]);

/**
 * Lookup key: `fold` with every space removed, so case, diacritics, hyphens,
 * apostrophes and spacing are all ignored ("M'Nông", "Mnông", "M nông" → "mnong").
 * The Icelandic eth (Ð/ð, U+00D0/U+00F0), a common stand-in for Đ/đ in legacy
 * Vietnamese fonts and pages, is read as Đ/đ first.
 */
function lookupKey(written: string): string {
  return fold(written.replace(/\u00d0/g, 'Đ').replace(/\u00f0/g, 'đ')).replace(/ /g, '');
}

interface KeyedEntry {
  readonly key: string;
  readonly group: EthnicGroup;
}

// Built once at load time: every official name and alias, keyed by `lookupKey`.
const BY_KEY: ReadonlyMap<string, EthnicGroup> = (() => {
  const map = new Map<string, EthnicGroup>();
  for (const g of ETHNIC_GROUPS) {
    for (const written of [g.name, ...g.aliases]) {
      const key = lookupKey(written);
      const existing = map.get(key);
      if (existing !== undefined && existing !== g) {
        throw new Error(
          `Ethnic group table: "${written}" (${g.name}) collides with ${existing.name}`,
        );
      }
      map.set(key, g);
    }
  }
  return map;
})();

// Distinct keys for suggestions (a group's own duplicate spellings collapse into one).
const ENTRIES: readonly KeyedEntry[] = [...BY_KEY].map(([key, group]) => ({ key, group }));

// Ethnic-group columns repeat the same few values over many rows: with the run's memo,
// each written form is looked up once.
const GROUPS = memoTable<EthnicGroup | null>('ethnic groups');

/** The official group for a written name: exact official name or any alias, compared by `fold` (case, diacritics, hyphens, apostrophes, spaces ignored). undefined if none. */
export function findEthnicGroup(written: string, memo?: Memo): EthnicGroup | undefined {
  return (memo ? memo.get(GROUPS, written, lookUp, undefined) : lookUp(written)) ?? undefined;
}

function lookUp(written: string): EthnicGroup | null {
  const key = lookupKey(written);
  return (key === '' ? undefined : BY_KEY.get(key)) ?? null;
}

/**
 * For an unrecognised name, the closest official name when it is close enough to be a
 * useful suggestion, else undefined.
 *
 * Compares the folded, space-free form against every official name and alias (the
 * official name of the matched group is returned). A candidate is accepted at up to one
 * edit per 4 characters of the shorter of the two forms, minimum 1. When the best
 * distance is shared by two different groups the input is ambiguous and nothing is
 * suggested. A name that is already recognised returns its official name.
 */
export function suggestEthnicGroup(written: string): string | undefined {
  const key = lookupKey(written);
  if (key === '') return undefined;
  const exact = BY_KEY.get(key);
  if (exact !== undefined) return exact.name;

  let best: EthnicGroup | undefined;
  let bestDistance = Infinity;
  let ambiguous = false;
  for (const entry of ENTRIES) {
    const allowed = Math.max(1, Math.floor(Math.min(key.length, entry.key.length) / 4));
    if (Math.abs(key.length - entry.key.length) > allowed) continue;
    const d = distance(key, entry.key);
    if (d > allowed) continue;
    if (d < bestDistance) {
      best = entry.group;
      bestDistance = d;
      ambiguous = false;
    } else if (d === bestDistance && entry.group !== best) {
      ambiguous = true;
    }
  }
  return best !== undefined && !ambiguous ? best.name : undefined;
}
