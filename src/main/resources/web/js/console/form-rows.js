// Labelled fields and lists of repeated rows (sources, people, criteria, sections) for the document editor.
import { el } from './api.js';

let counter = 0;

function nextId(prefix) {
  counter += 1;
  return prefix + '-' + counter;
}

export function button(text, className, label) {
  const b = el('button', className || 'small secondary', text);
  b.type = 'button';
  if (label) b.setAttribute('aria-label', label);
  return b;
}

/** A label and its control (input, textarea or select) in a wrapper; returns the control. */
export function field(parent, label, tag, attrs) {
  const wrap = parent.appendChild(el('div', 'field'));
  const control = el(tag || 'input');
  Object.keys(attrs || {}).forEach(function (k) { control.setAttribute(k, attrs[k]); });
  if (!control.id) control.id = nextId('f');
  const l = wrap.appendChild(el('label', null, label));
  l.htmlFor = control.id;
  wrap.appendChild(control);
  return control;
}

/** A select of [value, text] pairs. */
export function choice(parent, label, options, attrs) {
  const select = field(parent, label, 'select', attrs);
  options.forEach(function (o) {
    const option = select.appendChild(el('option', null, o[1]));
    option.value = o[0];
  });
  return select;
}

/** Comma-separated text as a list, and back. */
export function words(text) {
  return String(text || '').split(',').map(function (w) { return w.trim(); }).filter(Boolean);
}

export function joined(list) {
  return Array.isArray(list) ? list.join(', ') : (list || '');
}

/**
 * A fieldset of rows with an add button. {@code render(row, item, n)} builds one row's fields from an item and returns
 * a function reading them back (null for a row left empty).
 */
export function rows(parent, legend, addLabel, render) {
  const set = parent.appendChild(el('fieldset', 'rows'));
  set.appendChild(el('legend', null, legend));
  const list = set.appendChild(el('div', 'row-list'));
  const entries = [];
  const add = set.appendChild(button(addLabel));

  function addRow(item) {
    const row = list.appendChild(el('div', 'row'));
    const entry = { row: row, read: render(row, item || {}, entries.length + 1) };
    const remove = row.appendChild(button('삭제', 'small secondary', legend + ' ' + (entries.length + 1) + ' 삭제'));
    remove.addEventListener('click', function () {
      entries.splice(entries.indexOf(entry), 1);
      row.remove();
      set.dispatchEvent(new Event('input', { bubbles: true }));
    });
    entries.push(entry);
    return row;
  }

  add.addEventListener('click', function () {
    addRow({}).querySelector('input, textarea, select').focus();
  });
  return {
    set: function (items) {
      list.textContent = '';
      entries.length = 0;
      (items || []).forEach(addRow);
    },
    read: function () {
      return entries.map(function (e) { return e.read(); }).filter(function (x) { return x !== null; });
    }
  };
}
