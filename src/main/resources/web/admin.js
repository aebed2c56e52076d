'use strict';
// The operators' console: every call carries the admin token as a bearer token; nothing is cached in the page.
(function () {
  const TOKEN_KEY = 'donggu-admin-token';
  const FLAGS = { period_over: '사업 기간 지남', review_overdue: '검토 필요(오래됨)' };
  const STATUSES = { open: '접수', in_progress: '처리 중', closed: '완료' };

  function token() { return sessionStorage.getItem(TOKEN_KEY); }

  async function api(path, options) {
    const res = await fetch(path, Object.assign({ headers: {} }, options, {
      headers: Object.assign({ Authorization: 'Bearer ' + token(), 'Content-Type': 'application/json' },
        (options || {}).headers)
    }));
    if (res.status === 401) throw new Error('토큰이 올바르지 않습니다.');
    if (!res.ok) throw new Error('요청에 실패했습니다 (' + res.status + ').');
    return res.status === 204 ? null : (res.headers.get('Content-Type') || '').includes('json') ? res.json() : res.blob();
  }

  function cell(row, text) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    row.appendChild(td);
    return td;
  }

  function fill(id, items, render) {
    const body = document.getElementById(id);
    body.textContent = '';
    items.forEach(function (item) {
      const tr = document.createElement('tr');
      render(tr, item);
      body.appendChild(tr);
    });
  }

  async function load() {
    const [unanswered, feedback, tickets, stats, knowledge] = await Promise.all([
      api('/admin/api/unanswered'), api('/admin/api/feedback'), api('/admin/api/tickets'),
      api('/admin/api/stats'), api('/admin/api/knowledge')]);
    fill('unanswered-rows', unanswered.groups, function (tr, g) {
      cell(tr, g.question); cell(tr, g.count); cell(tr, g.lastAt);
    });
    fill('feedback-rows', feedback, function (tr, f) {
      cell(tr, f.rating === 'up' ? '도움이 됐어요' : '아쉬워요'); cell(tr, f.question); cell(tr, f.answer); cell(tr, f.comment);
    });
    fill('ticket-rows', tickets, function (tr, t) {
      cell(tr, t.ticketId); cell(tr, t.name); cell(tr, t.contact); cell(tr, t.question);
      const select = document.createElement('select');
      select.setAttribute('aria-label', t.ticketId + ' 상태');
      Object.keys(STATUSES).forEach(function (s) {
        const o = document.createElement('option');
        o.value = s; o.textContent = STATUSES[s]; o.selected = s === t.status;
        select.appendChild(o);
      });
      select.addEventListener('change', function () {
        api('/admin/api/tickets/' + encodeURIComponent(t.ticketId) + '/status',
          { method: 'POST', body: JSON.stringify({ status: select.value }) });
      });
      cell(tr, '').appendChild(select);
    });
    const dl = document.getElementById('stats-list');
    dl.textContent = '';
    [['질문 수', stats.questions], ['답변률', Math.round(stats.answeredRate * 100) + '%'],
     ['날짜별', JSON.stringify(stats.questionsPerDay)], ['많이 물은 사업', JSON.stringify(stats.topPrograms)],
     ['채널별', JSON.stringify(stats.channels)]].forEach(function (p) {
      const dt = document.createElement('dt'); dt.textContent = p[0];
      const dd = document.createElement('dd'); dd.textContent = p[1];
      dl.appendChild(dt); dl.appendChild(dd);
    });
    fill('knowledge-rows', knowledge.documents, function (tr, d) {
      cell(tr, d.title); cell(tr, d.file); cell(tr, d.reviewed);
      const flags = cell(tr, d.flags.map(function (f) { return FLAGS[f] || f; }).join(', ') || '정상');
      if (d.flags.length) flags.className = 'flag';
    });
    const problems = document.getElementById('problems');
    problems.textContent = '';
    knowledge.problems.forEach(function (p) {
      const li = document.createElement('li');
      li.textContent = p.file + ':' + p.line + ' ' + p.messageKo;
      problems.appendChild(li);
    });
    if (!knowledge.problems.length) problems.textContent = '문제가 없습니다.';
  }

  document.getElementById('login').addEventListener('submit', async function (e) {
    e.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, document.getElementById('token').value);
    const status = document.getElementById('login-status');
    try {
      await load();
      document.getElementById('panels').hidden = false;
      status.textContent = '불러왔습니다.';
    } catch (err) {
      status.textContent = err.message;
    }
  });

  document.getElementById('reindex').addEventListener('click', async function () {
    const status = document.getElementById('reindex-status');
    const r = await api('/admin/api/reindex', { method: 'POST' });
    status.textContent = (r.reloaded ? '다시 색인했습니다. ' : '바뀐 문서가 없습니다. ') + '문서 ' + r.documents + '개';
    await load();
  });

  document.querySelectorAll('.csv').forEach(function (a) {
    a.addEventListener('click', async function (e) {
      e.preventDefault();
      const blob = await api(a.dataset.csv);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = a.dataset.csv.split('/').pop();
      link.click();
    });
  });
}());
