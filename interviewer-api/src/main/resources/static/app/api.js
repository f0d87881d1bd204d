import { savedToken } from './storage.js';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

let askForToken = async () => {
  throw new ApiError(401, 'UNAUTHENTICATED', 'No token');
};

/** Team mode: the page asks for a token once, through the function given here, then repeats the request. */
export function onTokenNeeded(ask) {
  askForToken = ask;
}

export function authHeaders(headers = {}) {
  const token = savedToken.get();
  return token ? { ...headers, Authorization: `Bearer ${token}` } : headers;
}

export async function request(path, { accept = 'application/json', retried = false } = {}) {
  let response;
  try {
    response = await fetch(path, { headers: authHeaders({ Accept: accept }), credentials: 'same-origin' });
  } catch (networkError) {
    throw new ApiError(0, 'NETWORK', networkError.message);
  }
  if (response.status === 401 && !retried) {
    await askForToken(savedToken.get() !== null);
    return request(path, { accept, retried: true });
  }
  if (!response.ok) {
    let code = `HTTP_${response.status}`;
    let message = response.statusText;
    try {
      const problem = await response.json();
      code = problem.code ?? code;
      message = problem.detail ?? problem.title ?? message;
    } catch {
      // not a problem document: keep the status line
    }
    throw new ApiError(response.status, code, message);
  }
  return response;
}

export async function getJson(path) {
  return (await request(path)).json();
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
