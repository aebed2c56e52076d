// A document's versions, newest first, each with who saved it, when (KST) and why; any earlier one can be restored.
import { cell, el, fill, kst, table } from './api.js';
import { button } from './form-rows.js';

const ACTORS = { file: '파일 직접 수정', system: '시스템' };
const ACTIONS = { created: '새로 만듦', saved: '저장', rolled_back: '되돌림', deleted: '삭제', file: '파일', seeded: '가져옴' };

export function versions(form, app, onRollback) {
  const box = form.appendChild(el('section', 'versions'));
  box.setAttribute('aria-labelledby', 'versions-title');
  const title = box.appendChild(el('h4', null, '버전 기록'));
  title.id = 'versions-title';
  box.appendChild(el('p', 'hint', '되돌릴 때도 위의 "바꾸는 이유"를 적어 주세요. 되돌리면 그 내용이 새 버전으로 저장됩니다.'));
  const rows = table(box, null, ['버전', '시각 (KST)', '누가', '한 일', '이유', '되돌리기']);
  rows.id = 'version-rows';

  return {
    load: async function (id, current) {
      box.hidden = !id;
      if (!id) return;
      fill(rows, await app.api('/admin/api/documents/' + encodeURIComponent(id) + '/versions'), function (tr, v) {
        cell(tr, 'v' + v.version); cell(tr, kst(v.at)); cell(tr, ACTORS[v.by] || v.by);
        cell(tr, ACTIONS[v.action] || v.action); cell(tr, v.reason);
        const td = cell(tr, '');
        if (v.version !== current && v.action !== 'deleted') {
          const back = td.appendChild(button('v' + v.version + ' 내용으로 되돌리기', 'small'));
          back.addEventListener('click', function () { onRollback(v.version); });
        }
      }, '버전 기록이 없습니다.');
    }
  };
}
