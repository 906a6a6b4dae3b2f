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

const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;
const isTemp = (name) => /^(~|\.~lock\.|\._)/.test(name) || /\.tmp$/i.test(name) || name.endsWith('#');

/**
 * Whether a file found in a chosen folder is sent, as the command line walks a folder
 * (src/cli/inputs.ts): Excel's lock files and what is not a workbook are left out and named
 * in the check ('lock', 'not-workbook'), the system's own files left out unsaid ('noise'). An
 * old .xls is sent: the check says how to save it again.
 */
export function skipReason(path) {
  const name = path.split('/').pop();
  if (name.startsWith('~$') || (WORKBOOK.test(name) && (isTemp(name) || name.startsWith('.')))) return 'lock';
  if (name.startsWith('.') || /^(thumbs\.db|desktop\.ini|ketnghia\.config\.json)$/i.test(name) || isTemp(name)) return 'noise';
  return WORKBOOK.test(name) ? undefined : 'not-workbook';
}

async function upload(items) {
  const files = [];
  const skipped = [];
  for (const item of items) {
    const reason = item.fromFolder ? skipReason(item.name) : undefined;
    if (reason === undefined) files.push(item);
    else if (reason !== 'noise') skipped.push({ file: item.name, reason });
  }
  if (files.length === 0) {
    const names = skipped.map((s) => s.file);
    showAlert(`Trong thư mục đã chọn không có sổ tính Excel (.xlsx) nào${names.length ? `; không đọc: ${names.join(', ')}` : ''}.`);
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
      if (skipped.length > 0) await api('POST', '/api/upload/skipped', { files: skipped });
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
  renderSkipped(result);
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
  fill($('skipped-list'));
  resetCheck();
  clearResults();
  $('clear-files').hidden = true;
}

$('clear-files').addEventListener('click', () =>
  step('Đang bỏ các tệp…', async () => {
    await api('POST', '/api/files/clear', {});
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

/** The files of a chosen folder that were not read, as the check names them (`file-skipped`). */
function renderSkipped(result) {
  const skipped = result.validate.issues.filter((issue) => issue.code === 'file-skipped');
  if (skipped.length === 0) return fill($('skipped-list'));
  const rows = skipped.map((issue) => el('tr', {}, el('td', {}, issue.file), el('td', {}, issue.message)));
  fill(
    $('skipped-list'),
    el('h3', {}, `Không đọc ${n(skipped.length)} tệp trong thư mục đã chọn`),
    el('table', { class: 'skipped' }, el('thead', {}, el('tr', {}, el('th', {}, 'Tệp'), el('th', {}, 'Lý do'))), el('tbody', {}, rows)),
  );
}
