// Code this text: paste a story, see its events and highlights (POST /api/code; nothing is stored).
'use strict';

(() => {
  const {el, api} = Dyad;
  Dyad.header('code.html');
  const main = document.getElementById('main');
  const text = el('textarea', {id: 'text', placeholder: 'Paste a news story here.', spellcheck: 'false'});
  const date = el('input', {type: 'date', id: 'date', value: new Date().toISOString().slice(0, 10)});
  const button = el('button', {type: 'button', id: 'code', text: 'Code it'});
  const status = el('div', {id: 'status', role: 'status'});
  const result = el('div', {id: 'result'});
  main.append(el('h1', {text: 'Code a text'}),
    el('p', {class: 'muted', text: 'The text is coded as dyad code codes it, with the same dictionaries and patterns; nothing is stored.'}),
    text, el('div', {class: 'row'}, el('label', {}, 'Story date ', date), button), status, result);

  button.addEventListener('click', async () => {
    if (!text.value.trim()) { status.replaceChildren(el('p', {class: 'warning', text: 'Paste a text first.'})); return; }
    button.disabled = true;
    status.replaceChildren(el('p', {class: 'muted', text: 'Coding\u2026 (the first text waits for the models to load)'}));
    result.replaceChildren();
    try {
      const r = await api('/api/code', null, {method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({text: text.value, date: date.value || undefined})});
      const lines = [el('p', {id: 'outcome', text: r.status === 'coded'
        ? `${r.events.length} event${r.events.length === 1 ? '' : 's'} in ${r.sentences} sentence${r.sentences === 1 ? '' : 's'}.`
        : `Not coded: ${r.reason}`})];
      for (const w of r.warnings) lines.push(el('p', {class: 'warning', text: w}));
      status.replaceChildren(...lines);
      if (r.status === 'coded') {
        const textBox = el('div', {class: 'card'});
        const listBox = el('div');
        const panel = el('div', {class: 'card evidence', id: 'evidence'});
        result.append(Highlight.legend(),
          el('div', {class: 'story'}, el('div', {}, textBox, el('h2', {text: 'Events'}), listBox), panel));
        Highlight.show(textBox, listBox, panel, r.text, r.spans, r.events);
      }
    } catch (err) {
      Dyad.showError(status, err);
    } finally {
      button.disabled = false;
    }
  });
})();
