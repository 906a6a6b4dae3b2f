// Step 2: the check's summary and findings, filtered by severity, code and file; the copies' zip.
import { $, api, download, el, fill, n, state, step } from './lib.js';

/** A finding's kind as the clerk reads it: the Vietnamese title, capitalised; the code stays in a tooltip. */
const kindTitle = (code) => {
  const title = state.lastCheck.codes[code] ?? code;
  return `${title.charAt(0).toUpperCase()}${title.slice(1)}`;
};

export function renderCheck(result) {
  state.lastCheck = result;
  const summary = $('summary');
  summary.textContent = `${result.verdict}. ${result.summary}`;
  summary.className = `summary ${result.valid ? 'ok' : 'bad'}`;
  $('check').hidden = false;
  const issues = result.validate.issues;
  const codes = Object.keys(result.codes).map((code) => [code, kindTitle(code)]);
  fillSelect($('f-code'), codes.sort((a, b) => a[1].localeCompare(b[1], 'vi')));
  fillSelect($('f-file'), [...new Set(issues.map((i) => i.file))].map((file) => [file, file]));
  $('f-severity').value = '';
  renderFindings();
  $('copies-result').textContent = '';
  const period = result.dataPeriod;
  $('period-from').placeholder = period.from;
  $('period-to').placeholder = period.to;
  $('period-note').textContent = `Ghi năm (2020) hoặc ngày (01/07/2020); chỉ ghi một ô là cả năm đó. Để trống: các năm có số liệu (${period.from === period.to ? period.from : `${period.from}–${period.to}`}).`;
  $('allow-errors').checked = false;
}

/** No file left: step 2 as before the first choice. */
export function resetCheck() {
  state.lastCheck = undefined;
  $('summary').textContent = 'Chưa có tệp nào được kiểm tra.';
  $('summary').className = 'summary';
  $('check').hidden = true;
  fill($('findings'));
}

/** Options as [value, label] pairs, after "Tất cả". */
function fillSelect(select, options) {
  fill(select, el('option', { value: '' }, 'Tất cả'), options.map(([value, label]) => el('option', { value, title: value === label ? undefined : `Mã: ${value}` }, label)));
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
    fill(box, el('p', {}, 'Không có lỗi hay cảnh báo nào.'));
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
          el('thead', {}, el('tr', {}, el('th', {}, 'Ô'), el('th', {}, 'Mức'), el('th', {}, 'Loại'), el('th', {}, 'Nội dung'), el('th', {}, 'Gợi ý'))),
          el(
            'tbody',
            {},
            items.map(({ issue, hint }) =>
              el(
                'tr',
                { 'data-code': issue.code, 'data-severity': issue.severity },
                el('td', {}, issue.cell ?? (issue.row ? `dòng ${issue.row}` : '')),
                el('td', {}, el('span', { class: `tag ${issue.severity}` }, issue.severity === 'error' ? 'Lỗi' : 'Cảnh báo')),
                el('td', { class: 'kind', title: `Mã: ${issue.code}` }, kindTitle(issue.code)),
                el('td', {}, issue.message),
                el('td', { class: 'hint' }, hint),
              ),
            ),
          ),
        ),
      ]),
    );
  });
  fill(box, groups.length ? groups : el('p', {}, 'Không có lỗi nào khớp bộ lọc.'));
}

for (const id of ['f-severity', 'f-code', 'f-file']) $(id).addEventListener('change', renderFindings);

$('copies').addEventListener('click', () =>
  step('Đang tạo bản đánh dấu lỗi và bản đã sửa…', async () => {
    const r = await api('POST', '/api/copies', {});
    const parts = [`${n(r.annotated)} bản đánh dấu lỗi, ${n(r.fixed)} bản đã sửa.`];
    for (const f of r.notFixed) parts.push(`Không sửa được ${f.file}: ${f.reason}`);
    for (const f of r.notAnnotated) parts.push(`Không đánh dấu được ${f}.`);
    fill($('copies-result'), parts.join(' '), ' ', el('a', { href: `/api/download/${encodeURIComponent(r.zip)}`, download: r.zip }, `Tải lại ${r.zip}`));
    download(r.zip);
  }),
);
