// Step 2: the check's summary and findings, filtered by severity, code and file; the copies' zip.
import { $, api, download, el, n, state, step } from './lib.js';

export function renderCheck(result) {
  state.lastCheck = result;
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
  const { issues } = state.lastCheck.validate;
  const shown = issues.map((issue, i) => ({ issue, hint: state.lastCheck.hints[i] })).filter(({ issue }) => (!severity || issue.severity === severity) && (!code || issue.code === code) && (!file || issue.file === file));
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
