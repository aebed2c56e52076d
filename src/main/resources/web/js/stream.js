// POST /api/chat/stream: calls onToken for each text chunk as it arrives and resolves with the finished reply.
// Failures reject with a ChatError saying whether trying again can help.

export class ChatError extends Error {
  constructor(message, retryable) {
    super(message);
    this.retryable = retryable;
  }
}

const OFFLINE = '서버에 연결하지 못했습니다. 인터넷 연결을 확인하신 뒤 다시 시도해 주세요.';
const BROKEN = '답변을 받는 중에 연결이 끊겼습니다. 다시 시도해 주세요.';
const FAILED = '일시적인 오류로 답변하지 못했습니다. 잠시 후 다시 시도해 주세요.';

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

function errorMessage(text) {
  try {
    const body = JSON.parse(text);
    return body && body.error && body.error.message;
  } catch (e) {
    return null;
  }
}

async function open(body) {
  try {
    return await fetch('/api/chat/stream', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
    });
  } catch (e) {
    throw new ChatError(OFFLINE, true);
  }
}

export async function streamChat(body, onToken) {
  const res = await open(body);
  if (!res.ok) {
    const message = errorMessage(await res.text().catch(function () { return ''; }));
    const retryable = res.status >= 500 || res.status === 429;
    throw new ChatError(message || FAILED, retryable);
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let buffer = '';
  let reply = null;
  let failure = null;
  for (;;) {
    let chunk;
    try {
      chunk = await reader.read();
    } catch (e) {
      throw new ChatError(BROKEN, true);
    }
    if (chunk.done) break;
    buffer = parseEvents(buffer + decoder.decode(chunk.value, { stream: true }), function (name, data) {
      if (name === 'token') onToken(data);
      else if (name === 'done') reply = JSON.parse(data);
      else if (name === 'error') failure = new ChatError(errorMessage(data) || FAILED, true);
    });
  }
  if (failure) throw failure;
  if (!reply) throw new ChatError(BROKEN, true);
  return reply;
}
