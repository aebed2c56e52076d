// The form of one program document, mirroring its format (header fields, sources, people, eligibility criteria and
// sections), with a live preview of the chatbot's answers from the draft and the document's versions.
import { el } from './api.js';
import { button, choice, field, joined, rows, words } from './form-rows.js';
import { preview } from './document-preview.js';
import { versions } from './document-versions.js';

const KINDS = [['program', '사업'], ['organisation', '기관·단체'], ['guide', '안내']];
const STATUSES = [['to_confirm', '확인 필요(to_confirm)'], ['stated', '자료에 적힘(stated)']];
const EXPECTED = [['', '해당 없음'], ['true', '예'], ['false', '아니요']];
/** Keys the form edits, or the API adds; any other key of a loaded document is kept as it was. */
const KNOWN = ['id', 'title', 'category', 'kind', 'parent', 'audience', 'summary', 'keywords', 'aliases', 'year',
  'period', 'url', 'reviewed', 'source', 'people', 'eligibility', 'sections', 'version', 'status', 'file', 'problems',
  'text', 'updatedBy', 'updatedAt', 'import'];

function text(parent, label, attrs) {
  return field(parent, label, 'input', Object.assign({ type: 'text' }, attrs));
}

export function editor(container, app, onChange) {
  const form = container.appendChild(el('form', 'doc-form'));
  form.id = 'doc-form';
  form.noValidate = true;
  form.hidden = true;
  const heading = form.appendChild(el('h3'));
  heading.id = 'editor-title';
  heading.tabIndex = -1;
  const notes = form.appendChild(el('ul', 'notes'));
  notes.id = 'import-notes';

  const basics = form.appendChild(el('fieldset', 'grid'));
  basics.appendChild(el('legend', null, '머리말'));
  const f = {
    id: text(basics, '문서 id (영문 소문자·숫자·-)', { id: 'doc-id', autocomplete: 'off', pattern: '[a-z0-9][a-z0-9-]*' }),
    title: text(basics, '제목', { id: 'doc-title' }),
    category: text(basics, '분류', { id: 'doc-category' }),
    kind: choice(basics, '종류', KINDS, { id: 'doc-kind' }),
    parent: text(basics, '상위 사업 id', { id: 'doc-parent' }),
    keywords: text(basics, '검색어 (쉼표로 구분)', { id: 'doc-keywords' }),
    aliases: text(basics, '부르는 이름 (쉼표로 구분)', { id: 'doc-aliases' }),
    year: field(basics, '연도', 'input', { id: 'doc-year', type: 'number', min: '2000', max: '2100' }),
    start: field(basics, '기간 시작', 'input', { id: 'doc-start', type: 'date' }),
    end: field(basics, '기간 끝', 'input', { id: 'doc-end', type: 'date' }),
    url: field(basics, '공고 주소', 'input', { id: 'doc-url', type: 'url' }),
    reviewed: field(basics, '마지막 확인일', 'input', { id: 'doc-reviewed', type: 'date' })
  };
  const audience = basics.appendChild(el('fieldset', 'checks'));
  audience.appendChild(el('legend', null, '대상'));
  const residents = field(audience, '주민', 'input', { id: 'doc-resident', type: 'checkbox' });
  const enterprises = field(audience, '기업', 'input', { id: 'doc-enterprise', type: 'checkbox' });
  const summary = field(form, '한 문장 요약', 'textarea', { id: 'doc-summary', rows: '2' });

  const sources = rows(form, '출처', '출처 추가', function (row, s, n) {
    const name = text(row, '출처 ' + n + ' 이름', { value: s.name || '' });
    const date = field(row, '출처 ' + n + ' 날짜', 'input', { type: 'date', value: s.date || '' });
    return function () { return name.value.trim() ? { name: name.value, date: date.value || null } : null; };
  });
  const people = rows(form, '인물', '인물 추가', function (row, p, n) {
    const name = text(row, '인물 ' + n + ' 이름', { value: p.name || '' });
    const role = text(row, '인물 ' + n + ' 직함', { value: p.role || '' });
    return function () { return name.value.trim() ? { name: name.value, role: role.value } : null; };
  });
  const criteria = rows(form, '참여 자격 기준', '자격 기준 추가', criterionRow);
  const sections = rows(form, '본문 절', '절 추가', function (row, s, n) {
    const h = text(row, '절 ' + n + ' 제목', { value: s.heading || '', list: 'standard-headings' });
    const t = field(row, '절 ' + n + ' 내용', 'textarea', { rows: '4' });
    t.value = s.text || '';
    return function () { return h.value.trim() || t.value.trim() ? { heading: h.value, text: t.value } : null; };
  });
  const headings = form.appendChild(el('datalist'));
  headings.id = 'standard-headings';

  const fill = form.appendChild(el('p', 'fill'));
  const fillFile = field(fill, '파일 내용으로 본문 채우기 (HWP, HWPX, PDF, DOCX, TXT)', 'input',
    { id: 'doc-fill-file', type: 'file', accept: '.hwp,.hwpx,.pdf,.docx,.txt,.md' });
  const reason = text(form, '바꾸는 이유 (한 줄, 버전 기록과 작업 기록에 남습니다)', { id: 'doc-reason', maxlength: '200' });
  const actions = form.appendChild(el('p', 'actions'));
  const save = actions.appendChild(el('button', null, '저장'));
  save.type = 'submit';
  save.id = 'doc-save';
  const close = actions.appendChild(button('닫기', 'secondary'));
  const remove = actions.appendChild(button('문서 삭제', 'secondary danger'));
  remove.id = 'doc-delete';
  const status = form.appendChild(el('p', 'action-status'));
  status.id = 'doc-status';
  status.setAttribute('role', 'status');
  const problems = form.appendChild(el('ul', 'problems'));
  problems.id = 'doc-problems';
  const source = form.appendChild(el('details', 'markdown'));
  source.appendChild(el('summary', null, '저장된 파일 원문 보기 (Markdown)'));
  const markdown = source.appendChild(el('pre'));
  markdown.id = 'doc-markdown';
  const shown = preview(form, app, read);
  const history = versions(form, app, function (version) { rollback(version); });

  let base = {};
  let mode = 'new';

  function criterionRow(row, c, n) {
    const key = text(row, '기준 ' + n + ' 종류 (enterprise_type, location 또는 영문 이름)', { value: c.criterion || '' });
    const label = text(row, '기준 ' + n + ' 이름', { value: c.label || '' });
    const allowed = text(row, '기준 ' + n + ' 허용 값 (쉼표로 구분)', { value: joined(c.allowed) });
    const st = choice(row, '기준 ' + n + ' 근거', STATUSES);
    st.value = c.status || 'to_confirm';
    const section = text(row, '기준 ' + n + ' 설명하는 절', { value: c.section || '', list: 'standard-headings' });
    const question = text(row, '기준 ' + n + ' 물어볼 질문 (예/아니요 기준)', { value: c.question || '' });
    const expected = choice(row, '기준 ' + n + ' 충족하는 답', EXPECTED);
    expected.value = c.expected === undefined || c.expected === null ? '' : String(c.expected);
    const note = text(row, '기준 ' + n + ' 메모', { value: c.note || '' });
    const quote = text(row, '기준 ' + n + ' 근거 문장 (자료 그대로, 100자 이내)', { value: c.quote || '', maxlength: '100' });
    return function () {
      if (!key.value.trim()) return null;
      return { criterion: key.value, label: label.value, allowed: words(allowed.value), status: st.value,
        section: section.value, question: question.value,
        expected: expected.value === '' ? null : expected.value === 'true', note: note.value, quote: quote.value };
    };
  }

  /** The document as the form holds it now, with any field the form does not show kept as it was loaded. */
  function read() {
    const doc = {};
    Object.keys(base).filter(function (k) { return KNOWN.indexOf(k) < 0; }).forEach(function (k) { doc[k] = base[k]; });
    ['id', 'title', 'category', 'kind', 'parent', 'url', 'reviewed'].forEach(function (k) { doc[k] = f[k].value; });
    doc.summary = summary.value;
    doc.keywords = words(f.keywords.value);
    doc.aliases = words(f.aliases.value);
    doc.year = f.year.value ? Number(f.year.value) : null;
    doc.period = f.start.value || f.end.value ? { start: f.start.value, end: f.end.value } : null;
    doc.audience = [residents.checked ? 'resident' : null, enterprises.checked ? 'enterprise' : null].filter(Boolean);
    doc.source = sources.read();
    doc.people = people.read();
    doc.eligibility = criteria.read();
    doc.sections = sections.read();
    return doc;
  }

  function write(doc) {
    ['id', 'title', 'category', 'parent', 'url', 'reviewed'].forEach(function (k) { f[k].value = doc[k] || ''; });
    f.kind.value = doc.kind || 'program';
    summary.value = doc.summary || '';
    f.keywords.value = joined(doc.keywords);
    f.aliases.value = joined(doc.aliases);
    f.year.value = doc.year || '';
    f.start.value = (doc.period && doc.period.start) || '';
    f.end.value = (doc.period && doc.period.end) || '';
    residents.checked = (doc.audience || []).indexOf('resident') >= 0;
    enterprises.checked = (doc.audience || []).indexOf('enterprise') >= 0;
    sources.set(doc.source);
    people.set(doc.people);
    criteria.set(doc.eligibility);
    sections.set(doc.sections);
  }

  function showProblems(list) {
    problems.textContent = '';
    (list || []).forEach(function (p) { problems.appendChild(el('li', null, p)); });
  }

  async function open(doc, how) {
    base = doc;
    mode = how;
    form.hidden = false;
    heading.textContent = how === 'new' ? '새 문서: ' + (doc.title || '제목 없음')
      : (doc.title || doc.id) + ' (v' + doc.version + (doc.status === 'deleted' ? ', 삭제됨' : '') + ')';
    f.id.readOnly = how !== 'new';
    remove.hidden = how !== 'edit';
    notes.textContent = '';
    ((doc.import && doc.import.notes) || []).forEach(function (n) { notes.appendChild(el('li', 'note', n)); });
    write(doc);
    source.hidden = !doc.text;
    markdown.textContent = doc.text || '';
    reason.value = '';
    status.textContent = '';
    showProblems(doc.problems);
    if (!headings.children.length) {
      (await app.api('/admin/api/knowledge')).headings.forEach(function (h) { headings.appendChild(el('option')).value = h; });
    }
    heading.focus();
    await Promise.all([shown.reset(), history.load(how === 'new' ? null : doc.id, doc.version)]);
  }

  async function change(request, done) {
    try {
      const saved = await request();
      showProblems([]);
      await onChange();
      if (saved) await open(saved, 'edit');
      status.textContent = done(saved);
    } catch (err) {
      status.textContent = err.message;
      showProblems(err.problems);
    }
  }

  function rollback(version) {
    change(function () {
      return app.api('/admin/api/documents/' + encodeURIComponent(base.id) + '/rollback',
        { method: 'POST', body: JSON.stringify({ version: version, reason: reason.value }) });
    }, function (saved) { return 'v' + version + ' 내용으로 되돌렸습니다. 지금 v' + saved.version + '입니다.'; });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    const body = { document: read(), reason: reason.value };
    if (mode === 'edit') body.version = base.version;
    change(function () {
      return app.api('/admin/api/documents' + (mode === 'new' ? '' : '/' + encodeURIComponent(base.id)),
        { method: mode === 'new' ? 'POST' : 'PUT', body: JSON.stringify(body) });
    }, function (saved) { return '저장했습니다(지금 버전 v' + saved.version + '). 챗봇이 바로 이 내용으로 답합니다.'; });
  });
  remove.addEventListener('click', function () {
    change(async function () {
      await app.api('/admin/api/documents/' + encodeURIComponent(base.id) + '?reason='
        + encodeURIComponent(reason.value), { method: 'DELETE' });
      return app.api('/admin/api/documents/' + encodeURIComponent(base.id));
    }, function () { return '문서를 삭제했습니다. 버전 기록에서 되돌릴 수 있습니다.'; });
  });
  close.addEventListener('click', function () { form.hidden = true; });
  form.addEventListener('input', function (e) {
    if (e.target !== reason && e.target !== fillFile) shown.schedule();
  });
  fillFile.addEventListener('change', async function () {
    if (!fillFile.files.length) return;
    try {
      const data = new FormData();
      data.append('file', fillFile.files[0]);
      const draft = await app.api('/admin/api/documents/import', { method: 'POST', body: data });
      const doc = read();
      doc.sections = draft.sections;
      doc.source = doc.source.concat(draft.source || []);
      write(doc);
      status.textContent = fillFile.files[0].name + '의 내용으로 본문을 채웠습니다. 확인한 뒤 저장해 주세요.';
      shown.schedule();
    } catch (err) {
      status.textContent = err.message;
    }
    fillFile.value = '';
  });
  return { open: open };
}
