import { $, h, clear, formatScore } from './dom.js';
import { t, tr } from './i18n.js';
import { getJson, request } from './api.js';
import { resultCard, scoreClass } from './result.js';
import { savedToken } from './storage.js';

function label(tag, key, params = {}, attributes = {}) {
  return tr(h(tag, attributes), key, params);
}

export function reportLink(sessionId, key = 'summary.download', attributes = {}) {
  const href = `/api/v1/sessions/${encodeURIComponent(sessionId)}/report?format=markdown`;
  const link = label('a', key, {}, { href, download: '', class: 'download', ...attributes });
  link.addEventListener('click', async (event) => {
    // A link cannot carry the bearer token: in team mode fetch the file and hand it over as a blob.
    if (!savedToken.get()) return;
    event.preventDefault();
    const response = await request(href, { accept: 'text/markdown' });
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'interview-report.md';
    const url = URL.createObjectURL(await response.blob());
    const anchor = h('a', { href: url, download: name });
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  return link;
}

function byTopicTable(byTopic) {
  return h('table', { class: 'topic-scores' },
    h('thead', {}, h('tr', {},
      label('th', 'summary.topic', {}, { scope: 'col' }),
      label('th', 'summary.questions', {}, { scope: 'col' }),
      label('th', 'result.score', {}, { scope: 'col' }))),
    h('tbody', {}, byTopic.map((row) => {
      const bar = h('span', { class: 'bar' });
      bar.style.width = `${Math.max(0, Math.min(10, row.score ?? 0)) * 10}%`;
      return h('tr', {},
        h('th', { scope: 'row' }, row.name ?? row.topic),
        h('td', {}, String(row.questions ?? '')),
        h('td', { class: 'bar-cell' }, h('span', { class: 'bar-track', 'aria-hidden': 'true' }, bar), ` ${formatScore(row.score)}`));
    })));
}

function weakestList(weakest, questionTexts) {
  if (!weakest || weakest.length === 0) return label('p', 'summary.noWeak', {}, { class: 'hint' });
  return h('ol', { class: 'weakest' }, weakest.map((item) => h('li', { class: `point st-${item.status}` },
    h('span', { class: `badge st-${item.status}` }, label('span', `status.${item.status}`)),
    h('span', { class: 'point-text' }, item.point),
    item.question || questionTexts.get(item.questionId)
      ? h('small', { class: 'weak-question' }, item.question ?? questionTexts.get(item.questionId))
      : null,
    item.referenceAnswer ? h('details', {}, label('summary', 'questions.reference'), h('p', { class: 'reference-text' }, item.referenceAnswer)) : null)));
}

function questionReview(report) {
  return h('div', { class: 'review' }, report.questions.map((question, index) => {
    // Answers come in order; a follow-up belongs to the ask before it, a retry starts a new ask.
    let ask = 0;
    const answers = (question.answers ?? []).map((answer) => {
      if (answer.kind !== 'follow_up') ask += 1;
      return { ...answer, ask };
    });
    const latest = [...answers].reverse().find((answer) => answer.result);
    const ofAsk = latest ? answers.filter((answer) => answer.ask === latest.ask) : [];
    const first = ofAsk.find((answer) => answer.kind !== 'follow_up');
    const supplement = ofAsk.find((answer) => answer.kind === 'follow_up');
    const parts = first ? [{ text: first.text }] : [];
    if (latest && latest.kind === 'follow_up' && supplement) parts.push({ text: supplement.text, supplement: true });
    return h('details', { class: 'review-item' },
      h('summary', {},
        h('span', { class: scoreClass(question.score ?? 0) }, formatScore(question.score ?? latest?.result.score ?? 0)),
        ' ', `${index + 1}. ${question.question}`),
      latest
        ? resultCard(latest.result, { answers: parts, late: latest.late, headingId: `review-${index}` })
        : h('div', { class: 'card' }, label('p', 'summary.noAnswer', {}, { class: 'hint' }),
          label('h4', 'result.reference'), h('div', { class: 'reference-text' }, question.referenceAnswer ?? '')));
  }));
}

/** The summary screen: the `summary` message at once, then the stored report for the question-by-question view. */
export async function showSummary(summary) {
  const body = clear($('summary-body'));
  body.append(
    h('div', { class: 'card summary-head' },
      h('p', { class: scoreClass(summary.score) },
        label('span', 'summary.score', {}, { class: 'score-label' }), ' ',
        h('strong', { class: 'score-value', id: 'summary-score' }, formatScore(summary.score)), h('small', {}, ' / 10')),
      label('p', 'summary.counts', { total: summary.total ?? '', answered: summary.answered ?? '', skipped: summary.skipped ?? '' }),
      h('div', { class: 'actions' },
        reportLink(summary.sessionId, 'summary.download', { id: 'download-report' }),
        label('a', 'summary.again', {}, { href: '#/start', class: 'button primary', id: 'start-again' }))),
    h('div', { class: 'card' }, label('h3', 'summary.byTopic'), byTopicTable(summary.byTopic ?? [])));
  const weakCard = h('div', { class: 'card' }, label('h3', 'summary.weakest'), weakestList(summary.weakest, new Map()));
  body.append(weakCard);
  $('announcer').textContent = `${t('summary.score')} ${formatScore(summary.score)}`;
  $('summary-title').focus();
  try {
    const report = await getJson(`/api/v1/sessions/${encodeURIComponent(summary.sessionId)}/report`);
    const texts = new Map(report.questions.map((q) => [q.questionId, q.question]));
    weakCard.replaceChildren(label('h3', 'summary.weakest'), weakestList(report.weakest ?? summary.weakest, texts));
    if (report.pendingGrades > 0) body.append(label('p', 'summary.pending', { n: report.pendingGrades }, { class: 'notice' }));
    body.append(h('div', { class: 'card' }, label('h3', 'summary.review'), questionReview(report)));
  } catch (error) {
    // The summary above stands on its own; the review is a bonus.
  }
}

/** A past session's summary, drawn from its stored report (history's "view"). */
export async function showStoredReport(sessionId) {
  const report = await getJson(`/api/v1/sessions/${encodeURIComponent(sessionId)}/report`);
  await showSummary({
    sessionId: report.sessionId, score: report.score, total: report.total, answered: report.answered,
    skipped: report.skipped, byTopic: report.byTopic, weakest: report.weakest,
  });
}
