import { $, h, clear } from './dom.js';
import { t, tr } from './i18n.js';
import { getJson, query } from './api.js';

const PAGE_SIZE = 20;
const browse = { q: '', topic: '', page: 0, total: 0 };
let topicNames = new Map();

function label(tag, key, params = {}, attributes = {}) {
  return tr(h(tag, attributes), key, params);
}

export function setQuestionTopics(topics) {
  topicNames = new Map(topics.map((topic) => [topic.id, topic.name]));
  const select = $('question-topic');
  select.replaceChildren(select.options[0]);
  for (const topic of topics) select.append(h('option', { value: topic.id }, `${topic.name} (${topic.count})`));
}

async function load() {
  const page = await getJson(`/api/v1/questions${query({ q: browse.q, topic: browse.topic, page: browse.page, size: PAGE_SIZE })}`);
  browse.total = page.total;
  const list = clear($('question-list'));
  list.start = browse.page * PAGE_SIZE + 1;
  for (const item of page.items) {
    list.append(h('li', { class: 'question-row' },
      h('a', { href: `#/questions/${encodeURIComponent(item.id)}` }, item.question),
      h('span', { class: 'tag' }, topicNames.get(item.topic) ?? item.topic),
      label('span', 'difficulty.tag', { d: item.difficulty }, { class: 'tag' })));
  }
  const from = page.total === 0 ? 0 : browse.page * PAGE_SIZE + 1;
  const to = browse.page * PAGE_SIZE + page.items.length;
  if (page.total === 0) tr($('question-count'), 'questions.none');
  else tr($('question-count'), 'questions.count', { total: page.total, from, to });
  $('question-prev').disabled = browse.page === 0;
  $('question-more').disabled = to >= page.total;
}

export function showQuestions() {
  $('question-q').value = browse.q;
  $('question-topic').value = browse.topic;
  return load();
}

export async function showQuestion(id) {
  const question = await getJson(`/api/v1/questions/${encodeURIComponent(id)}`);
  const detail = clear($('question-detail'));
  detail.append(h('article', { class: 'card' },
    h('h2', { id: 'qd-title', tabindex: '-1' }, question.question),
    h('p', {},
      h('span', { class: 'tag' }, topicNames.get(question.topic) ?? question.topic), ' ',
      label('span', 'difficulty.tag', { d: question.difficulty }, { class: 'tag' }), ' ',
      question.quality ? h('span', { class: 'tag' }, t('questions.quality', { q: t(`quality.${question.quality}`) })) : null),
    label('h3', 'questions.keyPoints'),
    h('ol', { class: 'points plain' }, (question.keyPoints ?? []).map((point) => h('li', {}, point))),
    label('h3', 'questions.reference'),
    h('div', { class: 'reference-text' }, question.referenceAnswer ?? ''),
    question.sources && question.sources.length > 0
      ? [label('h3', 'questions.sources'), h('ul', { class: 'sources' }, question.sources.map((source) => h('li', {}, `${source.document}:${source.line}`)))]
      : null,
    question.related && question.related.length > 0
      ? [label('h3', 'questions.related'), h('ul', { class: 'related' }, question.related.map((related) => h('li', {}, h('a', { href: `#/questions/${encodeURIComponent(related)}`, dataset: { id: related } }, related))))]
      : null));
  $('qd-title').focus();
  // Related questions are listed by id at once, then named as their texts arrive.
  for (const link of detail.querySelectorAll('.related a')) {
    getJson(`/api/v1/questions/${encodeURIComponent(link.dataset.id)}`)
      .then((related) => { link.textContent = related.question; })
      .catch(() => {});
  }
}

export function setUpQuestions(onError) {
  $('question-search').addEventListener('submit', (event) => {
    event.preventDefault();
    browse.q = $('question-q').value.trim();
    browse.topic = $('question-topic').value;
    browse.page = 0;
    load().catch(onError);
  });
  $('question-topic').addEventListener('change', () => $('question-search').requestSubmit());
  $('question-prev').addEventListener('click', () => {
    browse.page = Math.max(0, browse.page - 1);
    load().catch(onError);
  });
  $('question-more').addEventListener('click', () => {
    browse.page += 1;
    load().catch(onError);
  });
}
