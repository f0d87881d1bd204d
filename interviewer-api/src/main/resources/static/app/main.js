import { $, h, clear } from './dom.js';
import { t, tr, setLang, currentLang, applyTranslations } from './i18n.js';
import { getJson, onTokenNeeded } from './api.js';
import { savedToken } from './storage.js';
import { setUpInterview, startInterview, resumeSaved, interviewActive } from './interview.js';
import { showHistory } from './history.js';
import { showQuestions, showQuestion, setQuestionTopics, setUpQuestions } from './questions.js';
import { showStoredReport } from './summary.js';

const VIEWS = ['start', 'interview', 'summary', 'history', 'questions', 'question'];

function showError(text) {
  $('banner-text').textContent = text;
  $('banner').hidden = false;
}

function reportError(error) {
  showError(error && error.code === 'NETWORK' ? t('error.network') : t('error.generic', { message: error?.message ?? String(error) }));
}

function show(view) {
  for (const name of VIEWS) $(`view-${name}`).hidden = name !== view;
  if (view === 'start') {
    tr($('start-button'), 'start.go');
    $('start-button').disabled = false;
  }
  const section = view === 'question' ? 'questions' : view === 'summary' || view === 'interview' ? 'start' : view;
  for (const link of document.querySelectorAll('nav [data-route]')) {
    if (link.dataset.route === section) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

/** Moves to a screen the interview decided on, keeping the address bar in step without re-routing. */
function navigate(view) {
  const hash = `#/${view}`;
  if (location.hash !== hash) history.replaceState(null, '', hash);
  show(view);
}

async function route() {
  const [, name = 'start', argument] = location.hash.split('/');
  try {
    switch (name) {
      case 'history':
        show('history');
        await showHistory();
        $('history-title').focus();
        break;
      case 'questions':
        if (argument) {
          show('question');
          await showQuestion(decodeURIComponent(argument));
        } else {
          show('questions');
          await showQuestions();
        }
        break;
      case 'report':
        show('summary');
        await showStoredReport(decodeURIComponent(argument));
        break;
      case 'interview':
      case 'summary':
        if (interviewActive() || name === 'summary') show(name);
        else navigate('start');
        break;
      default:
        if (interviewActive()) navigate('interview');
        else show('start');
    }
  } catch (error) {
    reportError(error);
  }
}

function askForToken(rejected) {
  const dialog = $('token-dialog');
  $('token-error').hidden = !rejected;
  $('token-input').value = '';
  return new Promise((resolve) => {
    const form = $('token-form');
    const onSubmit = (event) => {
      event.preventDefault();
      const token = $('token-input').value.trim();
      if (!token) return;
      savedToken.set(token);
      form.removeEventListener('submit', onSubmit);
      dialog.close();
      resolve();
    };
    form.addEventListener('submit', onSubmit);
    dialog.showModal();
    // Started, and waiting for the person: tests (and anyone watching) can tell this from a page still loading.
    document.body.dataset.ready = 'token';
  });
}

function renderTopics(topics) {
  const list = clear($('topic-list'));
  for (const topic of topics) {
    list.append(h('label', { class: 'topic' },
      h('input', { type: 'checkbox', name: 'topics', value: topic.id }),
      h('span', {}, topic.name),
      tr(h('small', {}), 'start.topicCount', { count: topic.count })));
  }
}

function setUpStartForm() {
  $('start-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    const topics = [...form.querySelectorAll('input[name=topics]:checked')].map((input) => input.value);
    const difficulty = $('difficulty').value;
    const options = {
      count: Number($('count').value),
      mode: form.querySelector('input[name=mode]:checked').value,
    };
    if (topics.length > 0) options.topics = topics;
    if (difficulty) options.difficulty = Number(difficulty);
    $('banner').hidden = true;
    tr($('start-button'), 'start.starting');
    $('start-button').disabled = true;
    startInterview(options);
  });
}

function setUpLanguage() {
  const button = $('lang-switch');
  const update = () => {
    const english = currentLang() === 'en';
    button.textContent = english ? '中文' : 'English';
    button.lang = english ? 'zh-CN' : 'en';
    button.setAttribute('aria-label', english ? '切换到中文' : 'Switch to English');
  };
  button.addEventListener('click', () => {
    setLang(currentLang() === 'en' ? 'zh' : 'en');
    update();
  });
  setLang(currentLang());
  update();
}

async function boot() {
  setUpLanguage();
  applyTranslations(document);
  onTokenNeeded(askForToken);
  $('banner-close').addEventListener('click', () => { $('banner').hidden = true; });
  setUpStartForm();
  setUpQuestions(reportError);
  setUpInterview({ navigate, showError });
  window.addEventListener('hashchange', route);
  try {
    // In team mode this is where the token is asked for (a 401), once.
    const topics = await getJson('/api/v1/topics');
    renderTopics(topics);
    setQuestionTopics(topics);
  } catch (error) {
    reportError(error);
  }
  if (!resumeSaved()) await route();
  document.body.dataset.ready = 'true';
}

boot();
