// What residents said about answers.
import { cell, fill, kst, table } from './api.js';

export const feedback = {
  id: 'feedback',
  title: '피드백',
  create: function (section, app) {
    const rows = table(section, null, ['평가', '질문', '답변', '의견', '시각 (KST)']);
    return {
      load: async function () {
        fill(rows, await app.api('/admin/api/feedback'), function (tr, f) {
          cell(tr, f.rating === 'up' ? '도움이 됐어요' : '아쉬워요'); cell(tr, f.question); cell(tr, f.answer);
          cell(tr, f.comment); cell(tr, kst(f.at));
        }, '받은 피드백이 없습니다.');
      }
    };
  }
};
