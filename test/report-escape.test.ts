/**
 * End to end: names that hold the markup's own characters (`|`, `*`, `#`, `::`, a leading
 * dash, a line break) print as written and leave every table with its columns, while a config
 * paragraph written with markup still renders as markup. Read back from the .docx XML.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { capture } from './helpers/io.js';
import { SECOND_CONFIG, writeSecondDataset } from './helpers/second-dataset.js';
import { tempDir } from './helpers/workbook.js';
import { zipEntry } from './helpers/zip.js';

const NAMES: Readonly<Record<string, string>> = {
  'Công an tỉnh': 'Đài PT-TH tỉnh | Kênh *DNRTV*',
  'Sở Giáo dục và Đào tạo': '#1 Sở Giáo dục :: Đào tạo',
  'Ngân hàng Chính sách xã hội': 'Ngân hàng __CSXH__ | chi nhánh',
  'Nam Đà': 'Nam Đà | khu *2*',
  'Quảng Phú': ':: Quảng Phú #3',
  'Bon Đắk Prí': 'Bon Đắk Prí\nBuôn *Mới*',
  "Buôn K'Ri": "Buôn K'Ri | #4",
  'Bon Ja Ráh': '- Bon Ja Ráh',
};

const BASIS = 'Công văn số 125-CV/BDVTU\nngày 10/3/2024 | *khẩn*';

const decode = (xml: string) => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const textOf = (xml: string) => decode([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

/** Each table as its rows of cell texts. */
function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => [...t[1]!.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => textOf(c[1]!))));
}

describe('report: data cannot change the document structure', () => {
  let xml = '';
  let stderr = '';

  beforeAll(async () => {
    const dir = tempDir();
    const file = await writeSecondDataset(dir, (name) => NAMES[name] ?? name);
    // The loader already reads a name's line break as a space; a config text keeps its own.
    const config = { ...SECOND_CONFIG, basis: BASIS, leadership: ['Huyện ủy **đã ban hành** Kế hoạch số 12-KH/HU về *công tác kết nghĩa*.'] };
    writeFileSync(join(dir, 'ketnghia.config.json'), JSON.stringify(config));
    const io = capture(dir);
    const code = await main(['report', file, '--kind', 'so-ket', '--from', '2019', '--to', '2023', '-o', 'r.docx'], io);
    stderr = io.stderr;
    expect(code, io.stderr).toBe(0);
    xml = await zipEntry(readFileSync(join(dir, 'r.docx')), 'word/document.xml');
  }, 120_000);

  it('prints the names as written, a line break as a space, and no escaping backslash', () => {
    const text = textOf(xml);
    for (const name of [...Object.values(NAMES), BASIS]) expect(text).toContain(name.replace(/\n/, ' '));
    expect(text).toContain('Thực hiện Công văn số 125-CV/BDVTU ngày 10/3/2024 | *khẩn*, Huyện ủy Krông Nô báo cáo');
    expect(text).not.toContain('\\');
    expect(stderr).not.toMatch(/Lỗi/);
  });

  it('keeps every table row to its table’s columns, each name whole in one cell', () => {
    const found = tables(xml);
    expect(found.length).toBeGreaterThan(3);
    for (const table of found) {
      // The header row holds no data: its column count is the template's.
      const columns = table[0]!.length;
      for (const row of table) expect(row).toHaveLength(columns);
    }
    const cells = found.flat(2);
    for (const name of ['Đài PT-TH tỉnh | Kênh *DNRTV*', '#1 Sở Giáo dục :: Đào tạo', 'Ngân hàng __CSXH__ | chi nhánh']) expect(cells).toContain(name);
    // The per-unit appendix: number, unit, activities, villages, funds — the bar stayed inside its cell.
    const units = found.find((t) => t.some((row) => row.includes('Đài PT-TH tỉnh | Kênh *DNRTV*')))!;
    const row = units.find((r) => r.includes('Đài PT-TH tỉnh | Kênh *DNRTV*'))!;
    expect(row).toHaveLength(units[0]!.length);
    expect(row[0]).toMatch(/^\d+$/);
  });

  it('renders a config paragraph written with markup as markup', () => {
    const paragraph = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?Huyện ủy (?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g)].map((m) => m[0]).find((p) => textOf(p).includes('đã ban hành'))!;
    expect(textOf(paragraph)).toBe('Huyện ủy đã ban hành Kế hoạch số 12-KH/HU về công tác kết nghĩa.');
    expect(paragraph).toMatch(/<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:b\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t[^>]*>đã ban hành<\/w:t>/);
    expect(paragraph).toMatch(/<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:i\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t[^>]*>công tác kết nghĩa<\/w:t>/);
  });
});
