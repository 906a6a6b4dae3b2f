/**
 * Writes samples/: the Ayun Pa dataset (a master list and one activity report per bloc,
 * laid out as offices lay them out), samples-loi/ (workbooks with planted faults, one or
 * more per finding code of SPEC §3), samples/loi-expected.json (where each fault is) and
 * samples/README.md.
 *
 * Deterministic: seeded PRNG, fixed document dates, pinned zip times — the same bytes on
 * every run. Build with `npx tsc -p tsconfig.json`, run `node dist/scripts/make-samples.js`
 * (from anywhere: the repository root is found from this file's location).
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIGURES, makeAyunPa, type AyunPa } from './samples/ayunpa.js';
import { activityFile, MASTER_FILE, writeAyunPa } from './samples/ayunpa-files.js';
import { FAULTY_FILES, writeFaultySamples, type Expected } from './samples/loi.js';
import { INBOX, SILENT_UNITS, writeInbox, type InboxCase } from './samples/nop.js';
import { viNumber } from './samples/xlsx.js';

/** The repository root: the nearest folder above this file holding package.json. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

function readme(data: AyunPa, faults: readonly Expected[], inbox: readonly InboxCase[]): string {
  const gifts = data.activities.filter((a) => a.type === 'visits-gifts').length;
  const lines = [
    '# Dữ liệu mẫu',
    '',
    'Tạo bởi `scripts/make-samples.ts` (`npx tsc -p tsconfig.json && node dist/scripts/make-samples.js`); đừng sửa tay.',
    'Số liệu là giả lập, dựng theo thị xã Ayun Pa (Gia Lai) và ghi theo cách các cơ quan vẫn lập bảng Excel:',
    'dòng tiêu đề, tiêu đề cột hai tầng có ô gộp, dòng đánh số (1) (2) (3), dòng "Tổng cộng" có công thức SUM,',
    'số và ngày gõ dạng chữ ("1.500.000", "15/03/2019"), kinh phí tính bằng đồng ở tệp này, bằng nghìn đồng ở tệp kia.',
    '',
    '## Ayun Pa',
    '',
    `- \`${MASTER_FILE}\`: trang "Thôn làng" (${data.villages.length} bôn × 5 năm 2016–2020), "Đơn vị" (${data.units.length} cơ quan, đơn vị), "Kết nghĩa" (${data.pairings.length} dòng, 2 cặp đã kết thúc năm 2016 và có đơn vị khác nhận thay).`,
    ...(['khoi-dang', 'khoi-chinh-quyen', 'khoi-mat-tran', 'khoi-luc-luong-vu-trang-doanh-nghiep'] as const).map(
      (f) => `- \`${activityFile(f)}\`: hoạt động kết nghĩa 2017–2020 của các đơn vị khối này (${data.activities.filter((a) => a.unit.file === f).length} dòng).`,
    ),
    '',
    'Các số liệu phải ra đúng (kiểm tra trong `test/samples.test.ts`):',
    '',
    `- 24/24 bôn có đơn vị kết nghĩa; ${viNumber(FIGURES.households2020)} hộ, ${viNumber(FIGURES.population2020)} khẩu năm 2020;`,
    `- hộ nghèo giảm từ ${viNumber(FIGURES.poor2016)} hộ năm 2016 còn ${FIGURES.poor2020} hộ năm 2020;`,
    `- tổng kinh phí ${viNumber(FIGURES.funds)} đồng (2017–2020), ${data.activities.length} hoạt động, trong đó ${gifts} lượt thăm hỏi, tặng quà.`,
    '',
    '`ketnghia validate samples/` (hoặc `samples/*.xlsx`) không báo lỗi (thoát với mã 0); 4 cảnh báo `totals-mismatch` là cố ý trong số liệu mẫu: ở hai dòng tổng cộng, hàm SUM bỏ qua các số tiền gõ dạng chữ.',
    '',
    `## Hộp thư nộp báo cáo năm 2020 (\`../${INBOX}/\`)`,
    '',
    'Mỗi đơn vị một tệp, như văn phòng lưu các báo cáo nhận được trong năm: dòng tiêu đề "NĂM 2020", dòng "Đơn vị báo cáo: …" (tên ghi',
    'ngay sau nhãn hoặc ở ô bên cạnh) và các hoạt động năm 2020 của đơn vị. Nằm ngoài `samples/` nên `ketnghia validate samples/` không đọc lại (số liệu đã có trong các tệp theo khối).',
    `\`ketnghia submissions samples/${MASTER_FILE} ${INBOX} --year 2020\` cho thấy đủ các trường hợp:`,
    '',
    ...inbox.filter((c) => !/^\d+ hoạt động$/.test(c.what)).map((c) => `- \`${c.file}\` (${c.unit}): ${c.what};`),
    `- ${inbox.filter((c) => /^\d+ hoạt động$/.test(c.what)).length} tệp khác: hoạt động năm 2020 của từng đơn vị;`,
    `- không gửi tệp nào: ${SILENT_UNITS.join(', ')}.`,
    '',
    'Giờ nhận là giờ sửa tệp: tập lệnh đặt các tệp trong nửa đầu tháng 01/2021; bản lấy từ git mang giờ lấy về.',
    '',
    '## Tệp lỗi (`../samples-loi/`)',
    '',
    'Các tệp cố ý có lỗi nằm ở thư mục riêng `samples-loi/` (bên cạnh `samples/`), để `ketnghia validate samples/` chạy ngay không lỗi.',
    'Mỗi tệp tự đủ (có danh sách thôn, đơn vị, kết nghĩa riêng khi cần), nên `ketnghia validate samples-loi/` báo đúng những lỗi như khi kiểm từng tệp.',
    'Vị trí từng lỗi: `loi-expected.json`. Mọi mã lỗi của SPEC §3 đều có, trừ `file-too-large` (bộ kiểm thử tự tạo tệp đó).',
    '',
    '| Tệp | Nội dung | Mã lỗi |',
    '|---|---|---|',
    ...Object.entries(FAULTY_FILES).map(([file, what]) => {
      const codes = [...new Set(faults.filter((e) => e.file.endsWith(`/${file}`)).map((e) => `\`${e.code}\``))].join(', ');
      return `| \`${file}\` | ${what} | ${codes} |`;
    }),
    '',
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const root = findRoot();
  const samples = join(root, 'samples');
  // The faulty files live beside samples/, not in it, so `ketnghia validate samples/` is clean.
  const loi = join(root, 'samples-loi');
  await mkdir(samples, { recursive: true });
  // Start samples-loi/ afresh so a renamed sample leaves no stale file behind.
  await rm(loi, { recursive: true, force: true });
  await mkdir(loi, { recursive: true });

  const data = makeAyunPa();
  const written = await writeAyunPa(data, samples);
  const inbox = await writeInbox(data, root);
  const faults = await writeFaultySamples(root, 'samples-loi', 'samples/loi-expected.json', join(samples, activityFile('khoi-dang')));
  const files = (await readdir(loi)).sort();
  const undocumented = files.filter((f) => !(f in FAULTY_FILES));
  if (undocumented.length > 0) throw new Error(`describe ${undocumented.join(', ')} in FAULTY_FILES`);
  await writeFile(join(samples, 'README.md'), readme(data, faults, inbox));

  console.log(`samples/: ${written.join(', ')}`);
  console.log(`  ${data.villages.length} bôn, ${data.units.length} đơn vị, ${data.pairings.length} dòng kết nghĩa, ${data.activities.length} hoạt động`);
  console.log(`  hộ 2020 ${viNumber(FIGURES.households2020)}, khẩu 2020 ${viNumber(FIGURES.population2020)}, hộ nghèo ${viNumber(FIGURES.poor2016)} → ${FIGURES.poor2020}, kinh phí ${viNumber(FIGURES.funds)} đồng`);
  console.log(`${INBOX}/: ${inbox.length} tệp`);
  console.log(`samples-loi/: ${files.length} tệp, ${faults.length} lỗi ghi trong samples/loi-expected.json`);
}

await main();
