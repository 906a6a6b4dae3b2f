// Step 4: the report form, loaded from and saved to the config file when asked; the places
// the report leaves for the office to write, shown beside their fields; the report's download.
import { $, api, download, el, fill, showAlert, state, step } from './lib.js';
import { periodBody } from './figures.js';

const form = $('report-form');
const LISTS = ['issuingBodyHeader', 'recipients', 'leadership', 'strengthCauses', 'causes.general', 'causes.objective', 'causes.subjective', 'lessons', 'directions', 'recommendations', 'commendation.exclude'];
const KIND_NAMES = { nam: 'báo cáo năm', 'so-ket': 'báo cáo sơ kết', 'tong-ket': 'báo cáo tổng kết' };

function fillForm(values) {
  for (const field of form.querySelectorAll('[name]')) {
    const path = field.name.split('.');
    let value = values;
    for (const key of path) value = value?.[key];
    field.value = Array.isArray(value) ? value.join('\n') : String(value ?? '');
  }
  // The commendation's fields exist once the config has the key; undivided causes only when the file has them.
  $('commendation').hidden = values.commendation === undefined;
  $('directive-proposal').hidden = values.directiveProposal === undefined;
  $('causes-general').hidden = form.querySelector('[name="causes.general"]').value.trim() === '';
  showPlaceholders();
}

export function readForm() {
  const out = {};
  for (const field of form.querySelectorAll('[name]')) {
    if (field.closest('fieldset[hidden]') && field.value.trim() === '') continue;
    const path = field.name.split('.');
    let target = out;
    for (const key of path.slice(0, -1)) target = target[key] ??= {};
    const last = path[path.length - 1];
    target[last] = LISTS.includes(field.name) ? field.value.split('\n').map((s) => s.trim()).filter(Boolean) : field.value.trim();
  }
  return out;
}

/**
 * The report writes a line asking the office to write a paragraph wherever its field is
 * empty: each such field says so, and the list sits above the form.
 */
function showPlaceholders() {
  const kind = $('kind').value;
  // A starter's "Đảng bộ tỉnh …" is as good as empty: the report prints it as a gap.
  const empty = (name) => /^$|…/.test(form.querySelector(`[name="${name}"]`).value.trim());
  const causesEmpty = ['causes.general', 'causes.objective', 'causes.subjective'].every(empty);
  const missing = [];
  for (const label of form.querySelectorAll('label[data-report]')) {
    label.querySelector('.placeholder-note')?.remove();
    const field = label.querySelector('[name]');
    const asked = label.dataset.report.split(' ').includes(kind);
    const blank = field.name.startsWith('causes.') ? causesEmpty : empty(field.name);
    if (!asked || !blank) continue;
    const title = label.firstChild.textContent.trim();
    // Both causes boxes empty is one place in the report, «Nguyên nhân hạn chế», as the report names it.
    if (field.name !== 'causes.subjective') missing.push(field.name === 'causes.objective' ? 'Nguyên nhân hạn chế' : title);
    const says = field.tagName === 'TEXTAREA' ? 'báo cáo sẽ có một dòng nhắc cơ quan viết phần này' : 'báo cáo sẽ để chỗ trống này';
    field.before(el('span', { class: 'placeholder-note' }, `Còn trống: ${says}.`));
  }
  const box = $('placeholders');
  box.hidden = missing.length === 0;
  box.textContent = missing.length === 0 ? '' : `${KIND_NAMES[kind].charAt(0).toUpperCase()}${KIND_NAMES[kind].slice(1)} còn ${missing.length} chỗ để trống cho cơ quan viết: ${missing.map((m) => `«${m}»`).join(', ')}. Điền vào các ô dưới đây, hoặc viết thẳng vào bản Word sau khi tải về.`;
}

form.addEventListener('input', (e) => {
  if (e.target.closest('label[data-report]')) showPlaceholders();
});
$('kind').addEventListener('change', showPlaceholders);

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
    fill(
      $('report-result'),
      'Đã lập báo cáo: ',
      links,
      r.pdfProblem ? el('div', { class: 'note' }, r.pdfProblem) : null,
      r.placeholders?.length ? el('p', { class: 'placeholders' }, `Báo cáo còn để trống cho cơ quan viết: ${[...new Set(r.placeholders.map((p) => `«${p.label}»`))].join(', ')}.`) : null,
      r.notes.length ? el('ul', { class: 'notes' }, r.notes.map((note) => el('li', {}, note))) : null,
    );
    download(r.docx);
  }),
);
