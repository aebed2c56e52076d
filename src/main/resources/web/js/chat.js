// The web chat: a question streams its answer into a bubble (a typing indicator until the first words arrive),
// the latest answer and the input stay in view, and a failure shows as an error with a retry.
import { button, el, srOnly } from './dom.js';
import { chips, renderReply } from './reply.js';
import { streamChat } from './stream.js';
import { setUpHandoff, sessionId, SESSION_KEY } from './handoff.js';

const log = document.getElementById('log');
const form = document.getElementById('ask');
const input = document.getElementById('question');
const send = document.getElementById('send');
const MAX_INPUT_PX = 160;
let busy = false;

function message(role, label) {
  const node = el('div', 'msg ' + role);
  node.appendChild(srOnly(label + ': '));
  const body = el('div', 'msg-body');
  node.appendChild(body);
  log.appendChild(node);
  return { node: node, body: body };
}

/** Keeps the newest bubble in view: follows it down as it grows, but never scrolls its first line away. */
function follow(node) {
  const bottom = log.scrollHeight - log.clientHeight;
  log.scrollTop = Math.min(bottom, Math.max(0, node.offsetTop - 8));
}

function typing() {
  const box = el('div', 'typing');
  box.setAttribute('role', 'status');
  box.appendChild(srOnly('답변을 준비하고 있습니다.'));
  for (let i = 0; i < 3; i += 1) {
    const dot = el('span', 'dot');
    dot.setAttribute('aria-hidden', 'true');
    box.appendChild(dot);
  }
  return box;
}

function showError(bubble, error, text) {
  bubble.node.className = 'msg bot error';
  bubble.node.setAttribute('role', 'alert');
  bubble.body.textContent = '';
  bubble.node.querySelectorAll('.typing').forEach(function (t) { t.remove(); });
  const title = el('p', 'error-title');
  const icon = el('span', 'error-icon', '!');
  icon.setAttribute('aria-hidden', 'true');
  title.append(icon, document.createTextNode('답변을 받지 못했습니다'));
  bubble.body.append(title, el('p', 'error-text', error.message));
  if (error.retryable) {
    bubble.body.appendChild(button('retry', '다시 시도', function () {
      bubble.node.remove();
      answer(text);
    }));
  } else if (!input.value) {
    input.value = text;   // e.g. too long: give the text back to edit
  }
}

async function answer(text) {
  busy = true;
  send.disabled = true;
  const bubble = message('bot', '챗봇 답변');
  bubble.node.setAttribute('aria-busy', 'true');
  const waiting = typing();
  bubble.node.insertBefore(waiting, bubble.body);
  follow(bubble.node);
  try {
    const body = { message: text };
    const session = sessionId();
    if (session) body.sessionId = session;
    const reply = await streamChat(body, function (token) {
      waiting.remove();
      bubble.body.textContent += token;
      follow(bubble.node);
    });
    waiting.remove();
    sessionStorage.setItem(SESSION_KEY, reply.sessionId);
    bubble.node.dataset.messageId = reply.messageId;
    renderReply(bubble.node, bubble.body, reply, ask);
  } catch (error) {
    showError(bubble, error, text);
  } finally {
    bubble.node.removeAttribute('aria-busy');
    follow(bubble.node);
    busy = false;
    send.disabled = false;
  }
}

function ask(text) {
  if (busy) return;
  const question = message('user', '내 질문');
  question.body.textContent = text;
  follow(question.node);
  answer(text);
}

function resize() {
  input.style.height = 'auto';
  input.style.height = Math.min(input.scrollHeight + 2, MAX_INPUT_PX) + 'px';
}

async function welcome() {
  const hello = message('bot welcome', '챗봇 안내');
  hello.body.textContent = '안녕하세요. 광주 동구 사회적경제 사업 안내 챗봇입니다. 궁금한 사업이나 참여 방법을 물어봐 주세요.';
  const res = await fetch('/api/chat/starters').catch(function () { return null; });
  const starters = res && res.ok ? await res.json() : null;
  if (starters && starters.questions.length) {
    hello.node.appendChild(chips(starters.questions, '이런 것을 물어보세요', ask));
  }
}

form.addEventListener('submit', function (e) {
  e.preventDefault();
  const text = input.value.trim();
  if (!text || busy) { input.focus(); return; }
  input.value = '';
  resize();
  ask(text);
});
input.addEventListener('keydown', function (e) {
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); form.requestSubmit(); }
});
input.addEventListener('input', resize);
resize();
if (window.parent !== window) {
  // framed by widget.js, whose panel shows the title; Escape closes the panel, which lives in the host page
  document.documentElement.classList.add('embedded');
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && !document.querySelector('dialog[open]')) {
      window.parent.postMessage({ type: 'donggu-chat:close' }, '*');
    }
  });
}
setUpHandoff();
welcome();
