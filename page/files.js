// Step 1: the files, chosen, dropped (a folder too) or picked as a folder; sent, then checked.
import { $, api, el, n, setStatus, showAlert, state, step } from './lib.js';
import { renderCheck } from './check.js';

const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

/** Files of a dropped folder, read through the entries API; only workbooks, as the CLI walks a folder. */
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

function keep({ name, fromFolder }) {
  const base = name.split('/').pop();
  return !fromFolder || (WORKBOOK.test(base) && !base.startsWith('.') && !base.startsWith('~$'));
}

async function upload(items) {
  const files = items.filter(keep);
  if (files.length === 0) {
    showAlert('Không có tệp Excel (.xlsx) nào trong những gì đã chọn.');
    return;
  }
  const total = files.reduce((sum, { file }) => sum + file.size, 0);
  if (state.limits && total > state.limits.bytes) {
    showAlert(`Các tệp đã chọn (${n(Math.ceil(total / 1024 ** 2))} MB) vượt quá giới hạn ${state.limits.text} mỗi lần gửi. Hãy chọn ít tệp hơn, hoặc chạy lại lệnh với --max-upload lớn hơn.`);
    return;
  }
  await step('Đang gửi tệp…', async () => {
    await api('POST', '/api/upload/begin', {});
    for (const [i, { file, name }] of files.entries()) {
      setStatus(`Đang gửi tệp ${i + 1}/${files.length}: ${name}`, i / files.length);
      await api('POST', `/api/upload/file?name=${encodeURIComponent(name)}`, file, true, { 'x-last-modified': String(file.lastModified) });
    }
    setStatus('Đang kiểm tra…');
    const result = await api('POST', '/api/check', {});
    renderFiles(result);
    renderCheck(result);
    $('figures').replaceChildren();
    $('register').replaceChildren();
    $('report-result').replaceChildren();
  });
}

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
    showAlert('Không đọc được các tệp vừa thả vào. Hãy dùng nút «Chọn tệp…».');
    return;
  }
  void upload(items);
});

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
    ),
  );
  $('file-list').replaceChildren(
    el('h3', {}, `Đã chọn ${n(result.files.length)} tệp`),
    el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Tệp'), el('th', {}, 'Tình trạng'), el('th', {}, 'Các trang và số dòng'))), el('tbody', {}, rows)),
  );
}
