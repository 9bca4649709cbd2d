// The timeline: cooperation (QuadClass 1-2) and conflict (3-4) events per week or month, with the Goldstein sum,
// for a dyad, a country, a category or any filter (GET /api/aggregates, dyad report's measures).
'use strict';

(() => {
  const {el, api} = Dyad;
  const PERIODS = [['month', 'per month'], ['week', 'per week'], ['day', 'per day'], ['year', 'per year']];
  Dyad.header('timeline.html');
  const main = document.getElementById('main');
  main.append(el('h1', {text: 'Cooperation and conflict over time'}),
    el('p', {class: 'muted', text: 'Give a dyad (RUS*,UKR*: both directions), a country (IRN), a PLOVER category or any other filter.'}));
  Dyad.filterForm(main, load, [{name: 'period', label: 'Period', choices: PERIODS, default: 'month'}]);
  const title = el('h2', {id: 'charttitle'});
  const chart = el('div', {id: 'chart'});
  const table = el('div', {id: 'rows'});
  main.append(title, chart, table);
  load(Dyad.urlParams());

  /** Every period from the first to the last (periods without events count zero). */
  function periods(first, last, period) {
    const out = [];
    const d = new Date(first + 'T00:00:00Z');
    const end = new Date(last + 'T00:00:00Z');
    while (d <= end && out.length < 5000) {
      out.push(d.toISOString().slice(0, 10));
      if (period === 'day') d.setUTCDate(d.getUTCDate() + 1);
      else if (period === 'week') d.setUTCDate(d.getUTCDate() + 7);
      else if (period === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
      else d.setUTCFullYear(d.getUTCFullYear() + 1);
    }
    return out;
  }

  function describe(params) {
    const parts = [];
    if (params.dyad) parts.push(params.dyad.replace(',', ' and '));
    for (const k of ['actor', 'source', 'target', 'country', 'plover', 'cameo', 'root', 'place', 'q']) {
      if (params[k]) parts.push(`${k} ${params[k]}`);
    }
    return (parts.length ? parts.join(', ') : 'All events') + ': cooperation and conflict ' + (PERIODS.find(p => p[0] === (params.period || 'month')) || PERIODS[0])[1];
  }

  async function load(params) {
    const period = params.period || 'month';
    title.textContent = describe(params);
    try {
      const r = await api('/api/aggregates', {...Dyad.filtersOf(params), period, group: 'total'});
      if (!r.rows.length) {
        chart.replaceChildren(el('p', {class: 'muted', id: 'empty', text: 'No events match.'}));
        table.replaceChildren();
        return;
      }
      const byPeriod = new Map(r.rows.map(x => [x.period, x]));
      const xs = periods(r.rows[0].period, r.rows[r.rows.length - 1].period, period);
      const data = xs.map(p => {
        const x = byPeriod.get(p);
        return {period: p, coop: x ? x.q1_verbal_coop + x.q2_material_coop : 0,
          conflict: x ? x.q3_verbal_conflict + x.q4_material_conflict : 0, goldstein: x ? x.goldstein_sum : 0, events: x ? x.events : 0};
      });
      chart.replaceChildren(draw(data));
      table.replaceChildren(rows(data));
    } catch (err) {
      Dyad.showError(chart, err);
      table.replaceChildren();
    }
  }

  /** The chart: two lines of counts (left axis) over bars of the Goldstein sum (right axis). */
  function draw(data) {
    const W = 1000, H = 380, L = 50, R = 60, T = 20, B = 50;
    const n = data.length;
    const pad = 24;
    const x = i => L + pad + (n === 1 ? (W - L - R - 2 * pad) / 2 : i * (W - L - R - 2 * pad) / (n - 1));
    const maxCount = Math.max(1, ...data.map(d => Math.max(d.coop, d.conflict)));
    const y = v => H - B - v / maxCount * (H - T - B);
    const maxG = Math.max(1, ...data.map(d => Math.abs(d.goldstein)));
    const mid = T + (H - T - B) / 2;
    const g = v => mid - v / maxG * (H - T - B) / 2;
    const svg = el('svg', {class: 'chart', viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', role: 'img'});
    for (let k = 0; k <= 4; k++) {
      const v = Math.round(maxCount * k / 4);
      svg.append(el('line', {class: 'grid', x1: L, x2: W - R, y1: y(v), y2: y(v)}),
        el('text', {x: L - 6, y: y(v) + 4, 'text-anchor': 'end', text: v}));
    }
    const bw = Math.max(2, Math.min(30, (W - L - R) / Math.max(1, n) * 0.6));
    data.forEach((d, i) => {
      if (!d.goldstein) return;
      const top = Math.min(g(d.goldstein), mid);
      svg.append(el('rect', {class: d.goldstein > 0 ? 'goldstein-pos' : 'goldstein-neg', x: x(i) - bw / 2, y: top, width: bw,
        height: Math.abs(g(d.goldstein) - mid)}, el('title', {text: `${d.period}: Goldstein sum ${d.goldstein}`})));
    });
    svg.append(el('text', {x: W - R + 6, y: T + 10, text: `Goldstein`}), el('text', {x: W - R + 6, y: T + 24, text: `\u00b1${maxG}`}));
    svg.append(el('line', {class: 'axis', x1: L, x2: W - R, y1: H - B, y2: H - B}), el('line', {class: 'axis', x1: L, x2: L, y1: T, y2: H - B}));
    for (const [key, label] of [['coop', 'cooperation'], ['conflict', 'conflict']]) {
      svg.append(el('polyline', {class: key, points: data.map((d, i) => `${x(i)},${y(d[key])}`).join(' ')}));
      data.forEach((d, i) => svg.append(el('circle', {class: `${key} point`, cx: x(i), cy: y(d[key]), r: 3.5, 'data-period': d.period},
        el('title', {text: `${d.period}: ${d[key]} ${label} events`}))));
    }
    const every = Math.max(1, Math.ceil(n / 12));
    data.forEach((d, i) => {
      if (i % every === 0) svg.append(el('text', {x: x(i), y: H - B + 16, 'text-anchor': 'middle', text: d.period.slice(0, 7)}));
    });
    svg.append(el('line', {class: 'grid', x1: L, x2: W - R, y1: mid, y2: mid}), el('text', {x: W - R + 6, y: mid + 4, text: '0'}));
    svg.append(el('text', {x: L, y: H - 10, class: 'legend-coop', text: '\u25cf cooperation events (QuadClass 1-2)'}),
      el('text', {x: L + 260, y: H - 10, class: 'legend-conflict', text: '\u25cf conflict events (QuadClass 3-4)'}),
      el('text', {x: L + 500, y: H - 10, text: '\u25a0 Goldstein sum (right axis, 0 in the middle)'}));
    return svg;
  }

  function rows(data) {
    return el('table', {class: 'events compact'},
      el('thead', {}, el('tr', {}, ['Period', 'Events', 'Cooperation', 'Conflict', 'Goldstein sum'].map(h => el('th', {text: h})))),
      el('tbody', {}, data.filter(d => d.events).map(d => el('tr', {},
        el('td', {text: d.period}), el('td', {class: 'num', text: d.events}), el('td', {class: 'num quad1', text: d.coop}),
        el('td', {class: 'num quad4', text: d.conflict}), el('td', {class: 'num', text: d.goldstein})))));
  }
})();
