import { describe, expect, it } from 'vitest';
import { nameKey } from '../src/text/names.js';
import { cleanText, fold } from '../src/text/normalize.js';
import { VillageIndex } from '../src/checks/identity.js';

describe('identity of names (SPEC §2)', () => {
  it('ignores case, NFC/NFD, spacing and prefix words', () => {
    expect(nameKey('Xã  Ia Sao', 'commune')).toBe(nameKey('ia sao', 'commune'));
    expect(nameKey('Bôn Chư Jú'.normalize('NFD'), 'village')).toBe(nameKey('Bôn Chư Jú', 'village'));
    expect(nameKey('Thị xã Ayun Pa', 'district')).toBe(nameKey('Ayun Pa', 'district'));
    expect(nameKey('Phòng Lao động - Thương binh và Xã hội', 'unit')).toBe(nameKey('Phòng Lao động, Thương binh và Xã hội', 'unit'));
  });

  it('treats old and new tone-mark placement as the same name', () => {
    expect(nameKey('Uỷ ban MTTQ Việt Nam thị xã', 'unit')).toBe(nameKey('Ủy ban MTTQ Việt Nam thị xã', 'unit'));
    expect(nameKey('Phòng Văn hoá và Thông tin', 'unit')).toBe(nameKey('Phòng Văn hóa và Thông tin', 'unit'));
    expect(nameKey('Xí nghiệp thuỷ lợi', 'unit')).toBe(nameKey('Xí nghiệp thủy lợi', 'unit'));
    expect(nameKey('Trạm Y tế', 'unit')).not.toBe(nameKey('Trạm Ý tế', 'unit'));
    expect(nameKey('Quý', 'unit')).toBe('quý');
  });

  it('keeps diacritics: Bu Prang is not Bu Prăng', () => {
    expect(nameKey('Bon Bu Prang', 'village')).not.toBe(nameKey('Bon Bu Prăng', 'village'));
  });

  it('suggests the village that differs only in diacritics', () => {
    const index = new VillageIndex();
    index.add({ commune: 'Xã Quảng Trực', village: 'Bon Bu Prăng' });
    index.add({ commune: 'Xã Quảng Trực', village: 'Bon Bu Dăr' });
    expect(index.lookup({ commune: 'Quảng Trực', village: 'Bu Prăng' })).toEqual({ found: true });
    expect(index.lookup({ commune: 'Xã Quảng Trực', village: 'Bon Bu Prang' })).toEqual({ found: false, part: 'village', suggestion: 'Bon Bu Prăng' });
    expect(index.lookup({ commune: 'Xã Quảng Truc', village: 'Bon Bu Prăng' })).toEqual({ found: false, part: 'commune', suggestion: 'Xã Quảng Trực' });
  });

  it('compares districts only when both sides have one', () => {
    const index = new VillageIndex();
    index.add({ district: 'Thị xã Ayun Pa', commune: 'Ia Sao', village: 'Bôn Hiao' });
    expect(index.lookup({ commune: 'Ia Sao', village: 'Bôn Hiao' })).toEqual({ found: true });
    expect(index.lookup({ district: 'Ayun Pa', commune: 'Ia Sao', village: 'Bôn Hiao' })).toEqual({ found: true });
    expect(index.lookup({ district: 'Huyện Phú Thiện', commune: 'Ia Sao', village: 'Bôn Hiao' }).found).toBe(false);
  });
});

describe('text normalisation', () => {
  it('NFC, trims and collapses every kind of space', () => {
    expect(cleanText(' Bôn\u00a0 Chư\nJú '.normalize('NFD'))).toBe('Bôn Chư Jú');
    expect(fold('Số hộ nghèo (*)')).toBe('so ho ngheo');
    expect(fold('Đường cứng hóa')).toBe('duong cung hoa');
  });
});
