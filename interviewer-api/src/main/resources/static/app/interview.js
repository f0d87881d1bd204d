import { $, h, clear, formatScore } from './dom.js';
import { t, tr } from './i18n.js';
import { getJson } from './api.js';
import { InterviewSocket } from './socket.js';
import { savedSession, drafts } from './storage.js';
import { resultCard, comparisonCard, countStatuses } from './result.js';
import { showSummary } from './summary.js';

// The live interview: a small state machine driven by the server's messages. The server is the source of truth;
// the page only remembers what it needs to redraw (the candidate's own answer texts, for the result card).

const state = {
  sessionId: null,
  mode: 'practice',
  total: 0,
  question: null,
  phase: 'idle', // idle | answering | sending | grading | graded | waiting | done
  lastSent: null,
  deadlineMs: null,
  // Per question, the answers sent in order: { answerId, kind, text, ask } (ask: 1 first asked, 2+ on retries).
  // The server numbers every stored answer of a question (`attempt`), follow-ups included, so the page keys
  // answers by their id and groups them by the ask they belong to.
  answers: new Map(),
  pendingText: null,
};

let socket = null;
let ui = null;
let countdownTimer = null;
let announcedMinute = false;

export function interviewActive() {
  return state.phase !== 'idle' && state.phase !== 'done';
}

let lastAnnouncement = { text: '', at: 0 };

function announce(text) {
  const announcer = $('announcer');
  // Messages that come together (a grade, then the follow-up on it) are read together, not one over the other.
  const now = Date.now();
  const joined = now - lastAnnouncement.at < 2000 ? `${lastAnnouncement.text} ${text}` : text;
  lastAnnouncement = { text: joined, at: now };
  announcer.textContent = '';
  // A fresh text node after a tick makes screen readers read the same sentence twice in a row too.
  setTimeout(() => { announcer.textContent = joined; }, 50);
}

function send(message) {
  state.lastSent = message.type;
  socket.send(message);
}

function ensureSocket() {
  if (socket) return;
  socket = new InterviewSocket({
    onMessage: handle,
    onOpen: () => {
      $('connection').hidden = true;
      const saved = savedSession.get();
      if (saved && state.phase !== 'idle') send({ type: 'resume', sessionId: saved.sessionId, resumeToken: saved.resumeToken });
    },
    onDrop: () => {
      if (!interviewActive()) return;
      const connection = $('connection');
      tr(connection, 'conn.reconnecting');
      connection.hidden = false;
    },
    onTakenOver: () => {
      const connection = $('connection');
      clear(connection);
      connection.append(
        tr(h('span'), 'conn.takenOver'), ' ',
        tr(h('button', { type: 'button', class: 'link', onclick: () => { connection.hidden = true; resumeSaved(); } }), 'conn.continueHere'));
      connection.hidden = false;
      stopCountdown();
    },
  });
}

export function startInterview(options) {
  ensureSocket();
  savedSession.clear();
  state.answers.clear();
  state.sessionId = null;
  state.phase = 'waiting';
  send({ type: 'start', pace: 'manual', ...options });
}

/** After a reload: continue the interview kept in this browser, if any. Returns whether there was one. */
export function resumeSaved() {
  const saved = savedSession.get();
  if (!saved) return false;
  ensureSocket();
  state.sessionId = saved.sessionId;
  state.phase = 'waiting';
  if (socket.open) send({ type: 'resume', sessionId: saved.sessionId, resumeToken: saved.resumeToken });
  else socket.connect(); // onOpen sends resume
  ui.navigate('interview');
  return true;
}

function draftKey() {
  return `${state.sessionId}.${state.question.questionId}.${state.question.attempt ?? 1}`;
}

function handle(message) {
  switch (message.type) {
    case 'session': return onSession(message);
    case 'question': return onQuestion(message);
    case 'grading': return onGrading(message);
    case 'graded': return onGraded(message);
    case 'followUp': return onFollowUp(message);
    case 'timeout': return onTimeout(message);
    case 'summary': return onSummary(message);
    case 'error': return onError(message);
    default: return undefined; // pong and anything newer than this page
  }
}

function onSession(message) {
  state.sessionId = message.sessionId;
  state.total = message.total;
  state.mode = message.mode ?? state.mode;
  savedSession.set(message.sessionId, message.resumeToken);
  if (message.resumed) announce(t('conn.resumed'));
  ui.navigate('interview');
}

function setGradingState(key, params = {}) {
  const line = $('grading-state');
  if (!key) {
    line.hidden = true;
    return;
  }
  tr($('grading-text'), key, params);
  line.querySelector('.spinner').hidden = !(key === 'state.grading' || key === 'state.sending' || key === 'state.waitingSummary');
  line.hidden = false;
}

function setFormEnabled(enabled) {
  for (const id of ['answer', 'submit-answer', 'skip-question']) $(id).disabled = !enabled;
}

function onQuestion(message) {
  const sameAsShown = state.question
    && state.question.questionId === message.questionId
    && (state.question.attempt ?? 1) === (message.attempt ?? 1)
    && state.phase === 'answering';
  state.question = message;
  state.total = message.total ?? state.total;
  const remaining = message.remainingSec ?? message.timeLimitSec;
  state.deadlineMs = remaining != null ? Date.now() + remaining * 1000 : null;
  if (sameAsShown) {
    startCountdown(); // a resume of the question on screen: keep what is being typed
    return;
  }
  state.phase = 'answering';
  startCountdown();
  tr($('q-progress'), 'question.progress', { n: message.index + 1, total: state.total });
  $('q-topic').textContent = message.topicName ?? message.topic ?? '';
  if (message.difficulty) tr($('q-difficulty'), 'difficulty.tag', { d: message.difficulty });
  $('q-difficulty').hidden = !message.difficulty;
  const attempt = message.attempt ?? 1;
  const attemptTag = $('q-attempt');
  attemptTag.hidden = attempt <= 1;
  if (attempt > 1) tr(attemptTag, 'question.attempt', { n: attempt });
  $('question-heading').textContent = message.text;
  $('question-heading').dataset.questionId = message.questionId;
  $('answer-form').hidden = false;
  const answer = $('answer');
  answer.value = drafts.get(draftKey());
  setFormEnabled(true);
  setGradingState(null);
  $('followup').hidden = true;
  $('next-actions').hidden = true;
  // A retry starts from a clean slate: the reference stays hidden until the new attempt is graded.
  clear($('result-area'));
  ui.navigate('interview');
  $('question-heading').focus();
  setTimeout(() => answer.focus(), 0);
}

function startCountdown() {
  stopCountdown();
  announcedMinute = false;
  tick();
  countdownTimer = setInterval(tick, 1000);
}

function stopCountdown() {
  clearInterval(countdownTimer);
  countdownTimer = null;
}

function clock(seconds) {
  const s = Math.abs(Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function tick() {
  const element = $('countdown');
  if (state.deadlineMs === null || state.phase !== 'answering') {
    // The clock matters only while an answer can still be typed.
    element.hidden = true;
    if (state.phase !== 'answering') stopCountdown();
    return;
  }
  const seconds = (state.deadlineMs - Date.now()) / 1000;
  element.hidden = false;
  element.classList.toggle('low', seconds <= 60 && seconds > 0);
  element.classList.toggle('out', seconds <= 0);
  tr(element, seconds >= 0 ? 'question.remaining' : 'question.overtime', { time: clock(seconds) });
  if (!announcedMinute && seconds <= 60 && seconds > 0) {
    announcedMinute = true;
    announce(t('question.remaining', { time: clock(seconds) }));
  }
}

function submitAnswer() {
  if (state.phase !== 'answering') return;
  const text = $('answer').value;
  if (!text.trim()) {
    ui.showError(t('answer.empty'));
    $('answer').focus();
    return;
  }
  state.pendingText = text;
  state.phase = 'sending';
  tick();
  setFormEnabled(false);
  setGradingState('state.sending');
  send({ type: 'answer', questionId: state.question.questionId, text });
}

function skipQuestion() {
  if (state.phase !== 'answering') return;
  state.phase = 'waiting';
  setFormEnabled(false);
  drafts.clear(draftKey());
  setGradingState('state.skipped');
  send({ type: 'skip', questionId: state.question.questionId });
}

function isLastQuestion() {
  return state.question && state.question.index + 1 >= state.total;
}

function remember(questionId, entry) {
  const list = state.answers.get(questionId) ?? [];
  if (!list.some((known) => known.answerId === entry.answerId)) list.push(entry);
  state.answers.set(questionId, list);
}

function onGrading(message) {
  if (state.question && message.questionId === state.question.questionId) {
    drafts.clear(draftKey());
    if (state.pendingText !== null && message.answerId) {
      remember(message.questionId, {
        answerId: message.answerId, kind: message.kind, text: state.pendingText, ask: state.question.attempt ?? 1,
      });
    }
    state.pendingText = null;
  }
  if (state.mode === 'exam') {
    state.phase = 'waiting';
    setGradingState(isLastQuestion() ? 'state.waitingSummary' : 'state.waitingNext');
    return;
  }
  state.phase = 'grading';
  $('followup').hidden = true;
  $('next-actions').hidden = true;
  setGradingState('state.grading');
  announce(t('state.grading'));
}

/** The answers of a question from the stored transcript, for when a reload has emptied the page's memory. */
async function loadAnswers(questionId) {
  try {
    const transcript = await getJson(`/api/v1/sessions/${encodeURIComponent(state.sessionId)}`);
    const question = transcript.questions.find((q) => q.questionId === questionId);
    let ask = 0;
    for (const answer of question ? question.answers : []) {
      if (answer.kind !== 'follow_up') ask += 1;
      remember(questionId, { answerId: answer.id, kind: answer.kind, text: answer.text, ask });
    }
  } catch {
    // Without the transcript the card still shows the grade and the reference.
  }
}

/** The texts a grade was made on: an answer, or an ask's answer and its follow-up supplement together. */
async function gradedParts(questionId, answerId) {
  if (!(state.answers.get(questionId) ?? []).some((entry) => entry.answerId === answerId)) await loadAnswers(questionId);
  const list = state.answers.get(questionId) ?? [];
  const entry = list.find((known) => known.answerId === answerId);
  if (!entry) return { ask: 1, parts: [] };
  return { ask: entry.ask, parts: partsOfAsk(list, entry.ask, entry.kind === 'follow_up') };
}

function partsOfAsk(list, ask, withSupplement) {
  const ofAsk = list.filter((known) => known.ask === ask);
  const first = ofAsk.find((known) => known.kind !== 'follow_up');
  const supplement = ofAsk.find((known) => known.kind === 'follow_up');
  const parts = first ? [{ text: first.text }] : [];
  if (withSupplement && supplement) parts.push({ text: supplement.text, supplement: true });
  return parts;
}

async function onGraded(message) {
  if (state.mode === 'exam') return;
  const result = message.result;
  setGradingState(null);
  $('answer-form').hidden = true;
  state.phase = 'graded';
  const { ask, parts } = await gradedParts(message.questionId, message.answerId);
  const area = clear($('result-area'));
  if (message.previous) {
    const list = state.answers.get(message.questionId) ?? [];
    const before = partsOfAsk(list, ask - 1, true);
    area.append(comparisonCard(result, message.previous, {
      previousText: before.map((part) => part.text).join('\n\n'), currentText: parts[0]?.text, attempt: ask,
    }));
  }
  area.append(resultCard(result, { answers: parts, late: message.late }));
  const counts = countStatuses(result);
  announce(t('result.announce', { score: formatScore(result.score), ...counts }));
  showNextActions(true);
  $('result-title').focus();
}

function showNextActions(retryAllowed) {
  const next = $('next-question');
  tr(next, isLastQuestion() ? 'result.finish' : 'result.next');
  $('retry-question').hidden = !retryAllowed;
  $('next-actions').hidden = false;
}

function onFollowUp(message) {
  if (!state.question || message.questionId !== state.question.questionId) return;
  $('followup-text').textContent = message.text;
  $('followup-answer').value = '';
  $('followup-answer').disabled = false;
  $('followup-submit').disabled = false;
  $('followup-decline').disabled = false;
  $('followup').hidden = false;
  $('next-question').hidden = true;
  state.phase = 'followUp';
  announce(message.text);
  $('followup-answer').focus();
}

function submitFollowUp() {
  const text = $('followup-answer').value;
  if (!text.trim()) {
    ui.showError(t('answer.empty'));
    return;
  }
  state.pendingText = text;
  $('followup-answer').disabled = true;
  $('followup-submit').disabled = true;
  $('followup-decline').disabled = true;
  $('next-question').hidden = false;
  send({ type: 'answer', questionId: state.question.questionId, text });
}

function declineFollowUp() {
  $('followup').hidden = true;
  $('next-question').hidden = false;
  state.phase = 'graded';
  announce(t('followup.declined'));
  send({ type: 'skip', questionId: state.question.questionId });
  $('next-question').focus();
}

function onTimeout(message) {
  if (!state.question || message.questionId !== state.question.questionId) return;
  state.phase = 'waiting';
  stopCountdown();
  setFormEnabled(false);
  setGradingState(isLastQuestion() ? 'state.waitingSummary' : 'state.timeout');
  announce(t('state.timeout'));
}

function onSummary(message) {
  state.phase = 'done';
  stopCountdown();
  savedSession.clear();
  $('connection').hidden = true;
  showSummary(message);
  ui.navigate('summary');
  // A reload of the summary redraws it from the stored report.
  history.replaceState(null, '', `#/report/${encodeURIComponent(message.sessionId)}`);
}

function onError(message) {
  const failed = state.lastSent;
  if (failed === 'resume') {
    savedSession.clear();
    state.phase = 'idle';
    ui.showError(t('error.resumeLost'));
    ui.navigate('start');
    return;
  }
  if (message.code === 'SESSION_TAKEN_OVER') return; // the close that follows says it
  ui.showError(t('error.generic', { message: message.message ?? message.code }));
  if (failed === 'answer' && state.phase === 'sending') {
    state.phase = 'answering';
    setFormEnabled(true);
    setGradingState(null);
    $('answer').focus();
  } else if (failed === 'answer' && state.phase === 'followUp') {
    $('followup-answer').disabled = false;
    $('followup-submit').disabled = false;
    $('followup-decline').disabled = false;
  } else if (failed === 'retry') {
    $('retry-question').hidden = true;
  } else if (failed === 'start') {
    state.phase = 'idle';
    ui.navigate('start');
  }
}

export function setUpInterview(hooks) {
  ui = hooks;
  const answer = $('answer');
  $('answer-form').addEventListener('submit', (event) => {
    event.preventDefault();
    submitAnswer();
  });
  answer.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submitAnswer();
    }
  });
  answer.addEventListener('input', () => {
    if (state.question && state.phase === 'answering') drafts.set(draftKey(), answer.value);
  });
  $('skip-question').addEventListener('click', skipQuestion);
  $('end-session').addEventListener('click', () => {
    if (!window.confirm(t('answer.endConfirm'))) return;
    state.phase = 'waiting';
    setFormEnabled(false);
    setGradingState('state.waitingSummary');
    send({ type: 'end' });
  });
  $('followup-form').addEventListener('submit', (event) => {
    event.preventDefault();
    submitFollowUp();
  });
  $('followup-answer').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submitFollowUp();
    }
  });
  $('followup-decline').addEventListener('click', declineFollowUp);
  $('next-question').addEventListener('click', () => {
    $('next-actions').hidden = true;
    $('followup').hidden = true;
    state.phase = 'waiting';
    if (isLastQuestion()) setGradingState('state.waitingSummary');
    send({ type: 'next' });
  });
  $('retry-question').addEventListener('click', () => {
    $('next-actions').hidden = true;
    $('followup').hidden = true;
    send({ type: 'retry', questionId: state.question.questionId });
  });
}
