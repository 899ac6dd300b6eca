// Households and B2B accounts: members or contacts linking to their profiles, the account hierarchy with
// links both ways, and the roll-ups.

import {DASH, dl, empty, fmt, h, section, table} from './dom.js';

const accountLink = (id, name) => h('a', {href: `#/accounts/${encodeURIComponent(id)}`}, name || id);

function people(caption, members) {
  const rows = Object.values(members || {}).sort((a, b) => (b.revenue || 0) - (a.revenue || 0)).map(m =>
    h('tr', null,
      h('th', {scope: 'row'},
        h('a', {href: `#/customers/${encodeURIComponent(m.customerId)}`}, fmt.text(m.name || m.customerId))),
      h('td', null, h('code', null, m.customerId)),
      h('td', null, m.lifecycleStage ? fmt.label(String(m.lifecycleStage).toLowerCase()) : DASH),
      h('td', {class: 'num'}, fmt.number(m.orderCount ?? 0)),
      h('td', {class: 'num'}, fmt.money(m.revenue))));
  const headers = ['Name', 'Customer', 'Lifecycle', 'Orders', 'Revenue'];
  return rows.length ? table({caption, hideCaption: true, headers, rows})
    : empty(`No ${caption.toLowerCase()} yet.`);
}

function totals(t) {
  t = t || {};
  return dl([
    ['Members', fmt.number(t.members ?? 0)],
    ['Orders', fmt.number(t.orders ?? 0)],
    ['Revenue', fmt.money(t.revenue)],
  ], 'facts inline');
}

function address(a) {
  if (!a) return DASH;
  return [a.street, a.unit, [a.postcode, a.city].filter(Boolean).join(' '), a.region, a.country]
    .filter(Boolean).join(', ') || DASH;
}

export function householdView(hh) {
  return [
    h('header', {class: 'card head wide'},
      h('p', {class: 'kicker'}, 'Household'),
      h('h1', {id: 'view-title', tabindex: '-1'}, hh.familyName ? `The ${hh.familyName} household` : hh.householdId),
      h('p', {class: 'muted'}, 'Household ', h('code', null, hh.householdId), ' · ', address(hh.address))),
    section('household-totals', 'Totals', totals(hh.totals)),
    h('section', {class: 'card wide', id: 'members', 'aria-labelledby': 'members-h'},
      h('h2', {id: 'members-h'}, 'Members'), people('Members', hh.members)),
  ];
}

export function accountView(a) {
  const chain = [...(a.parents || [])].reverse();
  return [
    h('header', {class: 'card head wide'},
      h('p', {class: 'kicker'}, 'Account'),
      h('h1', {id: 'view-title', tabindex: '-1'}, fmt.text(a.name || a.accountId)),
      h('nav', {class: 'breadcrumb', 'aria-label': 'Account hierarchy'},
        h('ol', null, chain.map(p => h('li', null, accountLink(p.accountId, p.name))),
          h('li', {'aria-current': 'page'}, fmt.text(a.name || a.accountId)))),
      dl([
        ['Account id', h('code', null, a.accountId)],
        ['Industry', fmt.text(a.industry)],
        ['Country', fmt.text(a.country)],
        ['Status', fmt.text(a.status)],
        ['Ultimate parent', a.ultimateParent && a.ultimateParent.accountId !== a.accountId
          ? accountLink(a.ultimateParent.accountId, a.ultimateParent.name) : 'this account'],
      ], 'facts inline')),
    section('account-totals', 'Roll-ups',
      h('h3', null, 'This account'), totals(a.totals),
      h('h3', null, `With every account below it (${fmt.number(a.hierarchyTotals?.accounts ?? 1)} accounts)`),
      totals(a.hierarchyTotals)),
    section('hierarchy', 'Accounts below', (a.descendants || []).length
      ? table({caption: 'Descendant accounts', hideCaption: true, headers: ['Account', 'Parent', 'Contacts'],
        rows: a.descendants.map(d => h('tr', null, h('th', {scope: 'row'}, accountLink(d.accountId, d.name)),
          h('td', null, d.parentAccountId ? accountLink(d.parentAccountId) : DASH),
          h('td', {class: 'num'}, fmt.number(d.contacts ?? 0))))})
      : empty('No accounts below this one.')),
    h('section', {class: 'card wide', id: 'contacts', 'aria-labelledby': 'contacts-h'},
      h('h2', {id: 'contacts-h'}, 'Contacts'), people('Contacts', a.contacts)),
  ];
}
