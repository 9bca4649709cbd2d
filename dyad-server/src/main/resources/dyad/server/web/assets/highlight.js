// A document's text with its events' actors, triggers and places highlighted, the events listed, and the evidence
// of the selected ones ("why was this coded"): the story page and the code-this-text page.
'use strict';

const Highlight = (() => {
  const {el} = Dyad;
  const KIND_ORDER = ['trigger', 'source', 'target', 'place'];

  /** The text cut at every span boundary: [{start, end, spans}] with the spans covering each piece. */
  function pieces(text, spans) {
    const cuts = new Set([0, text.length]);
    for (const s of spans) {
      if (s.start >= 0 && s.end <= text.length && s.start < s.end) { cuts.add(s.start); cuts.add(s.end); }
    }
    const at = [...cuts].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < at.length; i++) {
      const start = at[i], end = at[i + 1];
      out.push({start, end, spans: spans.filter(s => s.start <= start && s.end >= end)});
    }
    return out;
  }

  /** The span a piece shows: the innermost (shortest), a trigger before an actor before a place. */
  function shown(covering) {
    return covering.slice().sort((a, b) => (a.end - a.start) - (b.end - b.start)
      || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))[0];
  }

  function tooltip(covering) {
    return covering.map(s => `${s.kind}: ${s.label} (${s.events.length} event${s.events.length === 1 ? '' : 's'})`).join('\n');
  }

  /** One line per event: "RUSGOV → UKRGOV · 036 Express intent to meet or negotiate". */
  function describe(e) {
    return `${Dyad.dyadText(e)} \u00b7 ${e.cameo.code} ${e.cameo.name}`;
  }

  /** The evidence of events: codes, words, the pattern and dictionary entries that fired, the date and place. */
  function evidence(panel, events) {
    panel.replaceChildren(el('h3', {text: events.length ? 'Why these events were coded' : 'Evidence'}));
    if (!events.length) {
      panel.append(el('p', {class: 'muted', text: 'Click a highlighted word or an event to see why it was coded.'}));
      return;
    }
    for (const e of events) {
      const dl = el('dl', {class: 'evidence-item', 'data-event': e.event_id});
      const row = (k, v) => { if (v !== null && v !== undefined && v !== '') dl.append(el('dt', {text: k}), el('dd', {text: v})); };
      row('event', `${e.cameo.code} ${e.cameo.name} (QuadClass ${e.cameo.quad_class}, Goldstein ${e.cameo.goldstein})`);
      row('PLOVER', [e.plover.event, e.plover.mode, (e.plover.context || []).join(', ')].filter(Boolean).join(' / '));
      row('source', `${e.source.code} \u2190 "${e.source.text}"`);
      row('source entry', e.evidence.source_entry);
      if (e.target) row('target', `${e.target.code} \u2190 "${e.target.text}"`);
      row('target entry', e.evidence.target_entry);
      row('trigger', e.trigger ? `"${e.trigger.text}"` : null);
      row('pattern', e.evidence.pattern);
      row('date', `${e.date} (${e.evidence.date_rule})`);
      if (e.location) row('place', `${e.location.name}, ${e.location.country} (${e.location.precision}; ${e.location.basis || ''})`);
      const modes = ['negated', 'hypothetical', 'future', 'historical'].filter(m => e[m]);
      row('mode', modes.join(', '));
      row('notes', (e.evidence.notes || []).join('; '));
      row('sentence', e.sentence);
      panel.append(el('h3', {class: 'quad' + e.cameo.quad_class, text: describe(e)}), dl);
    }
  }

  /**
   * Shows a document: the highlighted text in textBox, the event list in listBox and the evidence panel.
   * Clicking a highlight or an event selects events; returns select(eventIds) for the caller (a #event- link).
   */
  function show(textBox, listBox, panel, text, spans, events) {
    const byId = new Map(events.map(e => [e.event_id, e]));
    const marks = [];
    const body = el('div', {class: 'storytext', id: 'storytext'});
    for (const p of pieces(text, spans)) {
      const piece = text.slice(p.start, p.end);
      if (!p.spans.length) { body.append(piece); continue; }
      const s = shown(p.spans);
      const ids = [...new Set(p.spans.flatMap(x => x.events))];
      const mark = el('span', {class: `hl ${s.kind}`, title: tooltip(p.spans), 'data-kind': s.kind, 'data-label': s.label,
        'data-events': ids.join(' '), tabindex: 0, on: {click: () => select(ids)}}, piece);
      marks.push(mark);
      body.append(mark);
    }
    textBox.replaceChildren(body);
    const items = events.map(e => el('li', {'data-event': e.event_id, class: 'quad' + e.cameo.quad_class, text: describe(e),
      on: {click: () => select([e.event_id])}}));
    listBox.replaceChildren(items.length ? el('ol', {class: 'eventlist'}, items) : el('p', {class: 'muted', text: 'No events.'}));

    function select(ids) {
      const chosen = new Set(ids);
      for (const m of marks) m.classList.toggle('selected', m.dataset.events.split(' ').some(id => chosen.has(id)));
      for (const li of items) li.classList.toggle('selected', chosen.has(li.dataset.event));
      evidence(panel, ids.map(id => byId.get(id)).filter(Boolean));
    }
    evidence(panel, []);
    return select;
  }

  function legend() {
    return el('p', {class: 'legend'}, el('span', {class: 'hl source', text: 'source actor'}), ' ',
      el('span', {class: 'hl target', text: 'target actor'}), ' ', el('span', {class: 'hl trigger', text: 'trigger'}), ' ',
      el('span', {class: 'hl place', text: 'place'}));
  }

  return {show, legend, describe, pieces};
})();
