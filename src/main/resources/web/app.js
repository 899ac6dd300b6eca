// c360's page for service agents: hash routes (#/customers/{id}, #/households/{id}, #/accounts/{id}),
// search as you type, and the live customer view. Plain modules, no build step, nothing from elsewhere.

import {credentials, SIGNED_OUT, signInView} from './js/auth.js';
import {replaceChildren} from './js/dom.js';
import {setUpSearch} from './js/search.js';
import {CustomerView, errorView, homeView, relationView} from './js/views.js';

const main = document.getElementById('main');
let current = null;
let navigations = 0;
const REFUSED = 'The key was not accepted: sign in again.';

/** A mount for one navigation: a view that finishes loading after the user moved on shows nothing. */
function mounter(navigation) {
  return nodes => {
    if (navigation !== navigations) return;
    replaceChildren(main, nodes);
    // after a navigation, move the focus to the new view's heading so keyboard and screen-reader users follow
    if (navigation > 1) {
      main.querySelector('h1')?.focus({preventScroll: true});
      window.scrollTo(0, 0);
    }
  };
}

function parseRoute(hash) {
  const match = /^#\/(customers|households|accounts)\/([^/?#]+)$/.exec(hash);
  if (!match) return {kind: hash === '' || hash === '#' || hash === '#/' ? 'home' : 'unknown'};
  try {
    return {kind: match[1], id: decodeURIComponent(match[2])};
  } catch {
    return {kind: 'unknown'};
  }
}

async function route(message) {
  const navigation = ++navigations;
  const mount = mounter(navigation);
  current?.close();
  current = null;
  const {kind, id} = parseRoute(location.hash);
  main.setAttribute('aria-busy', 'true');
  try {
    if (!credentials.get()) {
      signInView(mount, typeof message === 'string' ? message : null, () => route());
    } else if (kind === 'home') {
      document.title = 'c360 — Customer 360';
      await homeView(mount);
    } else if (kind === 'customers') {
      const view = new CustomerView(mount);
      current = view;
      await view.open(id);
    } else if (kind === 'households' || kind === 'accounts') {
      await relationView(mount, kind, id);
    } else {
      errorView(mount, new Error(`There is no page at ${location.hash}.`));
    }
  } catch (e) {
    if (e.status === 401) signInView(mount, REFUSED, () => route());
    else errorView(mount, e);
  } finally {
    if (navigation === navigations) main.setAttribute('aria-busy', 'false');
  }
}

setUpSearch(document.getElementById('search-form'), id => {
  const hash = `#/customers/${encodeURIComponent(id)}`;
  if (location.hash === hash) route();
  else location.hash = hash;
});
window.addEventListener('hashchange', () => route());
window.addEventListener(SIGNED_OUT, () => route(REFUSED));
route();
