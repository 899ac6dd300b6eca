// The c360 HTTP API, as the page uses it. Every path segment taken from data is URI-encoded; every request
// carries the signed-in key.

import {credentials} from './auth.js';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const enc = encodeURIComponent;
const MAX_RETRIES = 10;

function wait(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, {once: true});
  });
}

/** GET a JSON answer; a 503 (starting, rebalancing) is retried after its Retry-After. */
function headers() {
  const key = credentials.get();
  return key ? {Accept: 'application/json', Authorization: `Bearer ${key}`} : {Accept: 'application/json'};
}

export async function getJson(path, signal, method = 'GET') {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(path, {method, headers: headers(), signal});
    if (response.status === 503 && attempt < MAX_RETRIES) {
      const seconds = Math.min(5, Number(response.headers.get('Retry-After')) || 1);
      await wait(seconds * 1000, signal);
      continue;
    }
    let body = null;
    try {
      body = await response.json();
    } catch {
      body = null; // not JSON: the status line says enough
    }
    if (response.status === 401) credentials.refused();
    if (!response.ok) {
      throw new ApiError(response.status, body?.error || `${response.status} ${response.statusText}`);
    }
    return body;
  }
}

function query(params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => { if (v != null && v !== '') q.set(k, v); });
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const api = {
  search: (q, limit, signal) => getJson(`/search${query({q, limit})}`, signal),
  customers: limit => getJson(`/customers${query({limit})}`),
  customer: id => getJson(`/customers/${enc(id)}`),
  timeline: (id, params, signal) => getJson(`/customers/${enc(id)}/timeline${query(params)}`, signal),
  household: id => getJson(`/households/${enc(id)}`),
  account: id => getJson(`/accounts/${enc(id)}`),
  /** The identity view, where the server has it; null where it does not (older servers) or fails. */
  async identity(id) {
    try {
      return await getJson(`/customers/${enc(id)}/identity`);
    } catch {
      return null; // the profile's own identifiers and source records stand in
    }
  },
  /** The live-updates URL: EventSource cannot send headers, so it carries a short-lived ticket instead. */
  async eventsUrl(id) {
    const answer = await getJson(`/customers/${enc(id)}/events/ticket`, undefined, 'POST');
    return `/customers/${enc(id)}/events?ticket=${enc(answer.ticket)}`;
  },
};
