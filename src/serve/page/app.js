// ketnghia serve: the page's behaviour. Plain browser JavaScript, no build step, no
// library: every text from a workbook is put in the page with textContent, never as HTML.

const token = document.querySelector('meta[name="kn-token"]').content;
const $ = (id) => document.getElementById(id);
const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

/** Builds an element; children are nodes or strings (as text). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) if (child !== undefined && child !== null) node.append(child);
  return node;
}

// ---------------------------------------------------------------------------
// Talking to the server

async function api(method, path, body, raw = false) {
  const init = { method, headers: { 'x-ketnghia-token': token } };
  if (body !== undefined) {
    init.body = raw ? body : JSON.stringify(body);
    if (!raw) init.headers['content-type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new Error('Không kết nối được với máy chủ ketnghia. Lệnh ketnghia serve còn chạy không? Nếu đã dừng, hãy chạy lại và mở địa chỉ mới.');
  }
  const text = await response.text();
  let data;
  try {
    data = text ? JSON.parse(text) : {};
  } catch {
    data = { error: text };
  }
  if (!response.ok) throw new Error(data.error || text || `Lỗi ${response.status}`);
  return data;
}

let running = false;

/** Runs one step: buttons off, progress shown (polled from the server), any failure as a message. */
async function step(label, work) {
  if (running) return undefined;
  running = true;
  showAlert('');
  document.querySelectorAll('button').forEach((b) => b.toggleAttribute('data-was-disabled', b.disabled));
  document.querySelectorAll('button').forEach((b) => (b.disabled = true));
  setStatus(label);
  const timer = setInterval(async () => {
    try {
      const p = await api('GET', '/api/progress');
      if (p.busy) setStatus(p.text, p.fraction);
    } catch {
      // the step's own request reports the failure
    }
  }, 400);
  try {
    return await work();
  } catch (error) {
    showAlert(error.message);
    return undefined;
  } finally {
    clearInterval(timer);
    document.querySelectorAll('button').forEach((b) => (b.disabled = b.hasAttribute('data-was-disabled')));
    setStatus('');
    running = false;
  }
}

function setStatus(text, fraction) {
  $('status').hidden = !text;
  $('status-text').textContent = text || '';
  const bar = $('status-bar');
  bar.hidden = fraction === undefined;
  if (fraction !== undefined) bar.value = fraction;
}

function showAlert(text, info = false) {
  $('alert').hidden = !text;
  $('alert').textContent = text || '';
  $('alert').classList.toggle('info', info);
}

function download(name) {
  const a = el('a', { href: `/api/download/${encodeURIComponent(name)}`, download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

const n = (x) => x.toLocaleString('vi-VN');

// ---------------------------------------------------------------------------
// Step 1: files

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

/** The server's limit on one upload, from /api/state. */
let limits;

async function upload(items) {
  const files = items.filter(keep);
  if (files.length === 0) {
    showAlert('Không có tệp Excel (.xlsx) nào trong những gì đã chọn.');
    return;
  }
  const total = files.reduce((sum, { file }) => sum + file.size, 0);
  if (limits && total > limits.bytes) {
    showAlert(`Các tệp đã chọn (${n(Math.ceil(total / 1024 ** 2))} MB) vượt quá giới hạn ${limits.text} mỗi lần gửi. Hãy chọn ít tệp hơn, hoặc chạy lại lệnh với --max-upload lớn hơn.`);
    return;
  }
  await step('Đang gửi tệp…', async () => {
    await api('POST', '/api/upload/begin', {});
    for (const [i, { file, name }] of files.entries()) {
      setStatus(`Đang gửi tệp ${i + 1}/${files.length}: ${name}`, i / files.length);
      await api('POST', `/api/upload/file?name=${encodeURIComponent(name)}`, file, true);
    }
    setStatus('Đang kiểm tra…');
    const result = await api('POST', '/api/check', {});
    renderFiles(result);
    renderCheck(result);
    $('figures').replaceChildren();
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

// ---------------------------------------------------------------------------
// Step 2: the check

let lastCheck;

function renderCheck(result) {
  lastCheck = result;
  const summary = $('summary');
  summary.textContent = `${result.verdict}. ${result.summary}`;
  summary.className = `summary ${result.valid ? 'ok' : 'bad'}`;
  $('check').hidden = false;
  const issues = result.validate.issues;
  const codes = Object.entries(result.codes).map(([code, title]) => [code, `${title.charAt(0).toUpperCase()}${title.slice(1)} (${code})`]);
  fillSelect($('f-code'), codes.sort((a, b) => a[1].localeCompare(b[1], 'vi')));
  fillSelect($('f-file'), [...new Set(issues.map((i) => i.file))].map((file) => [file, file]));
  $('f-severity').value = '';
  renderFindings();
  $('copies-result').textContent = '';
  const period = result.dataPeriod;
  $('period-from').placeholder = period.from;
  $('period-to').placeholder = period.to;
  $('period-note').textContent = `Ghi năm (2020) hoặc ngày (01/07/2020). Để trống: các năm có số liệu (${period.from === period.to ? period.from : `${period.from}–${period.to}`}).`;
  $('allow-errors').checked = false;
}

/** Options as [value, label] pairs, after "Tất cả". */
function fillSelect(select, options) {
  select.replaceChildren(el('option', { value: '' }, 'Tất cả'), ...options.map(([value, label]) => el('option', { value }, label)));
}

function renderFindings() {
  const severity = $('f-severity').value;
  const code = $('f-code').value;
  const file = $('f-file').value;
  const { issues } = lastCheck.validate;
  const shown = issues.map((issue, i) => ({ issue, hint: lastCheck.hints[i] })).filter(({ issue }) => (!severity || issue.severity === severity) && (!code || issue.code === code) && (!file || issue.file === file));
  $('f-count').textContent = issues.length === 0 ? '' : `Đang hiện ${n(shown.length)}/${n(issues.length)} lỗi và cảnh báo`;
  const box = $('findings');
  if (issues.length === 0) {
    box.replaceChildren(el('p', {}, 'Không có lỗi hay cảnh báo nào.'));
    return;
  }
  const byFile = new Map();
  for (const item of shown) {
    if (!byFile.has(item.issue.file)) byFile.set(item.issue.file, new Map());
    const sheets = byFile.get(item.issue.file);
    const sheet = item.issue.sheet ?? '';
    if (!sheets.has(sheet)) sheets.set(sheet, []);
    sheets.get(sheet).push(item);
  }
  const groups = [...byFile].map(([name, sheets]) => {
    const all = [...sheets.values()].flat();
    const errors = all.filter((x) => x.issue.severity === 'error').length;
    return el(
      'details',
      { open: true },
      el('summary', {}, `${name} — ${n(errors)} lỗi, ${n(all.length - errors)} cảnh báo`),
      [...sheets].map(([sheet, items]) => [
        sheet ? el('h4', {}, `Trang «${sheet}»`) : el('h4', {}, 'Cả tệp'),
        el(
          'table',
          {},
          el('thead', {}, el('tr', {}, el('th', {}, 'Ô'), el('th', {}, 'Mức'), el('th', {}, 'Nội dung'), el('th', {}, 'Gợi ý'))),
          el(
            'tbody',
            {},
            items.map(({ issue, hint }) =>
              el(
                'tr',
                { 'data-code': issue.code, 'data-severity': issue.severity },
                el('td', {}, issue.cell ?? (issue.row ? `dòng ${issue.row}` : '')),
                el('td', {}, el('span', { class: `tag ${issue.severity}` }, issue.severity === 'error' ? 'Lỗi' : 'Cảnh báo')),
                el('td', {}, issue.message, ' ', el('span', { class: 'code' }, issue.code)),
                el('td', { class: 'hint' }, hint),
              ),
            ),
          ),
        ),
      ]),
    );
  });
  box.replaceChildren(...(groups.length ? groups : [el('p', {}, 'Không có lỗi nào khớp bộ lọc.')]));
}

for (const id of ['f-severity', 'f-code', 'f-file']) $(id).addEventListener('change', renderFindings);

$('copies').addEventListener('click', () =>
  step('Đang tạo bản đánh dấu lỗi và bản đã sửa…', async () => {
    const r = await api('POST', '/api/copies', {});
    const parts = [`${n(r.annotated)} bản đánh dấu lỗi, ${n(r.fixed)} bản đã sửa.`];
    for (const f of r.notFixed) parts.push(`Không sửa được ${f.file}: ${f.reason}`);
    for (const f of r.notAnnotated) parts.push(`Không đánh dấu được ${f}.`);
    $('copies-result').replaceChildren(parts.join(' '), ' ', el('a', { href: `/api/download/${encodeURIComponent(r.zip)}`, download: r.zip }, `Tải lại ${r.zip}`));
    download(r.zip);
  }),
);

// ---------------------------------------------------------------------------
// Step 3: figures

const TABLE_ORDER = ['summary', 'uncovered', 'inactive', 'commune', 'year', 'type', 'source', 'unit', 'poverty', 'infrastructure'];

function periodBody() {
  return { from: $('period-from').value, to: $('period-to').value, allowErrors: $('allow-errors').checked };
}

function renderTable(table) {
  const cell = (value, i, tag = 'td') => el(tag, { class: table.numeric[i] ? 'num' : undefined }, value);
  return el(
    'div',
    { 'data-table': table.id },
    el('h3', {}, table.title),
    table.rows.length === 0
      ? el('p', { class: 'note' }, '(không có)')
      : el(
          'table',
          {},
          el('thead', {}, el('tr', {}, table.columns.map((c, i) => cell(c, i, 'th')))),
          el('tbody', {}, table.rows.map((r) => el('tr', {}, r.map((v, i) => cell(v, i)))), table.total ? el('tr', { class: 'total' }, table.total.map((v, i) => cell(v, i))) : null),
        ),
  );
}

$('compute').addEventListener('click', () =>
  step('Đang tính số liệu…', async () => {
    if (!lastCheck) throw new Error('Chưa có tệp nào. Hãy chọn các tệp Excel ở bước 1.');
    const r = await api('POST', '/api/figures', periodBody());
    const tables = TABLE_ORDER.map((id) => r.tables.find((t) => t.id === id)).filter(Boolean);
    const units = r.coverage.unitsWithoutPairing;
    $('figures').replaceChildren(
      el('p', { class: 'lead' }, `Kỳ số liệu: từ ${r.period.from} đến ${r.period.to}`),
      r.charts.length ? el('div', { class: 'charts' }, r.charts.map((c) => el('figure', {}, el('img', { src: `/api/download/${encodeURIComponent(c.name)}?v=${Date.now()}`, alt: c.title }), el('figcaption', {}, c.title)))) : null,
      el('div', { class: 'grid' }, tables.map(renderTable)),
      units === null ? null : el('div', {}, el('h3', {}, `Đơn vị chưa kết nghĩa với thôn nào (${n(units.length)})`), units.length ? el('ul', {}, units.map((u) => el('li', {}, u.unit))) : el('p', { class: 'note' }, '(không có)')),
    );
  }),
);

// ---------------------------------------------------------------------------
// Step 4: the report

const form = $('report-form');
const LISTS = ['recipients', 'leadership', 'causes', 'directions', 'recommendations'];

function fillForm(values) {
  for (const field of form.querySelectorAll('[name]')) {
    const path = field.name.split('.');
    let value = values;
    for (const key of path) value = value?.[key];
    field.value = Array.isArray(value) ? value.join('\n') : (value ?? '');
  }
}

function readForm() {
  const out = {};
  for (const field of form.querySelectorAll('[name]')) {
    const path = field.name.split('.');
    let target = out;
    for (const key of path.slice(0, -1)) target = target[key] ??= {};
    const last = path[path.length - 1];
    target[last] = LISTS.includes(field.name) ? field.value.split('\n').map((s) => s.trim()).filter(Boolean) : field.value.trim();
  }
  return out;
}

function showConfig(state) {
  fillForm(state.form);
  $('config-path').textContent = state.configExists ? `Tệp cấu hình: ${state.configPath}` : `Chưa có tệp cấu hình (sẽ lưu vào ${state.configPath})`;
  if (state.configProblem) showAlert(`Tệp cấu hình chưa dùng được, đang dùng giá trị mặc định:\n${state.configProblem}`);
}

$('config-load').addEventListener('click', () =>
  step('Đang nạp tệp cấu hình…', async () => {
    const state = await api('POST', '/api/config/load', {});
    showConfig(state);
    if (!state.configProblem) showAlert(state.configExists ? 'Đã nạp thông tin từ tệp cấu hình.' : 'Chưa có tệp cấu hình; các ô giữ giá trị mặc định.', true);
  }),
);

$('config-save').addEventListener('click', () => {
  if (!confirm('Ghi các thông tin trên vào tệp cấu hình? Nội dung cũ của tệp (kể cả các dòng chú thích) sẽ được thay.')) return;
  void step('Đang lưu tệp cấu hình…', async () => {
    const state = await api('POST', '/api/config/save', { form: readForm() });
    showConfig(state);
    showAlert(`Đã lưu vào ${state.configPath}.`, true);
  });
});

$('report').addEventListener('click', () =>
  step('Đang lập báo cáo…', async () => {
    if (!lastCheck) throw new Error('Chưa có tệp nào. Hãy chọn các tệp Excel ở bước 1.');
    const r = await api('POST', '/api/report', { ...periodBody(), kind: $('kind').value, pdf: $('pdf').checked, form: readForm() });
    const links = [el('a', { href: `/api/download/${encodeURIComponent(r.docx)}`, download: r.docx }, r.docx)];
    if (r.pdf) links.push(' · ', el('a', { href: `/api/download/${encodeURIComponent(r.pdf)}`, download: r.pdf }, r.pdf));
    $('report-result').replaceChildren('Đã lập báo cáo: ', ...links, r.pdfProblem ? el('div', { class: 'note' }, r.pdfProblem) : '');
    download(r.docx);
  }),
);

// ---------------------------------------------------------------------------
// Start

void (async () => {
  try {
    const state = await api('GET', '/api/state');
    showConfig(state);
    limits = { bytes: state.maxUploadBytes, text: state.maxUpload };
    $('pdf').disabled = !state.pdf;
    $('pdf-note').textContent = state.pdf ? '' : '(cần cài LibreOffice)';
  } catch (error) {
    showAlert(error.message);
  }
})();
