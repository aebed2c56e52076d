// The knowledge report (documents whose period is over or whose review is overdue) and re-indexing.
import { cell, el, fill, table } from './api.js';

const FLAGS = {
  period_over: '사업 기간 지남', review_overdue: '검토 필요(오래됨)', expired: '검토일 지남 (제공 중지)',
  source_missing: '인용한 문서나 절 없음'
};

function flagCell(tr, flags) {
  const td = cell(tr, flags.map(function (f) { return FLAGS[f] || f; }).join(', ') || '정상');
  if (flags.length) td.className = 'flag';
}

export const knowledge = {
  id: 'knowledge',
  title: '지식 문서 점검',
  create: function (section, app) {
    const bar = section.appendChild(el('p'));
    const reindex = bar.appendChild(el('button', null, '다시 색인하기'));
    reindex.type = 'button';
    reindex.id = 'reindex';
    const status = bar.appendChild(el('span', 'action-status'));
    status.id = 'reindex-status';
    status.setAttribute('role', 'status');
    const rows = table(section, null, ['문서', '파일', '검토일', '점검']);
    rows.id = 'knowledge-rows';
    section.appendChild(el('h3', null, '확인 답변'));
    const curated = table(section, null, ['질문', '검토일', '점검']);
    curated.id = 'curated-rows';
    section.appendChild(el('h3', null, '불러오지 못한 문서와 경고'));
    const problems = section.appendChild(el('div'));

    reindex.addEventListener('click', async function () {
      try {
        const r = await app.api('/admin/api/reindex', { method: 'POST' });
        status.textContent = (r.reloaded ? '다시 색인했습니다. ' : '바뀐 문서가 없습니다. ') + '문서 ' + r.documents + '개';
        await app.reload(['knowledge', 'audit']);
      } catch (err) {
        status.textContent = err.message;
      }
    });

    function showProblems(list) {
      problems.textContent = '';
      if (!list.length) {
        problems.appendChild(el('p', null, '문제가 없습니다.'));
        return;
      }
      const ul = problems.appendChild(el('ul'));
      list.forEach(function (p) { ul.appendChild(el('li', null, p.file + ':' + p.line + ' ' + p.messageKo)); });
    }

    return {
      load: async function () {
        const data = await app.api('/admin/api/knowledge');
        fill(rows, data.documents, function (tr, d) {
          cell(tr, d.title); cell(tr, d.file); cell(tr, d.reviewed);
          flagCell(tr, d.flags);
        });
        fill(curated, data.curatedAnswers, function (tr, a) {
          cell(tr, a.question); cell(tr, a.validUntil || '없음');
          flagCell(tr, a.flags);
        }, '등록된 확인 답변이 없습니다.');
        showProblems(data.problems);
      }
    };
  }
};
