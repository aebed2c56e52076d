// Hand-off requests: change the status or mark one done; every change goes to the audit list.
import { cell, csvLink, el, fill, kst, table } from './api.js';

export const STATUSES = { open: '접수', in_progress: '처리 중', closed: '완료' };

export const tickets = {
  id: 'tickets',
  title: '문의 티켓',
  create: function (section, app) {
    section.querySelector('h2').appendChild(csvLink('/admin/api/tickets.csv'));
    const status = section.appendChild(el('p', 'action-status'));
    status.setAttribute('role', 'status');
    const rows = table(section, null, ['접수 번호', '접수 시각 (KST)', '이름', '연락처', '문의', '상태', '처리']);

    async function change(ticketId, next) {
      try {
        await app.api('/admin/api/tickets/' + encodeURIComponent(ticketId) + '/status',
          { method: 'POST', body: JSON.stringify({ status: next }) });
        status.textContent = ticketId + ' 상태를 바꿨습니다: ' + STATUSES[next];
        await app.reload(['tickets', 'audit']);
      } catch (err) {
        status.textContent = err.message;
      }
    }

    function actions(td, t) {
      const select = el('select');
      select.setAttribute('aria-label', t.ticketId + ' 상태');
      Object.keys(STATUSES).forEach(function (s) {
        const o = el('option', null, STATUSES[s]);
        o.value = s;
        o.selected = s === t.status;
        select.appendChild(o);
      });
      select.addEventListener('change', function () { change(t.ticketId, select.value); });
      td.appendChild(select);
      if (t.status !== 'closed') {
        const done = el('button', 'small', '완료 처리');
        done.type = 'button';
        done.setAttribute('aria-label', t.ticketId + ' 완료 처리');
        done.addEventListener('click', function () { change(t.ticketId, 'closed'); });
        td.appendChild(done);
      }
    }

    return {
      load: async function () {
        fill(rows, await app.api('/admin/api/tickets'), function (tr, t) {
          if (t.status === 'closed') tr.className = 'done';
          cell(tr, t.ticketId); cell(tr, kst(t.createdAt)); cell(tr, t.name); cell(tr, t.contact);
          cell(tr, t.question); cell(tr, STATUSES[t.status] || t.status);
          actions(cell(tr, ''), t);
        }, '접수된 문의가 없습니다.');
      }
    };
  }
};
