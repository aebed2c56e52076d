// Curated answers: staff write an approved answer (often from an unanswered group), optionally citing a document
// section, with a review day; the bot serves it ahead of the documents until that day.
import { cell, el, fill, table } from './api.js';

const FLAGS = { expired: '검토일 지남 (제공 중지)', source_missing: '인용한 문서나 절 없음' };

function field(form, id, label, tag, type) {
  const wrap = form.appendChild(el('div', 'field'));
  const l = wrap.appendChild(el('label', null, label));
  l.htmlFor = id;
  const input = wrap.appendChild(el(tag));
  input.id = id;
  if (type) input.type = type;
  return input;
}

function option(select, value, text) {
  const o = select.appendChild(el('option', null, text));
  o.value = value;
  return o;
}

export const answers = {
  id: 'answers',
  title: '확인 답변',
  create: function (section, app) {
    section.appendChild(el('p', 'help', '챗봇이 문서보다 먼저, 같은 뜻의 질문에 이 답변을 드립니다. 검토일이 지나면 더 드리지 않습니다.'));
    const form = section.appendChild(el('form', 'answer-form'));
    form.id = 'answer-form';
    const heading = form.appendChild(el('h3', null, '새 확인 답변'));
    heading.id = 'answer-form-title';
    form.setAttribute('aria-labelledby', heading.id);
    const question = field(form, 'answer-question', '질문', 'input', 'text');
    question.required = true;
    const variants = field(form, 'answer-variants', '같은 뜻의 다른 표현 (한 줄에 하나)', 'textarea');
    variants.rows = 3;
    const text = field(form, 'answer-text', '답변', 'textarea');
    text.rows = 4;
    text.required = true;
    const row = form.appendChild(el('div', 'field-row'));
    const doc = field(row, 'answer-doc', '근거 문서 (선택)', 'select');
    option(doc, '', '인용하지 않음');
    const part = field(row, 'answer-section', '근거 절', 'select');
    option(part, '', '문서 전체');
    const until = field(row, 'answer-valid-until', '검토일 (이날까지 제공)', 'input', 'date');
    const buttons = form.appendChild(el('p'));
    const save = buttons.appendChild(el('button', null, '저장'));
    save.type = 'submit';
    save.id = 'answer-save';
    const reset = buttons.appendChild(el('button', 'secondary', '새로 쓰기'));
    reset.type = 'button';
    const status = form.appendChild(el('p', 'action-status'));
    status.id = 'answer-status';
    status.setAttribute('role', 'status');
    const rows = table(section, '등록된 확인 답변', ['질문', '답변', '근거', '검토일', '상태', '관리']);
    rows.id = 'answer-rows';
    const titles = {};
    let editing = null;

    function startNew(title) {
      editing = null;
      form.reset();
      part.textContent = '';
      option(part, '', '문서 전체');
      heading.textContent = title || '새 확인 답변';
    }

    async function showSections(docId, selected) {
      part.textContent = '';
      option(part, '', '문서 전체');
      if (!docId) return;
      const program = await app.api('/api/programs/' + encodeURIComponent(docId));
      program.sections.forEach(function (s) { option(part, s.heading, s.heading).selected = s.heading === selected; });
    }

    function body() {
      const sources = doc.value ? [{ id: doc.value, section: part.value || null }] : [];
      return {
        question: question.value, answer: text.value, sources: sources, validUntil: until.value || null,
        variants: variants.value.split('\n').map(function (v) { return v.trim(); }).filter(Boolean)
      };
    }

    async function edit(a) {
      startNew('확인 답변 수정');
      editing = a.id;
      question.value = a.question;
      variants.value = a.variants.join('\n');
      text.value = a.answer;
      until.value = a.validUntil || '';
      const cited = a.sources[0];
      doc.value = cited ? cited.id : '';
      await showSections(doc.value, cited ? cited.section : null);
      question.focus();
    }

    function actions(td, a) {
      const change = td.appendChild(el('button', 'small', '수정'));
      change.type = 'button';
      change.setAttribute('aria-label', a.question + ' 수정');
      change.addEventListener('click', function () { edit(a); });
      const remove = td.appendChild(el('button', 'small secondary', '삭제'));
      remove.type = 'button';
      remove.setAttribute('aria-label', a.question + ' 삭제');
      remove.addEventListener('click', async function () {
        if (remove.textContent !== '삭제 확인') {   // a second click deletes
          remove.textContent = '삭제 확인';
          remove.setAttribute('aria-label', a.question + ' 삭제 확인');
          return;
        }
        try {
          await app.api('/admin/api/answers/' + encodeURIComponent(a.id), { method: 'DELETE' });
          status.textContent = '삭제했습니다: ' + a.question;
          await app.reload(['answers', 'unanswered', 'knowledge', 'audit']);
        } catch (err) {
          status.textContent = err.message;
        }
      });
    }

    doc.addEventListener('change', function () { showSections(doc.value, null); });
    reset.addEventListener('click', function () { startNew(); status.textContent = ''; });
    form.addEventListener('submit', async function (e) {
      e.preventDefault();
      try {
        const saved = await app.api(editing ? '/admin/api/answers/' + encodeURIComponent(editing) : '/admin/api/answers',
          { method: editing ? 'PUT' : 'POST', body: JSON.stringify(body()) });
        startNew();
        status.textContent = '저장했습니다. 미답변 질문 ' + saved.covered + '건에 이 답변을 드립니다.';
        await app.reload(['answers', 'unanswered', 'knowledge', 'audit']);
      } catch (err) {
        status.textContent = err.message;
      }
    });

    return {
      load: async function () {
        if (doc.options.length === 1) {
          (await app.api('/api/programs')).forEach(function (p) {
            option(doc, p.id, p.title);
            titles[p.id] = p.title;
          });
        }
        fill(rows, await app.api('/admin/api/answers'), function (tr, a) {
          cell(tr, a.question); cell(tr, a.answer);
          cell(tr, a.sources.map(function (s) { return (titles[s.id] || s.id) + (s.section ? ' · ' + s.section : ''); })
            .join(', '));
          cell(tr, a.validUntil || '없음');
          const flags = cell(tr, a.flags.map(function (f) { return FLAGS[f] || f; }).join(', ') || '제공 중');
          if (a.flags.length) flags.className = 'flag';
          actions(cell(tr, ''), a);
        }, '등록된 확인 답변이 없습니다.');
      },
      /** Opens the form for a group of unanswered questions: the first as the question, the rest as variants. */
      compose: function (group) {
        startNew('미답변 질문에 답하기');
        question.value = group.question;
        variants.value = group.examples.filter(function (q) { return q !== group.question; }).join('\n');
        status.textContent = '';
        form.scrollIntoView();
        text.focus();
      }
    };
  }
};
