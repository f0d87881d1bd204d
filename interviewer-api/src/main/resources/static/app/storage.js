// Everything the page keeps in the browser, in one place (docs/web-page.md lists it).
const SESSION_KEY = 'mockInterview.session';
const TOKEN_KEY = 'mockInterview.token';
const DRAFT_PREFIX = 'mockInterview.draft.';

export const savedSession = {
  get() {
    try {
      const value = JSON.parse(localStorage.getItem(SESSION_KEY) ?? 'null');
      return value && value.sessionId && value.resumeToken ? value : null;
    } catch {
      return null;
    }
  },
  set(sessionId, resumeToken) {
    localStorage.setItem(SESSION_KEY, JSON.stringify({ sessionId, resumeToken }));
  },
  clear() {
    localStorage.removeItem(SESSION_KEY);
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith(DRAFT_PREFIX)) sessionStorage.removeItem(key);
    }
  },
};

export const savedToken = {
  get: () => localStorage.getItem(TOKEN_KEY),
  set: (token) => localStorage.setItem(TOKEN_KEY, token),
  clear: () => localStorage.removeItem(TOKEN_KEY),
};

/** An answer being typed survives a reload of the tab (sessionStorage: never shared, gone with the tab). */
export const drafts = {
  get: (key) => sessionStorage.getItem(DRAFT_PREFIX + key) ?? '',
  set: (key, text) => {
    if (text) sessionStorage.setItem(DRAFT_PREFIX + key, text);
    else sessionStorage.removeItem(DRAFT_PREFIX + key);
  },
  clear: (key) => sessionStorage.removeItem(DRAFT_PREFIX + key),
};
