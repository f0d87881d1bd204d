import { h, formatScore } from './dom.js';
import { t, tr } from './i18n.js';
import { evidenceRanges, referenceRanges, markedText } from './highlight.js';

const STATUS_ICON = { covered: '✓', partial: '◐', missed: '○', incorrect: '✗' };

function label(tag, key, params = {}, attributes = {}) {
  return tr(h(tag, attributes), key, params);
}

export function scoreClass(score) {
  if (score >= 7) return 'score good';
  if (score >= 4) return 'score fair';
  return 'score poor';
}

function statusBadge(status) {
  return h('span', { class: `badge st-${status}` }, `${STATUS_ICON[status] ?? '?'} `, label('span', `status.${status}`));
}

export function countStatuses(result) {
  const counts = { covered: 0, partial: 0, missed: 0, incorrect: 0 };
  for (const point of result.keyPoints) counts[point.status] = (counts[point.status] ?? 0) + 1;
  return counts;
}

function pointList(result) {
  return h('ol', { class: 'points' },
    result.keyPoints.map((point, index) => h('li', { class: `point st-${point.status}`, dataset: { point: String(index + 1), status: point.status } },
      statusBadge(point.status),
      h('span', { class: 'point-text' }, point.text),
      point.evidence
        ? h('q', { class: 'evidence' }, point.evidence)
        : point.status === 'missed' ? null : label('span', 'result.noEvidence', {}, { class: 'evidence none' }))));
}

function flagList(flags) {
  if (!flags || flags.length === 0) return null;
  return h('div', { class: 'flags' },
    label('h4', 'result.flags'),
    h('ul', {}, flags.map((flag) => {
      const key = `flag.${flag}`;
      return t(key) === key ? h('li', { dataset: { flag } }, flag) : tr(h('li', { dataset: { flag } }), key);
    })));
}

/** The answer as the grader saw it: the first answer and, after a follow-up, the supplement. */
function answerBlock(answers, keyPoints) {
  // Each evidence quote is searched in every part; a part shows only the quotes found in it.
  return answers.filter((part) => part.text).map((part) => h('div', { class: 'answer-part' },
    part.supplement ? label('h5', 'result.supplement') : null,
    h('div', { class: 'answer-text', dataset: { role: part.supplement ? 'supplement' : 'answer' } },
      markedText(part.text, evidenceRanges(part.text, keyPoints), 'ev'))));
}

/**
 * The result card: score, every key point with its status and evidence, flags in plain words, the candidate's
 * answer with the evidence marked, and the reference beside it with the matching key points marked.
 */
export function resultCard(result, { answers = [], late = false, headingId = 'result-title' } = {}) {
  return h('section', { class: 'card result', 'aria-labelledby': headingId, dataset: { score: String(result.score) } },
    h('header', { class: 'result-head' },
      label('h3', 'result.title', {}, { id: headingId, tabindex: '-1' }),
      h('p', { class: scoreClass(result.score) },
        label('span', 'result.score', {}, { class: 'visually-hidden' }),
        h('strong', { class: 'score-value' }, formatScore(result.score)),
        h('small', {}, ' / 10'))),
    result.degraded ? label('p', 'result.degraded', {}, { class: 'notice degraded', role: 'note' }) : null,
    late ? label('p', 'result.late', {}, { class: 'notice late' }) : null,
    result.feedback ? h('p', { class: 'feedback' }, result.feedback) : null,
    flagList(result.flags),
    label('h4', 'result.points'),
    pointList(result),
    label('p', 'result.legend', {}, { class: 'hint legend' }),
    h('div', { class: 'side-by-side' },
      h('div', { class: 'pane' }, label('h4', 'result.yourAnswer'), answerBlock(answers, result.keyPoints)),
      h('div', { class: 'pane' }, label('h4', 'result.reference'),
        h('div', { class: 'reference-text' },
          markedText(result.referenceAnswer ?? '', referenceRanges(result.referenceAnswer ?? '', result.keyPoints), 'ref')))));
}

/** A retry beside the attempt before it: both answers, the change in score and the newly covered points. */
export function comparisonCard(result, previous, { previousText, currentText, attempt }) {
  const delta = result.score - previous.score;
  const covered = result.keyPoints.filter((point) => point.status === 'covered').map((point) => point.text);
  const before = new Set(previous.covered ?? []);
  const fresh = covered.filter((text) => !before.has(text));
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  return h('section', { class: 'card compare', 'aria-labelledby': 'compare-title' },
    label('h3', 'retry.title', {}, { id: 'compare-title' }),
    label('p', 'retry.change', { from: formatScore(previous.score), to: formatScore(result.score), delta: `${sign}${Math.abs(delta).toFixed(1)}` },
      { class: `change ${delta > 0 ? 'up' : delta < 0 ? 'down' : ''}`, id: 'score-change' }),
    h('div', { class: 'side-by-side' },
      h('div', { class: 'pane before' },
        label('h4', 'retry.before', { n: attempt - 1 }),
        h('p', { class: scoreClass(previous.score) }, h('strong', { class: 'score-value' }, formatScore(previous.score)), h('small', {}, ' / 10')),
        h('div', { class: 'answer-text' }, previousText ?? ''),
        label('h5', 'retry.previousCovered'),
        (previous.covered ?? []).length > 0
          ? h('ul', { class: 'covered-before' }, previous.covered.map((text) => h('li', {}, text)))
          : label('p', 'retry.noneBefore', {}, { class: 'hint' })),
      h('div', { class: 'pane after' },
        label('h4', 'retry.after', { n: attempt }),
        h('p', { class: scoreClass(result.score) }, h('strong', { class: 'score-value' }, formatScore(result.score)), h('small', {}, ' / 10')),
        h('div', { class: 'answer-text' }, markedText(currentText ?? '', evidenceRanges(currentText ?? '', result.keyPoints), 'ev')))),
    label('h4', 'retry.newlyCovered'),
    fresh.length > 0
      ? h('ul', { class: 'newly-covered' }, fresh.map((text) => h('li', {}, `✓ ${text}`)))
      : label('p', 'retry.noneNew', {}, { class: 'hint' }));
}
