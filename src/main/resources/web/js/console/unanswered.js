// Questions the bot could not answer, grouped by similarity: what to add to the documents next, or to answer with
// a curated answer (a group the answer covers leaves the list).
import { cell, csvLink, el, fill, kst, table } from './api.js';

export const unanswered = {
  id: 'unanswered',
  title: '미답변 질문',
  create: function (section, app) {
    section.querySelector('h2').appendChild(csvLink('/admin/api/unanswered.csv'));
    const rows = table(section, '비슷한 질문끼리 묶었습니다', ['질문', '횟수', '최근 (KST)', '답하기']);
    rows.id = 'unanswered-rows';
    return {
      load: async function () {
        const data = await app.api('/admin/api/unanswered');
        fill(rows, data.groups, function (tr, g) {
          cell(tr, g.question); cell(tr, g.count); cell(tr, kst(g.lastAt));
          const write = cell(tr, '').appendChild(el('button', 'small', '답변 쓰기'));
          write.type = 'button';
          write.setAttribute('aria-label', g.question + ' 답변 쓰기');
          write.addEventListener('click', function () { app.section('answers').compose(g); });
        }, '미답변 질문이 없습니다.');
      }
    };
  }
};
