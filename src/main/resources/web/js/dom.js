// Small DOM helpers shared by the chat's modules.
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text read by screen readers only. */
export function srOnly(text) {
  return el('span', 'sr-only', text);
}

export function button(className, text, onClick) {
  const b = el('button', className, text);
  b.type = 'button';
  if (onClick) b.addEventListener('click', onClick);
  return b;
}

let counter = 0;
export function uniqueId(prefix) {
  counter += 1;
  return prefix + '-' + counter;
}
