import { describe, expect, it } from 'vitest';
import {
  ETHNIC_GROUPS,
  findEthnicGroup,
  suggestEthnicGroup,
  type EthnicGroup,
} from '../src/schema/ethnic.js';
import { fold } from '../src/text/normalize.js';

const key = (s: string): string => fold(s).replace(/ /g, '');

function byName(name: string): EthnicGroup {
  const g = ETHNIC_GROUPS.find((x) => x.name === name);
  if (g === undefined) throw new Error(`no group named ${name}`);
  return g;
}

describe('ETHNIC_GROUPS', () => {
  it('lists 54 groups with codes 01–54 in order', () => {
    expect(ETHNIC_GROUPS).toHaveLength(54);
    const codes = ETHNIC_GROUPS.map((g) => g.code);
    expect(codes).toEqual(Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(new Set(codes).size).toBe(54);
  });

  it('has unique names, also when folded', () => {
    const names = ETHNIC_GROUPS.map((g) => g.name);
    expect(new Set(names).size).toBe(54);
    expect(new Set(names.map(key)).size).toBe(54);
  });

  it('stores names and aliases in NFC without stray spaces', () => {
    for (const g of ETHNIC_GROUPS) {
      for (const s of [g.name, ...g.aliases]) {
        expect(s).toBe(s.normalize('NFC'));
        expect(s).toBe(s.trim());
        expect(s).not.toMatch(/\s{2,}/);
      }
    }
  });

  it('has the expected official names and 1979 codes for a sample', () => {
    const sample: Record<string, string> = {
      '01': 'Kinh',
      '04': 'Hoa',
      '05': 'Khmer',
      '06': 'Mường',
      '08': 'Mông',
      '10': 'Gia Rai',
      '11': 'Ngái',
      '12': 'Ê Đê',
      '20': "M'Nông",
      '22': "X'Tiêng",
      '23': 'Bru-Vân Kiều',
      '47': 'Cờ Lao',
      '53': 'Ơ Đu',
      '54': 'Rơ Măm',
    };
    for (const [code, name] of Object.entries(sample)) {
      expect(ETHNIC_GROUPS.find((g) => g.code === code)?.name).toBe(name);
    }
  });

  it('contains every group named in the brief', () => {
    const expected = [
      'Kinh', 'Tày', 'Thái', 'Mường', 'Khmer', 'Hoa', 'Nùng', 'Mông', 'Dao', 'Gia Rai', 'Ê Đê',
      'Ba Na', 'Xơ Đăng', 'Sán Chay', 'Cơ Ho', 'Chăm', 'Sán Dìu', 'Hrê', 'Ra Glai', "M'Nông",
      "X'Tiêng", 'Bru-Vân Kiều', 'Thổ', 'Khơ Mú', 'Cơ Tu', 'Giáy', 'Giẻ Triêng', 'Tà Ôi', 'Mạ',
      'Co', 'Chơ Ro', 'Xinh Mun', 'Hà Nhì', 'Chu Ru', 'Lào', 'Kháng', 'La Chí', 'Phù Lá', 'La Hủ',
      'La Ha', 'Pà Thẻn', 'Chứt', 'Lự', 'Lô Lô', 'Mảng', 'Cờ Lao', 'Bố Y', 'Cống', 'Ngái', 'Si La',
      'Pu Péo', 'Rơ Măm', 'Brâu', 'Ơ Đu',
    ];
    expect(expected).toHaveLength(54);
    expect([...ETHNIC_GROUPS.map((g) => g.name)].sort()).toEqual([...expected].sort());
  });

  it('has no alias that collides with another group’s name or alias', () => {
    const owner = new Map<string, string>();
    for (const g of ETHNIC_GROUPS) {
      for (const s of [g.name, ...g.aliases]) {
        const k = key(s);
        expect(k, `${s} folds to nothing`).not.toBe('');
        const prev = owner.get(k);
        if (prev !== undefined) expect(prev, `${s} (${g.name}) vs ${prev}`).toBe(g.name);
        owner.set(k, g.name);
      }
    }
  });
});

describe('findEthnicGroup', () => {
  it('resolves every official name and every alias to its own group', () => {
    for (const g of ETHNIC_GROUPS) {
      expect(findEthnicGroup(g.name)).toBe(g);
      for (const a of g.aliases) expect(findEthnicGroup(a), a).toBe(g);
    }
  });

  it('ignores Unicode form, case and spacing', () => {
    for (const g of ETHNIC_GROUPS) {
      expect(findEthnicGroup(g.name.normalize('NFD'))).toBe(g);
      expect(findEthnicGroup(g.name.toUpperCase())).toBe(g);
      expect(findEthnicGroup(g.name.toLowerCase())).toBe(g);
      expect(findEthnicGroup(`  ${g.name.replace(/ /g, '   ')}\u00a0`)).toBe(g);
    }
  });

  it('resolves common variants', () => {
    expect(findEthnicGroup('Jrai')?.name).toBe('Gia Rai');
    expect(findEthnicGroup('Jarai')?.name).toBe('Gia Rai');
    expect(findEthnicGroup('gia-rai')?.name).toBe('Gia Rai');
    expect(findEthnicGroup('Êđê')?.name).toBe('Ê Đê');
    expect(findEthnicGroup('Ê-đê')?.name).toBe('Ê Đê');
    expect(findEthnicGroup('E De')?.name).toBe('Ê Đê');
    expect(findEthnicGroup('Mnông')?.name).toBe("M'Nông");
    expect(findEthnicGroup("M'nông")?.name).toBe("M'Nông");
    expect(findEthnicGroup('M’Nông')?.name).toBe("M'Nông");
    expect(findEthnicGroup('M nông')?.name).toBe("M'Nông");
    expect(findEthnicGroup('Stiêng')?.name).toBe("X'Tiêng");
    expect(findEthnicGroup('H’Mông')?.name).toBe('Mông');
    expect(findEthnicGroup('HMONG')?.name).toBe('Mông');
    expect(findEthnicGroup('Bahnar')?.name).toBe('Ba Na');
    expect(findEthnicGroup('Vân Kiều')?.name).toBe('Bru-Vân Kiều');
    expect(findEthnicGroup('Bru Vân Kiều')?.name).toBe('Bru-Vân Kiều');
    expect(findEthnicGroup('Khơ-me')?.name).toBe('Khmer');
    expect(findEthnicGroup('Chàm')?.name).toBe('Chăm');
    expect(findEthnicGroup('Thai')?.name).toBe('Thái');
    expect(findEthnicGroup('Katu')?.name).toBe('Cơ Tu');
    expect(findEthnicGroup('Pa Kô')?.name).toBe('Tà Ôi');
    expect(findEthnicGroup('Khmu')?.name).toBe('Khơ Mú');
    expect(findEthnicGroup("K'Ho")?.name).toBe('Cơ Ho');
    expect(findEthnicGroup('Raglai')?.name).toBe('Ra Glai');
    expect(findEthnicGroup('Sedang')?.name).toBe('Xơ Đăng');
  });

  it('reads the Icelandic eth as Đ', () => {
    expect(findEthnicGroup('Ê \u00d0ê')?.name).toBe('Ê Đê');
    expect(findEthnicGroup('Xơ \u00f0ăng')?.name).toBe('Xơ Đăng');
  });

  it('keeps diacritic-free but distinct names apart', () => {
    expect(findEthnicGroup('Mông')?.code).toBe('08');
    expect(findEthnicGroup('Mường')?.code).toBe('06');
    expect(findEthnicGroup('Mảng')?.code).toBe('45');
    expect(findEthnicGroup('Mạ')?.code).toBe('28');
    expect(findEthnicGroup('Co')?.code).toBe('30');
    expect(findEthnicGroup('Cống')?.code).toBe('48');
    expect(findEthnicGroup('Lào')?.code).toBe('37');
    expect(findEthnicGroup('Lự')?.code).toBe('42');
  });

  it('returns undefined for unknown, empty or blank input, also when repeated', () => {
    for (let i = 0; i < 2; i++) {
      expect(findEthnicGroup('Gia Ray')).toBeUndefined();
      expect(findEthnicGroup('xyz')).toBeUndefined();
      expect(findEthnicGroup('')).toBeUndefined();
      expect(findEthnicGroup('  -  ')).toBeUndefined();
    }
  });

  it('returns the same answer on repeated calls (memo)', () => {
    const g = byName('Gia Rai');
    for (let i = 0; i < 3; i++) expect(findEthnicGroup('Jrai')).toBe(g);
  });
});

describe('suggestEthnicGroup', () => {
  it('suggests the closest official name for near misses', () => {
    expect(suggestEthnicGroup('Gia Ray')).toBe('Gia Rai');
    expect(suggestEthnicGroup('Xơ Đăn')).toBe('Xơ Đăng');
    expect(suggestEthnicGroup('Bru Vân Kiêu')).toBe('Bru-Vân Kiều');
    expect(suggestEthnicGroup('Sán Rìu')).toBe('Sán Dìu');
    expect(suggestEthnicGroup('Jaraii')).toBe('Gia Rai');
    expect(suggestEthnicGroup('Rơ Mâm')).toBe('Rơ Măm');
  });

  it('returns the official name for a recognised name or alias', () => {
    expect(suggestEthnicGroup('Êđê')).toBe('Ê Đê');
    expect(suggestEthnicGroup('kinh')).toBe('Kinh');
  });

  it('suggests nothing for garbage or empty input', () => {
    expect(suggestEthnicGroup('xyz')).toBeUndefined();
    expect(suggestEthnicGroup('Nguyễn Văn A')).toBeUndefined();
    expect(suggestEthnicGroup('12345')).toBeUndefined();
    expect(suggestEthnicGroup('')).toBeUndefined();
    expect(suggestEthnicGroup('   ')).toBeUndefined();
  });

  it('suggests nothing when two groups are equally close', () => {
    // "tao" is one edit from Tày, Dao and Lào.
    expect(suggestEthnicGroup('Tao')).toBeUndefined();
  });
});
