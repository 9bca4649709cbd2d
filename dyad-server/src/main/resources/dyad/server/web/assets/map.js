// The map: where the filtered events happened (GET /api/places), a circle per place sized by its events and coloured
// from cooperation to conflict, over country outlines from world-atlas (Natural Earth, bundled: no tile server).
'use strict';

(() => {
  const {el, api} = Dyad;
  const ANTARCTICA = '010'; // ISO 3166 numeric: left out (its outline encloses the pole)
  Dyad.header('map.html');
  const main = document.getElementById('main');
  main.append(el('h1', {text: 'Where events happened'}));
  Dyad.filterForm(main, load);
  const summary = el('p', {id: 'summary', class: 'muted'});
  const box = el('div', {id: 'map'});
  main.append(summary, box);

  const map = L.map(box, {worldCopyJump: true, minZoom: 1, maxZoom: 10, attributionControl: true}).setView([25, 15], 2);
  map.attributionControl.setPrefix(false).addAttribution('Country outlines: Natural Earth (world-atlas)');
  const marks = L.layerGroup().addTo(map);
  fetch('vendor/world-atlas/countries-50m.json').then(r => r.json()).then(topo => {
    const countries = topojson.feature(topo, topo.objects.countries);
    countries.features = countries.features.filter(f => f.id !== ANTARCTICA).map(unwrap);
    L.geoJSON(countries, {
      style: {color: '#9aa5ad', weight: 0.6, fillColor: '#fbfaf6', fillOpacity: 1}, interactive: false,
    }).addTo(map).bringToBack();
  }).catch(err => summary.append(' (country outlines could not be loaded: ' + err.message + ')'));
  load(Dyad.urlParams());

  /**
   * A country whose outline crosses the 180th meridian (Russia's far east, Fiji) with its longitudes made continuous,
   * so that it is not drawn as a band across the whole map.
   */
  function unwrap(feature) {
    const ring = r => {
      const out = [r[0].slice()];
      for (let i = 1; i < r.length; i++) {
        let lon = r[i][0];
        while (lon - out[i - 1][0] > 180) lon -= 360;
        while (lon - out[i - 1][0] < -180) lon += 360;
        out.push([lon, r[i][1]]);
      }
      return out;
    };
    const g = feature.geometry;
    if (!g) return feature;
    const coordinates = g.type === 'Polygon' ? g.coordinates.map(ring)
      : g.type === 'MultiPolygon' ? g.coordinates.map(p => p.map(ring)) : g.coordinates;
    return {...feature, geometry: {...g, coordinates}};
  }

  /** From green (all cooperation) through grey to red (all conflict). */
  function colour(p) {
    const total = p.cooperation + p.conflict;
    if (!total) return '#6c757d';
    const c = p.conflict / total;
    const mix = (a, b) => Math.round(a + (b - a) * c);
    return `rgb(${mix(42, 231)}, ${mix(157, 111)}, ${mix(143, 81)})`;
  }

  function popup(p, filters) {
    const link = 'index.html?' + new URLSearchParams({...filters, place: p.name}).toString();
    return el('div', {}, el('b', {text: p.name}), ` (${[p.admin1, p.country].filter(Boolean).join(', ')})`, el('br'),
      `${p.events} events: ${p.cooperation} cooperation, ${p.conflict} conflict; Goldstein sum ${p.goldstein_sum}`, el('br'),
      el('a', {href: link, text: 'the events here'}));
  }

  async function load(params) {
    const filters = Dyad.filtersOf(params);
    try {
      const r = await api('/api/places', {...filters, limit: 2000});
      marks.clearLayers();
      const max = Math.max(1, ...r.places.map(p => p.events));
      for (const p of r.places) {
        L.circleMarker([p.lat, p.lon], {radius: 4 + 16 * Math.sqrt(p.events / max), color: '#33404a', weight: 1,
          fillColor: colour(p), fillOpacity: 0.75, className: 'place-mark'})
          .bindTooltip(`${p.name}: ${p.events} events`).bindPopup(() => popup(p, filters)).addTo(marks);
      }
      if (r.places.length) {
        map.fitBounds(L.latLngBounds(r.places.map(p => [p.lat, p.lon])), {padding: [60, 60], maxZoom: 6});
      }
      const events = r.places.reduce((a, p) => a + p.events, 0);
      summary.textContent = r.places.length
        ? `${r.places.length.toLocaleString('en')} places, ${events.toLocaleString('en')} located events`
          + (r.places.length === 2000 ? ' (the 2,000 places with most events)' : '')
        : 'No located events match.';
    } catch (err) {
      summary.replaceChildren(el('span', {class: 'error', text: err.message}));
    }
  }
})();
