// The extension's content script (a module, loaded by content.js). Finds the article body, sends its
// text to the service worker (which runs the wasm core), and mounts the shell on it. The shell's own
// UI — cards and panel — lives in a shadow root, so the page's CSS cannot break it and ours cannot
// leak out; only the ::highlight() rules must be page-level. The page's DOM and text are not changed.
import { mount, extractText, checksum } from './shell/index.js';
import { fmt } from './shell/card.js';
import { findArticles, furnitureIn } from './find-article.js';
import { SHELL_CSS, UI_CSS } from './ui-css.js';

const api = globalThis.browser ?? globalThis.chrome;
const mounts = []; // { el, sum, annotator, box }
let on = false, ui = null, observer = null, timer = 0, firstChange = 0, seq = 0;
let scanning = null, again = false, pageSheet = null, pageStyle = null, lastError = null;

/** Everything the service worker and the popup ask for goes through here; replies are plain data. */
export async function command(cmd) {
  switch (cmd.type) {
    case 'start':
      if (!on) { on = true; showUi(); observe(); }
      await scan();
      break;
    case 'stop': stop(); break;
    case 'filter': for (const m of mounts) m.annotator.setFilter(cmd.name, cmd.on); break;
    case 'only': mounts.forEach((m, k) => m.annotator.setFilter('only', cmd.id?.startsWith(`${k}:`) ? cmd.id.slice(`${k}:`.length) : null)); break;
    case 'reset': for (const m of mounts) { for (const f of ['person', 'organization', 'place', 'quotes']) m.annotator.setFilter(f, true); m.annotator.setFilter('only', null); } break;
    case 'focus': { const [k, id] = cmd.id.split(':'); mounts[Number(k)]?.annotator.focusEntity(id); break; }
    case 'state': break;
    default: throw new Error(`unknown command ${cmd.type}`);
  }
  return state();
}

api.runtime.onMessage.addListener((msg, sender, reply) => {
  if (sender.id !== api.runtime.id || !msg?.cmd) return false;
  command(msg.cmd).then(reply, (e) => reply({ error: String(e?.message ?? e) }));
  return true;
});

function state() {
  const entities = mounts.flatMap((m, k) => m.annotator.doc.entities.map((e) => ({ ...e, id: `${k}:${e.id}` })));
  const f = mounts[0]?.annotator.filters;
  return {
    on, origin: location.origin, articles: mounts.length, waiting: on && !mounts.length, error: lastError,
    entities, quotes: mounts.reduce((n, m) => n + m.annotator.doc.quotes.length, 0),
    filters: f && { ...f, only: f.only ? `0:${f.only}` : mounts.map((m, k) => m.annotator.filters.only && `${k}:${m.annotator.filters.only}`).find(Boolean) ?? null },
  };
}

// ---- finding and annotating articles ----

/** Annotates every article body on the page that is new or whose text changed; nothing twice. */
async function scan() {
  if (scanning) { again = true; return scanning; }
  scanning = (async () => {
    do {
      again = false;
      for (const m of [...mounts]) if (!m.el.isConnected) unmount(m); // replaced by a single-page site
      for (const el of findArticles(document)) {
        const outer = mounts.find((m) => m.el === el || m.el.contains(el));
        const target = outer?.el ?? el;
        const ex = extractText(target);
        const sum = checksum(ex.text);
        if (outer && outer.sum === sum) continue;
        for (const m of mounts.filter((m) => target.contains(m.el))) unmount(m);
        try {
          await annotateArticle(target, ex, sum);
          lastError = null;
        } catch (e) {
          lastError = String(e?.message ?? e);
          console.warn('hashiya:', e);
        }
      }
    } while (again && on);
  })().finally(() => { scanning = null; report(); });
  return scanning;
}

async function annotateArticle(el, ex, sum) {
  const res = await api.runtime.sendMessage({ type: 'annotate', text: ex.text });
  if (!res?.doc) throw new Error(res?.error ?? 'no reply from the service worker');
  if (!on || !el.isConnected) return;
  // Boxes inside the article ("read also", share bars) keep no annotation.
  const boxes = furnitureIn(el).map((box) => spanOf(ex, box)).filter(Boolean);
  const prefix = `hashiya-x${++seq}`;
  addHighlightRules(prefix);
  const box = ui.panels.appendChild(document.createElement('section'));
  // mount extracts the text again and refuses if it changed meanwhile (checksum), so offsets cannot drift.
  const annotator = await mount(el, { document: withoutSpans(res.doc, boxes), panel: box, cardHost: ui.root, prefix })
    .catch((e) => { box.remove(); throw e; });
  mounts.push({ el, sum, annotator, box });
}

function unmount(m) {
  m.annotator.clear();
  m.box.remove();
  mounts.splice(mounts.indexOf(m), 1);
}

/** The [start, end) of the extracted text that lies inside `box`, or null. */
function spanOf(ex, box) {
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  let start = -1, end = -1;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const a = ex.offsetAt(n, 0);
    if (a < 0) continue;
    if (start < 0) start = a;
    end = ex.offsetAt(n, n.length);
  }
  return start >= 0 && end > start ? { start, end } : null;
}

function withoutSpans(doc, spans) {
  if (!spans.length) return doc;
  const hit = (s) => spans.some((b) => s.start < b.end && b.start < s.end);
  const entities = doc.entities.map((e) => ({ ...e, mentions: e.mentions.filter((m) => !hit(m)) })).filter((e) => e.mentions.length);
  const ids = new Set(entities.map((e) => e.id));
  const quotes = doc.quotes.filter((q) => !hit(q)).map((q) => (q.speaker && !ids.has(q.speaker) ? { ...q, speaker: null } : q));
  return { ...doc, entities, quotes, boilerplate: doc.boilerplate.filter((b) => !hit(b)) };
}

// Articles that arrive later (infinite scroll, pages that render after load): debounced, but at most
// every 3 s on pages that never stop changing (tickers).
function observe() {
  observer = new MutationObserver(() => {
    const now = Date.now();
    firstChange ||= now;
    clearTimeout(timer);
    timer = setTimeout(() => { firstChange = 0; scan(); }, now - firstChange > 3000 ? 0 : 500);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

function stop() {
  on = false;
  observer?.disconnect();
  clearTimeout(timer);
  for (const m of [...mounts]) unmount(m);
  ui?.host.remove();
  ui = null;
  if (pageStyle) pageStyle.remove();
  else if (pageSheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== pageSheet);
  pageSheet = pageStyle = null;
  lastError = null;
  report();
}

/** Tells the service worker (badge, popup) and the in-page button what is on the page. */
function report() {
  const count = mounts.reduce((n, m) => n + m.annotator.doc.entities.length, 0);
  api.runtime.sendMessage({ type: 'state', on, count }).catch(() => {});
  if (!ui) return;
  ui.pill.textContent = mounts.length ? `حاشية · ${fmt(count)}` : 'حاشية';
  ui.note.hidden = !!mounts.length && !lastError;
  ui.note.textContent = lastError ? `تعذّر التحليل: ${lastError}` : 'لم يُعثر بعد على نص مقال عربي في هذه الصفحة؛ سيُحلَّل حين يظهر.';
}

// ---- styles and the shadow-root UI ----

// ::highlight() only works from a page-level sheet. An adopted sheet adds no element to the page.
const ROOT_VARS = SHELL_CSS.match(/(?::where\()?:root\)?\s*\{[^}]*\}/)[0];
const HIGHLIGHT_RULES = SHELL_CSS.match(/::highlight\([^)]*\)\s*\{[^}]*\}/g);
function addHighlightRules(prefix) {
  if (!pageSheet) {
    try {
      pageSheet = new CSSStyleSheet();
      pageSheet.replaceSync(ROOT_VARS);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
    } catch {
      // Where a content script cannot adopt a sheet into the page (Firefox's wrappers): one <style>.
      pageStyle = Object.assign(document.createElement('style'), { textContent: ROOT_VARS });
      (document.head ?? document.documentElement).append(pageStyle);
      pageSheet = pageStyle.sheet;
    }
  }
  for (const rule of HIGHLIGHT_RULES) pageSheet.insertRule(rule.replace('::highlight(hashiya-', `::highlight(${prefix}-`), pageSheet.cssRules.length);
}

function showUi() {
  if (ui) return;
  const host = document.createElement('hashiya-ui');
  host.style.setProperty('all', 'initial', 'important'); // page rules cannot restyle or hide the host
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SHELL_CSS.replace(/(?::where\()?:root\)?/, ':host') + UI_CSS);
  root.adoptedStyleSheets = [sheet];
  const h = (tag, props = {}, ...kids) => { const e = Object.assign(document.createElement(tag), props); e.append(...kids); return e; };
  const pill = h('button', { type: 'button', className: 'hx-pill', textContent: 'حاشية' });
  const close = h('button', { type: 'button', className: 'hx-close', textContent: '×', title: 'إخفاء اللوحة' });
  const note = h('p', { className: 'hx-note' });
  const panels = h('div', { className: 'hx-panels' });
  const panel = h('div', { className: 'hx-panel', hidden: true }, h('div', { className: 'hx-head' }, h('strong', { textContent: 'حاشية' }), close), note, panels);
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', 'لوحة حاشية');
  pill.setAttribute('aria-expanded', 'false');
  const dock = h('div', { className: 'hx-dock', dir: 'rtl', lang: 'ar' }, panel, pill);
  const toggle = (open) => { panel.hidden = !open; pill.setAttribute('aria-expanded', String(open)); };
  pill.addEventListener('click', () => toggle(panel.hidden));
  close.addEventListener('click', () => { toggle(false); pill.focus(); });
  root.append(dock);
  // After <body>, not in it: the page's own text (body.textContent) stays exactly as it was.
  document.documentElement.append(host);
  ui = { host, root, pill, note, panels, toggle };
}
