// newsmill dashboard: a small single-page app over the JSON API
// (docs/api.md). Plain JavaScript, no build step; chart.js (from npm,
// compiled into the binary) draws the timeline, with an SVG fallback.
//
// Views live in the URL fragment (#/quotes?q=guarantees), so every view can
// be linked and reloaded. Every piece of text from the database is put in
// the page with textContent, never as HTML. Offsets in records are Unicode
// code points (SCHEMA.md); JavaScript strings are UTF-16, so the article
// view slices Array.from(text), which is indexed by code point.
'use strict';

(function () {
  const TOKEN_KEY = 'newsmill-api-token';
  const view = document.getElementById('view');

  // CAMEO root names (the public CAMEO codebook's 20 categories).
  const CAMEO_ROOTS = {
    '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate',
    '04': 'Consult', '05': 'Engage in diplomatic cooperation',
    '06': 'Engage in material cooperation', '07': 'Provide aid', '08': 'Yield',
    '09': 'Investigate', '10': 'Demand', '11': 'Disapprove', '12': 'Reject',
    '13': 'Threaten', '14': 'Protest', '15': 'Exhibit military posture',
    '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault', '19': 'Fight',
    '20': 'Use unconventional mass violence',
  };

  // ---- Small helpers --------------------------------------------------------

  // h('a', {href: '#/x', class: 'y'}, 'text', child...) builds an element.
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  function token() { return localStorage.getItem(TOKEN_KEY) || ''; }

  class ApiError extends Error {
    constructor(status, message) { super(message); this.status = status; }
  }

  async function api(path, params, options) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== undefined && v !== null && v !== '') q.set(k, v);
    }
    const url = '/api/' + path + (q.toString() ? '?' + q : '');
    const init = Object.assign({ headers: {} }, options || {});
    if (init.body !== undefined) init.headers['Content-Type'] = 'application/json';
    if (token()) init.headers['Authorization'] = 'Bearer ' + token();
    const res = await fetch(url, init);
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) {
      const msg = body && body.error ? body.error.message : res.status + ' ' + res.statusText;
      throw new ApiError(res.status, msg);
    }
    return body;
  }

  function errorBox(e) {
    const box = h('p', { class: 'error', role: 'alert' }, e.message || String(e));
    if (e.status === 401) box.append(' ', tokenForm(() => route()));
    return box;
  }

  function tokenForm(done) {
    const input = h('input', { type: 'password', placeholder: 'API token', 'aria-label': 'API token', size: 34 });
    return h('form', {
      class: 'token-box',
      onsubmit: (ev) => {
        ev.preventDefault();
        localStorage.setItem(TOKEN_KEY, input.value.trim());
        done();
      },
    }, 'Writes need the API token that ', h('code', {}, 'newsmill serve'), ' printed: ', input, ' ',
    h('button', { type: 'submit' }, 'Use token'));
  }

  function date10(s) { return s ? String(s).slice(0, 10) : ''; }
  function fmt(n) { return Number(n).toLocaleString('en-US', { maximumFractionDigits: 1 }); }
  function actorName(a) { return a ? (a.name || a.actor || a.key || '?') : '—'; }
  function actorLink(a) {
    if (!a) return '—';
    const label = actorName(a) + (a.actor && a.name ? ' (' + a.actor + ')' : '');
    const id = a.key || a.actor;
    return id ? h('a', { href: '#/actor/' + encodeURIComponent(id) }, label) : label;
  }
  function articleLink(id, title, extra) {
    return h('a', { href: '#/article/' + id + (extra ? '?' + new URLSearchParams(extra) : '') },
      title || '(untitled)');
  }
  function setHash(path, params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v) q.set(k, v);
    const next = '#/' + path + (q.toString() ? '?' + q : '');
    if (location.hash !== next) location.hash = next; else route();
  }
  function ready(name) { document.body.dataset.ready = name; }
  function field(label, input) { return h('label', {}, label, input); }

  // ---- Router ---------------------------------------------------------------

  const views = {};
  let renderId = 0;

  async function route() {
    const hash = location.hash.replace(/^#\/?/, '');
    const [pathPart, queryPart] = hash.split('?');
    const parts = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
    const name = parts[0] || 'timeline';
    const params = Object.fromEntries(new URLSearchParams(queryPart || ''));
    for (const a of document.querySelectorAll('nav a')) {
      a.classList.toggle('active', a.dataset.view === name ||
        (name === 'actor' && a.dataset.view === 'actors') ||
        (name === 'article' && a.dataset.view === 'articles'));
    }
    const fn = views[name];
    const id = ++renderId;
    document.body.dataset.ready = '';
    view.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
    if (!fn) {
      view.replaceChildren(h('p', { class: 'error' }, 'No such view: ' + name));
      return;
    }
    try {
      const content = await fn(params, parts.slice(1));
      if (id !== renderId) return;  // a newer navigation won
      view.replaceChildren(...[].concat(content));
      if (content && content.afterMount) content.afterMount();
      ready(name);
    } catch (e) {
      if (id !== renderId) return;
      view.replaceChildren(errorBox(e));
      ready(name + ':error');
    }
  }

  // ---- Timeline ---------------------------------------------------------------

  let chart = null;

  function drawChart(box, data, onPick) {
    const labels = data.buckets.map((b) => b.period);
    const coop = data.buckets.map((b) => b.cooperation);
    const conflict = data.buckets.map((b) => -b.conflict);
    const gold = data.buckets.map((b) => b.goldstein);
    if (chart) { chart.destroy(); chart = null; }
    if (window.Chart) {
      const canvas = h('canvas', { id: 'timeline-chart', role: 'img',
        'aria-label': 'Cooperation and conflict events per ' + data.by });
      box.append(canvas);
      chart = new window.Chart(canvas, {
        type: 'bar',
        data: {
          labels,
          datasets: [
            { label: 'Cooperation (events)', data: coop, backgroundColor: '#2e7d32', stack: 's', yAxisID: 'y' },
            { label: 'Conflict (events)', data: conflict, backgroundColor: '#c62828', stack: 's', yAxisID: 'y' },
            { type: 'line', label: 'Goldstein (sum)', data: gold, borderColor: '#1f5fa8',
              backgroundColor: '#1f5fa8', yAxisID: 'y1', tension: 0.25, pointRadius: 2 },
          ],
        },
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          interaction: { mode: 'index', intersect: false },
          scales: {
            x: { stacked: true },
            y: { stacked: true, title: { display: true, text: 'events (conflict below 0)' },
                 ticks: { callback: (v) => Math.abs(v) } },
            y1: { position: 'right', grid: { drawOnChartArea: false },
                  title: { display: true, text: 'Goldstein sum' } },
          },
          plugins: {
            tooltip: { callbacks: { label: (c) => c.dataset.label + ': ' + fmt(Math.abs(c.raw)) } },
          },
          onClick: (ev, elements) => {
            if (elements.length) onPick(data.buckets[elements[0].index]);
          },
        },
      });
      return;
    }
    // SVG fallback when chart.js could not be built in.
    const W = 900, H = 300, pad = 30;
    const max = Math.max(1, ...coop, ...conflict.map(Math.abs));
    const bw = (W - 2 * pad) / Math.max(1, labels.length);
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
    svg.setAttribute('class', 'fallback-chart');
    svg.setAttribute('id', 'timeline-chart');
    svg.setAttribute('role', 'img');
    const mid = H / 2;
    data.buckets.forEach((b, i) => {
      for (const [v, cls] of [[b.cooperation, 'coop'], [b.conflict, 'conflict']]) {
        const r = document.createElementNS(svg.namespaceURI, 'rect');
        const hgt = (v / max) * (mid - pad);
        r.setAttribute('x', pad + i * bw + 1);
        r.setAttribute('width', Math.max(1, bw - 2));
        r.setAttribute('y', cls === 'coop' ? mid - hgt : mid);
        r.setAttribute('height', hgt);
        r.setAttribute('class', cls);
        r.addEventListener('click', () => onPick(b));
        const t = document.createElementNS(svg.namespaceURI, 'title');
        t.textContent = `${b.period}: ${b.cooperation} cooperation, ${b.conflict} conflict`;
        r.append(t);
        svg.append(r);
      }
    });
    box.append(svg);
  }

  async function countryOptions() {
    try {
      const r = await api('entities', { type: 'COUNTRY', limit: 200 });
      return h('datalist', { id: 'actor-options' },
        r.items.map((e) => h('option', { value: e.actor || e.key }, e.name)));
    } catch (e) {
      return h('datalist', { id: 'actor-options' });
    }
  }

  views.timeline = async (p) => {
    const a = p.a || 'RUS', b = p.b || 'USA', by = p.by || 'week';
    const form = h('form', { class: 'bar', onsubmit: (ev) => {
      ev.preventDefault();
      const f = new FormData(form);
      setHash('timeline', Object.fromEntries(f));
    } },
    field('Actor A', h('input', { name: 'a', value: a, list: 'actor-options', required: true, size: 14 })),
    field('Actor B', h('input', { name: 'b', value: b, list: 'actor-options', required: true, size: 14 })),
    field('Per', h('select', { name: 'by' },
      h('option', { value: 'day', selected: by === 'day' }, 'day'),
      h('option', { value: 'week', selected: by === 'week' }, 'week'))),
    field('From', h('input', { type: 'date', name: 'from', value: p.from || '' })),
    field('To', h('input', { type: 'date', name: 'to', value: p.to || '' })),
    h('button', { type: 'submit' }, 'Show'),
    h('button', { type: 'button', class: 'secondary', onclick: () => {
      showWatchForm(section, { kind: 'pair', a, b });
    } }, 'Watch this pair'));
    const [data, options] = await Promise.all([
      api('timeline', { a, b, by, from: p.from, to: p.to }), countryOptions()]);
    const names = {};
    for (const o of options.querySelectorAll('option')) names[o.value] = o.textContent;
    const nameA = names[a] || a, nameB = names[b] || b;
    const coop = data.buckets.reduce((s, x) => s + x.cooperation, 0);
    const conf = data.buckets.reduce((s, x) => s + x.conflict, 0);
    const box = h('div', { class: 'chart-box', 'data-testid': 'timeline-chart-box' });
    const events = h('div', { id: 'timeline-events' });
    const section = h('div', {});
    const loadEvents = async (from, to, label) => {
      events.replaceChildren(h('p', { class: 'muted' }, 'Loading events…'));
      try {
        const r = await api('events', { source: a, target: b, either: 'true', from, to, limit: 50 });
        events.replaceChildren(h('h2', {}, 'Events ' + label), eventsTable(r.items));
      } catch (e) { events.replaceChildren(errorBox(e)); }
    };
    const result = [
      h('h1', {}, 'Cooperation and conflict: ', nameA, ' – ', nameB),
      form, options, section,
      h('p', { class: 'summary', 'data-testid': 'timeline-summary' },
        `${fmt(data.total_events)} events between ${nameA} and ${nameB}: `,
        h('span', { class: 'coop' }, `${fmt(coop)} cooperation`), ', ',
        h('span', { class: 'conflict' }, `${fmt(conf)} conflict`),
        data.total_events ? '. Click a bar for its events.' : '. Try other actors or dates.'),
      box, events,
    ];
    result.afterMount = () => {
      drawChart(box, data, (bucket) => {
        const start = bucket.start;
        let end = start;
        if (data.by === 'week') {
          const d = new Date(start + 'T00:00:00Z');
          d.setUTCDate(d.getUTCDate() + 6);
          end = d.toISOString().slice(0, 10);
        }
        loadEvents(start, end, 'in ' + bucket.period);
      });
      loadEvents(p.from, p.to, '(latest)');
    };
    return result;
  };

  function eventsTable(items) {
    if (!items.length) return h('p', { class: 'muted' }, 'No events.');
    return h('table', { 'data-testid': 'events-table' },
      h('thead', {}, h('tr', {}, ['Date', 'Source', 'Event', 'Target', 'Goldstein', 'Reports', 'Article']
        .map((t, i) => h('th', { class: i >= 4 && i <= 5 ? 'num' : null }, t)))),
      h('tbody', {}, items.map((e) => h('tr', {},
        h('td', {}, date10(e.date)),
        h('td', {}, actorLink(e.source)),
        h('td', { class: e.quad >= 3 ? 'conflict' : 'coop' },
          e.code + ' ' + (CAMEO_ROOTS[e.root] || ''), e.cue ? h('span', { class: 'muted' }, ' “' + e.cue + '”') : null),
        h('td', {}, actorLink(e.target)),
        h('td', { class: 'num' }, fmt(e.goldstein)),
        h('td', { class: 'num' }, e.mentions),
        h('td', {}, articleLink(e.article_id, e.article_title))))));
  }

  // ---- Quotes -------------------------------------------------------------------

  function quoteCard(q) {
    return h('div', { class: 'card', 'data-testid': 'quote' },
      h('blockquote', {}, q.text),
      h('div', { class: 'meta' },
        q.speaker ? actorLink(q.speaker) : h('span', {}, 'unattributed'),
        q.cue ? ' ' + q.cue : '', ' · ',
        articleLink(q.article_id, q.article_title, { start: q.start, end: q.end }),
        q.published ? ' · ' + date10(q.published) : '',
        q.source ? ' · via ' + q.source : '',
        ' ', h('span', { class: 'pill' }, q.kind)));
  }

  function pagedList(fetchPage, render, container) {
    const more = h('button', { class: 'secondary more', type: 'button' }, 'More');
    let cursor = null;
    const load = async () => {
      more.disabled = true;
      try {
        const r = await fetchPage(cursor);
        for (const item of r.items) container.append(render(item));
        cursor = r.next_cursor;
        more.hidden = !cursor;
        if (!r.items.length && !container.children.length)
          container.append(h('p', { class: 'muted', 'data-testid': 'empty' }, 'Nothing found.'));
      } catch (e) {
        container.append(errorBox(e));
        more.hidden = true;
      }
      more.disabled = false;
    };
    more.addEventListener('click', load);
    return { more, load };
  }

  views.quotes = async (p) => {
    const form = h('form', { class: 'bar', role: 'search', onsubmit: (ev) => {
      ev.preventDefault();
      setHash('quotes', Object.fromEntries(new FormData(form)));
    } },
    field('Words', h('input', { name: 'q', value: p.q || '', type: 'search', size: 28,
      placeholder: 'guarantees, "legal guarantees", guarant*', 'aria-label': 'Search quotes' })),
    field('Speaker', h('input', { name: 'speaker', value: p.speaker || '', size: 20, placeholder: 'name or key' })),
    field('From', h('input', { type: 'date', name: 'from', value: p.from || '' })),
    field('To', h('input', { type: 'date', name: 'to', value: p.to || '' })),
    h('button', { type: 'submit' }, 'Search'),
    h('button', { type: 'button', class: 'secondary', onclick: () => {
      showWatchForm(watchSlot, { kind: p.speaker ? 'speaker' : 'words', speaker: p.speaker, words: p.q });
    } }, 'Watch this search'));
    const list = h('div', { class: 'cards', id: 'quote-results' });
    const watchSlot = h('div', {});
    const pager = pagedList((cursor) => api('quotes', {
      q: p.q, speaker: p.speaker, from: p.from, to: p.to, limit: 25, cursor }), quoteCard, list);
    await pager.load();
    return [h('h1', {}, p.q ? `Quotes with “${p.q}”` : 'Quotes'), form, watchSlot, list, pager.more];
  };

  // ---- Articles ------------------------------------------------------------------

  views.articles = async (p) => {
    const form = h('form', { class: 'bar', role: 'search', onsubmit: (ev) => {
      ev.preventDefault();
      setHash('articles', Object.fromEntries(new FormData(form)));
    } },
    field('Words', h('input', { name: 'q', value: p.q || '', type: 'search', size: 28 })),
    field('From', h('input', { type: 'date', name: 'from', value: p.from || '' })),
    field('To', h('input', { type: 'date', name: 'to', value: p.to || '' })),
    h('button', { type: 'submit' }, 'Search'));
    const body = h('tbody', {});
    const row = (a) => h('tr', {},
      h('td', {}, date10(a.published)), h('td', {}, articleLink(a.id, a.title || a.key)),
      h('td', {}, a.outlet || ''), h('td', { class: 'num' }, a.quotes),
      h('td', { class: 'num' }, a.events), h('td', { class: 'num' }, a.entities));
    const pager = pagedList((cursor) => api('articles', {
      q: p.q, from: p.from, to: p.to, limit: 50, cursor }), row, body);
    await pager.load();
    return [h('h1', {}, 'Articles'), form,
      h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Published'), h('th', {}, 'Title'),
        h('th', {}, 'Outlet'), h('th', { class: 'num' }, 'Quotes'), h('th', { class: 'num' }, 'Events'),
        h('th', { class: 'num' }, 'Actors'))), body), pager.more];
  };

  // The annotations of a record, as code point spans with a kind.
  function annotations(rec) {
    const out = [];
    const cps = rec.text ? Array.from(rec.text) : [];
    (rec.entities || []).forEach((e, i) => (e.mentions || []).forEach((m, k) =>
      out.push({ start: m.start, end: m.end, kind: e.type, label: e.name, ref: ['entities', i],
        item: Object.assign({ mention: m }, e, { mentions: undefined }), id: `e${i}-${k}` })));
    (rec.quotes || []).forEach((q, i) =>
      out.push({ start: q.start, end: q.end, kind: 'quote', label: 'Quote', ref: ['quotes', i], item: q, id: `q${i}` }));
    (rec.times || []).forEach((t, i) =>
      out.push({ start: t.start, end: t.end, kind: 'time', label: t.value, ref: ['times', i], item: t, id: `t${i}` }));
    (rec.quantities || []).forEach((t, i) =>
      out.push({ start: t.start, end: t.end, kind: 'quantity', label: t.text, ref: ['quantities', i], item: t, id: `n${i}` }));
    (rec.events || []).forEach((ev, i) => {
      // An event's span is its sentence; highlight its cue inside it.
      let s = ev.start, e = ev.end;
      if (ev.cue && cps.length) {
        const sentence = cps.slice(ev.start, ev.end).join('');
        const at = sentence.indexOf(ev.cue);
        if (at >= 0) {
          s = ev.start + Array.from(sentence.slice(0, at)).length;
          e = s + Array.from(ev.cue).length;
        }
      }
      out.push({ start: s, end: e, kind: 'event', label: ev.code, ref: ['events', i], item: ev, id: `v${i}` });
    });
    return out.filter((a) => a.end > a.start && a.start >= 0 && a.end <= cps.length);
  }

  function highlightedText(text, anns, onPick) {
    const cps = Array.from(text);
    const cuts = new Set([0, cps.length]);
    for (const a of anns) { cuts.add(a.start); cuts.add(a.end); }
    const points = [...cuts].sort((x, y) => x - y);
    const box = h('div', { class: 'article-text', 'data-testid': 'article-text' });
    for (let i = 0; i + 1 < points.length; i++) {
      const s = points[i], e = points[i + 1];
      const piece = cps.slice(s, e).join('');
      const covering = anns.filter((a) => a.start <= s && a.end >= e);
      if (!covering.length) { box.append(piece); continue; }
      const span = h('span', { class: 'hl ' + covering.map((a) => 'k-' + a.kind).join(' '),
        title: covering.map((a) => a.kind + ': ' + a.label).join('\n') }, piece);
      span.dataset.ann = covering.map((a) => a.id).join(' ');
      span.dataset.start = s;
      span.dataset.end = e;
      // The innermost annotation answers a click.
      const inner = covering.slice().sort((x, y) => (x.end - x.start) - (y.end - y.start))[0];
      span.addEventListener('click', () => onPick(inner));
      box.append(span);
    }
    return box;
  }

  views.article = async (p, rest) => {
    const id = rest[0];
    const art = await api('articles/' + encodeURIComponent(id));
    const rec = art.record || {};
    const anns = annotations(rec);
    const panel = h('aside', { class: 'panel', 'data-testid': 'record-panel' },
      h('p', { class: 'muted' }, 'Click a highlight to see its record.'));
    const pick = (a) => {
      for (const el of view.querySelectorAll('.hl.selected')) el.classList.remove('selected');
      for (const el of view.querySelectorAll('.hl')) {
        if (el.dataset.ann.split(' ').includes(a.id)) el.classList.add('selected');
      }
      const links = [];
      if (a.item.key) links.push(h('a', { href: '#/actor/' + encodeURIComponent(a.item.key) }, 'Actor page: ' + a.item.name));
      if (a.kind === 'quote' && a.item.speaker) {
        const sp = (rec.entities || []).find((e) => e.id === a.item.speaker);
        if (sp) links.push(h('a', { href: '#/actor/' + encodeURIComponent(sp.key) }, 'Speaker: ' + sp.name));
      }
      if (a.kind === 'event') {
        for (const role of ['source', 'target']) {
          const r = a.item[role];
          if (!r) continue;
          const ent = (rec.entities || []).find((e) => e.id === r.entity);
          const key = ent ? ent.key : r.actor;
          if (key) links.push(h('a', { href: '#/actor/' + encodeURIComponent(key) }, role + ': ' + (r.name || r.actor)));
        }
      }
      panel.replaceChildren(
        h('h2', {}, a.kind === 'event' ? `Event ${a.item.code} ${CAMEO_ROOTS[a.item.root] || ''}` :
          a.kind === 'quote' ? 'Quote' : a.label),
        h('p', { class: 'muted' }, `record.${a.ref[0]}[${a.ref[1]}]`),
        ...links.map((l) => h('p', {}, l)),
        h('pre', { 'data-testid': 'record-json' }, JSON.stringify(a.item, null, 2)));
    };
    const legendItems = [
      ['entities', 'Actors', 'var(--person)'], ['quotes', 'Quotes', 'var(--quote)'],
      ['times', 'Times', 'var(--time)'], ['quantities', 'Quantities', 'var(--quantity)'],
      ['events', 'Events (cue underlined)', 'var(--event)']];
    const textBox = rec.text ? highlightedText(rec.text, anns, pick)
      : h('p', { class: 'muted article-text' }, 'This article was stored without its text (--no-text); its annotations are listed below.');
    const legend = h('div', { class: 'legend' }, legendItems.map(([k, label, colour]) => {
      const box = h('input', { type: 'checkbox', checked: true, onchange: (ev) =>
        textBox.classList.toggle('hide-' + k, !ev.target.checked) });
      const count = k === 'entities' ? (rec.entities || []).length : (rec[k] || []).length;
      return h('label', {}, box, h('span', { class: 'swatch', style: 'background:' + colour }), `${label} (${count})`);
    }));
    const s = art;
    const meta = [s.outlet, date10(s.published), s.url ? h('a', { href: s.url, rel: 'noopener noreferrer' }, 'source') : null]
      .filter(Boolean);
    const quoteList = h('div', { class: 'cards' }, (rec.quotes || []).map((q, i) =>
      h('div', { class: 'card' }, h('blockquote', {}, q.text),
        h('div', { class: 'meta' }, q.speaker_name || 'unattributed', q.cue ? ' ' + q.cue : '', ' · ',
          h('a', { href: '#', onclick: (ev) => {
            ev.preventDefault();
            const a = anns.find((x) => x.id === 'q' + i);
            if (a) { pick(a); scrollToSpan(a.start); }
          } }, 'show in text')))));
    const layout = h('div', { class: 'article-layout' },
      h('div', {}, legend, textBox,
        (rec.quotes || []).length ? h('h2', {}, 'Quotes') : null, quoteList,
        (rec.events || []).length ? h('h2', {}, 'Events') : null,
        (rec.events || []).length ? h('table', {}, h('tbody', {}, rec.events.map((e, i) => h('tr', {},
          h('td', {}, date10(e.date)), h('td', {}, actorName(e.source)),
          h('td', { class: e.quad >= 3 ? 'conflict' : 'coop' }, e.code + ' ' + (CAMEO_ROOTS[e.root] || '')),
          h('td', {}, actorName(e.target)), h('td', { class: 'muted' }, 'group ' + e.group))))) : null),
      panel);
    function scrollToSpan(start) {
      const el = [...textBox.querySelectorAll('.hl')].find((x) => Number(x.dataset.start) >= start);
      if (el) {
        el.scrollIntoView({ block: 'center' });
        el.classList.add('flash');
      }
    }
    const result = [
      h('h1', { 'data-testid': 'article-title' }, s.title || s.key),
      h('p', { class: 'muted' }, meta.concat([`engine ${s.engine.name} ${s.engine.version} (${s.engine.lexicon})`])
        .flatMap((m, i) => (i ? [' · ', m] : [m]))),
      layout];
    result.afterMount = () => {
      if (p.start !== undefined) {
        const a = anns.find((x) => x.kind === 'quote' && String(x.start) === p.start && String(x.end) === p.end);
        if (a) pick(a);
        scrollToSpan(Number(p.start));
      }
    };
    return result;
  };

  // ---- Actors ----------------------------------------------------------------------

  views.actors = async (p) => {
    const form = h('form', { class: 'bar', role: 'search', onsubmit: (ev) => {
      ev.preventDefault();
      setHash('actors', Object.fromEntries(new FormData(form)));
    } },
    field('Name', h('input', { name: 'q', value: p.q || '', type: 'search', size: 24 })),
    field('Type', h('select', { name: 'type' }, ['', 'PERSON', 'ORGANIZATION', 'COUNTRY', 'PLACE', 'GROUP']
      .map((t) => h('option', { value: t, selected: (p.type || '') === t }, t || 'any')))),
    h('button', { type: 'submit' }, 'Search'));
    const body = h('tbody', {});
    const row = (e) => h('tr', {},
      h('td', {}, h('a', { href: '#/actor/' + encodeURIComponent(e.key) }, e.name)),
      h('td', {}, h('span', { class: 'pill' }, e.type)), h('td', {}, e.actor || ''),
      h('td', { class: 'num' }, fmt(e.mentions)), h('td', { class: 'num' }, fmt(e.articles)),
      h('td', { class: 'num' }, fmt(e.quotes)));
    const pager = pagedList((cursor) => api('entities', { q: p.q, type: p.type, limit: 50, cursor }), row, body);
    await pager.load();
    return [h('h1', {}, 'Actors'), form, h('table', {},
      h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Type'), h('th', {}, 'CAMEO'),
        h('th', { class: 'num' }, 'Mentions'), h('th', { class: 'num' }, 'Articles'),
        h('th', { class: 'num' }, 'Quotes'))), body), pager.more];
  };

  views.actor = async (p, rest) => {
    const key = rest[0];
    const r = await api('entities/' + encodeURIComponent(key));
    const e = r.entity;
    const me = e.actor || e.key;
    const watchSlot = h('div', {});
    const parts = r.counterparts.map((c) => {
      const other = c.actor.key || c.actor.actor;
      const total = Math.max(1, c.cooperation + c.conflict);
      return h('tr', {},
        h('td', {}, actorLink(c.actor)),
        h('td', { class: 'num' }, c.events),
        h('td', {}, h('div', { class: 'bars', title: `${c.cooperation} cooperation, ${c.conflict} conflict` },
          h('span', { class: 'c', style: `width:${(100 * c.cooperation) / total}%` }),
          h('span', { class: 'x', style: `width:${(100 * c.conflict) / total}%` }))),
        h('td', { class: 'num' }, fmt(c.goldstein)),
        h('td', {}, other ? h('a', { href: '#/timeline?' + new URLSearchParams({ a: e.key, b: other }) }, 'timeline') : ''));
    });
    const codes = (list) => list.length ? h('table', {}, h('tbody', {}, list.map((c) => h('tr', {},
      h('td', {}, c.code), h('td', {}, CAMEO_ROOTS[c.code.slice(0, 2)] || ''), h('td', { class: 'num' }, c.count)))))
      : h('p', { class: 'muted' }, 'None.');
    return [
      h('h1', { 'data-testid': 'actor-name' }, e.name, ' ', h('span', { class: 'pill' }, e.type)),
      h('p', { class: 'muted' }, [e.actor && 'CAMEO ' + e.actor, e.country && 'country ' + e.country, 'key ' + e.key,
        `${fmt(e.mentions)} mentions in ${fmt(e.articles)} articles`, `${fmt(e.quotes)} quotes`]
        .filter(Boolean).join(' · ')),
      h('p', {}, h('a', { href: '#/quotes?' + new URLSearchParams({ speaker: e.key }) }, 'All quotes'), ' · ',
        h('a', { href: '#/timeline?' + new URLSearchParams({ a: me, b: 'USA' === me ? 'RUS' : 'USA' }) }, 'Timeline'), ' · ',
        h('a', { href: '#', onclick: (ev) => { ev.preventDefault(); showWatchForm(watchSlot, { kind: 'speaker', speaker: e.key }); } },
          'Watch quotes by ' + e.name)),
      watchSlot,
      h('div', { class: 'grid2' },
        h('div', {}, h('h2', {}, 'Who they deal with'), parts.length ? h('table', {},
          h('thead', {}, h('tr', {}, h('th', {}, 'Actor'), h('th', { class: 'num' }, 'Events'),
            h('th', {}, 'Coop. / conflict'), h('th', { class: 'num' }, 'Goldstein'), h('th', {}, ''))),
          h('tbody', {}, parts)) : h('p', { class: 'muted' }, 'No events.')),
        h('div', {}, h('h2', {}, 'What they do'), codes(r.acts),
          h('h2', {}, 'What is done to them'), codes(r.received))),
      h('h2', {}, 'What they said'),
      r.recent_quotes.length ? h('div', { class: 'cards' }, r.recent_quotes.map(quoteCard)) : h('p', { class: 'muted' }, 'No quotes.'),
      h('h2', {}, 'Recent articles'),
      h('ul', {}, r.recent_articles.map((a) => h('li', {}, date10(a.published), ' ', articleLink(a.id, a.title || a.key)))),
    ];
  };

  // ---- Analyse -----------------------------------------------------------------------

  views.analyse = async () => {
    const status = h('div', {});
    const form = h('form', { class: 'stack', onsubmit: async (ev) => {
      ev.preventDefault();
      const f = Object.fromEntries(new FormData(form));
      const body = {};
      for (const k of ['title', 'published', 'url', 'outlet']) if (f[k]) body[k] = f[k];
      body.text = f.text;
      const button = form.querySelector('button');
      button.disabled = true;
      status.replaceChildren(h('p', { class: 'muted' }, 'Analysing…'));
      try {
        const r = await api('articles', {}, { method: 'POST', body: JSON.stringify(body) });
        location.hash = '#/article/' + r.article.id;
      } catch (e) {
        status.replaceChildren(errorBox(e));
      }
      button.disabled = false;
    } },
    field('Article text', h('textarea', { name: 'text', required: true, 'aria-label': 'Article text',
      placeholder: 'Paste the text of a news article…' })),
    h('div', { class: 'bar', style: 'border:0;padding:0;background:none' },
      field('Title', h('input', { name: 'title', size: 40 })),
      field('Published', h('input', { name: 'published', type: 'date' })),
      field('URL', h('input', { name: 'url', type: 'url', size: 30 }))),
    h('div', {}, h('button', { type: 'submit' }, 'Analyse and store')));
    return [h('h1', {}, 'Analyse an article'),
      h('p', { class: 'muted' }, 'The article is analysed by this server and stored in its database; you then see it with its highlights.'),
      token() ? null : tokenForm(() => route()), form, status];
  };

  // ---- Watchlists ------------------------------------------------------------------------

  // A form to create a watch, with the consent checkbox.
  function showWatchForm(slot, preset) {
    const kind = preset.kind || 'words';
    const result = h('div', {});
    const consent = h('input', { type: 'checkbox', name: 'consent', required: true });
    const form = h('form', { class: 'stack card', 'data-testid': 'watch-form', onsubmit: async (ev) => {
      ev.preventDefault();
      const f = Object.fromEntries(new FormData(form));
      const body = { kind: f.kind, name: f.name || undefined, consent: consent.checked };
      if (f.kind === 'speaker') { body.speaker = f.speaker; if (f.words) body.words = f.words; }
      if (f.kind === 'pair') { body.a = f.a; body.b = f.b; }
      if (f.kind === 'words') body.words = f.words;
      if (f.webhook) body.webhook = f.webhook;
      try {
        const w = await api('watches', {}, { method: 'POST', body: JSON.stringify(body) });
        result.replaceChildren(h('p', { class: 'ok', 'data-testid': 'watch-created' }, `Watching “${w.name}”. `,
          h('a', { href: w.feed }, 'Atom feed'), ' · ', h('a', { href: w.unsubscribe }, 'unsubscribe link'),
          ' (keep it: it stops the feed and the webhook).'));
        form.remove();
      } catch (e) { result.replaceChildren(errorBox(e)); }
    } },
    h('h2', {}, 'New watchlist'),
    field('Watch', h('select', { name: 'kind' },
      h('option', { value: 'speaker', selected: kind === 'speaker' }, 'quotes by a speaker'),
      h('option', { value: 'pair', selected: kind === 'pair' }, 'events between two actors'),
      h('option', { value: 'words', selected: kind === 'words' }, 'quotes with words'))),
    h('div', { class: 'bar', style: 'border:0;padding:0;background:none' },
      field('Speaker', h('input', { name: 'speaker', value: preset.speaker || '' })),
      field('Actor A', h('input', { name: 'a', value: preset.a || '', size: 10 })),
      field('Actor B', h('input', { name: 'b', value: preset.b || '', size: 10 })),
      field('Words', h('input', { name: 'words', value: preset.words || '' }))),
    field('Name (optional)', h('input', { name: 'name' })),
    field('Webhook to call on new matches (optional)', h('input', { name: 'webhook', type: 'url', placeholder: 'https://…' })),
    h('label', { class: 'check' }, consent,
      'I agree that newsmill keeps this watchlist, publishes its matches in an Atom feed and, if I gave a webhook, sends every new match to it, until I unsubscribe.'),
    h('div', {}, h('button', { type: 'submit' }, 'Create watchlist'), ' ',
      h('button', { type: 'button', class: 'secondary', onclick: () => slot.replaceChildren() }, 'Cancel')));
    slot.replaceChildren(token() ? null : tokenForm(() => showWatchForm(slot, preset)), form, result);
  }

  views.watches = async () => {
    const slot = h('div', {});
    const list = h('div', { class: 'cards' });
    let items = [];
    if (token()) {
      try { items = (await api('watches')).items; } catch (e) { list.append(errorBox(e)); }
    } else {
      list.append(tokenForm(() => route()));
    }
    for (const w of items) {
      list.append(h('div', { class: 'card' }, h('strong', {}, w.name), ' ', h('span', { class: 'pill' }, w.kind),
        h('div', { class: 'meta' }, h('a', { href: w.feed }, 'Atom feed'), ' · ',
          h('a', { href: w.unsubscribe }, 'unsubscribe'), w.webhook ? ' · webhook ' + w.webhook : '',
          ' · since ' + date10(w.created_at))));
    }
    if (token() && !items.length) list.append(h('p', { class: 'muted' }, 'No watchlists yet.'));
    return [h('h1', {}, 'Watchlists'),
      h('p', {}, h('button', { type: 'button', onclick: () => showWatchForm(slot, { kind: 'speaker' }) }, 'New watchlist')),
      slot, list];
  };

  // ---- Start -------------------------------------------------------------------------------

  async function loadStats() {
    try {
      const r = await api('stats');
      const s = r.stats;
      document.getElementById('stats').textContent =
        `${fmt(s.articles)} articles · ${fmt(s.quotes)} quotes · ${fmt(s.events)} events · ${fmt(s.entities)} actors`;
    } catch (e) { /* the views report errors */ }
  }

  // "#token=..." (printed by `newsmill serve`) is kept in this browser only.
  const m = location.hash.match(/token=([^&]+)/);
  if (m) {
    localStorage.setItem(TOKEN_KEY, decodeURIComponent(m[1]));
    history.replaceState(null, '', location.pathname + '#/timeline');
  }
  window.addEventListener('hashchange', route);
  loadStats();
  route();
})();
