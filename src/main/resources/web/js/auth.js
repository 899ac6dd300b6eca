// Signing in: the API key (or token) lives in this tab's sessionStorage only, never in a cookie or URL, and
// goes with every API request as "Authorization: Bearer …". A 401 forgets it and asks again.

import {h} from './dom.js';

const KEY = 'c360.apiKey';
/** Fired on window when the API refused the key: the page then asks for one again. */
export const SIGNED_OUT = 'c360-signed-out';

export const credentials = {
  get: () => sessionStorage.getItem(KEY),
  set: key => sessionStorage.setItem(KEY, key),
  clear: () => sessionStorage.removeItem(KEY),
  /** The API answered 401: forget the key, whichever view asked, and let the page ask again. */
  refused() {
    if (!sessionStorage.getItem(KEY)) return;
    sessionStorage.removeItem(KEY);
    window.dispatchEvent(new Event(SIGNED_OUT));
  },
};

/** The sign-in form; calls onSignedIn once a key was entered. */
export function signInView(mount, message, onSignedIn) {
  document.title = 'Sign in — c360';
  const input = h('input', {id: 'api-key', name: 'api-key', type: 'password', autocomplete: 'off',
    spellcheck: 'false', required: true, 'aria-describedby': 'api-key-hint'});
  const form = h('form', {id: 'sign-in', class: 'sign-in'},
    h('p', {class: 'field'}, h('label', {for: 'api-key'}, 'API key'), input),
    h('p', {id: 'api-key-hint', class: 'muted'},
      'The key your administrator gave you (the demo prints one when it starts). It is kept in this tab only.'),
    h('button', {type: 'submit'}, 'Sign in'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const key = input.value.trim();
    if (!key) return;
    credentials.set(key);
    onSignedIn();
  });
  mount([h('header', {class: 'card head wide'},
    h('h1', {id: 'view-title', tabindex: '-1'}, 'Sign in'),
    message ? h('p', {role: 'alert'}, message) : null,
    form)]);
  input.focus();
}
