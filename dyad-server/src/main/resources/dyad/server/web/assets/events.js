// The events table: every filter of /api/events, sortable columns, cursor paging, CSV and JSON lines downloads.
'use strict';

(() => {
  const {el, api} = Dyad;
  const PAGE = 50;
  const COLUMNS = [
    ['date', 'Date', 'date'], ['source', 'Source', 'source'], ['event', 'Event', 'cameo'], ['target', 'Target', 'target'],
    ['goldstein', 'Goldstein', 'goldstein'], ['where', 'Where', null], ['sentence', 'Sentence', null]];

  Dyad.header('index.html');
  const main = document.getElementById('main');
  main.append(el('h1', {text: 'Events'}));
  Dyad.filterForm(main, load);
  const summary = el('div', {class: 'pager', id: 'summary'});
  const table = el('div', {id: 'table'});
  const pager = el('div', {class: 'pager', id: 'pager'});
  main.append(summary, table, pager);
  load(Dyad.urlParams());

  /** The sentence with its trigger in bold (offsets are in the text; the sentence holds the trigger's words). */
  function sentenceCell(e) {
    const s = e.sentence || '';
    const t = e.trigger ? e.trigger.text : '';
    const at = t ? s.indexOf(t) : -1;
    if (at < 0) return el('td', {class: 'sentence', text: s});
    return el('td', {class: 'sentence'}, s.slice(0, at), el('b', {text: t}), s.slice(at + t.length));
  }

  function actorCell(a) {
    if (!a) return el('td', {class: 'muted', text: '\u2014'});
    return el('td', {}, el('span', {class: 'code', text: a.code}), el('br'), el('span', {class: 'muted', text: a.text}));
  }

  function row(e) {
    const story = `story.html?id=${encodeURIComponent(e.doc_id)}#event-${encodeURIComponent(e.event_id)}`;
    return el('tr', {'data-event': e.event_id},
      el('td', {}, el('a', {href: story, text: e.date})),
      actorCell(e.source),
      el('td', {class: 'quad' + e.cameo.quad_class}, el('span', {class: 'code', text: e.cameo.code}), ' ', e.cameo.name,
        el('br'), el('span', {class: 'muted', text: e.plover.event})),
      actorCell(e.target),
      el('td', {class: 'num', text: e.cameo.goldstein}),
      el('td', {text: e.location ? `${e.location.name}, ${e.location.country}` : ''}),
      sentenceCell(e));
  }

  function header(sort) {
    const key = sort.replace(/^-/, '');
    return el('tr', {}, COLUMNS.map(([, label, sortKey]) => {
      if (!sortKey) return el('th', {text: label});
      const on = sortKey === key;
      const next = on && sort.startsWith('-') ? sortKey : '-' + sortKey;
      return el('th', {class: 'sortable' + (on ? ' sorted' + (sort.startsWith('-') ? '' : ' asc') : ''), text: label,
        title: 'sort by ' + label.toLowerCase(), on: {click: () => go({...Dyad.urlParams(), sort: next, cursor: ''})}});
    }));
  }

  function go(params) {
    const clean = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== ''));
    Dyad.setUrlParams(clean);
    load(clean);
  }

  async function load(params) {
    const query = {...Dyad.filtersOf(params), limit: PAGE};
    if (params.sort) query.sort = params.sort;
    if (params.cursor) query.cursor = params.cursor;
    try {
      const page = await api('/api/events', query);
      const n = page.events.length;
      summary.replaceChildren(el('span', {id: 'count', text: page.total === 0 ? 'No events match.'
        : `${n.toLocaleString('en')} of ${page.total.toLocaleString('en')} matching events`
          + (params.cursor ? ' (a later page)' : '')}));
      table.replaceChildren(el('table', {class: 'events'}, el('thead', {}, header(page.sort)), el('tbody', {}, page.events.map(row))));
      const download = f => '/api/events?' + new URLSearchParams({...query, format: f, limit: 1000}).toString();
      pager.replaceChildren(
        el('button', {type: 'button', class: 'plain', text: 'First page', disabled: !params.cursor,
          on: {click: () => go({...params, cursor: ''})}}),
        el('button', {type: 'button', id: 'next', text: 'Next page', disabled: !page.next,
          on: {click: () => go({...params, cursor: page.next})}}),
        el('span', {class: 'downloads'}, 'Download (up to 1,000 from here): ', el('a', {href: download('csv'), text: 'CSV'}), ' · ',
          el('a', {href: download('jsonl'), text: 'JSON lines'})));
    } catch (err) {
      Dyad.showError(table, err);
      summary.replaceChildren();
      pager.replaceChildren();
    }
  }
})();
