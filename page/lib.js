// ketnghia serve, the page's shared pieces: building elements, talking to the server, one
// step at a time with its progress. Plain browser JavaScript, no build step, no library:
// every text from a workbook is put in the page with textContent, never as HTML.

const token = document.querySelector('meta[name="kn-token"]').content;
export const $ = (id) => document.getElementById(id);

/** What the steps share: the last check's answer, the server's upload limit. */
export const state = { lastCheck: undefined, limits: undefined };

/** Builds an element; children are nodes or strings (as text). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) if (child !== undefined && child !== null) node.append(child);
  return node;
}

/**
 * The program's shared messages speak to the command line in a few places ("--allow-errors",
 * "xem: ketnghia validate"); on the page they name its own boxes and steps instead.
 */
const PAGE_WORDS = [
  [/\s*Dùng --max-size để nâng giới hạn nếu tệp là thật\./g, ' Nếu tệp là thật, người mở trang có thể chạy lại chương trình với giới hạn lớn hơn.'],
  [/(với |chạy lại với )?--allow-errors/g, (_, lead) => `${lead ? 'khi đánh dấu ' : ''}«Bỏ qua các dòng có lỗi»`],
  [/\(xem(?: chi tiết)?: ketnghia validate[^)]*\)/g, '(xem bước 2)'],
  [/xem `?ketnghia validate`?/g, 'xem bước 2'],
  [/lệnh "ketnghia fix"/g, 'bản đã sửa ở bước 2'],
  [/--from\b/g, 'ô «Từ»'],
  [/--to\b/g, 'ô «Đến»'],
  [/--year\b/g, 'năm'],
  // Dates on the page are shown, and asked for, as people write them.
  [/\(ví dụ (\d{4}) hoặc (\d{4})-(\d{2})-(\d{2})\)/g, '(ví dụ $1 hoặc $4/$3/$2)'],
];

export function pageWords(text) {
  return PAGE_WORDS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** Every string of an answer in the page's words. */
function reworded(value) {
  if (typeof value === 'string') return pageWords(value);
  if (Array.isArray(value)) return value.map(reworded);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reworded(v)]));
  return value;
}

export async function api(method, path, body, raw = false, headers = {}) {
  const init = { method, headers: { ...headers, 'x-ketnghia-token': token } };
  if (body !== undefined) {
    init.body = raw ? body : JSON.stringify(body);
    if (!raw) init.headers['content-type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new Error('Không kết nối được với chương trình trên máy này. Cửa sổ chạy chương trình còn mở không? Nếu đã đóng, hãy mở lại chương trình rồi mở địa chỉ mới mà nó đưa ra.');
  }
  const text = await response.text();
  let data;
  try {
    data = text ? JSON.parse(text) : {};
  } catch {
    data = { error: text };
  }
  if (!response.ok) throw new Error(pageWords(data.error || text || `Lỗi ${response.status}`));
  return reworded(data);
}

let running = false;

/** Runs one step: buttons off, progress shown (polled from the server), any failure as a message. */
export async function step(label, work) {
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

export function setStatus(text, fraction) {
  $('status').hidden = !text;
  $('status-text').textContent = text || '';
  const bar = $('status-bar');
  bar.hidden = fraction === undefined;
  if (fraction !== undefined) bar.value = fraction;
}

export function showAlert(text, info = false) {
  $('alert').hidden = !text;
  // A message may begin with a box's name ("ô «Từ» …"): a sentence on its own begins with a capital.
  $('alert').textContent = text ? text.charAt(0).toUpperCase() + text.slice(1) : '';
  $('alert').classList.toggle('info', info);
}

export function download(name) {
  const a = el('a', { href: `/api/download/${encodeURIComponent(name)}`, download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

export const n = (x) => x.toLocaleString('vi-VN');

/** Puts `children` in `node` in place of what it held; null and undefined are skipped (replaceChildren writes them as "null"). */
export function fill(node, ...children) {
  node.replaceChildren(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== ''));
}

/** Asks the server to write a workbook, then downloads it by the name it gave. */
export async function downloadWorkbook(path, body) {
  const r = await api('POST', path, body);
  download(r.name);
  return r.name;
}
