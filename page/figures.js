// Step 3: the figures for the period: the report's charts and the tables of stats and coverage.
import { $, api, el, n, state, step } from './lib.js';

const TABLE_ORDER = ['summary', 'uncovered', 'inactive', 'commune', 'year', 'type', 'source', 'unit', 'poverty', 'infrastructure'];

export function periodBody() {
  return { from: $('period-from').value, to: $('period-to').value, allowErrors: $('allow-errors').checked };
}

export function renderTable(table) {
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
    if (!state.lastCheck) throw new Error('Chưa có tệp nào. Hãy chọn các tệp Excel ở bước 1.');
    const r = await api('POST', '/api/figures', periodBody());
    const tables = TABLE_ORDER.map((id) => r.tables.find((t) => t.id === id)).filter(Boolean);
    const units = r.coverage.unitsWithoutPairing;
    $('figures').replaceChildren(
      el('p', { class: 'lead' }, `Kỳ số liệu: từ ${r.period.from} đến ${r.period.to}`),
      r.notes.length ? el('ul', { class: 'notes' }, r.notes.map((note) => el('li', {}, note))) : null,
      r.charts.length ? el('div', { class: 'charts' }, r.charts.map((c) => el('figure', {}, el('img', { src: `/api/download/${encodeURIComponent(c.name)}?v=${Date.now()}`, alt: c.title }), el('figcaption', {}, c.title)))) : null,
      el('div', { class: 'grid' }, tables.map(renderTable)),
      units === null ? null : el('div', {}, el('h3', {}, `Đơn vị chưa kết nghĩa với thôn nào (${n(units.length)})`), units.length ? el('ul', {}, units.map((u) => el('li', {}, u.unit))) : el('p', { class: 'note' }, '(không có)')),
    );
  }),
);
