/**
 * The report's form on a third dataset (test/helpers/third-dataset.ts): every kind, in State
 * style for a People's Committee and in Party style for a Ban of the Tỉnh ủy, read back from
 * the .docx as the signer reads it — header, results heading, closing, signature, the fields
 * still to write, and no blank page at the end. (Looked at through LibreOffice by hand; the
 * PDF path itself is tested in report.test.ts and report-kinds.test.ts.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { capture } from './helpers/io.js';
import { BAN_CONFIG, UBND_CONFIG, writeThirdDataset } from './helpers/third-dataset.js';
import { tempDir } from './helpers/workbook.js';
import { zipEntry } from './helpers/zip.js';

const dir = tempDir();
const KINDS = [
  ['nam', ['--year', '2024']],
  ['so-ket', ['--from', '2022', '--to', '2024']],
  ['tong-ket', ['--from', '2020', '--to', '2024']],
] as const;
const ISSUERS = [
  ['nn', 'ubnd.json', UBND_CONFIG],
  ['dang', 'ban.json', BAN_CONFIG],
] as const;
const docs: Record<string, { paragraphs: string[]; xml: string; stderr: string }> = {};

beforeAll(async () => {
  const file = await writeThirdDataset(dir);
  for (const [tag, name, config] of ISSUERS) writeFileSync(join(dir, name), JSON.stringify(config));
  for (const [tag, name] of ISSUERS) {
    for (const [kind, args] of KINDS) {
      const io = capture(dir);
      expect(await main(['report', file, '--kind', kind, ...args, '--config', name, '-o', `${kind}-${tag}.docx`], io), io.stderr).toBe(0);
      const xml = await zipEntry(readFileSync(join(dir, `${kind}-${tag}.docx`)), 'word/document.xml');
      const paragraphs = [...xml.matchAll(/<w:p[ >][^]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]!).join(''));
      docs[`${kind}-${tag}`] = { paragraphs, xml, stderr: io.stderr };
    }
  }
}, 120_000);

describe('a People’s Committee in State style', () => {
  it('heads every kind "ỦY BAN NHÂN DÂN" / "HUYỆN KON PLÔNG", no superior line, no warning for it', () => {
    for (const [kind] of KINDS) {
      const d = docs[`${kind}-nn`]!;
      expect(d.paragraphs.slice(0, 2), kind).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN KON PLÔNG']);
      expect(d.xml).not.toContain('UBND TỈNH KON TUM');
      expect(d.stderr).not.toContain('cơ quan cấp trên');
    }
  });

  it('signs "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / A Thanh, after a closing ending "./."', () => {
    for (const [kind] of KINDS) {
      const p = docs[`${kind}-nn`]!.paragraphs;
      const closing = p.findIndex((x) => x.startsWith('Trên đây là báo cáo'));
      expect(p[closing], kind).toMatch(/của Ủy ban nhân dân huyện Kon Plông\.\/\.$/);
      const after = p.slice(closing + 1).filter((x) => /^(TM|KT|PHÓ|A Thanh)/.test(x));
      expect(after.slice(0, 4), kind).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'A Thanh']);
    }
  });
});

describe('a Ban of the Tỉnh ủy in Party style', () => {
  it('heads every kind "TỈNH ỦY KON TUM" / "BAN DÂN VẬN" / "*" and signs K/T', () => {
    for (const [kind] of KINDS) {
      const p = docs[`${kind}-dang`]!.paragraphs;
      expect(p.slice(0, 5), kind).toEqual(['TỈNH ỦY KON TUM', 'BAN DÂN VẬN', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 58-BC/BDVTU']);
      expect(p).toContain('K/T TRƯỞNG BAN');
      expect(p).toContain('PHÓ TRƯỞNG BAN');
    }
  });
});

describe('every report', () => {
  it('heads a tổng kết of a 2008 directive with the data’s years, and proposes to amend it (weaknesses remain)', () => {
    for (const [tag] of ISSUERS) {
      const p = docs[`tong-ket-${tag}`]!.paragraphs;
      expect(p).toContain('II. KẾT QUẢ THỰC HIỆN (SỐ LIỆU 2020–2024)');
      expect(p.some((x) => x.startsWith('- Đề nghị Ban Thường vụ Tỉnh ủy xem xét sửa đổi, bổ sung Chỉ thị số 07-CT/TU (ban hành năm 2008, đã thực hiện 17 năm)'))).toBe(true);
    }
  });

  it('lists on stderr exactly the fields its config leaves unwritten', () => {
    const listed = (key: string) => [...docs[key]!.stderr.matchAll(/ô "([^"]+)"/g)].map((m) => m[1]);
    expect(listed('nam-nn')).toEqual(['Nguyên nhân chủ quan']);
    // No unit reported every year of 2020–2024 (SPEC §6): the office names the exemplary units itself.
    expect(listed('tong-ket-nn')).toEqual(['Nguyên nhân của ưu điểm', 'Nguyên nhân chủ quan', 'Bài học kinh nghiệm', 'Đơn vị tiêu biểu, đề nghị khen thưởng']);
    expect(listed('nam-dang')).toEqual(['Lãnh đạo, chỉ đạo', 'Nguyên nhân hạn chế']);
    expect(listed('so-ket-dang')).toEqual(['Lãnh đạo, chỉ đạo', 'Nguyên nhân hạn chế', 'Đề xuất, kiến nghị']);
  });

  it('ends on a hairline paragraph after a closing table, so no blank page follows', () => {
    for (const key of Object.keys(docs)) {
      const body = docs[key]!.xml.split('<w:sectPr')[0]!;
      expect(body, key).toMatch(/<\/w:tbl><w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="20" w:lineRule="exact"\/><\/w:pPr><\/w:p>$/);
    }
  });
});
