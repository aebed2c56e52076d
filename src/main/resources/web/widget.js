'use strict';
// One script tag adds the chat to any page: <script src="https://CHATBOT-HOST/widget.js" defer></script>
// A launcher button opens a panel framing /embed; 닫기, Escape (in the page or in the chat) closes it and focus
// returns to the launcher. Styles are set through the DOM, so they work under the host page's CSP.
(function () {
  if (document.getElementById('donggu-chat-launcher')) return;
  const base = new URL(document.currentScript.src).origin;
  const BRAND = '#0b4f9c';
  const TITLE = '동구 사회적경제 안내 챗봇';

  function make(tag, id, css) {
    const node = document.createElement(tag);
    if (id) node.id = id;
    node.style.cssText = 'box-sizing:border-box;margin:0;font-family:inherit;' + css;
    return node;
  }

  // A visible focus ring for keyboard users, whatever the host page's CSS says about outlines.
  function ring(node) {
    node.addEventListener('focus', function () {
      if (node.matches(':focus-visible')) {
        node.style.outline = '3px solid #c2410c';
        node.style.outlineOffset = '2px';
      }
    });
    node.addEventListener('blur', function () { node.style.outline = 'none'; });
  }

  const launcher = make('button', 'donggu-chat-launcher', 'position:fixed;right:1rem;bottom:1rem;'
    + 'z-index:2147483000;padding:.75rem 1.1rem;border-radius:2rem;border:2px solid ' + BRAND + ';background:'
    + BRAND + ';color:#fff;font-size:1rem;line-height:1.2;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.3)');
  launcher.type = 'button';
  launcher.textContent = '동구 사회적경제 챗봇';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', 'donggu-chat-panel');

  const panel = make('div', 'donggu-chat-panel', 'position:fixed;z-index:2147483001;display:none;'
    + 'flex-direction:column;background:#fff;border:1px solid #6b7280;overflow:hidden;'
    + 'box-shadow:0 4px 24px rgba(0,0,0,.3)');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'donggu-chat-title');

  const bar = make('div', null, 'display:flex;align-items:center;justify-content:space-between;gap:.5rem;'
    + 'padding:.4rem .5rem .4rem .9rem;background:' + BRAND + ';color:#fff');
  const title = make('span', 'donggu-chat-title', 'font-size:1rem;font-weight:700;color:#fff;line-height:1.3');
  title.textContent = TITLE;
  const close = make('button', 'donggu-chat-close', 'min-height:2.5rem;padding:.3rem .8rem;font-size:.95rem;'
    + 'border:2px solid #fff;border-radius:.5rem;background:#fff;color:' + BRAND + ';cursor:pointer');
  close.type = 'button';
  close.textContent = '닫기';
  bar.appendChild(title);
  bar.appendChild(close);

  const frame = make('iframe', null, 'flex:1 1 auto;width:100%;border:0;display:block');
  frame.title = TITLE;
  frame.src = base + '/embed';
  panel.appendChild(bar);
  panel.appendChild(frame);

  function place() {
    // a phone, even on a page without a viewport meta tag (laid out 980 px wide)
    const phone = Math.min(window.innerWidth, window.screen.width) <= 480;
    panel.style.inset = phone ? '0' : 'auto 1rem 4.75rem auto';
    panel.style.width = phone ? '100%' : 'min(26rem, calc(100vw - 2rem))';
    panel.style.height = phone ? '100%' : 'min(40rem, calc(100vh - 6rem))';
    panel.style.borderRadius = phone ? '0' : '.75rem';
  }

  function isOpen() {
    return panel.style.display !== 'none';
  }

  function open() {
    place();
    panel.style.display = 'flex';
    launcher.setAttribute('aria-expanded', 'true');
    frame.focus();
  }

  function shut() {
    panel.style.display = 'none';
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  launcher.addEventListener('click', function () { if (isOpen()) shut(); else open(); });
  close.addEventListener('click', shut);
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && isOpen()) shut();
  });
  window.addEventListener('message', function (e) {
    if (e.origin === base && e.source === frame.contentWindow && e.data && e.data.type === 'donggu-chat:close'
        && isOpen()) {
      shut();
    }
  });
  ring(launcher);
  ring(close);
  // a labelled landmark of its own, so the host page's structure stays whole
  const region = document.createElement('aside');
  region.setAttribute('aria-label', '챗봇');
  region.appendChild(launcher);
  region.appendChild(panel);
  document.body.appendChild(region);
}());
