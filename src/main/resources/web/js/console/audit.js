// The audit list: what was done in the console, when (KST) and with which admin token.
import { cell, fill, kst, table } from './api.js';
import { STATUSES } from './tickets.js';

const ACTIONS = {
  reindex: '다시 색인', ticket_status: '티켓 상태 변경', answer_created: '확인 답변 등록',
  answer_updated: '확인 답변 수정', answer_deleted: '확인 답변 삭제',
  document_created: '문서 추가', document_saved: '문서 저장', document_rolled_back: '문서 되돌림', document_deleted: '문서 삭제'
};

function detail(entry) {
  return entry.action === 'ticket_status' ? (STATUSES[entry.detail] || entry.detail) : entry.detail;
}

export const audit = {
  id: 'audit',
  title: '작업 기록',
  create: function (section, app) {
    const rows = table(section, '콘솔에서 한 작업을 최근 것부터 보여 줍니다', ['시각 (KST)', '토큰', '작업', '대상', '내용']);
    rows.id = 'audit-rows';
    return {
      load: async function () {
        fill(rows, await app.api('/admin/api/audit'), function (tr, a) {
          cell(tr, kst(a.at)); cell(tr, a.actor); cell(tr, ACTIONS[a.action] || a.action); cell(tr, a.target);
          cell(tr, detail(a));
        }, '기록된 작업이 없습니다.');
      }
    };
  }
};
