// Step 4: the report form, loaded from and saved to the config file when asked; the report's download.
import { $, api, download, el, showAlert, state, step } from './lib.js';
import { periodBody } from './figures.js';

const form = $('report-form');
const LISTS = ['recipients', 'leadership', 'causes', 'directions', 'recommendations', 'commendation.exclude'];

function fillForm(values) {
  for (const field of form.querySelectorAll('[name]')) {
    const path = field.name.split('.');
    let value = values;
    for (const key of path) value = value?.[key];
    field.value = Array.isArray(value) ? value.join('\n') : (value ?? '');
  }
}

export function readForm() {
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

export function showConfig(config) {
  fillForm(config.form);
  $('config-path').textContent = config.configExists ? `Tệp cấu hình: ${config.configPath}` : `Chưa có tệp cấu hình (sẽ lưu vào ${config.configPath})`;
  if (config.configProblem) showAlert(`Tệp cấu hình chưa dùng được, đang dùng giá trị mặc định:\n${config.configProblem}`);
}

$('config-load').addEventListener('click', () =>
  step('Đang nạp tệp cấu hình…', async () => {
    const config = await api('POST', '/api/config/load', {});
    showConfig(config);
    if (!config.configProblem) showAlert(config.configExists ? 'Đã nạp thông tin từ tệp cấu hình.' : 'Chưa có tệp cấu hình; các ô giữ giá trị mặc định.', true);
  }),
);

$('config-save').addEventListener('click', () => {
  if (!confirm('Ghi các thông tin trên vào tệp cấu hình? Nội dung cũ của tệp (kể cả các dòng chú thích) sẽ được thay.')) return;
  void step('Đang lưu tệp cấu hình…', async () => {
    const config = await api('POST', '/api/config/save', { form: readForm() });
    showConfig(config);
    showAlert(`Đã lưu vào ${config.configPath}.`, true);
  });
});

$('report').addEventListener('click', () =>
  step('Đang lập báo cáo…', async () => {
    if (!state.lastCheck) throw new Error('Chưa có tệp nào. Hãy chọn các tệp Excel ở bước 1.');
    const r = await api('POST', '/api/report', { ...periodBody(), kind: $('kind').value, pdf: $('pdf').checked, form: readForm() });
    const links = [el('a', { href: `/api/download/${encodeURIComponent(r.docx)}`, download: r.docx }, r.docx)];
    if (r.pdf) links.push(' · ', el('a', { href: `/api/download/${encodeURIComponent(r.pdf)}`, download: r.pdf }, r.pdf));
    $('report-result').replaceChildren('Đã lập báo cáo: ', ...links, r.pdfProblem ? el('div', { class: 'note' }, r.pdfProblem) : '', r.notes.length ? el('ul', { class: 'notes' }, r.notes.map((note) => el('li', {}, note))) : '');
    download(r.docx);
  }),
);
