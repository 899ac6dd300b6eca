// The customer's timeline across channels: filters, "load more" paging, and a refresh for live updates
// that keeps the filters and the number of entries loaded.

import {api} from './api.js';
import {fmt, h, replaceChildren, time} from './dom.js';

const PAGE = 20;
const FRESH_MS = 6000;
const MAX_PAGE = 200;
const CHANNELS = ['WEB', 'APP', 'STORE', 'PHONE', 'EMAIL', 'SMS', 'SOCIAL', 'CHAT', 'MAIL', 'BACKOFFICE', 'OTHER'];
const KNOWN_TYPES = ['customer_updated', 'account_created', 'order_placed', 'order_returned', 'page_view', 'login',
  'ticket_opened', 'ticket_closed', 'social_mention', 'campaign_sent', 'campaign_open', 'campaign_click',
  'consent_changed', 'points_earned'];

export class Timeline {
  constructor(customerId, sources) {
    this.customerId = customerId;
    this.entries = [];
    this.cursor = null;
    this.request = null;
    this.types = new Set(KNOWN_TYPES);
    this.source = select('tl-source', 'Source', sources, fmt.source);
    this.channel = select('tl-channel', 'Channel', CHANNELS, v => fmt.label(v.toLowerCase()));
    this.typeList = h('datalist', {id: 'tl-types'});
    this.type = h('input', {id: 'tl-type', type: 'search', list: 'tl-types', placeholder: 'any', spellcheck: 'false'});
    this.list = h('ol', {class: 'timeline', id: 'timeline-list', 'aria-busy': 'false'});
    this.status = h('p', {class: 'muted', id: 'timeline-status', role: 'status'});
    this.more = h('button', {type: 'button', class: 'more', 'aria-controls': 'timeline-list', hidden: true,
      onclick: () => this.load(false)}, 'Load more');
    const form = h('form', {class: 'filters', 'aria-label': 'Filter the timeline', onsubmit: e => {
      e.preventDefault();
      this.reload();
    }},
    this.source.field, this.channel.field,
    h('div', {class: 'field'}, h('label', {for: 'tl-type'}, 'Type'), this.type, this.typeList),
    h('button', {type: 'reset', class: 'secondary'}, 'Clear'));
    form.addEventListener('change', () => this.reload());
    form.addEventListener('reset', () => setTimeout(() => this.reload()));
    this.element = h('div', {class: 'timeline-wrap'}, form, this.status, this.list, this.more);
    this.renderTypes();
  }

  filters() {
    return {source: this.source.input.value, channel: this.channel.input.value, type: this.type.value.trim()};
  }

  reload() {
    this.entries = [];
    this.cursor = null;
    return this.load(true);
  }

  /** Fetches the first page again (as many entries as are shown), marking entries that are new. */
  async refresh() {
    const known = new Set(this.entries.map(e => e.eventId));
    const limit = Math.min(MAX_PAGE, Math.max(PAGE, this.entries.length));
    const page = await this.fetch({...this.filters(), limit});
    if (!page) return;
    this.entries = page.entries;
    this.cursor = page.nextCursor;
    this.render(new Set(page.entries.filter(e => !known.has(e.eventId)).map(e => e.eventId)));
  }

  async load(first) {
    const params = {...this.filters(), limit: PAGE, after: first ? null : this.cursor};
    const page = await this.fetch(params);
    if (!page) return;
    this.entries = first ? page.entries : this.entries.concat(page.entries);
    this.cursor = page.nextCursor;
    this.render(new Set());
  }

  async fetch(params) {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    this.list.setAttribute('aria-busy', 'true');
    try {
      return await api.timeline(this.customerId, params, request.signal);
    } catch (e) {
      if (e.name !== 'AbortError') this.status.textContent = `The timeline could not be loaded: ${e.message}`;
      return null;
    } finally {
      if (this.request === request) this.list.setAttribute('aria-busy', 'false');
    }
  }

  render(fresh) {
    replaceChildren(this.list, this.entries.map(e => entry(e, this.customerId, fresh.has(e.eventId))));
    if (fresh.size) {
      const marked = [...this.list.querySelectorAll('.fresh')];
      setTimeout(() => marked.forEach(li => li.classList.remove('fresh')), FRESH_MS);
    }
    this.entries.forEach(e => this.types.add(e.eventType));
    this.renderTypes();
    const f = this.filters();
    const filtered = f.source || f.channel || f.type;
    this.status.textContent = this.entries.length === 0
      ? (filtered ? 'No interactions match these filters.' : 'No interactions yet.')
      : `Showing ${this.entries.length} interaction${this.entries.length === 1 ? '' : 's'}, newest first`
        + (this.cursor ? '; more are available.' : '.');
    this.more.hidden = !this.cursor;
  }

  renderTypes() {
    replaceChildren(this.typeList, [...this.types].sort().map(t => h('option', {value: t})));
  }
}

function select(id, label, values, name) {
  const input = h('select', {id, name: id}, h('option', {value: ''}, 'All'),
    values.map(v => h('option', {value: v}, name(v))));
  return {input, field: h('div', {class: 'field'}, h('label', {for: id}, label), input)};
}

function entry(e, customerId, fresh) {
  return h('li', {class: fresh ? 'entry fresh' : 'entry', dataset: {eventId: e.eventId}},
    h('div', {class: 'when'}, time(e.eventTime)),
    h('div', {class: 'what'},
      h('p', {class: 'summary'}, fmt.text(e.summary)),
      h('p', {class: 'tags'},
        h('span', {class: `tag source source-${String(e.source).toLowerCase()}`}, fmt.source(e.source)),
        h('span', {class: 'tag'}, fmt.label(String(e.channel).toLowerCase())),
        h('span', {class: 'tag type'}, fmt.text(e.eventType)),
        e.recordedUnder && e.recordedUnder !== customerId
          ? h('span', {class: 'tag merged', title: 'Recorded under a customer id that was merged into this one'},
            `via ${e.recordedUnder}`) : null,
        payload(e))));
}

function payload(e) {
  if (!e.payload || typeof e.payload !== 'object') return null;
  const rows = Object.entries(e.payload).filter(([, v]) => v != null && !(Array.isArray(v) && v.length === 0));
  if (rows.length === 0) return null;
  return h('details', {class: 'payload'},
    h('summary', null, `${fmt.text(e.payloadType)} details`),
    h('dl', {class: 'facts compact'}, rows.map(([k, v]) =>
      h('div', null, h('dt', null, fmt.label(k)), h('dd', null, scalar(v))))),
    h('p', {class: 'muted'}, 'Event ', h('code', null, e.eventId)));
}

function scalar(v) {
  if (Array.isArray(v)) return v.map(item => (typeof item === 'object' ? describe(item) : String(item))).join('; ');
  return typeof v === 'object' ? describe(v) : String(v);
}

function describe(obj) {
  return Object.entries(obj).filter(([, v]) => v != null).map(([k, v]) =>
    `${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`).join(', ');
}
