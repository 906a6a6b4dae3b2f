// Step 1: the files, added choice by choice (files, a dropped folder or a folder picked),
// each removable; a folder's files the program cannot use are named with the reason.
import { $, api, el, fill, n, setStatus, showAlert, state, step } from './lib.js';
import { renderCheck, resetCheck } from './check.js';

/** Files of a dropped folder, read through the entries API. */
async function entryFiles(entry, prefix = '') {
  if (entry.isFile) {
    const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
    return [{ file, name: prefix + entry.name, fromFolder: prefix !== '' }];
  }
  const reader = entry.createReader();
  const out = [];
  for (;;) {
    const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) out.push(...(await entryFiles(child, `${prefix}${entry.name}/`)));
  }
  return out;
}

/** Why a file found in a folder is not sent; undefined for a workbook the program reads. */
export function unusable(name) {
  const base = name.split('/').pop();
  if (base.startsWith('~$')) return 'tệp tạm Excel tự tạo khi một bảng tính đang mở, không phải số liệu';
  if (/\.xls$/i.test(base)) return 'bảng tính Excel đời cũ (.xls): mở bằng Excel, chọn «Lưu thành» dạng Excel Workbook (.xlsx) rồi thêm lại';
  if (/\.pdf$/i.test(base)) return 'tệp PDF: không đọc được số liệu từ đó; cần bảng tính Excel (.xlsx) của đơn vị';
  if (/\.(docx?|odt|rtf)$/i.test(base)) return 'văn bản Word, không phải bảng tính';
  if (/\.(ods|csv)$/i.test(base)) return 'không phải bảng tính Excel (.xlsx): mở bằng Excel hoặc LibreOffice rồi lưu dạng .xlsx';
  if (base.startsWith('.')) return 'tệp ẩn của hệ thống, không phải số liệu';
  if (!/\.(xlsx|xlsm)$/i.test(base)) return 'không phải bảng tính Excel (.xlsx)';
  return undefined;
}

/** The files of the choices so far that were never sent, by name, with the reason. */
const skipped = new Map();

async function upload(items) {
  const files = [];
  for (const item of items) {
    const reason = item.fromFolder ? unusable(item.name) : undefined;
    if (reason) skipped.set(item.name, reason);
    else files.push(item);
  }
  renderSkipped();
  if (files.length === 0) {
    showAlert('Trong những gì vừa chọn không có bảng tính Excel (.xlsx) nào dùng được (xem danh sách dưới bước 1).');
    return;
  }
  const total = files.reduce((sum, { file }) => sum + file.size, 0);
  if (state.limits && total > state.limits.bytes) {
    showAlert(`Các tệp đã chọn (${n(Math.ceil(total / 1024 ** 2))} MB) vượt quá giới hạn ${state.limits.text} mỗi lần gửi. Hãy chọn ít tệp hơn mỗi lần (các lần chọn được cộng dồn).`);
    return;
  }
  await step('Đang gửi tệp…', async () => {
    await api('POST', '/api/upload/begin', {});
    try {
      for (const [i, { file, name }] of files.entries()) {
        setStatus(`Đang gửi tệp ${i + 1}/${files.length}: ${name}`, i / files.length);
        await api('POST', `/api/upload/file?name=${encodeURIComponent(name)}`, file, true, { 'x-last-modified': String(file.lastModified) });
      }
    } catch (error) {
      // A refused file ends the batch; what arrived before it is checked, so the list shown is the server's.
      await recheck().catch(noFiles);
      throw error;
    }
    await recheck();
  });
}

/** The check of every file now on the list, and what was computed from the old list cleared. */
async function recheck() {
  setStatus('Đang kiểm tra…');
  const result = await api('POST', '/api/check', {});
  renderFiles(result);
  renderCheck(result);
  clearResults();
}

function clearResults() {
  for (const id of ['figures', 'register', 'report-result']) fill($(id));
  document.dispatchEvent(new Event('kn-files-changed'));
}

function removeFile(file) {
  void step(`Đang bỏ tệp ${file}…`, async () => {
    const { files } = await api('POST', '/api/files/remove', { file });
    if (files.length > 0) await recheck();
    else noFiles();
  });
}

function noFiles() {
  fill($('file-list'));
  resetCheck();
  clearResults();
  $('clear-files').hidden = skipped.size === 0;
}

$('clear-files').addEventListener('click', () =>
  step('Đang bỏ các tệp…', async () => {
    await api('POST', '/api/files/clear', {});
    skipped.clear();
    renderSkipped();
    noFiles();
  }),
);

$('files').addEventListener('change', (e) => {
  void upload([...e.target.files].map((file) => ({ file, name: file.name, fromFolder: false })));
  e.target.value = '';
});
$('folder').addEventListener('change', (e) => {
  void upload([...e.target.files].map((file) => ({ file, name: file.webkitRelativePath || file.name, fromFolder: true })));
  e.target.value = '';
});
const drop = $('drop');
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', async (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const entries = [...e.dataTransfer.items].map((item) => item.webkitGetAsEntry && item.webkitGetAsEntry()).filter(Boolean);
  let items;
  try {
    items = entries.length ? (await Promise.all(entries.map((entry) => entryFiles(entry)))).flat() : [...e.dataTransfer.files].map((file) => ({ file, name: file.name, fromFolder: false }));
  } catch {
    showAlert('Không đọc được các tệp vừa thả vào. Hãy dùng nút «Thêm tệp…».');
    return;
  }
  void upload(items);
});

function removeButton(file) {
  const button = el('button', { type: 'button', class: 'remove', title: 'Bỏ tệp này khỏi danh sách', 'aria-label': `Bỏ tệp ${file}` }, '×');
  button.addEventListener('click', () => removeFile(file));
  return button;
}

function renderFiles(result) {
  const rows = result.files.map((f) =>
    el(
      'tr',
      {},
      el('td', {}, f.file),
      el('td', {}, f.read ? el('span', { class: 'tag ok' }, 'Đã nhận') : el('span', { class: 'tag error' }, 'Không dùng được'), f.reason ? el('div', { class: 'note' }, f.reason) : null),
      el(
        'td',
        {},
        f.sheets.length === 0 ? '—' : el('ul', {}, f.sheets.map((s) => el('li', {}, `«${s.sheet}»${s.hidden ? ' (trang đang ẩn)' : ''}: ${n(s.rows)} dòng — ${s.counts}`))),
        f.ignoredSheets.length ? el('div', { class: 'note' }, `Trang không dùng: ${f.ignoredSheets.join(', ')}`) : null,
      ),
      el('td', { class: 'actions' }, removeButton(f.file)),
    ),
  );
  fill(
    $('file-list'),
    el('h3', {}, `Đã chọn ${n(result.files.length)} tệp`),
    el('div', { class: 'scroll' }, el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Tệp'), el('th', {}, 'Tình trạng'), el('th', {}, 'Các trang và số dòng'), el('th', {}, el('span', { class: 'sr-only' }, 'Bỏ')))), el('tbody', {}, rows))),
  );
  $('clear-files').hidden = false;
}

function renderSkipped() {
  if (skipped.size === 0) return fill($('skipped-list'));
  const rows = [...skipped].sort((a, b) => a[0].localeCompare(b[0], 'vi')).map(([name, reason]) => el('tr', {}, el('td', {}, name), el('td', {}, reason)));
  fill(
    $('skipped-list'),
    el('h3', {}, `Không gửi ${n(skipped.size)} tệp trong thư mục đã chọn vì chương trình không dùng được`),
    el('table', { class: 'skipped' }, el('thead', {}, el('tr', {}, el('th', {}, 'Tệp'), el('th', {}, 'Lý do'))), el('tbody', {}, rows)),
  );
  $('clear-files').hidden = false;
}
