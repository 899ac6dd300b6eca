// Search as you type: a combobox with a listbox of matches (WAI-ARIA combobox pattern). Arrow keys move
// through the results, Enter opens one, Escape closes the list; requests are debounced and a stale answer
// never replaces a newer one.

import {api} from './api.js';
import {debounce, fmt, h, replaceChildren} from './dom.js';

const LIMIT = 10;
const DELAY_MS = 150;

export function setUpSearch(form, open) {
  const input = form.querySelector('#search-input');
  const list = form.querySelector('#search-results');
  const status = form.querySelector('#search-status');
  let results = [];
  let active = -1;
  let request = null;

  function show(visible) {
    list.hidden = !visible;
    input.setAttribute('aria-expanded', String(visible));
    if (!visible) setActive(-1);
  }

  function setActive(index) {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0 && list.children[index]) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({block: 'nearest'});
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function choose(index) {
    const r = results[index];
    if (!r) return;
    show(false);
    open(r.customerId);
  }

  async function run(q) {
    request?.abort();
    request = new AbortController();
    try {
      const answer = await api.search(q, LIMIT, request.signal);
      if (input.value.trim() !== q) return;
      results = answer.results || [];
      replaceChildren(list, results.map((r, i) => option(r, i, q)));
      status.textContent = results.length ? `${results.length} customer${results.length === 1 ? '' : 's'} found.`
        : 'No customer found.';
      if (results.length === 0) {
        list.append(h('li', {class: 'no-results', role: 'option', 'aria-disabled': 'true', id: 'search-none'},
          `No customer matches “${q}”.`));
      }
      show(document.activeElement === input);
      setActive(results.length ? 0 : -1);
    } catch (e) {
      if (e.name === 'AbortError') return;
      results = [];
      replaceChildren(list, h('li', {class: 'no-results', role: 'option', 'aria-disabled': 'true', id: 'search-none'},
        `Search failed: ${e.message}`));
      show(true);
    }
  }

  const later = debounce(run, DELAY_MS);
  input.addEventListener('input', () => {
    const q = input.value.trim();
    if (q.length < 2) {
      request?.abort();
      results = [];
      show(false);
      status.textContent = q ? 'Type at least two characters.' : '';
      return;
    }
    later(q);
  });
  input.addEventListener('focus', () => { if (results.length) show(true); });
  input.addEventListener('blur', () => show(false));
  input.addEventListener('keydown', e => {
    const n = results.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!n) return;
      show(true);
      setActive(e.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!list.hidden) choose(active >= 0 ? active : 0);
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.preventDefault();
        show(false);
      } else {
        input.value = '';
        results = [];
      }
    }
  });
  // keep the focus in the input while a result is clicked, so blur does not close the list first
  list.addEventListener('mousedown', e => e.preventDefault());
  list.addEventListener('click', e => {
    const li = e.target.closest('li[data-index]');
    if (li) choose(Number(li.dataset.index));
  });
  form.addEventListener('submit', e => e.preventDefault());
}

function option(r, index, q) {
  const meta = [r.email, r.phone, r.city, r.lifecycleStage && fmt.label(r.lifecycleStage.toLowerCase()),
    r.sources != null && `${r.sources} source${r.sources === 1 ? '' : 's'}`].filter(Boolean).join(' · ');
  return h('li', {role: 'option', id: `search-opt-${index}`, 'aria-selected': 'false', dataset: {index: String(index),
    customerId: r.customerId}},
  h('span', {class: 'name'}, marked(r.name || r.customerId, q)),
  h('span', {class: 'meta'}, meta),
  h('span', {class: 'id'}, r.customerId));
}

/** The text with the first occurrence of q wrapped in <mark>, built from text nodes. */
function marked(value, q) {
  const text = String(value);
  const at = text.toLowerCase().indexOf(q.toLowerCase());
  if (at < 0) return text;
  return [text.slice(0, at), h('mark', null, text.slice(at, at + q.length)), text.slice(at + q.length)];
}
