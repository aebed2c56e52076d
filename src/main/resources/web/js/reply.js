// Draws a finished reply inside its bubble: the answer, the year note, sources (links when a document has a url),
// suggested next questions as chips, and the feedback buttons.
import { button, el, srOnly, uniqueId } from './dom.js';

const SOURCE_LINE = '출처: ';
const NOTE_MARK = '※';

/** The answer's own lines, without the source lines (shown as a list) and with the notes apart. */
export function splitAnswer(answer) {
  const body = [];
  const notes = [];
  answer.split('\n').forEach(function (line) {
    if (line.startsWith(SOURCE_LINE)) return;
    (line.trim().startsWith(NOTE_MARK) ? notes : body).push(line);
  });
  return { body: body.join('\n').trim(), notes: notes };
}

function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

/** A box with a small caption that names its list or group. */
function captioned(className, caption, inner) {
  const box = el('div', className);
  const label = el('p', className + '-label', caption);
  label.id = uniqueId(className);
  inner.setAttribute('aria-labelledby', label.id);
  box.append(label, inner);
  return box;
}

function sources(list) {
  const ul = el('ul');
  list.forEach(function (s) {
    const item = el('li');
    const text = s.title + (s.section ? ' · ' + s.section : '');
    const href = s.url && safeUrl(s.url);
    if (href) {
      const a = el('a', null, text);
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.appendChild(srOnly(' (새 창)'));
      item.appendChild(a);
    } else {
      item.textContent = text;
    }
    ul.appendChild(item);
  });
  return captioned('sources', '출처', ul);
}

/** Suggested questions as chips; a tap asks it. */
export function chips(questions, label, ask) {
  const group = el('div', 'chips');
  group.setAttribute('role', 'group');
  questions.forEach(function (q) {
    group.appendChild(button('chip', q, function () { ask(q); }));
  });
  return captioned('quick', label, group);
}

const SVG = 'http://www.w3.org/2000/svg';

/** A thumb drawn in SVG (no emoji font needed), pointing down for 아쉬워요. */
function thumb(down) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', 'rate-icon');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M1 7h3v8H1z M5 7l3-6c1.2 0 2 .8 2 2v3h4c.8 0 1.4.7 1.2 1.5l-1.3 6.2c-.2.8-.8 1.3-1.6 '
    + '1.3H5z');
  path.setAttribute('fill', 'currentColor');
  if (down) path.setAttribute('transform', 'rotate(180 8 8)');
  svg.appendChild(path);
  return svg;
}

function feedback(reply) {
  const box = el('div', 'feedback');
  const id = uniqueId('feedback');
  const question = el('span', 'feedback-question', '이 답변이 도움이 되었나요?');
  question.id = id;
  box.setAttribute('role', 'group');
  box.setAttribute('aria-labelledby', id);
  box.appendChild(question);
  const status = el('span', 'feedback-status');
  status.setAttribute('role', 'status');
  [['up', '도움이 됐어요'], ['down', '아쉬워요']].forEach(function (f) {
    const b = button('rate rate-' + f[0], undefined, async function () {
      box.querySelectorAll('button').forEach(function (x) { x.disabled = true; });
      b.setAttribute('aria-pressed', 'true');
      const res = await fetch('/api/feedback', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ sessionId: reply.sessionId, messageId: reply.messageId, rating: f[0] })
      }).catch(function () { return { status: 0 }; });
      status.textContent = res.status === 204 ? '의견 감사합니다.' : '의견을 저장하지 못했습니다.';
    });
    b.append(thumb(f[0] === 'down'), document.createTextNode(f[1]));
    b.setAttribute('aria-pressed', 'false');
    box.appendChild(b);
  });
  box.appendChild(status);
  return box;
}

export function renderReply(bubble, body, reply, ask) {
  const parts = splitAnswer(reply.answer);
  body.textContent = parts.body;
  parts.notes.forEach(function (n) { bubble.appendChild(el('p', 'note', n)); });
  if (reply.sources && reply.sources.length) bubble.appendChild(sources(reply.sources));
  if (reply.quickReplies && reply.quickReplies.length) {
    bubble.appendChild(chips(reply.quickReplies, '이어서 물어보기', ask));
  }
  bubble.appendChild(feedback(reply));
}
