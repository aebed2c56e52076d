// The live preview: how the chatbot would answer three questions if the draft were saved. The server runs the real
// answer path on a temporary index of the draft and the other documents; nothing is saved or served.
import { el } from './api.js';
import { button, field } from './form-rows.js';

const DELAY_MS = 1200;

export function preview(form, app, read) {
  const box = form.appendChild(el('section', 'preview'));
  box.setAttribute('aria-labelledby', 'preview-title');
  const title = box.appendChild(el('h4', null, '미리 보기: 저장하면 챗봇이 이렇게 답합니다'));
  title.id = 'preview-title';
  box.appendChild(el('p', 'hint', '고칠 때마다 다시 물어봅니다. 질문을 바꿔 볼 수도 있습니다. 저장하기 전에는 챗봇에 반영되지 않습니다.'));
  const inputs = [1, 2, 3].map(function (n) {
    return field(box, '질문 ' + n, 'input', { id: 'preview-q' + n, type: 'text', maxlength: '200' });
  });
  const ask = box.appendChild(button('다시 물어보기', 'small'));
  ask.id = 'preview-run';
  const status = box.appendChild(el('p', 'action-status'));
  status.id = 'preview-status';
  status.setAttribute('role', 'status');
  const answers = box.appendChild(el('div', 'answers'));
  answers.id = 'preview-answers';
  let timer = null;
  let running = false;
  let again = false;

  function show(list) {
    answers.textContent = '';
    list.forEach(function (a, i) {
      if (!inputs[i].value) inputs[i].value = a.question;
      const item = answers.appendChild(el('article', a.answered ? 'answer' : 'answer unanswered'));
      item.appendChild(el('p', 'question', 'Q. ' + a.question));
      item.appendChild(el('p', 'msg-body', a.answer));
      const cited = a.sources.map(function (s) { return s.title + (s.section ? ' · ' + s.section : ''); });
      item.appendChild(el('p', 'cited', cited.length ? '찾은 절: ' + cited.join(', ') : '답하지 못한 질문으로 남습니다.'));
    });
  }

  async function run() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    status.textContent = '챗봇에 물어보는 중입니다…';
    try {
      const questions = inputs.map(function (i) { return i.value.trim(); }).filter(Boolean);
      const result = await app.api('/admin/api/documents/preview',
        { method: 'POST', body: JSON.stringify({ document: read(), questions: questions }) });
      show(result.answers);
      status.textContent = '미리 보기를 새로 고쳤습니다.';
    } catch (err) {
      answers.textContent = '';
      const list = answers.appendChild(el('ul', 'problems'));
      err.problems.forEach(function (p) { list.appendChild(el('li', null, p)); });
      status.textContent = '아직 저장할 수 없는 상태라 미리 볼 수 없습니다. ' + err.message;
    } finally {
      running = false;
      if (again) {
        again = false;
        run();
      }
    }
  }

  ask.addEventListener('click', run);
  return {
    schedule: function () {
      clearTimeout(timer);
      timer = setTimeout(run, DELAY_MS);
    },
    reset: function () {
      clearTimeout(timer);
      inputs.forEach(function (i) { i.value = ''; });
      return run();
    }
  };
}
