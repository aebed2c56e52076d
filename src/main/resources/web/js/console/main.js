// The operators' console: one module per section. To add a section, write a module exporting
// { id, title, create(section, app) → { load() } } and list it in SECTIONS.
import { api, el, setToken } from './api.js';
import { unanswered } from './unanswered.js';
import { feedback } from './feedback.js';
import { tickets } from './tickets.js';
import { stats } from './stats.js';
import { knowledge } from './knowledge.js';
import { audit } from './audit.js';
import { answers } from './answers.js';
import { documents } from './documents.js';

const SECTIONS = [stats, unanswered, answers, tickets, feedback, knowledge, documents, audit];
const loaded = {};

const app = {
  api: api,
  /** Another section's object, to hand it work (the unanswered list opens the answer form). */
  section: function (id) { return loaded[id]; },
  /** Reloads the named sections, e.g. the audit list after an action. */
  reload: function (ids) {
    return Promise.all(ids.filter(function (id) { return loaded[id]; })
      .map(function (id) { return loaded[id].load(); }));
  }
};

function build() {
  const nav = document.getElementById('nav');
  const container = document.getElementById('sections');
  SECTIONS.forEach(function (s) {
    const link = el('a', null, s.title);
    link.href = '#' + s.id;
    nav.appendChild(el('li')).appendChild(link);
    const section = el('section');
    section.id = s.id;
    section.setAttribute('aria-labelledby', 'h-' + s.id);
    const heading = section.appendChild(el('h2', null, s.title));
    heading.id = 'h-' + s.id;
    container.appendChild(section);
    loaded[s.id] = s.create(section, app);
  });
}

document.getElementById('login').addEventListener('submit', async function (e) {
  e.preventDefault();
  setToken(document.getElementById('token').value);
  const status = document.getElementById('login-status');
  try {
    await api('/admin/api/knowledge');   // checks the token before anything is drawn
    if (!Object.keys(loaded).length) build();
    await app.reload(SECTIONS.map(function (s) { return s.id; }));
    document.getElementById('panels').hidden = false;
    document.getElementById('login').hidden = true;
  } catch (err) {
    status.textContent = err.message;
  }
});
