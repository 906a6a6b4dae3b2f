import { describe, expect, it } from 'vitest';
import {
  convertLegacy,
  decodeLegacyCell,
  detectLegacy,
  encodingOfFont,
  isUppercaseFont,
} from '../src/text/legacy.js';

// Reference tables transcribed from other projects, so the encoders below are independent
// of the module's own tables.

// GNU libiconv lib/tcvn.h (TCVN 5712 VN1): tcvn_2uni_1 for 0x00–0x17, tcvn_2uni_2 for 0x80–0xFF.
const LIBICONV_TCVN_LOW = [
  0x0000, 0x00da, 0x1ee4, 0x0003, 0x1eea, 0x1eec, 0x1eee, 0x0007,
  0x0008, 0x0009, 0x000a, 0x000b, 0x000c, 0x000d, 0x000e, 0x000f,
  0x0010, 0x1ee8, 0x1ef0, 0x1ef2, 0x1ef6, 0x1ef8, 0x00dd, 0x1ef4,
];
const LIBICONV_TCVN_HIGH = [
  0x00c0, 0x1ea2, 0x00c3, 0x00c1, 0x1ea0, 0x1eb6, 0x1eac, 0x00c8,
  0x1eba, 0x1ebc, 0x00c9, 0x1eb8, 0x1ec6, 0x00cc, 0x1ec8, 0x0128,
  0x00cd, 0x1eca, 0x00d2, 0x1ece, 0x00d5, 0x00d3, 0x1ecc, 0x1ed8,
  0x1edc, 0x1ede, 0x1ee0, 0x1eda, 0x1ee2, 0x00d9, 0x1ee6, 0x0168,
  0x00a0, 0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af, 0x0110,
  0x0103, 0x00e2, 0x00ea, 0x00f4, 0x01a1, 0x01b0, 0x0111, 0x1eb0,
  0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00e0, 0x1ea3, 0x00e3,
  0x00e1, 0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4,
  0x1eae, 0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7,
  0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0x00e8, 0x1ec2, 0x1ebb, 0x1ebd,
  0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec,
  0x1ec9, 0x1ec4, 0x1ebe, 0x1ed2, 0x0129, 0x00ed, 0x1ecb, 0x00f2,
  0x1ed4, 0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7,
  0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0x00f9,
  0x1ed6, 0x1ee7, 0x0169, 0x00fa, 0x1ee5, 0x1eeb, 0x1eed, 0x1eef,
  0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0,
];

// WHATWG windows-1252 index for 0x80–0x9F (0 = byte maps to its own C1 code point).
const CP1252_80_9F = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

// Unikey vnconv data.cpp, DoubleByteTables VNI-WIN: low byte = base letter, high byte = mark.
// Per vowel: plain, sắc, huyền, hỏi, ngã, nặng, each as (upper, lower).
const UNIKEY_VNI: Record<string, number[]> = {
  a: [0x0041, 0x0061, 0xd941, 0xf961, 0xd841, 0xf861, 0xdb41, 0xfb61, 0xd541, 0xf561, 0xcf41, 0xef61],
  â: [0xc241, 0xe261, 0xc141, 0xe161, 0xc041, 0xe061, 0xc541, 0xe561, 0xc341, 0xe361, 0xc441, 0xe461],
  ă: [0xca41, 0xea61, 0xc941, 0xe961, 0xc841, 0xe861, 0xda41, 0xfa61, 0xdc41, 0xfc61, 0xcb41, 0xeb61],
  e: [0x0045, 0x0065, 0xd945, 0xf965, 0xd845, 0xf865, 0xdb45, 0xfb65, 0xd545, 0xf565, 0xcf45, 0xef65],
  ê: [0xc245, 0xe265, 0xc145, 0xe165, 0xc045, 0xe065, 0xc545, 0xe565, 0xc345, 0xe365, 0xc445, 0xe465],
  i: [0x0049, 0x0069, 0x00cd, 0x00ed, 0x00cc, 0x00ec, 0x00c6, 0x00e6, 0x00d3, 0x00f3, 0x00d2, 0x00f2],
  o: [0x004f, 0x006f, 0xd94f, 0xf96f, 0xd84f, 0xf86f, 0xdb4f, 0xfb6f, 0xd54f, 0xf56f, 0xcf4f, 0xef6f],
  ô: [0xc24f, 0xe26f, 0xc14f, 0xe16f, 0xc04f, 0xe06f, 0xc54f, 0xe56f, 0xc34f, 0xe36f, 0xc44f, 0xe46f],
  ơ: [0x00d4, 0x00f4, 0xd9d4, 0xf9f4, 0xd8d4, 0xf8f4, 0xdbd4, 0xfbf4, 0xd5d4, 0xf5f4, 0xcfd4, 0xeff4],
  u: [0x0055, 0x0075, 0xd955, 0xf975, 0xd855, 0xf875, 0xdb55, 0xfb75, 0xd555, 0xf575, 0xcf55, 0xef75],
  ư: [0x00d6, 0x00f6, 0xd9d6, 0xf9f6, 0xd8d6, 0xf8f6, 0xdbd6, 0xfbf6, 0xd5d6, 0xf5f6, 0xcfd6, 0xeff6],
  y: [0x0059, 0x0079, 0xd959, 0xf979, 0xd859, 0xf879, 0xdb59, 0xfb79, 0xd559, 0xf579, 0x00ce, 0x00ee],
  đ: [0x00d1, 0x00f1],
};

const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const withTone = (base: string, tone: string): string => (base.normalize('NFD') + tone).normalize('NFC');

/** Every Vietnamese letter with a diacritic or tone, lower and upper case (134 in all). */
const ALL_LETTERS: string[] = (() => {
  const out: string[] = [];
  for (const base of 'aăâeêioôơuưy') {
    for (const tone of TONES) {
      const lower = withTone(base, tone);
      if (lower.charCodeAt(0) > 0x7f) out.push(lower, lower.toUpperCase());
    }
  }
  out.push('đ', 'Đ');
  return out;
})();

const TCVN_BYTE = new Map<string, number>();
[...LIBICONV_TCVN_LOW, ...LIBICONV_TCVN_HIGH].forEach((cp, i) => {
  const byte = i < LIBICONV_TCVN_LOW.length ? i : i - LIBICONV_TCVN_LOW.length + 0x80;
  if (cp > 0x7f && (cp < 0x300 || cp > 0x36f)) TCVN_BYTE.set(String.fromCodePoint(cp), byte);
});

/** Unicode → TCVN3 as the .xlsx shows it; capitals from VN1, C1 bytes raw or as cp1252. */
function toTcvn3(text: string, c1: 'raw' | 'cp1252' = 'raw'): string {
  return Array.from(text.normalize('NFC'), (ch) => {
    const byte = TCVN_BYTE.get(ch);
    if (byte === undefined) return ch;
    const glyph = byte >= 0x80 && byte < 0xa0 ? (CP1252_80_9F[byte - 0x80] ?? 0) : 0;
    return String.fromCharCode(c1 === 'cp1252' && glyph !== 0 ? glyph : byte);
  }).join('');
}

/** Case a letter takes in VN3, which has no toned capitals: only Ă Â Ê Ô Ơ Ư Đ stay upper case. */
const vn3Case = (ch: string): string =>
  ch.charCodeAt(0) <= 0x7f || /[ĂÂÊÔƠƯĐ]/.test(ch) ? ch : ch.toLowerCase();

/** Unicode → TCVN3 the way Unikey writes it: VN3 codes only. */
const toTcvn3Vn3 = (text: string): string => toTcvn3(Array.from(text.normalize('NFC'), vn3Case).join(''));

const VNI_OF = new Map<string, string>();
for (const [base, words] of Object.entries(UNIKEY_VNI)) {
  words.forEach((w, i) => {
    const lower = base === 'đ' ? 'đ' : withTone(base, TONES[Math.floor(i / 2)] ?? '');
    const letter = i % 2 === 0 ? lower.toUpperCase() : lower;
    const vni = String.fromCharCode(w & 0xff) + (w >> 8 ? String.fromCharCode(w >> 8) : '');
    VNI_OF.set(letter, vni);
  });
}
const toVni = (text: string): string => Array.from(text.normalize('NFC'), (ch) => VNI_OF.get(ch) ?? ch).join('');

const NAMES = [
  'Buôn Ma Thuột',
  'Đắk Nông',
  'Nguyễn Văn Hùng',
  'Xã Ia Sao',
  'Thôn Phú Thiện',
  'Hội Liên hiệp Phụ nữ',
  'Ủy ban nhân dân',
  'Bon Bu Prăng',
  'Gia Rai',
  'Ê Đê',
  'Tặng quà Tết',
  'Hỗ trợ hộ nghèo',
  'Ngân hàng Chính sách xã hội',
  'Đường bê tông',
  ALL_LETTERS.join(' '),
];

describe('reference tables used by these tests', () => {
  it('cover all 134 letters in both encoders', () => {
    expect(ALL_LETTERS).toHaveLength(134);
    for (const letter of ALL_LETTERS) {
      expect(TCVN_BYTE.has(letter), letter).toBe(true);
      expect(VNI_OF.has(letter), letter).toBe(true);
    }
  });
});

describe('convertLegacy: TCVN3', () => {
  it('decodes every byte as GNU libiconv does (raw C1 and C0 forms)', () => {
    LIBICONV_TCVN_HIGH.forEach((cp, i) => {
      const byte = 0x80 + i;
      if (byte >= 0xb0 && byte <= 0xb4) return; // VN1 combining marks: kept as ° ± ² ³ ´
      expect(convertLegacy(String.fromCharCode(byte), 'tcvn3'), byte.toString(16)).toBe(String.fromCodePoint(cp));
    });
    LIBICONV_TCVN_LOW.forEach((cp, byte) => {
      expect(convertLegacy(String.fromCharCode(byte), 'tcvn3')).toBe(String.fromCodePoint(cp));
    });
  });

  it('leaves ° ± ² ³ ´ alone', () => {
    expect(convertLegacy('50 m² ë 25°C', 'tcvn3')).toBe('50 m² ở 25°C');
  });

  it('round-trips names through VN1 with raw C1 code points', () => {
    for (const name of NAMES) expect(convertLegacy(toTcvn3(name), 'tcvn3')).toBe(name);
  });

  it('round-trips lower-case text through VN3 (Unikey TCVN3)', () => {
    for (const name of NAMES) {
      const expected = Array.from(name, vn3Case).join('');
      expect(convertLegacy(toTcvn3Vn3(name), 'tcvn3')).toBe(expected);
    }
  });

  it('decodes the hand-checked samples', () => {
    expect(convertLegacy('Bu«n', 'tcvn3')).toBe('Buôn');
    expect(convertLegacy('§¾k N«ng', 'tcvn3')).toBe('Đắk Nông');
    expect(convertLegacy('Ph¹m', 'tcvn3')).toBe('Phạm');
    expect(convertLegacy('Ng\u00adêi', 'tcvn3')).toBe('Người');
    expect(convertLegacy('Hé nghÌo', 'tcvn3')).toBe('Hộ nghèo');
    expect(convertLegacy('ñy ban nh©n d©n', 'tcvn3')).toBe('ủy ban nhân dân');
  });

  it('reads cp1252 forms of C1 bytes as capitals inside words', () => {
    expect(toTcvn3('Ủy ban', 'cp1252')).toBe('\u017ey ban');
    expect(convertLegacy('\u017ey ban', 'tcvn3')).toBe('Ủy ban');
    const slogan = 'HỌC TẬP VÀ LÀM THEO';
    expect(toTcvn3(slogan, 'cp1252')).toBe('H\u2013C T\u2020P V\u20ac L\u20acM THEO');
    expect(convertLegacy(toTcvn3(slogan, 'cp1252'), 'tcvn3')).toBe(slogan);
  });

  it('keeps quotes, dashes and apostrophes that are punctuation', () => {
    expect(convertLegacy('M\u2019N«ng', 'tcvn3')).toBe('M\u2019Nông');
    expect(convertLegacy('Giai ®o¹n 2021 \u2013 2025', 'tcvn3')).toBe('Giai đoạn 2021 \u2013 2025');
    expect(convertLegacy('\u201cTÆng quµ TÕt\u201d \u2026', 'tcvn3')).toBe('\u201cTặng quà Tết\u201d \u2026');
    expect(convertLegacy('\u2022 100 \u20ac', 'tcvn3')).toBe('\u2022 100 \u20ac');
  });

  it('upper-cases for H fonts', () => {
    expect(convertLegacy('x· ia sao', 'tcvn3', true)).toBe('XÃ IA SAO');
    expect(convertLegacy('®¶ng bé tØnh gia lai', 'tcvn3', true)).toBe('ĐẢNG BỘ TỈNH GIA LAI');
  });

  it('returns NFC', () => {
    for (const name of NAMES) {
      const out = convertLegacy(toTcvn3(name), 'tcvn3');
      expect(out).toBe(out.normalize('NFC'));
    }
  });
});

describe('convertLegacy: VNI', () => {
  it('round-trips names through the Unikey VNI-WIN table', () => {
    for (const name of NAMES) expect(convertLegacy(toVni(name), 'vni')).toBe(name);
  });

  it('decodes the hand-checked samples', () => {
    expect(convertLegacy('Vieät Nam', 'vni')).toBe('Việt Nam');
    expect(convertLegacy('Ñaék Noâng', 'vni')).toBe('Đắk Nông');
    expect(convertLegacy('Ngöôøi', 'vni')).toBe('Người');
    expect(convertLegacy('Thò', 'vni')).toBe('Thị');
    expect(convertLegacy('ÑAÛNG BOÄ TÆNH', 'vni')).toBe('ĐẢNG BỘ TỈNH');
  });

  it('accepts marks in the other case than the base letter', () => {
    expect(convertLegacy('Aù Ñoâng', 'vni')).toBe('Á Đông');
    expect(convertLegacy('NGÖÔøI', 'vni')).toBe('NGƯỜI');
  });

  it('leaves marks that follow no vowel as they are', () => {
    expect(convertLegacy('Tây', 'vni')).toBe('Tây');
  });

  it('returns NFC', () => {
    for (const name of NAMES) {
      const out = convertLegacy(toVni(name), 'vni');
      expect(out).toBe(out.normalize('NFC'));
    }
  });
});

describe('encodingOfFont / isUppercaseFont', () => {
  it('recognises TCVN3 and VNI fonts', () => {
    for (const f of ['.VnTime', '.VnTimeH', '.VnArial', '.VnArialH', '.VnArial NarrowH', '.VNTIME']) {
      expect(encodingOfFont(f), f).toBe('tcvn3');
    }
    for (const f of ['VNI-Times', 'VNI-Helve', 'VNI-Top', 'vni-times']) expect(encodingOfFont(f), f).toBe('vni');
    for (const f of [undefined, '', 'Times New Roman', 'Arial', 'Calibri', 'VNIX', 'Vni']) {
      expect(encodingOfFont(f), String(f)).toBeUndefined();
    }
  });

  it('flags only TCVN3 H fonts as upper case', () => {
    expect(isUppercaseFont('.VnTimeH')).toBe(true);
    expect(isUppercaseFont('.VnArialH')).toBe(true);
    expect(isUppercaseFont('.VnTime')).toBe(false);
    expect(isUppercaseFont('.VnArial')).toBe(false);
    expect(isUppercaseFont('VNI-TimesH')).toBe(false);
    expect(isUppercaseFont('ArialH')).toBe(false);
    expect(isUppercaseFont(undefined)).toBe(false);
  });
});

const UNICODE_VIETNAMESE = [
  'Buôn Ma Thuột', 'Đắk Nông', 'Người', 'Bon Bu Prăng', 'Ê Đê', "M'Nông", 'M\u2019Nông', 'Xã Ia Sao',
  'ĐẢNG BỘ TỈNH GIA LAI', 'Tây Nguyên', 'Tây Ninh', 'Gia Lai', 'Kon Tum', 'Đắk Lắk', 'Lâm Đồng',
  'Phú Yên', 'Hòa Bình', 'Hoà Bình', 'Cà Mau', 'Lào Cai', 'Yên Bái', 'Thanh Hóa', 'Huế', 'Đà Nẵng',
  'Bình Phước', 'Hoàng', 'Tôi', 'Bùi Thị Xuân', 'Nguyễn Văn Hùng', 'Lê Thị Mai', 'Mét', 'Có',
  'Không',
  'Tày', 'Thái', 'Mường', 'Khmer', 'Nùng', 'Mông', 'Gia Rai', 'Ba Na', 'Xơ Đăng', 'Cơ Ho', 'Hrê',
  'Mnông', 'Xtiêng', 'Bru - Vân Kiều', 'Tà Ôi', 'Giáy', 'Chơ Ro', 'Pu Péo', 'Brâu', 'Ơ Đu', 'Rơ Măm',
  'Ủy ban nhân dân xã Ia Sao', 'TÂY NGUYÊN', 'HÒA BÌNH', 'Cán bộ', 'Làng Plei Ring',
  'Tổng số hộ nghèo giảm 2,5% so với năm trước.',
  'Tặng 50 suất quà Tết cho hộ nghèo, mỗi suất trị giá 500.000 đồng.',
  'Hỗ trợ xây dựng 1,2 km đường bê tông nông thôn tại buôn Đrăh.',
  'Tôi là cán bô thôn, tên là Hoàng, quê ở Phú Yên.',
  'Bà con đồng bào dân tộc thiểu số đã tham gia đầy đủ.',
  'Số tiền: 1.500.000 đ', '1.500.000 đ', '1.500.000đ', 'Trà Vinh', 'An Giang', 'Hà Nội',
];

const NOT_LEGACY = [
  '', 'Ia Sao', 'Gia Rai', 'Bon Bu Prang', 'TOTAL', 'Kon Tum 2024', '12/05/2023', '2023-05-12', '1,5%',
  '1.500.000', '0912 345 678', '25°C', '50 m²', '3 ½ ha', 'café', 'Café Trung Nguyên', 'Sébastien',
  'naïve', 'Noël', 'Müller', 'Straße', 'François', 'crème brûlée', 'déjà vu', 'Où est-il ? Il a dû partir.',
  'résumé', 'Zürich', 'España', 'niño', 'São Paulo', 'Microsoft® Excel®', '© 2020', '« Bonjour »',
  '§ 3', '5 µm', 'A · B · C', '¡Hola!', '£5', 'Mét', 'Có', 'Bùi', 'Ông',
];

describe('detectLegacy', () => {
  it('is undefined for correct Unicode Vietnamese, NFC and NFD', () => {
    expect(UNICODE_VIETNAMESE.length).toBeGreaterThanOrEqual(40);
    for (const s of UNICODE_VIETNAMESE) {
      expect(detectLegacy(s), s).toBeUndefined();
      expect(detectLegacy(s.normalize('NFD')), `${s} (NFD)`).toBeUndefined();
      expect(detectLegacy(s.toUpperCase()), s.toUpperCase()).toBeUndefined();
    }
  });

  it('is undefined for ASCII, numbers, dates, Western words and symbols', () => {
    for (const s of NOT_LEGACY) expect(detectLegacy(s), s).toBeUndefined();
  });

  it('detects TCVN3', () => {
    const samples = ['Bu«n', '§¾k', 'Ph¹m', 'x·', 'Hµ', '§¾k N«ng', 'Hµ Néi', 'X· Ia Sao', 'Bon Bu Pr¨ng'];
    for (const s of [...samples, 'ñy ban nh©n d©n', 'NguyÔn ThÞ', 'biÕn']) {
      expect(detectLegacy(s), s).toBe('tcvn3');
    }
    expect(detectLegacy(toTcvn3('Ủy ban nhân dân'))).toBe('tcvn3');
    expect(detectLegacy(toTcvn3('ĐẢNG BỘ TỈNH GIA LAI'))).toBe('tcvn3');
    for (const name of NAMES.slice(0, -1)) {
      const legacy = toTcvn3Vn3(name);
      if (legacy !== name) expect(detectLegacy(legacy), legacy).toBe('tcvn3');
    }
  });

  it('detects VNI', () => {
    for (const s of ['Vieät Nam', 'Ñaék Noâng', 'Ngöôøi', 'Nguyeãn Vaên Huøng', 'ÑAÛNG BOÄ']) {
      expect(detectLegacy(s), s).toBe('vni');
    }
    for (const name of NAMES.slice(0, -1)) {
      const legacy = toVni(name);
      if (legacy !== name) expect(detectLegacy(legacy), legacy).toBe('vni');
    }
  });

  it('is undefined for short ambiguous legacy strings', () => {
    // "Hoàng" is also VNI for "Hồng", "Mét" TCVN3 for "Một": nothing tells them apart.
    for (const s of ['Hoàng', 'Mét', 'Thò', 'Tôi', 'Cã', '«']) expect(detectLegacy(s), s).toBeUndefined();
  });
});

describe('decodeLegacyCell', () => {
  it('trusts the font', () => {
    expect(decodeLegacyCell('Bu«n Ma Thuét', '.VnTime')).toEqual({ encoding: 'tcvn3', text: 'Buôn Ma Thuột' });
    expect(decodeLegacyCell('Mét', '.VnTime')).toEqual({ encoding: 'tcvn3', text: 'Một' });
    expect(decodeLegacyCell('Hoàng', 'VNI-Times')).toEqual({ encoding: 'vni', text: 'Hồng' });
    expect(decodeLegacyCell('Ngöôøi', 'VNI-Times')).toEqual({ encoding: 'vni', text: 'Người' });
  });

  it('upper-cases text in H fonts', () => {
    expect(decodeLegacyCell('®¶ng bé tØnh gia lai', '.VnTimeH')).toEqual({
      encoding: 'tcvn3',
      text: 'ĐẢNG BỘ TỈNH GIA LAI',
    });
    expect(decodeLegacyCell('x· Ia Sao', '.VnArialH')).toEqual({ encoding: 'tcvn3', text: 'XÃ IA SAO' });
  });

  it('returns undefined when a legacy font holds nothing to convert', () => {
    expect(decodeLegacyCell('Ia Sao', '.VnTime')).toBeUndefined();
    expect(decodeLegacyCell('ia sao', '.VnTimeH')).toBeUndefined();
    expect(decodeLegacyCell('Ia Sao', 'VNI-Times')).toBeUndefined();
    expect(decodeLegacyCell('25°C', '.VnTime')).toBeUndefined();
  });

  it('returns undefined for Unicode typed into a legacy-font cell', () => {
    expect(decodeLegacyCell('Buôn Ma Thuột', '.VnTime')).toBeUndefined();
    expect(decodeLegacyCell('Đắk Nông', 'VNI-Times')).toBeUndefined();
  });

  it('falls back to detection without a font', () => {
    expect(decodeLegacyCell('§¾k N«ng')).toEqual({ encoding: 'tcvn3', text: 'Đắk Nông' });
    expect(decodeLegacyCell('Ñaék Noâng', 'Times New Roman')).toEqual({ encoding: 'vni', text: 'Đắk Nông' });
    expect(decodeLegacyCell('Đắk Nông')).toBeUndefined();
    expect(decodeLegacyCell('café')).toBeUndefined();
    expect(decodeLegacyCell('Ia Sao')).toBeUndefined();
  });
});
