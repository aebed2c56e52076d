// Statistics for a chosen period (dates in KST): totals, and charts drawn by the server as SVG, each with its
// numbers as a table.
import { el, table, fill, cell } from './api.js';

const PRESETS = { 7: '최근 7일', 30: '최근 30일', 90: '최근 90일' };
const COLUMNS = {
  'questions-per-day': ['날짜', '질문 수'], 'answer-rate-per-day': ['날짜', '답변률'],
  channels: ['채널', '질문 수'], programs: ['사업', '질문 수']
};

function daysBefore(isoDate, days) {
  const d = new Date(isoDate + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

function field(form, id, label, type) {
  const wrap = form.appendChild(el('span', 'field'));
  const l = wrap.appendChild(el('label', null, label));
  l.htmlFor = id;
  const input = wrap.appendChild(el(type === 'select' ? 'select' : 'input'));
  input.id = id;
  if (type !== 'select') input.type = type;
  return input;
}

function svg(markup) {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  return document.importNode(doc.documentElement, true);
}

function figure(chart) {
  const fig = el('figure', 'chart');
  fig.id = 'chart-' + chart.id;
  fig.appendChild(el('figcaption', null, chart.title));
  fig.appendChild(svg(chart.svg));
  const details = fig.appendChild(el('details'));
  details.appendChild(el('summary', null, '표로 보기'));
  fill(table(details, null, COLUMNS[chart.id] || ['항목', '값']), chart.rows, function (tr, r) {
    cell(tr, r.label); cell(tr, r.value);
  }, '자료가 없습니다.');
  return fig;
}

export const stats = {
  id: 'stats',
  title: '통계',
  create: function (section, app) {
    const form = section.appendChild(el('form', 'period'));
    form.id = 'period';
    const preset = field(form, 'period-preset', '기간', 'select');
    Object.keys(PRESETS).forEach(function (d) {
      const o = preset.appendChild(el('option', null, PRESETS[d]));
      o.value = d;
      o.selected = d === '30';
    });
    preset.appendChild(el('option', null, '직접 선택')).value = 'custom';
    const from = field(form, 'period-from', '시작일', 'date');
    const to = field(form, 'period-to', '종료일', 'date');
    const show = form.appendChild(el('button', null, '보기'));
    show.type = 'submit';
    const status = section.appendChild(el('p', 'action-status'));
    status.setAttribute('role', 'status');
    const summary = section.appendChild(el('p', 'summary'));
    summary.id = 'stats-summary';
    const charts = section.appendChild(el('div', 'charts'));
    let today = null;

    async function load(query) {
      try {
        const data = await app.api('/admin/api/stats/charts' + (query || ''));
        today = data.today;
        from.value = data.from;
        to.value = data.to;
        summary.textContent = data.from + ' ~ ' + data.to + ' (KST) · 질문 ' + data.questions + '건 · 답변률 '
          + Math.round(data.answeredRate * 100) + '%';
        charts.textContent = '';
        data.charts.forEach(function (c) { charts.appendChild(figure(c)); });
        status.textContent = '';
      } catch (err) {
        status.textContent = err.message;
      }
    }

    preset.addEventListener('change', function () {
      if (preset.value === 'custom' || !today) return;
      load('?from=' + daysBefore(today, Number(preset.value) - 1) + '&to=' + today);
    });
    [from, to].forEach(function (i) { i.addEventListener('input', function () { preset.value = 'custom'; }); });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      load('?from=' + encodeURIComponent(from.value) + '&to=' + encodeURIComponent(to.value));
    });
    return {
      load: function () { return load(today ? '?from=' + from.value + '&to=' + to.value : ''); }
    };
  }
};
