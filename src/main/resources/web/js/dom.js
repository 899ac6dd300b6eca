// DOM building and formatting. Every value from the API becomes a text node or an attribute value set
// with setAttribute: nothing here parses HTML, so a customer named <script>…</script> stays text.

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(el, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (key === 'class') el.setAttribute('class', value);
    else if (key === 'dataset') Object.entries(value).forEach(([k, v]) => { if (v != null) el.dataset[k] = v; });
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** An HTML element: h('p', {class: 'x'}, 'text', child, [more, children]). Strings become text nodes. */
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element, same calling convention as h. */
export function svg(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

export function append(el, children) {
  for (const child of [children].flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

export function replaceChildren(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

export const DASH = '—';

const numberFormat = new Intl.NumberFormat(undefined, {maximumFractionDigits: 2});
const dateFormat = new Intl.DateTimeFormat(undefined, {year: 'numeric', month: 'short', day: 'numeric'});
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit'});
const monthFormat = new Intl.DateTimeFormat(undefined, {year: '2-digit', month: 'short', timeZone: 'UTC'});
const longMonthFormat = new Intl.DateTimeFormat(undefined, {year: 'numeric', month: 'long', timeZone: 'UTC'});
const moneyFormats = new Map();
const ACRONYMS = {sms: 'SMS', crm: 'CRM', pos: 'POS', rfm: 'RFM', url: 'URL'};
const SOURCE_NAMES = {CRM: 'CRM', ECOMMERCE: 'Web shop', POS: 'Store (POS)', CALLCENTER: 'Call center', WEB: 'Website',
  SOCIAL: 'Social', MARKETING: 'Marketing', LOYALTY: 'Loyalty'};

export const fmt = {
  text: v => (v == null || v === '' ? DASH : String(v)),
  number: v => (v == null || Number.isNaN(Number(v)) ? DASH : numberFormat.format(Number(v))),
  /** An amount in its currency (EUR when the data names none), with the given number of decimals. */
  money(v, currency, decimals) {
    if (v == null || Number.isNaN(Number(v))) return DASH;
    const code = /^[A-Z]{3}$/.test(currency || '') ? currency : 'EUR';
    const key = `${code}/${decimals}`;
    if (!moneyFormats.has(key)) {
      moneyFormats.set(key, new Intl.NumberFormat(undefined, {style: 'currency', currency: code,
        maximumFractionDigits: decimals, minimumFractionDigits: decimals}));
    }
    return moneyFormats.get(key).format(Number(v));
  },
  source: v => SOURCE_NAMES[v] || fmt.text(v),
  percent: v => (v == null ? DASH : `${Math.round(Number(v) * 100)}%`),
  date: v => formatTime(v, dateFormat),
  dateTime: v => formatTime(v, dateTimeFormat),
  /** "2026-08" → "Aug 26" (short) or "August 2026" (long). */
  month: (key, long) => (long ? longMonthFormat : monthFormat).format(monthDate(key)),
  /** "firstName", "at_risk" → "First name", "At risk"; known acronyms stay upper case. */
  label: key => ACRONYMS[String(key).toLowerCase()] || String(key)
    .replace(/([a-z])([A-Z])/g, (m, a, b) => `${a} ${b.toLowerCase()}`)
    .replace(/[_-]/g, ' ').replace(/^./, c => c.toUpperCase()),
};

function formatTime(v, format) {
  if (v == null || v === '') return DASH;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? String(v) : format.format(d);
}

export function monthDate(key) {
  const [y, m] = String(key).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 1));
}

/** A <time> element with the machine-readable value and a readable text. */
export function time(v, withTime = true) {
  if (v == null || v === '') return DASH;
  return h('time', {datetime: v}, withTime ? fmt.dateTime(v) : fmt.date(v));
}

/** A description list from [label, value, options] rows; value may be a node or text. */
export function dl(rows, className = 'facts') {
  return h('dl', {class: className}, rows.filter(Boolean).map(([label, value, field]) =>
    h('div', {dataset: {field}}, h('dt', null, label), h('dd', null, value == null ? DASH : value))));
}

/** A table with a caption (visually hidden when asked), header cells and rows of cells. */
export function table({caption, hideCaption = false, headers, rows, className = 'data'}) {
  return h('table', {class: className},
    caption ? h('caption', {class: hideCaption ? 'visually-hidden' : null}, caption) : null,
    h('thead', null, h('tr', null, headers.map(text => h('th', {scope: 'col'}, text)))),
    h('tbody', null, rows));
}

/** A titled card section, labelled by its heading for landmarks navigation. */
export function section(id, title, ...content) {
  return h('section', {class: 'card', id, 'aria-labelledby': `${id}-h`},
    h('h2', {id: `${id}-h`}, title), content);
}

/** "1 answer", "2 answers". */
export function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function empty(text) {
  return h('p', {class: 'empty'}, text);
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
