// hashiya shell: highlights the actors, places and quotes of an article already on the page, with
// hover cards, filters and a keyboard-usable entity list. No framework; the article's DOM and text
// are never modified (CSS Custom Highlight API).
//
//   import init, { annotate } from './pkg/hashiya.js';
//   import { mount } from './shell/index.js';
//   await init();
//   const annotator = await mount(articleElement, { annotate, panel: asideElement });
//   annotator.doc;            // the document (entities, quotes, boilerplate; UTF-16 offsets into annotator.text)
//   annotator.focusEntity('e1');
//   annotator.clear();        // removes highlights, card, panel and listeners
//
// Options: annotate(text) → document (may be async), or document: a precomputed one (checked against
// the text by length and checksum); panel: element for the side panel (default: a new one at the end
// of <body>); cardHost: where the card element goes (default <body>; a shadow root works too);
// prefix: highlight names; quoteCards: false = quotes stay highlighted but open no card;
// lang: 'ar' (default) or 'en', the language of the card and panel (i18n.js).
import { extractText } from './dom-text.js';
import { createHighlights, highlightsSupported } from './highlight.js';
import { createCard, placeCard, renderEntity, renderQuote } from './card.js';
import { createPanel } from './panel.js';
import { labels } from './i18n.js';

export { extractText };

/** FNV-1a over UTF-16 code units, the same as the core's `text_checksum`. */
export function checksum(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

export async function mount(container, { annotate, document: given, panel: panelHost, cardHost, prefix = 'hashiya', quoteCards = true, lang = 'ar' } = {}) {
  const t = labels(lang);
  if (!highlightsSupported()) throw new Error('هذا المتصفح لا يدعم واجهة الإبراز (CSS Custom Highlight API).');
  const t0 = performance.now();
  const extracted = extractText(container);
  const text = extracted.text;
  const doc = given ?? await annotate(text);
  if (!doc || doc.text_length !== text.length || (doc.text_checksum && doc.text_checksum !== checksum(text))) {
    throw new Error('التعليقات لا تطابق نص المقال (اختلف الطول أو المجموع الاختباري).');
  }

  // Ranges, once. Hit-test targets: mentions before quotes, so the innermost wins.
  const entities = new Map(doc.entities.map((e) => [e.id, { entity: e, ranges: e.mentions.map((m) => extracted.range(m.start, m.end)) }]));
  const quotes = doc.quotes.map((quote, i) => ({ quote, i, range: extracted.range(quote.start, quote.end) }));
  const targets = [];
  for (const { entity, ranges } of entities.values()) entity.mentions.forEach((m, index) => targets.push({ ...m, entity, index, range: ranges[index] }));
  for (const q of quotes) targets.push({ start: q.quote.start, end: q.quote.end, quote: q, range: q.range });

  const hl = createHighlights(prefix);
  hl.set('boilerplate', doc.boilerplate.map((b) => extracted.range(b.start, b.end)));
  const filters = { person: true, organization: true, place: true, quotes: true, only: null };
  let active = null; // { entity, index } or { quote }
  let opener = null; // element to give focus back to when the card closes
  let returning = false;

  const visible = (t) => t.entity
    ? filters[t.entity.type] && (!filters.only || filters.only.id === t.entity.id)
    : filters.quotes && (!filters.only || filters.only.id === t.quote.quote.speaker);

  function paint() {
    for (const kind of ['person', 'organization', 'place']) hl.set(kind, targets.filter((t) => t.entity?.type === kind && visible(t)).map((t) => t.range));
    for (const kind of ['direct', 'indirect']) hl.set(`quote-${kind}`, targets.filter((t) => t.quote?.quote.kind === kind && visible(t)).map((t) => t.range));
    hl.set('active', !active ? [] : active.entity ? entities.get(active.entity.id).ranges : [active.quote.range]);
    panel.setFilters(filters);
  }

  // ---- card ----
  const card = createCard(onCardAction, t);
  (cardHost ?? document.body).append(card);
  // Focus inside a shadow root shows up as the host in document.activeElement: ask the card's own root.
  const cardHasFocus = () => card.contains(card.getRootNode().activeElement);
  let shown = null; // target currently in the card

  function show(target, anchor) {
    shown = target;
    if (target.entity) {
      const saidBy = quotes.filter((q) => q.quote.speaker === target.entity.id);
      renderEntity(card, { entity: target.entity, index: target.index, quotes: saidBy, text, t });
    } else {
      const q = target.quote;
      renderQuote(card, { quote: q.quote, i: q.i, speaker: q.quote.speaker ? entities.get(q.quote.speaker)?.entity : null, text, t });
    }
    placeCard(card, anchor ?? firstRect(target.range));
  }
  function close({ restoreFocus = true } = {}) {
    if (card.hidden) return;
    const hadFocus = cardHasFocus();
    card.hidden = true;
    shown = null;
    if (hadFocus && restoreFocus && opener?.isConnected) {
      returning = true; // the list item's focus handler must not reopen the card
      opener.focus({ preventScroll: true });
      returning = false;
    }
  }

  const mentionTarget = (id, index) => {
    const { entity, ranges } = entities.get(id);
    return { ...entity.mentions[index], entity, index, range: ranges[index] };
  };
  /** Scrolls to a target, marks it active and opens its card; focusCard moves keyboard focus in. */
  function go(target, { focusCard = false, button } = {}) {
    active = target.entity ? { entity: target.entity, index: target.index } : { quote: target.quote };
    paint();
    scrollToRange(target.range);
    show(target);
    // The card itself takes focus (it is labelled), or the button just pressed, so Tab continues from there.
    if (focusCard) (button && card.querySelector(`[data-action="${button}"]:not(:disabled)`) || card).focus({ preventScroll: true });
  }

  function onCardAction(action, data) {
    if (!shown) return;
    const focusCard = true;
    if (action === 'prev' || action === 'next') {
      const e = shown.entity, n = e.mentions.length;
      go(mentionTarget(e.id, (shown.index + (action === 'next' ? 1 : n - 1)) % n), { focusCard, button: action });
    } else if (action === 'only') {
      setOnly(shown.entity.id);
      card.querySelector('[data-action="only"]')?.focus();
    } else if (action === 'quote') {
      const q = quotes[Number(data.quote)];
      go({ quote: q, range: q.range }, { focusCard });
    } else if (action === 'speaker') {
      const q = quotes[Number(data.quote)].quote;
      const sp = q.speaker && entities.get(q.speaker);
      if (sp) {
        // The mention that names the speaker: the one at speaker_span, else the last one before the quote.
        const ms = sp.entity.mentions;
        let idx = q.speaker_span ? ms.findIndex((m) => m.start < q.speaker_span.end && q.speaker_span.start < m.end) : -1;
        if (idx < 0) idx = Math.max(0, ms.findLastIndex((m) => m.start < q.start));
        go(mentionTarget(q.speaker, idx), { focusCard });
      } else if (q.speaker_span) {
        const r = extracted.range(q.speaker_span.start, q.speaker_span.end);
        if (r) { scrollToRange(r); placeCard(card, firstRect(r)); }
      }
    }
  }

  // ---- panel ----
  const host = panelHost ?? document.body.appendChild(document.createElement('aside'));
  const panel = createPanel(host, {
    entities: doc.entities,
    t,
    onFilter(name, on) { filters[name] = on; if (shown && !visible(shown)) close(); paint(); },
    onOnly: (id) => setOnly(id),
    onReset() { Object.assign(filters, { person: true, organization: true, place: true, quotes: true, only: null }); paint(); },
    onFocusEntity(id, { open, from }) {
      if (returning) return;
      opener = from;
      const t = mentionTarget(id, 0);
      if (open) go(t, { focusCard: true });
      else { scrollToRange(t.range); show(t); }
    },
  });
  function setOnly(id) {
    filters.only = id ? entities.get(id).entity : null;
    if (filters.only) filters[filters.only.type] = true;
    paint();
  }

  // ---- hover: pointer → caret position → text offset → targets whose rects hold the point ----
  let frame = 0, lastEvent = null, closeTimer = 0;
  const onMove = (ev) => {
    lastEvent = ev;
    if (!frame) frame = requestAnimationFrame(() => { frame = 0; hover(lastEvent); });
  };
  function hover(ev) {
    const hit = hitTest(ev.clientX, ev.clientY);
    if (!hit) { if (shown && !cardHasFocus()) scheduleClose(); return; }
    clearTimeout(closeTimer);
    if (cardHasFocus() && !card.hidden) return; // keyboard user is in the card
    if (shown && sameTarget(shown, hit.target)) return;
    show(hit.target, hit.rect);
  }
  function hitTest(x, y) {
    const pos = caretAt(x, y);
    if (!pos || !container.contains(pos.node)) return null;
    const off = extracted.offsetAt(pos.node, pos.offset);
    if (off < 0) return null;
    for (const t of targets) {
      if (!(t.start <= off && off <= t.end) || !t.range || !visible(t) || (t.quote && !quoteCards)) continue;
      for (const rect of t.range.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return { target: t, rect };
      }
    }
    return null;
  }
  const scheduleClose = () => { clearTimeout(closeTimer); closeTimer = setTimeout(() => close({ restoreFocus: false }), 350); };
  const onClick = (ev) => {
    const hit = hitTest(ev.clientX, ev.clientY);
    if (hit) { opener = null; go(hit.target); }
  };
  const onKey = (ev) => { if (ev.key === 'Escape' && !card.hidden) { ev.preventDefault(); close(); } };
  // composedPath: a press inside a shadow root reaches the document retargeted to the host.
  const onDocDown = (ev) => { const path = ev.composedPath(); if (!card.hidden && !path.includes(card) && !path.includes(container) && !path.includes(panel.root)) close({ restoreFocus: false }); };
  container.addEventListener('pointermove', onMove);
  container.addEventListener('pointerleave', scheduleClose);
  container.addEventListener('click', onClick);
  card.addEventListener('pointerenter', () => clearTimeout(closeTimer));
  card.addEventListener('pointerleave', () => { if (!cardHasFocus()) scheduleClose(); });
  document.addEventListener('keydown', onKey);
  document.addEventListener('pointerdown', onDocDown);

  paint();
  const ms = performance.now() - t0;
  const count = (type) => doc.entities.filter((e) => e.type === type).length;
  panel.setStatus(t.status(count('person'), count('organization'), count('place'), doc.quotes.length), `${t.fmt(Math.round(ms))} ms`);

  return {
    doc, text, ms, extracted,
    focusEntity: (id, index = 0) => go(mentionTarget(id, index), { focusCard: false }),
    setFilter(name, on) { if (name === 'only') setOnly(on); else { filters[name] = on; paint(); } },
    get filters() { return { ...filters, only: filters.only?.id ?? null }; },
    clear() {
      clearTimeout(closeTimer);
      cancelAnimationFrame(frame);
      container.removeEventListener('pointermove', onMove);
      container.removeEventListener('pointerleave', scheduleClose);
      container.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDocDown);
      hl.clear();
      card.remove();
      panel.destroy();
      if (!panelHost) host.remove();
    },
  };
}

const sameTarget = (a, b) => a.entity ? a.entity === b.entity && a.index === b.index : a.quote === b.quote;

function caretAt(x, y) {
  if (document.caretPositionFromPoint) {
    const p = document.caretPositionFromPoint(x, y);
    return p && { node: p.offsetNode, offset: p.offset };
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r && { node: r.startContainer, offset: r.startOffset };
}

function firstRect(range) {
  const rects = range?.getClientRects();
  return rects?.length ? rects[0] : (range?.getBoundingClientRect() ?? new DOMRect(innerWidth / 2, innerHeight / 2, 0, 0));
}

/** Brings a range to the middle of its scroll container (or the window) when it is not fully in view. */
function scrollToRange(range) {
  if (!range) return;
  let el = range.startContainer.parentElement;
  for (; el && el !== document.body; el = el.parentElement) {
    const s = getComputedStyle(el);
    if (/(auto|scroll)/.test(s.overflowY) && el.scrollHeight > el.clientHeight) break;
  }
  const r = range.getBoundingClientRect();
  if (el && el !== document.body) {
    const box = el.getBoundingClientRect();
    if (r.top < box.top || r.bottom > box.bottom) el.scrollTop += r.top - box.top - box.height / 2;
  }
  const r2 = range.getBoundingClientRect();
  const vh = document.documentElement.clientHeight;
  if (r2.top < 0 || r2.bottom > vh) window.scrollBy({ top: r2.top - vh / 2, behavior: 'instant' });
}
