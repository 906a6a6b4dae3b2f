/**
 * Headers and signatures of the usual issuers (SPEC §6, issue 19), asserted on the .docx:
 * the agency block's lines broken by rule, a People's Committee without a body above it,
 * a Ban under its cấp ủy, one to three authority lines, "./." at the end, the author field.
 */
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../src/config/schema.js';
import { breakName, headerLines } from '../src/report/header.js';
import { headerProblems } from '../src/report/checks.js';
import { signerFor } from '../src/report/signer.js';
import { renderSmall } from './helpers/render-report.js';

const UBND = {
  style: 'nha-nuoc',
  superiorBody: 'UBND tỉnh Gia Lai',
  issuingBody: 'Ủy ban nhân dân thị xã Ayun Pa',
  documentNumber: '45/BC-UBND',
  place: 'Ayun Pa',
  signer: { onBehalfOf: ['TM. Ủy ban nhân dân', 'KT. Chủ tịch'], title: 'Phó Chủ tịch', name: 'Nguyễn Văn A' },
};
const BAN = { style: 'dang', superiorBody: 'Đảng bộ tỉnh Đắk Nông', issuingBody: 'Ban Dân vận Tỉnh ủy', documentNumber: '21-BC/BDVTU', place: 'Đắk Nông', signer: { name: 'Trần Thị B' } };

/** The lines of the first table's left cell (the header's agency block), with whether each is bold. */
function agencyBlock(xml: string): Array<[string, boolean]> {
  const cell = /<w:tc>([^]*?)<\/w:tc>/.exec(xml)![1]!;
  return [...cell.matchAll(/<w:p>([^]*?)<\/w:p>/g)]
    .map((p) => [[...p[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''), /<w:b\/>|<w:b w:val="true"\/>/.test(p[1]!)] as [string, boolean])
    .filter(([text]) => text.trim() !== '');
}

describe('the agency block of the header', () => {
  it('breaks a People’s Committee before its place, prints no body above it and warns of none', async () => {
    const r = await renderSmall('nam', UBND);
    expect(agencyBlock(r.xml).slice(0, 2)).toEqual([
      ['ỦY BAN NHÂN DÂN', true],
      ['THỊ XÃ AYUN PA', true],
    ]);
    expect(r.xml).not.toContain('UBND TỈNH GIA LAI');
    const config = ConfigSchema.parse({ ...UBND, superiorBody: 'Đảng bộ tỉnh …' });
    expect(headerProblems(config, signerFor(config)).map((t) => t.vi)).toEqual([]);
  });

  it('heads a Ban of the Tỉnh ủy with its Tỉnh ủy: "TỈNH ỦY ĐẮK NÔNG" / "BAN DÂN VẬN" (bold) / *', async () => {
    const r = await renderSmall('nam', BAN);
    expect(agencyBlock(r.xml).slice(0, 3)).toEqual([
      ['TỈNH ỦY ĐẮK NÔNG', false],
      ['BAN DÂN VẬN', true],
      ['*', false],
    ]);
    // The place may be in the Ban's own name; without any, the office is told the body above is missing.
    expect(headerLines(ConfigSchema.parse({ issuingBody: 'Ban Dân vận Huyện ủy Krông Nô', superiorBody: '' }))).toMatchObject({ superior: ['HUYỆN ỦY KRÔNG NÔ'], issuing: ['BAN DÂN VẬN'] });
    // The Ban Thường vụ issues in its cấp ủy's name, under the Đảng bộ.
    expect(headerLines(ConfigSchema.parse({ issuingBody: 'Ban Thường vụ Huyện ủy', superiorBody: 'Đảng bộ huyện Krông Nô' }))).toMatchObject({ superior: ['ĐẢNG BỘ HUYỆN KRÔNG NÔ'], issuing: ['HUYỆN ỦY KRÔNG NÔ'] });
    const bare = ConfigSchema.parse({ issuingBody: 'Ban Dân vận Tỉnh ủy', documentNumber: '1-BC/BDVTU', place: 'X', signer: { name: 'A' } });
    expect(headerProblems(bare, signerFor(bare)).map((t) => t.vi).join('\n')).toContain('cơ quan cấp trên');
  });

  it('prints the config’s issuingBodyHeader line by line: a line continued by a place is bold with it', async () => {
    const r = await renderSmall('nam', { ...BAN, issuingBodyHeader: ['Tỉnh ủy Đắk Nông', 'Ban Dân vận'] });
    expect(agencyBlock(r.xml).slice(0, 2)).toEqual([
      ['TỈNH ỦY ĐẮK NÔNG', false],
      ['BAN DÂN VẬN', true],
    ]);
    expect(headerLines(ConfigSchema.parse({ issuingBodyHeader: ['ỦY BAN NHÂN DÂN', 'THỊ XÃ AYUN PA'] }))).toEqual({ superior: [], issuing: ['ỦY BAN NHÂN DÂN', 'THỊ XÃ AYUN PA'], needsSuperior: false });
    // "TỈNH ỦY" is a body, not a place: the line above it stays the body above.
    expect(headerLines(ConfigSchema.parse({ issuingBodyHeader: ['Đảng bộ tỉnh Gia Lai', 'Tỉnh ủy'] }))).toMatchObject({ superior: ['ĐẢNG BỘ TỈNH GIA LAI'], issuing: ['TỈNH ỦY'] });
    const given = ConfigSchema.parse({ issuingBodyHeader: ['TỈNH ỦY ĐẮK NÔNG', 'BAN DÂN VẬN'], documentNumber: '1-BC/BDVTU', place: 'X', signer: { name: 'A' } });
    expect(headerProblems(given, signerFor(given)).map((t) => t.vi)).toEqual([]);
  });

  it('breaks a long name at a word boundary chosen by rule, keeps a short one whole', () => {
    expect(breakName('Ủy ban nhân dân thị xã Ayun Pa', 25)).toEqual(['ỦY BAN NHÂN DÂN', 'THỊ XÃ AYUN PA']);
    expect(breakName('Ủy ban nhân dân thành phố Buôn Ma Thuột', 25)).toEqual(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ BUÔN MA THUỘT']);
    expect(breakName('Huyện ủy Krông Nô', 25)).toEqual(['HUYỆN ỦY KRÔNG NÔ']);
    // A first part still too long is broken again, the place kept on its own line.
    expect(breakName('Ủy ban Mặt trận Tổ quốc Việt Nam huyện Kon Plông', 25)).toEqual(['ỦY BAN MẶT TRẬN', 'TỔ QUỐC VIỆT NAM', 'HUYỆN KON PLÔNG']);
    // No place inside: the space nearest the middle (issuingBodyHeader says better where a name has none).
    const lines = breakName('Ban Chỉ đạo công tác kết nghĩa', 20);
    expect(lines.join(' ')).toBe('BAN CHỈ ĐẠO CÔNG TÁC KẾT NGHĨA');
    expect(lines.map((l) => l.length)).toEqual([16, 13]);
  });

  it('keeps the date level with the number whatever the agency lines: both open the header’s second row', async () => {
    for (const config of [UBND, BAN, { ...BAN, issuingBodyHeader: ['TỈNH ỦY ĐẮK NÔNG', 'BAN DÂN VẬN', 'PHÒNG A'] }]) {
      const r = await renderSmall('nam', config);
      const rows = [...r.xml.split('</w:tbl>')[0]!.matchAll(/<w:tr>([^]*?)<\/w:tr>/g)].map((row) =>
        [...row[1]!.matchAll(/<w:tc>([^]*?)<\/w:tc>/g)].map((cell) => [...cell[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
      );
      expect(rows).toHaveLength(2);
      expect(rows[1]![0]).toMatch(/^Số:? (45\/BC-UBND|21-BC\/BDVTU)$/);
      expect(rows[1]![1]).toMatch(/^(Ayun Pa|Đắk Nông), ngày 15 tháng 3 năm 2024$/);
    }
  });
});

describe('the signature block and the closing', () => {
  it('writes "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", then the name', async () => {
    const r = await renderSmall('nam', UBND);
    const end = r.paragraphs.indexOf('Nơi nhận:');
    const signature = r.paragraphs.slice(end).filter((p) => /^[A-ZĐỦ]/.test(p) && p !== 'Nơi nhận:');
    expect(signature.slice(0, 4)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A']);
  });

  it('takes one authority line as a string, none when the head signs, and flags the other style’s forms line by line', () => {
    expect(signerFor(ConfigSchema.parse({ signer: { onBehalfOf: 'T/M BAN THƯỜNG VỤ', name: 'A' } })).onBehalfOf).toEqual(['T/M BAN THƯỜNG VỤ']);
    expect(signerFor(ConfigSchema.parse({ issuingBody: 'Ban Dân vận Tỉnh ủy' })).onBehalfOf).toEqual([]);
    expect(() => ConfigSchema.parse({ signer: { onBehalfOf: ['a', 'b', 'c', 'd'] } })).toThrow();
    const mixed = ConfigSchema.parse({ ...UBND, signer: { onBehalfOf: ['TM. ỦY BAN NHÂN DÂN', 'K/T CHỦ TỊCH'], name: 'A' } });
    expect(headerProblems(mixed, signerFor(mixed)).map((t) => t.vi)).toEqual(['Thể thức: "K/T CHỦ TỊCH" là thể thức văn bản Đảng; văn bản nhà nước viết "TM." / "KT." (không có gạch chéo).']);
  });

  it('ends the closing sentence with "./." in both styles', async () => {
    for (const config of [UBND, BAN]) {
      for (const kind of ['nam', 'so-ket', 'tong-ket'] as const) {
        const r = await renderSmall(kind, config);
        const closing = r.paragraphs.find((p) => p.startsWith('Trên đây là báo cáo'));
        expect(closing, `${kind} ${config.style}`).toMatch(/[^.]\.\/\.$/);
      }
    }
  }, 60_000);

  it('names the issuing body as the document’s author, not "Un-named"', async () => {
    const r = await renderSmall('nam', UBND);
    expect(r.core).toContain('<dc:creator>Ủy ban nhân dân thị xã Ayun Pa</dc:creator>');
    expect(r.core).toContain('<cp:lastModifiedBy>Ủy ban nhân dân thị xã Ayun Pa</cp:lastModifiedBy>');
    expect(r.core).not.toContain('Un-named');
  });
});
