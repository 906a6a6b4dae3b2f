/**
 * `init` tells the truth about what it wrote (issue 22): the number of data sheets its own
 * template has, the villages and communes of a master as places (not names), and where the
 * config went when it was written into another folder.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { capture } from './helpers/io.js';
import { HEADERS, tempDir, writeWorkbook } from './helpers/workbook.js';

const village = (n: number, district: string, commune: string, name: string, year: number) => [n, district, commune, name, year, 'Gia Rai', null, null, 120, 100, 600, 30, 10];

describe('init --from: villages and communes counted as places', () => {
  it('a village name repeated across communes, a commune name in two districts, and two years count right', async () => {
    const dir = tempDir('ketnghia-init-count-');
    const rows = [
      ['Huyện A', 'Xã Ia Sao', 'Thôn 1'],
      ['Huyện A', 'Xã Ia Sao', 'Thôn 2'],
      ['Huyện A', 'Xã Ia Rbol', 'Thôn 1'],
      ['Huyện B', 'Xã Ia Sao', 'Thôn 1'],
    ];
    // The same villages listed for 2020 and 2021.
    const list = [2020, 2021].flatMap((year, y) => rows.map(([d, c, v], i) => village(y * 4 + i + 1, d!, c!, v!, year)));
    await writeWorkbook(join(dir, 'danh-muc.xlsx'), [
      { name: 'Thôn làng', rows: [[...HEADERS.villages], ...list] },
      { name: 'Đơn vị', rows: [[...HEADERS.units], [1, 'Công an thị xã', 'huyện', 'Lực lượng vũ trang'], [2, 'Phòng Y tế', 'huyện', 'Chính quyền']] },
      // A pairing that names a village without its district: the same place as the list's.
      { name: 'Kết nghĩa', rows: [[...HEADERS.pairings], [1, 'Công an thị xã', 'Xã Ia Rbol', 'Thôn 1', '15/03/2013']] },
    ]);
    const io = capture(dir);
    expect(await main(['init', 'mau', '--from', 'danh-muc.xlsx'], io)).toBe(0);
    expect(io.stdout).toContain('Danh sách chọn lấy từ danh-muc.xlsx: 3 xã, 4 thôn, làng, 2 đơn vị.');
    const en = capture(dir);
    expect(await main(['init', 'mau-en', '--from', 'danh-muc.xlsx', '--lang', 'en'], en)).toBe(0);
    expect(en.stdout).toContain('Dropdowns from danh-muc.xlsx: 3 communes, 4 villages, 2 units.');
  });
});

describe('init: its own sheets, and where the config went', () => {
  it('counts and names the data sheets the template has', async () => {
    const dir = tempDir('ketnghia-init-sheets-');
    const io = capture(dir);
    expect(await main(['init'], io)).toBe(0);
    expect(io.stdout).toContain('Trang Hướng dẫn và 6 trang nhập liệu: Thôn làng, Đơn vị, Kết nghĩa, Hoạt động, ');
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'mau-bao-cao-ket-nghia.xlsx'));
    const named = /(\d+) trang nhập liệu: ([^(]+) \(/.exec(io.stdout)!;
    const listed = named[2]!.split(', ');
    expect(listed).toHaveLength(Number(named[1]));
    for (const name of listed) expect(workbook.getWorksheet(name), name).toBeDefined();
    // Every sheet of the file is one of those, the guide or the hidden lists.
    expect(workbook.worksheets.length).toBe(listed.length + 2);
  });

  it('init "Mẫu gửi đơn vị": says the config is in that folder and how the other commands find it', async () => {
    const dir = tempDir('ketnghia-init-where-');
    mkdirSync(join(dir, 'Báo cáo'));
    const io = capture(dir);
    expect(await main(['init', 'Mẫu gửi đơn vị'], io)).toBe(0);
    expect(io.stdout).toContain(`Đã tạo tệp cấu hình: ${join('Mẫu gửi đơn vị', 'ketnghia.config.json')}`);
    expect(io.stdout).toContain('Tệp cấu hình nằm trong thư mục Mẫu gửi đơn vị. Các lệnh khác tìm ketnghia.config.json ở thư mục đang đứng, rồi ở thư mục chứa các tệp số liệu');
    expect(io.stdout).toContain(`--config "${join('Mẫu gửi đơn vị', 'ketnghia.config.json')}"`);
    // And the advice works: with --config the next command uses it.
    const next = capture(dir);
    await main(['validate', join('Mẫu gửi đơn vị', 'mau-bao-cao-ket-nghia.xlsx'), '--config', join('Mẫu gửi đơn vị', 'ketnghia.config.json')], next);
    expect(next.stderr).toContain(`Cấu hình: ${join('Mẫu gửi đơn vị', 'ketnghia.config.json')}`);
    const en = capture(dir);
    expect(await main(['init', 'Template', '--lang', 'en'], en)).toBe(0);
    expect(en.stdout).toContain('The config is in the folder Template. The other commands look for ketnghia.config.json in the working folder');
    // In the working folder itself, nothing more to say.
    const here = capture(join(dir, 'Báo cáo'));
    expect(await main(['init'], here)).toBe(0);
    expect(here.stdout).not.toContain('Tệp cấu hình nằm trong thư mục');
  });
});
