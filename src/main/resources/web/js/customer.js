// The customer's 360 view: every section of the profile, rendered from the profile JSON. Elements that
// show a profile field carry data-field="dotted.path" (the paths of ProfileChanged.changedFields), so a
// live update can highlight what changed.

import {purchaseChart} from './chart.js';
import {identitySection} from './identity.js';
import {DASH, dl, empty, fmt, h, plural, section, table, time} from './dom.js';

const ATTRIBUTE_ORDER = ['firstName', 'middleName', 'lastName', 'companyName', 'birthDate', 'gender', 'language',
  'email', 'phone', 'street', 'unit', 'city', 'postcode', 'region', 'country'];
const ATTRIBUTE_LABELS = {firstName: 'First name', middleName: 'Middle name', lastName: 'Last name',
  companyName: 'Company', birthDate: 'Birth date', email: 'E-mail', phone: 'Phone', postcode: 'Postcode'};

const NAME_FIELDS = 'attributes.firstName attributes.middleName attributes.lastName attributes.companyName';
const value = (p, name) => p.attributes?.[name]?.value ?? null;

export function customerName(p) {
  const name = ['firstName', 'middleName', 'lastName'].map(n => value(p, n)).filter(Boolean).join(' ');
  return name || value(p, 'companyName') || value(p, 'email') || p.customerId;
}

/** Every section but the timeline, which keeps its own state across live updates. */
export function profileSections(p, identity) {
  return [head(p), kpis(p), golden(p), consents(p), service(p), loyalty(p), purchases(p), marketing(p), web(p),
    social(p), identitySection(p, identity)];
}

function head(p) {
  const place = [value(p, 'city'), value(p, 'country')].filter(Boolean).join(', ');
  const contact = [
    value(p, 'email') && h('span', {dataset: {field: 'attributes.email'}}, value(p, 'email')),
    value(p, 'phone') && h('span', {dataset: {field: 'attributes.phone'}}, value(p, 'phone')),
    place && h('span', {dataset: {field: 'attributes.city'}}, place),
  ].filter(Boolean);
  const links = [
    p.householdId && h('a', {href: `#/households/${encodeURIComponent(p.householdId)}`, dataset: {field: 'householdId'}},
      `Household ${p.householdId}`),
    p.accountId && h('a', {href: `#/accounts/${encodeURIComponent(p.accountId)}`, dataset: {field: 'accountId'}},
      `Account ${p.accountId}`),
  ].filter(Boolean);
  const stage = p.scores?.lifecycleStage;
  return h('header', {class: 'card head wide', id: 'profile-head'},
    h('div', {class: 'title'},
      h('h1', {id: 'profile-name', tabindex: '-1',
        dataset: {field: NAME_FIELDS}}, customerName(p)),
      stage ? h('span', {class: `stage stage-${stage.toLowerCase()}`, dataset: {field: 'scores.lifecycleStage'}},
        fmt.label(stage.toLowerCase())) : null),
    h('p', {class: 'muted ids'}, 'Customer ', h('code', {id: 'customer-id'}, p.customerId),
      ` · known since ${fmt.date(p.createdAt)} · updated `, time(p.updatedAt),
      ` · ${fmt.number(p.eventCount)} events from ${Object.keys(p.eventsBySource || {}).length} sources`),
    contact.length ? h('p', {class: 'contact'}, contact) : null,
    links.length ? h('p', {class: 'links'}, links) : null,
    h('ul', {class: 'chips', 'aria-label': 'Segments', dataset: {field: 'segments'}},
      (p.segments || []).length ? p.segments.map(s => h('li', {class: 'chip'}, s))
        : h('li', {class: 'chip none'}, 'No segments')),
    h('p', {class: 'live muted', id: 'live-state', 'aria-live': 'off'}));
}

function kpi(label, text, field, extra) {
  return h('div', {class: 'kpi', dataset: {field}}, h('dt', null, label), h('dd', null, text, extra));
}

function kpis(p) {
  const s = p.scores || {};
  const c = p.commerce || {};
  const churn = s.churnRisk;
  return h('section', {class: 'card wide kpis', id: 'kpis', 'aria-labelledby': 'kpis-h'},
    h('h2', {id: 'kpis-h', class: 'visually-hidden'}, 'Key figures'),
    h('dl', {class: 'kpi-grid'},
      kpi('LTV, historical', fmt.money(s.ltvHistorical, c.currency), 'scores.ltvHistorical'),
      kpi('LTV, next 12 months', fmt.money(s.ltvPredicted, c.currency), 'scores.ltvPredicted'),
      kpi('RFM', fmt.text(s.rfm), 'scores.rfm', s.rfm ? h('small', null,
        ` R${s.recencyScore} F${s.frequencyScore} M${s.monetaryScore}`) : null),
      kpi('Churn risk', fmt.percent(churn), 'scores.churnRisk', churn == null ? null
        : h('meter', {min: 0, max: 1, low: 0.34, high: 0.66, optimum: 0, value: churn,
          'aria-label': 'Churn risk'})),
      kpi('Lifecycle', s.lifecycleStage ? fmt.label(s.lifecycleStage.toLowerCase()) : DASH, 'scores.lifecycleStage'),
      kpi('Expected next purchase', fmt.date(s.expectedNextPurchaseAt), 'scores.expectedNextPurchaseAt'),
      kpi('Orders', fmt.number(c.orderCount ?? 0), 'commerce.orderCount'),
      kpi('Revenue', fmt.money(c.revenue, c.currency), 'commerce.revenue')));
}

function golden(p) {
  const attrs = p.attributes || {};
  const names = ATTRIBUTE_ORDER.filter(n => attrs[n]).concat(Object.keys(attrs).filter(n => !ATTRIBUTE_ORDER.includes(n)));
  const rows = names.map(name => {
    const a = attrs[name];
    const l = a.lineage || {};
    return h('tr', {dataset: {field: `attributes.${name}`}},
      h('th', {scope: 'row'}, ATTRIBUTE_LABELS[name] || fmt.label(name)),
      h('td', {class: 'value'}, fmt.text(a.value)),
      h('td', null, h('span', {class: `tag source source-${String(l.source).toLowerCase()}`}, fmt.source(l.source)),
        l.sourceRecordId ? h('small', {class: 'muted'}, ` ${l.sourceRecordId}`) : null),
      h('td', null, time(l.eventTime, false)),
      h('td', null, alternates(name, a.alternates || [])));
  });
  return section('golden', 'Golden record', rows.length
    ? table({caption: 'Each field\'s surviving value, the source it came from, and what other sources said',
      hideCaption: true, headers: ['Field', 'Value', 'Source', 'As of', 'Other values'], rows})
    : empty('No attributes yet.'));
}

function alternates(name, list) {
  if (list.length === 0) return h('span', {class: 'muted'}, 'none');
  const distinct = new Set(list.map(a => a.value)).size;
  return h('details', {class: 'alternates', dataset: {key: `alt-${name}`}},
    h('summary', null, `${list.length} from other sources`, h('span', {class: 'visually-hidden'}, ` for ${name}`),
      distinct > 1 ? h('small', null, ` (${distinct} values)`) : null),
    h('ul', null, list.map(a => h('li', null,
      h('span', {class: 'value'}, fmt.text(a.value)), ' — ', fmt.source(a.lineage?.source),
      a.lineage?.sourceRecordId ? ` ${a.lineage.sourceRecordId}` : '',
      ', ', time(a.lineage?.eventTime, false), a.count > 1 ? ` (${a.count}×)` : ''))));
}

function consents(p) {
  const entries = Object.entries(p.consents || {}).sort(([a], [b]) => a.localeCompare(b));
  const prefs = p.preferences || {};
  const badges = entries.map(([purpose, c]) => h('li', {
    class: c.granted ? 'badge granted' : 'badge withdrawn', dataset: {field: `consents.${purpose}`},
    title: `${c.granted ? 'Granted' : 'Withdrawn'} via ${fmt.source(c.lineage?.source)} `
      + `on ${fmt.dateTime(c.lineage?.eventTime)}`,
  }, h('span', {'aria-hidden': 'true'}, c.granted ? '✓ ' : '✕ '), purpose, ' ',
  h('strong', null, c.granted ? 'granted' : 'withdrawn')));
  const dnc = h('li', {class: prefs.doNotCall ? 'badge withdrawn' : 'badge neutral', dataset: {field: 'preferences.doNotCall'}},
    h('span', {'aria-hidden': 'true'}, prefs.doNotCall ? '☎✕ ' : '☎ '),
    prefs.doNotCall ? h('strong', null, 'Do not call') : 'Calls allowed');
  return section('consents', 'Consents and preferences',
    h('ul', {class: 'badges'}, badges, dnc),
    entries.length ? null : empty('No consent decisions recorded.'),
    dl([
      ['Preferred channel', fmt.label(prefs.preferredChannel ?? DASH), 'preferences.preferredChannel'],
      ['Best contact hour', prefs.bestContactHour == null ? DASH
        : `${String(prefs.bestContactHour).padStart(2, '0')}:00 UTC`, 'preferences.bestContactHour'],
    ]));
}

function purchases(p) {
  const c = p.commerce || {};
  const orders = c.recentOrders || [];
  return section('commerce', 'Purchases',
    h('div', {class: 'commerce-top'}, h('figure', {class: 'chart-box', dataset: {field: 'commerce.monthlyRevenue'}},
      h('figcaption', {id: 'chart-title'}, 'Net revenue per month'),
      purchaseChart(c.monthlyRevenue || {}, c.currency, 'chart-title')),
    dl([
      ['Orders', fmt.number(c.orderCount ?? 0), 'commerce.orderCount'],
      ['Returned', fmt.number(c.returnedCount ?? 0), 'commerce.returnedCount'],
      ['Cancelled', fmt.number(c.cancelledCount ?? 0), 'commerce.cancelledCount'],
      ['Average order', fmt.money(c.averageOrderValue, c.currency), 'commerce.averageOrderValue'],
      ['First purchase', time(c.firstPurchaseAt, false), 'commerce.firstPurchaseAt'],
      ['Last purchase', time(c.lastPurchaseAt, false), 'commerce.lastPurchaseAt'],
      ['Favourite categories', (c.favouriteCategories || []).join(', ') || DASH, 'commerce.favouriteCategories'],
    ], 'facts commerce-facts')),
    orders.length ? table({caption: `Recent orders (latest ${orders.length})`,
      headers: ['Placed', 'Order', 'Where', 'Status', 'Total', 'Items'], rows: orders.map(orderRow)})
      : empty('No orders yet.'));
}

function orderRow(o) {
  const lines = o.lines || [];
  const items = lines.reduce((n, l) => n + (l.quantity || 0), 0);
  const status = String(o.status).toLowerCase();
  return h('tr', {dataset: {order: o.orderId}},
    h('td', null, time(o.placedAt, false)),
    h('th', {scope: 'row'}, fmt.text(o.orderId)),
    h('td', null, fmt.source(o.source), o.storeId ? h('small', {class: 'muted'}, ` ${o.storeId}`) : null),
    h('td', null, h('span', {class: `status status-${status}`}, fmt.label(status))),
    h('td', {class: 'num'}, fmt.money(o.total, o.currency)),
    h('td', null, lines.length ? h('details', {dataset: {key: `order-${o.orderId}`}},
      h('summary', null, `${items} item${items === 1 ? '' : 's'}`),
      h('ul', {class: 'lines'}, lines.map(l => h('li', null, `${l.quantity ?? 1} × ${fmt.text(l.name || l.sku)}`,
        h('small', {class: 'muted'},
          ` ${fmt.text(l.sku)} · ${fmt.text(l.category)} · ${fmt.money(l.unitPrice, o.currency)}`)))))
      : DASH));
}

function service(p) {
  const s = p.service || {};
  const open = s.openTickets || [];
  return section('service', 'Service', dl([
    ['Tickets opened', fmt.number(s.ticketsOpened ?? 0), 'service.ticketsOpened'],
    ['Tickets closed', fmt.number(s.ticketsClosed ?? 0), 'service.ticketsClosed'],
    ['Open tickets', open.length ? open.join(', ') : 'none', 'service.openTickets'],
    ['Complaints', fmt.number(s.complaints ?? 0), 'service.complaints'],
    ['Satisfaction', s.averageSatisfaction == null ? DASH
      : `${fmt.number(s.averageSatisfaction)} / 5 (${plural(s.satisfactionResponses, 'answer')})`,
    'service.averageSatisfaction'],
    ['Last contact', s.lastContactAt ? [time(s.lastContactAt), ` by ${fmt.label(String(s.lastContactChannel).toLowerCase())}`,
      s.lastTopic ? ` about ${fmt.label(s.lastTopic)}` : ''] : DASH, 'service.lastContactAt'],
  ]));
}

const FUNNEL = ['sent', 'delivered', 'opened', 'clicked', 'converted', 'unsubscribed', 'bounced'];
const BY_CHANNEL = ['sent', 'opened', 'clicked', 'converted'];

function marketing(p) {
  const m = p.marketing || {};
  const t = m.totals || {};
  const channels = Object.entries(m.byChannel || {});
  return section('marketing', 'Marketing',
    dl(FUNNEL.map(k => [fmt.label(k), fmt.number(t[k] ?? 0), `marketing.totals.${k}`]), 'facts inline'),
    channels.length ? table({caption: 'By channel', headers: ['Channel', ...BY_CHANNEL.map(k => fmt.label(k))],
      rows: channels.map(([ch, c]) => h('tr', null, h('th', {scope: 'row'}, fmt.label(ch)),
        BY_CHANNEL.map(k => h('td', {class: 'num'}, fmt.number(c[k] ?? 0)))))}) : null,
    Object.keys(m.byCampaign || {}).length
      ? h('p', {class: 'muted'}, `${Object.keys(m.byCampaign).length} campaigns, last activity `, time(t.lastAt, false))
      : empty('No campaigns reached this customer.'));
}

function counts(map) {
  const entries = Object.entries(map || {}).sort((a, b) => b[1] - a[1]);
  return entries.length ? entries.map(([k, n]) => `${k} (${n})`).join(', ') : DASH;
}

function web(p) {
  const w = p.web || {};
  return section('web', 'Website', dl([
    ['Page views', fmt.number(w.pageViews ?? 0), 'web.pageViews'],
    ['Sessions', fmt.number(w.sessions ?? 0), 'web.sessions'],
    ['Last visit', time(w.lastVisitAt), 'web.lastVisitAt'],
    ['Viewed categories', counts(w.viewedCategories), 'web.viewedCategories'],
  ]));
}

function social(p) {
  const s = p.social || {};
  return section('social', 'Social', dl([
    ['Interactions', fmt.number(s.interactions ?? 0), 'social.interactions'],
    ['Mentions', fmt.number(s.mentions ?? 0), 'social.mentions'],
    ['Sentiment', s.averageSentiment == null ? DASH : sentiment(s.averageSentiment), 'social.averageSentiment'],
    ['Networks', counts(s.byNetwork), 'social.byNetwork'],
    ['Last interaction', time(s.lastAt), 'social.lastAt'],
  ]));
}

function sentiment(v) {
  const word = v > 0.2 ? 'positive' : v < -0.2 ? 'negative' : 'neutral';
  return `${fmt.number(v)} (${word})`;
}

function loyalty(p) {
  const l = p.loyalty || {};
  const history = (l.history || []).slice(0, 5);
  return section('loyalty', 'Loyalty',
    dl([
      ['Tier', fmt.text(l.tier), 'loyalty.tier'],
      ['Points balance', fmt.number(l.pointsBalance), 'loyalty.pointsBalance'],
      ['Earned', fmt.number(l.pointsEarned ?? 0), 'loyalty.pointsEarned'],
      ['Redeemed', fmt.number(l.pointsRedeemed ?? 0), 'loyalty.pointsRedeemed'],
    ]),
    history.length ? table({caption: 'Latest activity', headers: ['When', 'Points', 'Balance'],
      rows: history.map(e => h('tr', null, h('td', null, time(e.at, false)),
        h('td', {class: 'num'}, (e.points > 0 ? '+' : '') + fmt.number(e.points)),
        h('td', {class: 'num'}, fmt.number(e.balance))))})
      : null);
}
