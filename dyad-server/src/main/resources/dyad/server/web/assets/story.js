// The story page: a stored document's cleaned text with its actors, triggers and places highlighted, its events,
// and the evidence of the events chosen (click a highlight or an event; story.html?id=DOC#event-ID selects one).
'use strict';

(async () => {
  const {el, api} = Dyad;
  Dyad.header('story.html');
  const main = document.getElementById('main');
  const id = new URLSearchParams(location.search).get('id');
  if (!id) {
    Dyad.showError(main, new Error('No document: open a story from the events table (story.html?id=DOC).'));
    return;
  }
  try {
    const d = await api('/api/documents/' + encodeURIComponent(id));
    const meta = [d.date, d.url ? el('a', {href: d.url, rel: 'noreferrer', text: d.url}) : null, d.origin,
      `${d.events_count} events in ${d.sentences_count} sentences`].filter(Boolean);
    main.append(el('h1', {id: 'title', text: d.title || d.doc_id}),
      el('p', {class: 'muted'}, meta.flatMap((m, i) => i ? [' \u00b7 ', m] : [m])));
    if (d.status === 'skipped') {
      main.append(el('p', {class: 'warning', text: `Not coded: ${d.reason}`}));
      return;
    }
    let text = d.text;
    let spans = d.spans;
    if (text === null) {
      // stored before Dyad kept cleaned texts: the sentences, without highlights
      text = d.sentences.map(s => s.text).join('\n');
      spans = [];
      main.append(el('p', {class: 'warning', text: 'This document was stored before Dyad kept cleaned texts (schema 5):'
        + ' its sentences are shown without highlights. Code it again to see them.'}));
    }
    const textBox = el('div', {class: 'card'});
    const listBox = el('div');
    const panel = el('div', {class: 'card evidence', id: 'evidence'});
    main.append(Highlight.legend(),
      el('div', {class: 'story'}, el('div', {}, textBox, el('h2', {text: 'Events'}), listBox), panel));
    const select = Highlight.show(textBox, listBox, panel, text, spans, d.events);
    const fromHash = () => {
      const wanted = decodeURIComponent(location.hash.replace(/^#event-/, ''));
      if (wanted && d.events.some(e => e.event_id === wanted)) select([wanted]);
    };
    fromHash();
    window.addEventListener('hashchange', fromHash);
  } catch (err) {
    Dyad.showError(main, err);
  }
})();
