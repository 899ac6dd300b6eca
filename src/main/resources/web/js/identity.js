// The identity section: identifiers, the source records that make up the customer, why they were linked,
// and the merge history with its evidence. From GET /customers/{id}/identity where the server has it, else
// from what the profile itself carries.

import {DASH, dl, empty, fmt, h, section, table, time} from './dom.js';

export function identitySection(p, identity) {
  return section('identity', 'Identity',
    identifiers(identity?.identifiers || p.identifiers || []),
    identity ? records(identity.sourceRecords || []) : briefRecords(p.sourceRecords || []),
    identity ? links(identity.links || []) : null,
    identity ? history(identity.history || []) : mergedFrom(p.mergedFrom || []));
}

const customerLink = id => h('a', {href: `#/customers/${encodeURIComponent(id)}`}, h('code', null, id));

function identifiers(ids) {
  return table({caption: `Identifiers (${ids.length})`, headers: ['Type', 'Value', 'First source', 'First seen', 'Last seen'],
    rows: ids.map(i => h('tr', {dataset: {field: `identifiers.${i.type}`}}, h('th', {scope: 'row'}, fmt.text(i.type)),
      h('td', {class: 'value'}, fmt.text(i.value)), h('td', null, fmt.source(i.source)),
      h('td', null, time(i.firstSeen, false)), h('td', null, time(i.lastSeen, false))))});
}

function briefRecords(list) {
  return table({caption: `Source records (${list.length})`, className: 'data records',
    headers: ['Source', 'Record', 'Last seen'],
    rows: list.map(r => h('tr', null, h('th', {scope: 'row'}, fmt.source(r.source)),
      h('td', {class: 'value'}, fmt.text(r.recordId)), h('td', null, time(r.lastSeen, false))))});
}

function records(list) {
  return table({caption: `Source records (${list.length})`, className: 'data records',
    headers: ['Record', 'Source', 'First seen', 'Identifiers', 'What it says'],
    rows: list.map(r => {
      const attributes = Object.entries(r.attributes || {});
      return h('tr', null,
        h('th', {scope: 'row'}, h('code', null, fmt.text(r.recordKey))),
        h('td', null, fmt.source(r.source)),
        h('td', null, time(r.firstSeen, false)),
        h('td', {class: 'value'}, (r.identifiers || []).join(', ') || DASH),
        h('td', null, attributes.length ? h('details', {dataset: {key: `record-${r.recordKey}`}},
          h('summary', null, `${attributes.length} attribute${attributes.length === 1 ? '' : 's'}`),
          dl(attributes.map(([name, a]) => [fmt.label(name), [fmt.text(a?.value), a?.asOf ? h('small', {class: 'muted'},
            ' as of ', time(a.asOf, false)) : null]]), 'facts compact')) : DASH));
    })});
}

function links(list) {
  if (!list.length) return null;
  return table({caption: 'Why these records are one customer', className: 'data links',
    headers: ['Records', 'Rule', 'Score', 'Decided', 'Evidence'],
    rows: list.map(l => h('tr', null,
      h('th', {scope: 'row'}, h('code', null, fmt.text(l.leftRecord)), ' ↔ ', h('code', null, fmt.text(l.rightRecord))),
      h('td', null, fmt.text(l.rule)),
      h('td', {class: 'num'}, fmt.number(l.score)),
      h('td', null, time(l.decidedAt, false)),
      h('td', null, evidence(l.fields, `link-${l.leftRecord}-${l.rightRecord}`))))});
}

function evidence(fields, key) {
  if (!fields || !fields.length) return h('span', {class: 'muted'}, 'the rule alone');
  return h('details', {dataset: {key}},
    h('summary', null, `${fields.length} field${fields.length === 1 ? '' : 's'} compared`),
    table({caption: 'Field comparisons', hideCaption: true,
      headers: ['Field', 'One record', 'The other', 'Agreement', 'Weight'],
      rows: fields.map(f => h('tr', null, h('th', {scope: 'row'}, fmt.label(f.field)), h('td', null, fmt.text(f.left)),
        h('td', null, fmt.text(f.right)), h('td', null, fmt.text(f.level)), h('td', {class: 'num'}, fmt.number(f.weight))))}));
}

function history(list) {
  return h('div', {class: 'merges', dataset: {field: 'mergedFrom'}},
    h('h3', null, 'Merge history'),
    list.length === 0 ? empty('No history recorded.') : h('ol', {class: 'history'}, list.map((e, i) =>
      h('li', null,
        h('p', null, h('strong', null, fmt.label(String(e.kind).toLowerCase())), ' · ', time(e.at),
          e.otherCustomerId ? [' · other customer ', customerLink(e.otherCustomerId)] : null,
          e.causeEventId ? [' · event ', h('code', null, e.causeEventId)] : null),
        (e.records || []).length ? h('p', {class: 'muted'}, 'Records: ', e.records.join(', ')) : null,
        e.evidence ? h('div', {class: 'evidence'}, `Rule ${fmt.text(e.evidence.rule)}, score ${fmt.number(e.evidence.score)} `,
          evidence(e.evidence.fields, `history-${i}`)) : null))));
}

function mergedFrom(ids) {
  return h('div', {class: 'merges', dataset: {field: 'mergedFrom'}},
    h('h3', null, 'Merge history'),
    ids.length ? [h('p', null, `${ids.length} customer record${ids.length === 1 ? ' was' : 's were'} merged into this one:`),
      h('ul', {class: 'ids'}, ids.map(id => h('li', null, h('code', null, id))))]
      : empty('Never merged: every event arrived under this customer id.'));
}
