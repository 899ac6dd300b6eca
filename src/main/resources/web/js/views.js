// The views the router opens: home, customer (live), household, account, and errors.

import {api, ApiError} from './api.js';
import {customerName, profileSections} from './customer.js';
import {DASH, empty, fmt, h, replaceChildren, section} from './dom.js';
import {accountView, householdView} from './relations.js';
import {Timeline} from './timeline.js';

const HIGHLIGHT_MS = 6000;
const RECONNECT_MS = 2000;

export function announce(text) {
  const region = document.getElementById('announcer');
  region.textContent = text;
}

export async function homeView(mount) {
  const list = h('ol', {class: 'browse', 'aria-busy': 'true'});
  mount([
    h('header', {class: 'card head wide intro'},
      h('h1', {id: 'view-title', tabindex: '-1'}, 'Customer 360'),
      h('p', null, 'Type a name, e-mail address, phone number or customer id in the search box above to open a '
        + 'customer. Profiles update live as new events arrive from every source system.')),
    section('browse', 'Most complete profiles', list)]);
  try {
    const answer = await api.customers(12);
    replaceChildren(list, (answer.customers || []).map(p => h('li', null,
      h('a', {href: `#/customers/${encodeURIComponent(p.customerId)}`}, customerName(p)),
      h('span', {class: 'muted'}, ' · ', [p.attributes?.city?.value, p.scores?.lifecycleStage
        && fmt.label(p.scores.lifecycleStage.toLowerCase()), `${Object.keys(p.eventsBySource || {}).length} sources`,
      fmt.money(p.commerce?.revenue, p.commerce?.currency)].filter(Boolean).join(' · ')))));
    if (!list.children.length) list.replaceWith(empty('No profiles yet: events are still arriving.'));
  } catch (e) {
    list.replaceWith(empty(`Profiles could not be listed: ${e.message}`));
  } finally {
    list.setAttribute('aria-busy', 'false');
  }
}

export async function relationView(mount, kind, id) {
  const data = kind === 'households' ? await api.household(id) : await api.account(id);
  document.title = `${kind === 'households' ? 'Household' : 'Account'} ${id} — c360`;
  mount(kind === 'households' ? householdView(data) : accountView(data));
}

export function errorView(mount, e) {
  const notFound = e instanceof ApiError && e.status === 404;
  document.title = 'Not found — c360';
  mount([h('header', {class: 'card head wide'},
    h('h1', {id: 'view-title', tabindex: '-1'}, notFound ? 'Not found' : 'Something went wrong'),
    h('p', {role: 'alert'}, e.message || String(e)),
    h('p', null, h('a', {href: '#/'}, 'Back to the start page')))]);
}

/** One customer, kept current through the server-sent events of /customers/{id}/events. */
export class CustomerView {
  constructor(mount) {
    this.mount = mount;
    this.events = null;
    this.liveText = 'Connecting to live updates…';
    this.closed = false;
  }

  async open(requestedId) {
    const profile = await api.customer(requestedId);
    const identity = await api.identity(profile.customerId);
    if (this.closed) return;
    this.profile = profile;
    this.identity = identity;
    const id = profile.customerId;
    const notice = id !== requestedId ? h('p', {class: 'notice wide', role: 'note'}, 'Customer ',
      h('code', null, requestedId), ' was merged into this customer.') : null;
    if (notice) history.replaceState(null, '', `#/customers/${encodeURIComponent(id)}`);
    this.timeline = new Timeline(id, Object.keys(profile.eventsBySource || {}).sort());
    this.sections = h('div', {class: 'sections'});
    this.render([]);
    this.mount(h('article', {class: 'profile', 'aria-labelledby': 'profile-name'}, notice, this.sections,
      section('timeline', 'Timeline', this.timeline.element)));
    this.timeline.reload();
    this.connect(id);
  }

  render(changedFields) {
    const open = new Set([...this.sections.querySelectorAll('details[open][data-key]')].map(d => d.dataset.key));
    replaceChildren(this.sections, profileSections(this.profile, this.identity));
    this.sections.querySelectorAll('details[data-key]').forEach(d => { if (open.has(d.dataset.key)) d.open = true; });
    document.title = `${customerName(this.profile)} — c360`;
    this.showLiveState();
    highlight(this.sections, changedFields);
  }

  showLiveState() {
    const el = this.sections.querySelector('#live-state');
    if (el) el.textContent = this.liveText;
  }

  setLive(text) {
    this.liveText = text;
    this.showLiveState();
  }

  async connect(id) {
    let url;
    try {
      url = await api.eventsUrl(id);
    } catch (e) {
      this.setLive(`Live updates are not available: ${e.message}`);
      return;
    }
    if (this.closed) return;
    const events = new EventSource(url);
    this.events = events;
    let connected = false;
    events.addEventListener('ready', () => {
      this.setLive('● Live: changes appear as they happen.');
      // after a reconnect, catch up with what changed while the connection was down
      if (connected) this.reload();
      connected = true;
    });
    events.addEventListener('profile', e => this.onProfile(JSON.parse(e.data)));
    events.addEventListener('merged', e => this.onMerged(JSON.parse(e.data)));
    events.addEventListener('error', e => {
      if (e.data) {
        events.close();
        this.setLive('Live updates are not available for this customer.');
      } else if (events.readyState !== EventSource.CLOSED) {
        this.setLive('Live updates interrupted; reconnecting…');
      } else if (!this.closed) {
        // the browser gave up (its ticket expired while it was away): fetch a new ticket and reconnect
        this.setLive('Live updates interrupted; reconnecting…');
        setTimeout(() => { if (!this.closed) this.reconnect(id); }, RECONNECT_MS);
      }
    });
  }

  reconnect(id) {
    this.events?.close();
    this.connect(id).then(() => this.reload());
  }

  async onProfile(change) {
    if (this.closed || !change.profile) return;
    this.profile = change.profile;
    if (this.identity) this.identity = (await api.identity(this.profile.customerId)) || this.identity;
    const fields = change.changedFields || [];
    this.render(fields);
    const clock = new Date().toLocaleTimeString();
    this.setLive(`● Live: updated at ${clock} (${fields.length} field${fields.length === 1 ? '' : 's'} changed).`);
    announce(describeChange(change));
    this.timeline.refresh();
  }

  async reload() {
    try {
      const profile = await api.customer(this.profile.customerId);
      if (this.closed) return;
      if (profile.customerId !== this.profile.customerId) {
        this.onMerged({mergedInto: profile.customerId});
        return;
      }
      this.profile = profile;
      this.render([]);
      this.timeline.refresh();
    } catch (e) {
      this.setLive(`Live updates reconnected, but the profile could not be reloaded: ${e.message}`);
    }
  }

  onMerged(change) {
    if (this.closed || !change.mergedInto) return;
    announce(`This customer was merged into ${change.mergedInto}; opening the merged profile.`);
    location.hash = `#/customers/${encodeURIComponent(change.mergedInto)}`;
  }

  close() {
    this.closed = true;
    this.events?.close();
  }
}

function describeChange(change) {
  const fields = change.changedFields || [];
  const parts = fields.slice(0, 3)
    .map(f => `${fmt.label(f.field.split('.').pop())} ${f.oldValue ?? DASH} → ${f.newValue ?? DASH}`);
  const more = fields.length > 3 ? `, and ${fields.length - 3} more` : '';
  const segments = (change.segmentsEntered || []).length ? `; entered ${change.segmentsEntered.join(', ')}` : '';
  return `Profile updated: ${parts.join(', ') || 'no visible change'}${more}${segments}.`;
}

/** Marks every element showing a changed field (or a part or whole of it) for a few seconds. */
function highlight(root, changedFields) {
  const paths = changedFields.map(f => f.field);
  if (!paths.length) return;
  root.querySelectorAll('[data-field]').forEach(el => {
    const mine = el.dataset.field.split(' ');
    if (mine.some(f => paths.some(p => p === f || p.startsWith(`${f}.`) || f.startsWith(`${p}.`)))) {
      el.classList.add('changed');
      setTimeout(() => el.classList.remove('changed'), HIGHLIGHT_MS);
    }
  });
}
