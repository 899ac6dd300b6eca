// The purchase chart: net revenue per month as an inline SVG bar chart, drawn here without a library.

import {fmt, monthDate, svg} from './dom.js';

const WIDTH = 720;
const HEIGHT = 220;
const PAD = {top: 14, right: 12, bottom: 30, left: 64};
const MONTHS = 24;

function monthKey(date) {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The last 24 month keys up to the later of this month and the newest month with data. */
export function monthRange(monthlyRevenue, now = new Date()) {
  const keys = Object.keys(monthlyRevenue || {}).filter(k => /^\d{4}-\d{2}$/.test(k)).sort();
  const thisMonth = monthKey(now);
  const last = keys.length && keys[keys.length - 1] > thisMonth ? keys[keys.length - 1] : thisMonth;
  const end = monthDate(last);
  const months = [];
  for (let i = MONTHS - 1; i >= 0; i--) {
    months.push(monthKey(new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - i, 1))));
  }
  return months;
}

/** A round axis maximum at or above v: 1, 2, 2.5 or 5 times a power of ten. */
export function niceMax(v) {
  if (!(v > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(v));
  const step = [1, 2, 2.5, 5, 10].find(s => s * power >= v);
  return step * power;
}

/** An accessible bar chart of commerce.monthlyRevenue; each bar has a tooltip with month and amount. */
export function purchaseChart(monthlyRevenue, currency, titleId) {
  const months = monthRange(monthlyRevenue);
  const values = months.map(m => Number(monthlyRevenue?.[m] || 0));
  const top = niceMax(Math.max(0, ...values));
  const bottom = Math.min(0, ...values) < 0 ? -niceMax(-Math.min(...values)) : 0;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const y = v => PAD.top + plotH * (top - v) / (top - bottom);
  const slot = plotW / months.length;
  const total = values.reduce((a, b) => a + b, 0);
  const best = values.indexOf(Math.max(...values));
  const summary = total === 0 && values.every(v => v === 0)
    ? `No purchases in the ${MONTHS} months up to ${fmt.month(months[months.length - 1], true)}.`
    : `Net revenue ${fmt.money(total, currency)} in the ${MONTHS} months from ${fmt.month(months[0], true)} `
      + `to ${fmt.month(months[months.length - 1], true)}; highest in ${fmt.month(months[best], true)} `
      + `with ${fmt.money(values[best], currency)}.`;

  // labels closer than a line of text to the zero line would overlap it
  const ticks = [0, top / 2, top].concat(bottom < 0 && y(bottom) - y(0) >= 16 ? [bottom] : []);
  const descId = `${titleId}-desc`;
  return svg('svg', {
    class: 'chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img',
    'aria-labelledby': `${titleId} ${descId}`, preserveAspectRatio: 'xMidYMid meet',
  },
  svg('desc', {id: descId}, summary),
  ticks.map(t => svg('g', {class: 'tick'},
    svg('line', {x1: PAD.left, x2: WIDTH - PAD.right, y1: y(t), y2: y(t)}),
    svg('text', {x: PAD.left - 6, y: y(t) + 4, 'text-anchor': 'end'}, fmt.money(t, currency, 0)))),
  values.map((v, i) => {
    const x = PAD.left + i * slot + slot * 0.15;
    const y0 = y(Math.max(0, v));
    const height = Math.max(v === 0 ? 0 : 1, Math.abs(y(v) - y(0)));
    return svg('rect', {
      class: v < 0 ? 'bar negative' : 'bar', x: x.toFixed(1), y: y0.toFixed(1),
      width: (slot * 0.7).toFixed(1), height: height.toFixed(1), dataset: {month: months[i]},
    }, svg('title', null, `${fmt.month(months[i], true)}: ${fmt.money(v, currency)}`));
  }),
  months.map((m, i) => (months.length - 1 - i) % 3 === 0 && svg('text', {
    class: 'month', x: (PAD.left + i * slot + slot / 2).toFixed(1), y: HEIGHT - 10, 'text-anchor': 'middle',
  }, fmt.month(m))));
}
