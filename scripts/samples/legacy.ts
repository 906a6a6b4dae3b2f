/**
 * Unicode → the legacy 8-bit Vietnamese encodings, as the text of an .xlsx cell shows them
 * (each font byte as its Windows-1252 character), to plant `legacy-encoding` samples.
 * Only what the samples need: TCVN3 (.VnTime) lower-case letters and the plain capitals
 * Ă Â Ê Ô Ơ Ư Đ, and VNI-Windows (VNI-Times) in full.
 */

// TCVN3: letter → byte. Columns: no tone, sắc, huyền, hỏi, ngã, nặng.
const TCVN3: ReadonlyArray<readonly [string, number, number, number, number, number, number]> = [
  ['a', 0x61, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9],
  ['ă', 0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6],
  ['â', 0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb],
  ['e', 0x65, 0xd0, 0xcc, 0xce, 0xcf, 0xd1],
  ['ê', 0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6],
  ['i', 0x69, 0xdd, 0xd7, 0xd8, 0xdc, 0xde],
  ['o', 0x6f, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4],
  ['ô', 0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9],
  ['ơ', 0xac, 0xed, 0xea, 0xeb, 0xec, 0xee],
  ['u', 0x75, 0xf3, 0xef, 0xf1, 0xf2, 0xf4],
  ['ư', 0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9],
  ['y', 0x79, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe],
];
const TCVN3_OTHER: Readonly<Record<string, number>> = { 'đ': 0xae, 'Ă': 0xa1, 'Â': 0xa2, 'Ê': 0xa3, 'Ô': 0xa4, 'Ơ': 0xa5, 'Ư': 0xa6, 'Đ': 0xa7 };
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

const TCVN3_MAP = new Map<string, string>();
for (const [letter, ...codes] of TCVN3) {
  codes.forEach((code, i) => TCVN3_MAP.set((letter.normalize('NFD') + TONES[i]).normalize('NFC'), String.fromCharCode(code)));
}
for (const [letter, code] of Object.entries(TCVN3_OTHER)) TCVN3_MAP.set(letter, String.fromCharCode(code));

/** Text as typed with a .VnTime font (TCVN3). Throws on a letter the samples cannot encode. */
export function toTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (/^[\x20-\x7e]$/.test(ch)) out += ch;
    else {
      const code = TCVN3_MAP.get(ch);
      if (code === undefined) throw new Error(`TCVN3 sample cannot encode "${ch}"`);
      out += code;
    }
  }
  return out;
}

// VNI: base letter, then a mark byte (upper case after a capital).
const VNI_TONE: Readonly<Record<string, string>> = { '\u0301': 'ù', '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' };
const VNI_CIRC: Readonly<Record<string, string>> = { '': 'â', '\u0301': 'á', '\u0300': 'à', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä' };
const VNI_BREVE: Readonly<Record<string, string>> = { '': 'ê', '\u0301': 'é', '\u0300': 'è', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë' };
const VNI_I: Readonly<Record<string, string>> = { '\u0301': 'í', '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò' };

/** Text as typed with a VNI-Times font. */
export function toVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (ch === 'đ' || ch === 'Đ') {
      out += ch === 'đ' ? 'ñ' : 'Ñ';
      continue;
    }
    const nfd = ch.normalize('NFD');
    const base = nfd[0]!;
    const marks = nfd.slice(1);
    if (marks === '') {
      out += ch;
      continue;
    }
    const upper = base !== base.toLowerCase();
    const cased = (s: string): string => (upper ? s.toUpperCase() : s);
    const tone = [...marks].find((m) => m in VNI_TONE) ?? '';
    const shape = [...marks].find((m) => m === '\u0302' || m === '\u0306' || m === '\u031b');
    if (shape === '\u0302') out += base + cased(VNI_CIRC[tone]!);
    else if (shape === '\u0306') out += base + cased(VNI_BREVE[tone]!);
    else if (shape === '\u031b') out += cased(base.toLowerCase() === 'o' ? 'ô' : 'ö') + (tone ? cased(VNI_TONE[tone]!) : '');
    else if (base.toLowerCase() === 'i') out += cased(VNI_I[tone]!);
    else if (base.toLowerCase() === 'y' && tone === '\u0323') out += cased('î');
    else out += base + cased(VNI_TONE[tone]!);
  }
  return out;
}
