'use strict';
// The web chat: posts to /api/chat/stream, shows tokens as they arrive, then sources, quick replies and feedback.
(function () {
  const log = document.getElementById('log');
  const form = document.getElementById('ask');
  const input = document.getElementById('question');
  const send = document.getElementById('send');
  const SESSION_KEY = 'donggu-chat-session';

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function addMessage(role, text) {
    const node = el('div', 'msg ' + role, text);
    node.setAttribute('aria-label', role === 'user' ? '내 질문' : '챗봇 답변');
    log.appendChild(node);
    node.scrollIntoView({ block: 'end' });
    return node;
  }

  function parseEvents(buffer, onEvent) {
    let at;
    while ((at = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, at);
      buffer = buffer.slice(at + 2);
      let name = 'message';
      const data = [];
      frame.split('\n').forEach(function (line) {
        if (line.startsWith('event: ')) name = line.slice(7);
        else if (line.startsWith('data: ')) data.push(line.slice(6));
      });
      onEvent(name, data.join('\n'));
    }
    return buffer;
  }

  async function ask(text) {
    addMessage('user', text);
    const bubble = addMessage('bot', '');
    bubble.setAttribute('aria-busy', 'true');
    send.disabled = true;
    try {
      const body = { message: text };
      const session = sessionStorage.getItem(SESSION_KEY);
      if (session) body.sessionId = session;
      const res = await fetch('/api/chat/stream', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
      });
      if (!res.ok) {
        const err = await res.json().catch(function () { return null; });
        bubble.textContent = err && err.error ? err.error.message : '일시적인 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.';
        return;
      }
      const reader = res.body.getReader();
      const decoder = new TextDecoder('utf-8');
      let buffer = '';
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) break;
        buffer = parseEvents(buffer + decoder.decode(chunk.value, { stream: true }), function (name, data) {
          if (name === 'token') bubble.textContent += data;
          if (name === 'done') finish(bubble, JSON.parse(data));
        });
      }
    } catch (e) {
      bubble.textContent = '연결에 문제가 있습니다. 잠시 후 다시 시도해 주세요.';
    } finally {
      bubble.removeAttribute('aria-busy');
      send.disabled = false;
    }
  }

  function finish(bubble, reply) {
    sessionStorage.setItem(SESSION_KEY, reply.sessionId);
    // the source lines are shown as a list below, with links
    bubble.textContent = reply.answer.split('\n').filter(function (l) { return !l.startsWith('출처: '); }).join('\n');
    if (reply.sources && reply.sources.length) {
      const list = el('ul', 'sources');
      list.setAttribute('aria-label', '출처');
      reply.sources.forEach(function (s) {
        const item = el('li');
        const label = s.title + (s.section ? ' · ' + s.section : '');
        if (s.url) {
          const a = el('a', null, label);
          a.href = s.url;
          a.rel = 'noopener';
          item.appendChild(a);
        } else {
          item.textContent = label;
        }
        list.appendChild(item);
      });
      bubble.appendChild(list);
    }
    if (reply.quickReplies && reply.quickReplies.length) {
      const quick = el('div', 'quick');
      quick.setAttribute('role', 'group');
      quick.setAttribute('aria-label', '추천 질문');
      reply.quickReplies.forEach(function (q) {
        const b = el('button', null, q);
        b.type = 'button';
        b.addEventListener('click', function () { ask(q); });
        quick.appendChild(b);
      });
      bubble.appendChild(quick);
    }
    bubble.appendChild(feedback(reply));
  }

  function feedback(reply) {
    const box = el('div', 'feedback');
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', '답변 평가');
    const status = el('span', 'feedback-status');
    status.setAttribute('role', 'status');
    [['up', '도움이 됐어요', '이 답변이 도움이 되었어요'], ['down', '아쉬워요', '이 답변이 도움이 되지 않았어요']].forEach(function (f) {
      const b = el('button', 'rate-' + f[0], f[1]);
      b.type = 'button';
      b.setAttribute('aria-label', f[2]);
      b.addEventListener('click', async function () {
        const res = await fetch('/api/feedback', {
          method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ sessionId: reply.sessionId, messageId: reply.messageId, rating: f[0] })
        });
        status.textContent = res.status === 204 ? '의견 감사합니다.' : '의견을 저장하지 못했습니다.';
        box.querySelectorAll('button').forEach(function (x) { x.disabled = true; });
      });
      box.appendChild(b);
    });
    box.appendChild(status);
    return box;
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) { input.focus(); return; }
    input.value = '';
    ask(text);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); form.requestSubmit(); }
  });

  // hand-off to a person, with explicit consent
  const handoff = document.getElementById('handoff');
  const open = document.getElementById('open-handoff');
  const status = document.getElementById('h-status');
  function toggle(show) {
    handoff.hidden = !show;
    open.setAttribute('aria-expanded', String(show));
    if (show) document.getElementById('h-name').focus(); else open.focus();
  }
  open.addEventListener('click', function () { toggle(handoff.hidden); });
  document.getElementById('h-cancel').addEventListener('click', function () { toggle(false); });
  handoff.addEventListener('submit', async function (e) {
    e.preventDefault();
    if (!handoff.reportValidity()) return;
    const res = await fetch('/api/handoff', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        sessionId: sessionStorage.getItem(SESSION_KEY) || undefined,
        name: handoff.name.value, contact: handoff.contact.value, question: handoff.question.value,
        consent: handoff.consent.checked
      })
    });
    const body = await res.json().catch(function () { return {}; });
    status.textContent = res.status === 201 ? '접수되었습니다. 접수 번호: ' + body.ticketId
      : (body.error ? body.error.message : '접수하지 못했습니다.');
    if (res.status === 201) handoff.reset();
  });

  addMessage('bot', '안녕하세요. 광주 동구 사회적경제 사업 안내 챗봇입니다. 궁금한 사업이나 참여 방법을 물어봐 주세요.');
}());
