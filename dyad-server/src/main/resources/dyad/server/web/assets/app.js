// Dyad's web view: what every page shares (the header, API calls, the filter form, DOM building).
// Pages build the DOM with el(): text is always set as text, never parsed as HTML.
'use strict';

const Dyad = (() => {
  const PAGES = [['index.html', 'Events'], ['timeline.html', 'Timeline'], ['map.html', 'Map'], ['code.html', 'Code a text']];

  /** The filters of /api/events, /api/aggregates and /api/places, as the form shows them. */
  const FILTERS = [
    {name: 'actor', label: 'Actor', placeholder: 'RUS* or RUSGOV'},
    {name: 'source', label: 'Source', placeholder: 'code or prefix*'},
    {name: 'target', label: 'Target', placeholder: 'code or prefix*'},
    {name: 'dyad', label: 'Dyad (either way)', placeholder: 'RUS*,UKR*', wide: true},
    {name: 'country', label: 'Country', placeholder: 'ISO3: IRN'},
    {name: 'plover', label: 'PLOVER', choices: 'plover'},
    {name: 'cameo', label: 'CAMEO code', placeholder: '036 or 19*'},
    {name: 'root', label: 'Root', placeholder: '01..20'},
    {name: 'quad', label: 'QuadClass', choices: [['', 'any'], ['1', '1 verbal coop.'], ['2', '2 material coop.'],
      ['3', '3 verbal conflict'], ['4', '4 material conflict'], ['1,2', 'cooperation'], ['3,4', 'conflict']]},
    {name: 'from', label: 'From', type: 'date'},
    {name: 'to', label: 'To', type: 'date'},
    {name: 'q', label: 'Words in the sentence', wide: true},
    {name: 'place', label: 'Place'},
    {name: 'doc', label: 'Document id'},
  ];
  const FILTER_NAMES = FILTERS.map(f => f.name);

  /** Builds an element: attributes (class, text, on: {event: fn}, anything else as an attribute) and children. */
  function el(tag, attrs, ...children) {
    const svg = ['svg', 'g', 'line', 'path', 'circle', 'rect', 'text', 'title', 'polyline'].includes(tag);
    const e = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') e.textContent = v;
      else if (k === 'on') for (const [ev, fn] of Object.entries(v)) e.addEventListener(ev, fn);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  /** Calls the API; resolves to the parsed JSON, or rejects with the server's error message. */
  async function api(path, params, init) {
    const q = params ? '?' + new URLSearchParams(params).toString() : '';
    const res = await fetch(path + (q === '?' ? '' : q), init);
    const type = res.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await res.json() : await res.text();
    if (!res.ok) throw new Error(body && body.error ? body.error : 'HTTP ' + res.status);
    return body;
  }

  /** The page's URL parameters as an object (only the given names, when names are given). */
  function urlParams(names) {
    const out = {};
    for (const [k, v] of new URLSearchParams(location.search)) {
      if (v !== '' && (!names || names.includes(k))) out[k] = v;
    }
    return out;
  }

  function setUrlParams(params) {
    const q = new URLSearchParams(params).toString();
    history.pushState(null, '', location.pathname + (q ? '?' + q : ''));
  }

  /** The top bar: the pages, and what the database holds. */
  function header(active) {
    const top = document.getElementById('top');
    const stats = el('span', {class: 'stats'});
    top.append(
      el('a', {class: 'brand', href: 'index.html', text: 'Dyad'}),
      el('nav', {}, PAGES.map(([href, label]) => el('a', {href, class: href === active ? 'here' : null, text: label}))),
      stats);
    api('/api/stats').then(s => {
      stats.textContent = `${s.database}: ${s.events.toLocaleString('en')} events in ${s.coded.toLocaleString('en')} documents`
        + (s.first_date ? `, ${s.first_date} to ${s.last_date}` : '') + (s.writes ? '' : ' · read-only');
    }).catch(() => { stats.textContent = ''; });
  }

  let ploverPromise = null;
  /** The PLOVER event types, from the API's own description (the values plover= takes). */
  function ploverTypes() {
    if (!ploverPromise) {
      ploverPromise = api('/api/openapi.json').then(o => o.components.parameters.plover.schema.items.enum);
    }
    return ploverPromise;
  }

  /**
   * The filter form, filled from the URL; submitting puts the filters in the URL and calls onChange(filters).
   * extra: more fields [{name, label, choices | type}] that are not filters (the timeline's period).
   */
  function filterForm(container, onChange, extra) {
    const fields = FILTERS.concat(extra || []);
    const current = urlParams();
    const form = el('form', {class: 'filters', id: 'filters'});
    for (const f of fields) {
      let input;
      if (f.choices) {
        input = el('select', {name: f.name});
        const fill = choices => {
          for (const [v, label] of choices) input.append(el('option', {value: v, text: label}));
          input.value = current[f.name] || (f.default || '');
        };
        if (f.choices === 'plover') {
          ploverTypes().then(types => fill([['', 'any']].concat(types.map(t => [t, t])))).catch(() => fill([['', 'any']]));
        } else {
          fill(f.choices);
        }
      } else {
        input = el('input', {name: f.name, type: f.type || 'text', placeholder: f.placeholder || null,
          class: f.wide ? 'wide' : null, value: current[f.name] || ''});
      }
      form.append(el('label', {}, f.label, input));
    }
    form.append(el('button', {type: 'submit', text: 'Apply'}),
      el('button', {type: 'button', class: 'plain', text: 'Clear', on: {click: () => {
        for (const i of form.querySelectorAll('input')) i.value = '';
        for (const s of form.querySelectorAll('select')) s.value = (fields.find(f => f.name === s.name) || {}).default || '';
        form.requestSubmit();
      }}}));
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      const params = {};
      for (const [k, v] of new FormData(form)) if (String(v).trim() !== '') params[k] = String(v).trim();
      setUrlParams(params);
      onChange(params);
    });
    container.append(form);
    window.addEventListener('popstate', () => onChange(urlParams()));
    return form;
  }

  /** The filter parameters among params (what the API endpoints take as filters). */
  function filtersOf(params) {
    const out = {};
    for (const [k, v] of Object.entries(params)) if (FILTER_NAMES.includes(k)) out[k] = v;
    return out;
  }

  function showError(container, err) {
    container.replaceChildren(el('p', {class: 'error', role: 'alert', text: err.message || String(err)}));
  }

  /** "RUSGOV → UKRGOV" (or the source alone). */
  function dyadText(e) {
    return e.source.code + (e.target ? ' \u2192 ' + e.target.code : '');
  }

  return {el, api, urlParams, setUrlParams, header, filterForm, filtersOf, showError, dyadText, ploverTypes, FILTER_NAMES};
})();
