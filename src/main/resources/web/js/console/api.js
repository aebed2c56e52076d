// What every console section shares: the admin API with the bearer token, table filling, times in KST.
const TOKEN_KEY = 'donggu-admin-token';

export function setToken(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
}

/** A call of the admin API; a failure throws an Error with the contract's message, its status and any problems. */
export async function api(path, options) {
  const upload = options && options.body instanceof FormData;   // the browser sets the multipart boundary
  const res = await fetch(path, Object.assign({}, options, {
    headers: Object.assign({ Authorization: 'Bearer ' + sessionStorage.getItem(TOKEN_KEY) },
      upload ? {} : { 'Content-Type': 'application/json' }, (options || {}).headers)
  }));
  if (res.status === 401) throw new Error('토큰이 올바르지 않습니다.');
  if (!res.ok) {
    const body = await res.json().catch(function () { return null; });
    const error = new Error(body && body.error ? body.error.message : '요청에 실패했습니다 (' + res.status + ').');
    error.status = res.status;
    error.problems = (body && body.problems) || [];
    throw error;
  }
  if (res.status === 204) return null;
  return (res.headers.get('Content-Type') || '').includes('json') ? res.json() : res.blob();
}

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

export function cell(row, text) {
  return row.appendChild(el('td', null, text == null ? '' : text));
}

/** A table with a caption and column headers; returns its body, for {@link fill}. */
export function table(parent, caption, headers) {
  const t = el('table');
  if (caption) t.appendChild(el('caption', null, caption));
  const tr = el('tr');
  headers.forEach(function (h) {
    const th = el('th', null, h);
    th.scope = 'col';
    tr.appendChild(th);
  });
  t.appendChild(el('thead')).appendChild(tr);
  const body = t.appendChild(el('tbody'));
  parent.appendChild(t);
  return body;
}

export function fill(body, items, render, empty) {
  body.textContent = '';
  items.forEach(function (item) {
    const tr = el('tr');
    render(tr, item);
    body.appendChild(tr);
  });
  if (!items.length && empty) {
    const td = body.appendChild(el('tr')).appendChild(el('td', 'empty', empty));
    td.colSpan = body.parentElement.querySelectorAll('th').length;
  }
}

const KST = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit'
});

/** An instant as Korean wall-clock time, "2026-11-24 12:00". */
export function kst(instant) {
  return instant ? KST.format(new Date(instant)) : '';
}

/** A link that downloads a CSV export with the token (a plain link could not send it). */
export function csvLink(path) {
  const a = el('a', 'csv', 'CSV 내려받기');
  a.href = '#';
  a.addEventListener('click', async function (e) {
    e.preventDefault();
    const blob = await api(path);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = path.split('/').pop();
    link.click();
  });
  return a;
}
