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
// lang: 'ar' (default) or 'en', the language of the card and panel (i18n.js);
// worker: true (default), false, or the URL of worker.js; onProgress(phase, fraction): 'read',
// 'annotate' (fraction may be undefined), while the work goes on. An annotate that already runs off
// the page's thread (the extension's, in its service worker) says so with annotate.offMainThread =
// true and is always called as is.
//
// Long articles never hold the main thread for long: the text is read in slices of a few ms; texts
// of WORKER_FROM (30,000) UTF-16 code units or more are annotated in a module Web Worker (worker.js,
// which loads ../pkg/hashiya.js itself; if no worker can start, on this thread a chunk of lines at a
// time, with one console warning); past 3,000 highlights only those near the viewport are registered
// (highlight.js says why); work that lasts over 300 ms shows a status line ("hashiya-progress").
//
// Limits and errors, documented and checked before anything is touched (the page stays as it was):
//   annotateText(text, { annotate }) / mount: text not a string → TypeError; longer than MAX_TEXT
//   (20,000,000 UTF-16 code units; the core's wasm memory grows by ~40 bytes per code unit, so
//   ~800 MB at the limit, in the worker, which is let go after 30 s idle)
//   → RangeError. mount(container): container not an element in the page (null, detached) → TypeError.
//   An article the page changes while it is being annotated is annotated as it was read; highlights
//   are drawn only over text nodes that did not change, and the console says so once.
import { extractText, extractTextAsync, yieldToMain } from './dom-text.js';
import { createHighlights, highlightsSupported } from './highlight.js';
import { workerAnnotator, annotateInChunks } from './annotate-worker.js';
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

export const MAX_TEXT = 20_000_000;
export const WORKER_FROM = 30_000;

/** Throws the documented errors for text the core must not get; returns the text. */
export function checkText(text) {
  if (typeof text !== 'string') throw new TypeError(`hashiya: the text to annotate must be a string, not ${text === null ? 'null' : typeof text}`);
  if (text.length > MAX_TEXT) throw new RangeError(`hashiya: the text is ${text.length} UTF-16 code units long; the limit is ${MAX_TEXT}`);
  return text;
}

const warned = new Set();
const warnOnce = (key, message) => { if (!warned.has(key)) { warned.add(key); console.warn(message); } };
let pageWorker = null; // one worker per page, started on the first long text

/** Annotates text with the core's annotate (short texts), a worker, or in chunks (see the top comment). */
export async function annotateText(text, { annotate, worker = true, onProgress } = {}) {
  checkText(text);
  if (typeof annotate !== 'function') throw new TypeError('hashiya: annotate(text) is not a function');
  if (text.length < WORKER_FROM || annotate.offMainThread) return annotate(text);
  if (worker && typeof Worker === 'function') {
    try {
      pageWorker ??= workerAnnotator(worker === true ? undefined : worker);
      // Posting copies the text (5 million characters: ~15-30 ms): not in the task that made it.
      if (text.length > 1_000_000) await yieldToMain();
      return await pageWorker(text);
    } catch (err) {
      pageWorker = null;
      warnOnce('worker', `hashiya: no annotation worker (${err.message}); annotating on the page, a chunk at a time.`);
    }
  }
  return annotateInChunks(annotate, text, { checksum, onProgress: (f) => onProgress?.('annotate', f) });
}

export async function mount(container, { annotate, document: given, panel: panelHost, cardHost, prefix = 'hashiya', quoteCards = true, lang = 'ar', worker = true, onProgress } = {}) {
  const t = labels(lang);
  if (container?.nodeType !== 1 || !container.isConnected) throw new TypeError(`hashiya.mount: the container must be an element in the page (got ${container?.nodeType === 1 ? 'a detached element' : String(container)})`);
  if (!given && typeof annotate !== 'function') throw new TypeError('hashiya.mount: pass annotate(text) or a precomputed document');
  if (!highlightsSupported()) throw new Error('هذا المتصفح لا يدعم واجهة الإبراز (CSS Custom Highlight API).');
  const t0 = performance.now();
  const status = progressLine(panelHost, lang, onProgress);
  // The page may rewrite the article while we read and annotate it: noted, warned about once below.
  let changed = false;
  const changes = new MutationObserver(() => { changed = true; });
  changes.observe(container, { childList: true, characterData: true, subtree: true });
  let extracted, doc;
  try {
    extracted = await extractTextAsync(container, { onProgress: () => status.report('read') });
    const read = measure('read article', t0);
    if (!given) status.report('annotate');
    doc = given ?? await annotateText(extracted.text, { annotate, worker, onProgress: status.report });
    if (!given) measure('annotate', read);
  } finally {
    if (changes.takeRecords().length || changed) warnOnce('changed', 'hashiya: the article changed while it was being annotated; highlights are drawn only where its text did not change.');
    changes.disconnect();
    status.done();
  }
  const text = extracted.text;
  const breathe = pacer();
  await breathe();
  // (The checksum is for documents from elsewhere; one the core just made from this text matches it.)
  if (!doc || doc.text_length !== text.length || (given && doc.text_checksum && doc.text_checksum !== checksum(text))) {
    throw new Error('التعليقات لا تطابق نص المقال (اختلف الطول أو المجموع الاختباري).');
  }

  // Ranges are made when first needed (a long article can have 100,000 mentions), then kept.
  // Hit-test targets: mentions before quotes, so the innermost wins.
  const made = new Map();
  const rangeOf = (s) => {
    const key = s.start * 33554432 + s.end; // 2^25 > MAX_TEXT
    let r = made.get(key);
    if (r === undefined) made.set(key, r = extracted.range(s.start, s.end));
    return r;
  };
  class Target { // a mention (entity, index) or a quote
    constructor(start, end, entity, index, quote) { this.start = start; this.end = end; this.entity = entity; this.index = index; this.quote = quote; }
    get range() { return rangeOf(this); }
  }
  class QuoteItem {
    constructor(quote, i) { this.quote = quote; this.i = i; }
    get range() { return rangeOf(this.quote); }
  }
  const target = ({ start, end, entity, index, quote }) => new Target(start, end, entity, index, quote);
  const entities = new Map(doc.entities.map((e) => [e.id, { entity: e }]));
  const quotes = doc.quotes.map((quote, i) => new QuoteItem(quote, i));
  const targets = [];
  const byKind = { person: [], organization: [], place: [], 'quote-direct': [], 'quote-indirect': [] }; // for paint
  await breathe();
  for (const { entity } of entities.values()) {
    const list = byKind[entity.type] ?? [];
    for (let index = 0; index < entity.mentions.length; index++) {
      const m = entity.mentions[index], t = new Target(m.start, m.end, entity, index);
      targets.push(t);
      list.push(t);
      if ((targets.length & 1023) === 0) await breathe(); // counted over all entities: most have few mentions
    }
  }
  for (const q of quotes) {
    const t = new Target(q.quote.start, q.quote.end, undefined, undefined, q);
    targets.push(t);
    byKind[`quote-${q.quote.kind}`]?.push(t);
    if ((q.i & 1023) === 1023) await breathe();
  }

  const hl = createHighlights(prefix, { resolve: rangeOf, view: () => visibleSpan(container, extracted) });
  hl.set('boilerplate', doc.boilerplate);
  const filters = { person: true, organization: true, place: true, quotes: true, only: null };
  let active = null; // { entity, index } or { quote }
  let opener = null; // element to give focus back to when the card closes
  let returning = false;

  const visible = (t) => t.entity
    ? filters[t.entity.type] && (!filters.only || filters.only.id === t.entity.id)
    : filters.quotes && (!filters.only || filters.only.id === t.quote.quote.speaker);

  function paint() {
    const all = !filters.only;
    for (const kind of ['person', 'organization', 'place']) hl.set(kind, !filters[kind] ? [] : all ? byKind[kind] : byKind[kind].filter(visible));
    for (const kind of ['direct', 'indirect']) hl.set(`quote-${kind}`, !filters.quotes ? [] : all ? byKind[`quote-${kind}`] : byKind[`quote-${kind}`].filter(visible));
    hl.set('active', !active ? [] : active.entity ? active.entity.mentions : [active.quote.quote]);
    panel?.setFilters(filters);
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
    const { entity } = entities.get(id);
    return target({ start: entity.mentions[index].start, end: entity.mentions[index].end, entity, index });
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

  // ---- panel (made after the first paint, below) ----
  let host = null, panel = null;
  const makePanel = () => createPanel(host = panelHost ?? document.body.appendChild(document.createElement('aside')), {
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
  const onDocDown = (ev) => { const path = ev.composedPath(); if (!card.hidden && !path.includes(card) && !path.includes(container) && !path.includes(panel?.root)) close({ restoreFocus: false }); };
  container.addEventListener('pointermove', onMove);
  container.addEventListener('pointerleave', scheduleClose);
  container.addEventListener('click', onClick);
  card.addEventListener('pointerenter', () => clearTimeout(closeTimer));
  card.addEventListener('pointerleave', () => { if (!cardHasFocus()) scheduleClose(); });
  document.addEventListener('keydown', onKey);
  document.addEventListener('pointerdown', onDocDown);

  // Long article: paint after a rendered frame, so reading the layout to find the text on screen
  // (visibleSpan) does not force a layout of the whole page inside our task.
  if (targets.length > 10000) await afterRender();
  paint();
  const ms = measure('mount to highlights', t0) - t0;
  // The side list comes a rendered frame after the highlights: the first frame that shows them does
  // not also lay out the panel (on a cold page, ~40 ms of style and font work).
  await afterRender();
  panel = makePanel();
  panel.setFilters(filters);
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

/** A User Timing measure "hashiya: name" from `start` to now (seen in DevTools' Performance panel
 * and by the benchmark); returns now. A page that broke performance.measure loses only the measure. */
export function measure(name, start) {
  const now = performance.now();
  try { performance.measure(`hashiya: ${name}`, { start, end: now }); } catch { /* timing is optional */ }
  return now;
}

/** An async function that yields to the event loop when the work since the last yield passed `budget` ms. */
function pacer(budget = 5) {
  let t = performance.now();
  return async () => { if (performance.now() - t > budget) { await yieldToMain(); t = performance.now(); } };
}

/** Resolves after the next rendered frame (at once, after a yield, in a hidden tab, which renders none). */
const afterRender = () => document.visibilityState === 'visible'
  ? new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))) : yieldToMain();

/** The status line for long work: appears after 300 ms, in the panel's host, and goes when done. */
function progressLine(host, lang, onProgress) {
  const words = lang === 'en' ? { read: 'hashiya: reading the article…', annotate: 'hashiya: annotating…' }
    : { read: 'حاشية: قراءة المقال…', annotate: 'حاشية: تحليل النص…' };
  let line = null, now = '', over = false, due = false;
  const show = () => {
    if (over || !now || !host?.isConnected) return;
    line ??= host.appendChild(Object.assign(document.createElement('p'), { className: 'hashiya-progress' }));
    line.setAttribute('role', 'status');
    line.textContent = now;
  };
  const timer = setTimeout(() => { due = true; show(); }, 300);
  return {
    report(phase, fraction) {
      onProgress?.(phase, fraction);
      now = words[phase] + (fraction >= 0 ? ` ${Math.round(fraction * 100)}%` : '');
      if (due) show();
    },
    done() { over = true; clearTimeout(timer); line?.remove(); },
  };
}

/** [start, end) of the article's text on screen (probed at the caret, else estimated), or null. */
function visibleSpan(container, extracted) {
  const box = container.getBoundingClientRect(), n = extracted.text.length;
  const top = Math.max(box.top, 0), bottom = Math.min(box.bottom, innerHeight);
  if (bottom <= top || box.right < 0 || box.left > innerWidth) return null;
  const x = (Math.max(box.left, 0) + Math.min(box.right, innerWidth)) / 2;
  const at = (y) => {
    const p = caretAt(x, y);
    const off = p && container.contains(p.node) ? extracted.offsetAt(p.node, p.offset) : -1;
    return off >= 0 ? off : Math.round(n * (y - box.top) / Math.max(box.height, 1));
  };
  const a = at(top + 2), b = at(bottom - 2);
  return [Math.max(0, Math.min(a, b)), Math.min(n, Math.max(a, b) + 1)];
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
