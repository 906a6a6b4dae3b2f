// Step 3: the figures for the period: the report's charts and the tables of stats and coverage,
// and the same tables as an Excel workbook.
import { $, api, downloadWorkbook, el, fill, n, state, step } from './lib.js';

const TABLE_ORDER = ['summary', 'uncovered', 'inactive', 'commune', 'year', 'type', 'source', 'unit', 'poverty', 'infrastructure'];

/** The year a box names: "2020", "15/01/2020", "2020-01-15". */
const yearIn = (text) => (/\b(\d{4})\b/.exec(text) ?? [])[1];

/**
 * The period of the two boxes. One box filled means that year: "2020" alone is 2020; a
 * date alone runs to the end (or from the start) of its year.
 */
export function periodOf(fromText, toText) {
  const from = fromText.trim();
  const to = toText.trim();
  if (from && !to) return { from, to: /^\d{4}$/.test(from) || !yearIn(from) ? from : `31/12/${yearIn(from)}` };
  if (to && !from) return { from: /^\d{4}$/.test(to) || !yearIn(to) ? to : `01/01/${yearIn(to)}`, to };
  return { from, to };
}

export function periodBody() {
  return { ...periodOf($('period-from').value, $('period-to').value), allowErrors: $('allow-errors').checked };
}

export function renderTable(table) {
  const cell = (value, i, tag = 'td') => el(tag, { class: table.numeric[i] ? 'num' : undefined }, value);
  return el(
    'div',
    { 'data-table': table.id },
    table.title ? el('h3', {}, table.title) : null,
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
    const body = periodBody();
    const r = await api('POST', '/api/figures', body);
    const tables = TABLE_ORDER.map((id) => r.tables.find((t) => t.id === id)).filter(Boolean);
    const units = r.coverage.unitsWithoutPairing;
    const xlsx = el('button', { type: 'button', id: 'figures-xlsx' }, 'Tải các bảng số liệu (.xlsx)');
    xlsx.addEventListener('click', () => step('Đang ghi bảng số liệu ra tệp Excel…', () => downloadWorkbook('/api/export/figures', body)));
    fill(
      $('figures'),
      el('div', { class: 'row' }, el('p', { class: 'lead' }, `Kỳ số liệu: từ ${r.period.from} đến ${r.period.to}`), xlsx),
      r.notes.length ? el('ul', { class: 'notes' }, r.notes.map((note) => el('li', {}, note))) : null,
      r.charts.length ? el('div', { class: 'charts' }, r.charts.map((c) => el('figure', {}, el('img', { src: `/api/download/${encodeURIComponent(c.name)}?v=${Date.now()}`, alt: c.title }), el('figcaption', {}, c.title)))) : null,
      el('div', { class: 'grid' }, tables.map(renderTable)),
      units === null ? null : el('div', {}, el('h3', {}, `Đơn vị chưa kết nghĩa với thôn nào (${n(units.length)})`), units.length ? el('ul', {}, units.map((u) => el('li', {}, u.unit))) : el('p', { class: 'note' }, '(không có)')),
    );
  }),
);
