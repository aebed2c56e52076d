'use strict';
// One script tag adds the chat to any page: <script src="https://CHATBOT-HOST/widget.js" defer></script>
(function () {
  const base = new URL(document.currentScript.src).origin;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = '동구 사회적경제 챗봇';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'donggu-chat-panel');
  button.style.cssText = 'position:fixed;right:1rem;bottom:1rem;z-index:2147483000;padding:.75rem 1rem;'
    + 'border-radius:2rem;border:2px solid #0b4f9c;background:#0b4f9c;color:#fff;font:inherit;font-size:1rem;cursor:pointer';
  const panel = document.createElement('div');
  panel.id = 'donggu-chat-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', '동구 사회적경제 안내 챗봇');
  panel.hidden = true;
  panel.style.cssText = 'position:fixed;right:1rem;bottom:4.5rem;z-index:2147483000;width:min(26rem,calc(100vw - 2rem));'
    + 'height:min(40rem,calc(100vh - 6rem));border:1px solid #6b7280;border-radius:.75rem;overflow:hidden;background:#fff';
  const frame = document.createElement('iframe');
  frame.title = '동구 사회적경제 안내 챗봇';
  frame.src = base + '/embed';
  frame.style.cssText = 'width:100%;height:100%;border:0';
  panel.appendChild(frame);
  button.addEventListener('click', function () {
    panel.hidden = !panel.hidden;
    button.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) frame.focus();
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && !panel.hidden) { panel.hidden = true; button.setAttribute('aria-expanded', 'false'); button.focus(); }
  });
  document.body.appendChild(button);
  document.body.appendChild(panel);
}());
