// Step 3, the register: who has sent the report for the period and who has not, as
// `ketnghia submissions` lays it out, with the reminder to copy into an email or a chat.
import { $, api, downloadWorkbook, el, fill, showAlert, state, step } from './lib.js';
import { periodBody, renderTable } from './figures.js';
import { readForm } from './report.js';

async function copy(text, area) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Without the clipboard API the text is selected for Ctrl+C.
    area.select();
    document.execCommand('copy');
  }
  showAlert('Đã chép lời nhắc; dán vào thư hoặc nhóm tin nhắn.', true);
}

$('submissions').addEventListener('click', () =>
  step('Đang lập danh sách nộp báo cáo…', async () => {
    if (!state.lastCheck) throw new Error('Chưa có tệp nào. Hãy chọn các tệp Excel ở bước 1.');
    const body = { ...periodBody(), form: readForm() };
    const r = await api('POST', '/api/submissions', body);
    const xlsx = el('button', { type: 'button', id: 'register-xlsx' }, 'Tải danh sách (.xlsx)');
    xlsx.addEventListener('click', () => step('Đang ghi danh sách ra tệp Excel…', () => downloadWorkbook('/api/export/register', body)));
    const area = el('textarea', { id: 'reminder', rows: '8', readonly: true, 'aria-label': 'Lời nhắc gửi các đơn vị chưa nộp' });
    area.value = r.reminder;
    const copyButton = el('button', { type: 'button', id: 'copy-reminder' }, 'Chép lời nhắc');
    copyButton.addEventListener('click', () => void copy(r.reminder, area));
    const table = renderTable(r.table);
    // The units that have not reported stand out, as they do on the terminal.
    for (const row of table.querySelectorAll('tbody tr')) if (row.children[3]?.textContent === 'chưa nộp') row.classList.add('missing');
    fill(
      $('register'),
      el('div', { class: 'row' }, el('h3', {}, r.title), xlsx),
      el('p', { class: 'lead' }, r.headline),
      table,
      r.unexpected ? renderTable(r.unexpected) : null,
      r.deadline ? el('p', {}, r.deadline) : null,
      r.notes.length ? el('div', {}, el('h3', {}, 'Tệp không được tính cho kỳ này'), el('ul', { class: 'notes' }, r.notes.map((note) => el('li', {}, note)))) : null,
      el('p', { class: 'note' }, r.receivedNote),
      el('h3', {}, 'Lời nhắc các đơn vị chưa nộp'),
      area,
      el('p', { class: 'buttons' }, copyButton),
    );
  }),
);
