import { $, h, clear, formatScore, formatDate } from './dom.js';
import { currentLang, tr } from './i18n.js';
import { getJson } from './api.js';
import { reportLink } from './summary.js';

const COLOURS = ['#1f5fbf', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0e7490', '#a16207', '#be185d', '#4d7c0f', '#475569'];
let chart = null;

function label(tag, key, params = {}, attributes = {}) {
  return tr(h(tag, attributes), key, params);
}

function sessionTable(sessions) {
  if (sessions.length === 0) return label('p', 'history.empty', {}, { class: 'hint' });
  return h('table', { class: 'sessions' },
    h('thead', {}, h('tr', {}, ['history.date', 'history.mode', 'history.status', 'history.answered', 'history.score', 'history.report']
      .map((key) => label('th', key, {}, { scope: 'col' })))),
    h('tbody', {}, sessions.map((session) => h('tr', { dataset: { session: session.id } },
      h('td', {}, formatDate(session.createdAt, currentLang())),
      h('td', {}, label('span', `mode.tag.${session.mode}`)),
      h('td', {}, label('span', `status.session.${String(session.status).toLowerCase()}`)),
      h('td', {}, `${session.answered ?? 0} / ${session.total ?? 0}`),
      h('td', { class: 'num' }, formatScore(session.score)),
      h('td', { class: 'links' },
        label('a', 'history.view', {}, { href: `#/report/${encodeURIComponent(session.id)}` }), ' · ',
        reportLink(session.id, 'history.download', { class: 'plain' }))))));
}

function drawChart(progress) {
  const topics = progress.topics ?? [];
  const times = [...new Set(topics.flatMap((topic) => topic.points.map((point) => point.at)))].sort();
  const empty = times.length === 0;
  $('progress-empty').hidden = !empty;
  $('progress-chart').hidden = empty;
  if (chart) {
    chart.destroy();
    chart = null;
  }
  if (empty || typeof window.Chart === 'undefined') return;
  const labels = times.map((time) => formatDate(time, currentLang()));
  chart = new window.Chart($('progress-chart'), {
    type: 'line',
    data: {
      labels,
      datasets: topics.map((topic, index) => {
        const byTime = new Map(topic.points.map((point) => [point.at, point.score]));
        return {
          label: topic.name ?? topic.topic,
          data: times.map((time) => (byTime.has(time) ? byTime.get(time) : null)),
          borderColor: COLOURS[index % COLOURS.length],
          backgroundColor: COLOURS[index % COLOURS.length],
          spanGaps: true,
          tension: 0.2,
        };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      // offset: a first session's single point sits in the middle, not on the axis.
      scales: { x: { offset: true }, y: { min: 0, max: 10, ticks: { stepSize: 2 } } },
      elements: { point: { radius: 4 } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}

export async function showHistory() {
  const [sessions, progress] = await Promise.all([getJson('/api/v1/sessions'), getJson('/api/v1/progress')]);
  clear($('history-table')).append(sessionTable(sessions));
  drawChart(progress);
}
