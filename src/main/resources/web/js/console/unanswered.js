// Questions the bot could not answer, grouped by similarity: what to add to the documents next.
import { cell, csvLink, el, fill, kst, table } from './api.js';

export const unanswered = {
  id: 'unanswered',
  title: '미답변 질문',
  create: function (section, app) {
    section.querySelector('h2').appendChild(csvLink('/admin/api/unanswered.csv'));
    const rows = table(section, '비슷한 질문끼리 묶었습니다', ['질문', '횟수', '최근 (KST)']);
    return {
      load: async function () {
        const data = await app.api('/admin/api/unanswered');
        fill(rows, data.groups, function (tr, g) {
          cell(tr, g.question); cell(tr, g.count); cell(tr, kst(g.lastAt));
        }, '미답변 질문이 없습니다.');
      }
    };
  }
};
