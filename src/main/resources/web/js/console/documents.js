// Program documents: the list with each one's status and review flags, a count of those needing attention on the
// console's first screen, adding a document, drafts imported from the district's files, and the editor.
import { cell, el, fill, kst, table } from './api.js';
import { button, field } from './form-rows.js';
import { editor } from './document-editor.js';

const STATUS = { ok: '정상', warning: '경고 있음', error: '불러오지 못함', deleted: '삭제됨' };
const FLAGS = { period_over: '사업 기간 지남', review_overdue: '검토 필요' };

/** The notice above the menu: how many documents are past their period or review date. */
function attention() {
  let notice = document.getElementById('attention');
  if (!notice) {
    notice = el('p', 'attention');
    notice.id = 'attention';
    notice.setAttribute('role', 'status');
    const panels = document.getElementById('panels');
    panels.insertBefore(notice, panels.firstChild);
  }
  return notice;
}

function showAttention(list) {
  const notice = attention();
  const flagged = list.filter(function (d) { return d.status !== 'deleted' && d.flags.length; });
  notice.textContent = '';
  notice.hidden = !flagged.length;
  if (!flagged.length) return;
  const counts = Object.keys(FLAGS).map(function (f) {
    const n = flagged.filter(function (d) { return d.flags.indexOf(f) >= 0; }).length;
    return n ? FLAGS[f] + ' ' + n + '건' : null;
  }).filter(Boolean);
  notice.appendChild(el('strong', null, '점검이 필요한 문서 ' + flagged.length + '건'));
  notice.appendChild(document.createTextNode(' (' + counts.join(', ') + ') '));
  const link = notice.appendChild(el('a', null, '문서 관리에서 보기'));
  link.href = '#documents';
}

export const documents = {
  id: 'documents',
  title: '문서 관리',
  create: function (section, app) {
    section.appendChild(el('p', 'hint', '챗봇은 여기 있는 문서로만 답합니다. 저장하면 바로 반영되고, 고친 내용은 버전으로 남아 되돌릴 수 있습니다.'));
    const bar = section.appendChild(el('div', 'toolbar'));
    const add = bar.appendChild(button('새 문서 만들기', 'small'));
    add.id = 'new-document';
    const upload = field(bar, '파일에서 초안 만들기 (HWP, HWPX, PDF, DOCX, TXT · 10MB까지)', 'input',
      { id: 'import-file', type: 'file', accept: '.hwp,.hwpx,.pdf,.docx,.txt,.md' });
    const status = section.appendChild(el('p', 'action-status'));
    status.id = 'documents-status';
    status.setAttribute('role', 'status');
    const rows = table(section, null, ['문서', '상태', '점검', '버전', '마지막 수정 (KST)', '편집']);
    rows.id = 'document-rows';
    const edit = editor(section, app, function () { return app.reload(['documents', 'knowledge', 'audit']); });

    async function openDocument(id) {
      try {
        await edit.open(await app.api('/admin/api/documents/' + encodeURIComponent(id)), 'edit');
      } catch (err) {
        status.textContent = err.message;
      }
    }

    add.addEventListener('click', function () {
      edit.open({ kind: 'program', audience: ['resident'], sections: [{ heading: '개요', text: '' }] }, 'new');
    });
    upload.addEventListener('change', async function () {
      if (!upload.files.length) return;
      const name = upload.files[0].name;
      status.textContent = '\'' + name + '\' 파일을 읽는 중입니다…';
      try {
        const data = new FormData();
        data.append('file', upload.files[0]);
        const draft = await app.api('/admin/api/documents/import', { method: 'POST', body: data });
        status.textContent = name + '에서 초안을 만들었습니다. 아직 저장되지 않았습니다.';
        await edit.open(draft, 'new');
      } catch (err) {
        status.textContent = err.message;
      }
      upload.value = '';
    });

    return {
      load: async function () {
        const list = await app.api('/admin/api/documents');
        showAttention(list);
        fill(rows, list, function (tr, d) {
          if (d.status === 'deleted') tr.className = 'done';
          cell(tr, d.title); cell(tr, STATUS[d.status] || d.status);
          const flags = cell(tr, d.flags.map(function (f) { return FLAGS[f] || f; }).join(', ') || '-');
          if (d.flags.length) flags.className = 'flag';
          cell(tr, 'v' + d.version); cell(tr, kst(d.updatedAt));
          const open = cell(tr, '').appendChild(button('열기', 'small', d.title + ' 열기'));
          open.addEventListener('click', function () { openDocument(d.id); });
        }, '문서가 없습니다.');
      }
    };
  }
};
