// hashiya for a CMS: one script tag, then wrap an article body in <hashiya-article> (or mark any
// element with data-hashiya).
//
//   <script type="module" src="/hashiya/embed/hashiya-embed.js"></script>
//   <hashiya-article kinds="person organization place quotes" cards-quotes="off" lang="en"
//                    src-annotations="/annotations/123.json" panel="#hashiya-side">
//     …the article's paragraphs…
//     <script type="application/json" class="hashiya-annotations">{ …document… }</script>  (or this)
//   </hashiya-article>
//
// With pre-computed annotations (src-annotations, or the child <script>) that match the text, the
// wasm core is never downloaded. If they do not match (the article was edited since), the core
// annotates live instead: highlights are never drawn on the wrong words.
import { mount, extractText, checksum } from '../shell/index.js';

const BASE = new URL('../', import.meta.url);
const KINDS = ['person', 'organization', 'place', 'quotes'];

let core = null;
/** The wasm core, imported only when some article needs live annotation. */
export const loadCore = () => (core ??= import(new URL('pkg/hashiya.js', BASE).href).then(async (m) => { await m.default(); return m.annotate; }));

let styles = null; // resolves to the shell.css <link> once it has loaded (or failed)
function addStyles() {
  return (styles ??= new Promise((done) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('shell/shell.css', BASE).href;
    link.onload = link.onerror = () => done(link);
    document.head.append(link);
  }));
}

let warned = false;
let count = 0;
// The first article uses the names shell.css styles (hashiya-person…); later ones get their own, with
// a copy of those rules, since one highlight name can only hold one article's ranges.
function prefixFor(link) {
  const prefix = count++ ? `hashiya-a${count}` : 'hashiya';
  if (prefix !== 'hashiya') {
    try {
      const rules = [...link.sheet.cssRules].map((r) => r.cssText).filter((t) => t.startsWith('::highlight(hashiya-'));
      const extra = new CSSStyleSheet();
      extra.replaceSync(rules.map((t) => t.replace('::highlight(hashiya-', `::highlight(${prefix}-`)).join('\n'));
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, extra];
    } catch { /* a cross-origin sheet without CORS: this article's highlights stay unstyled */ }
  }
  return prefix;
}

/** Stored annotations: the src-annotations URL, or a child <script type="application/json" class="hashiya-annotations">. */
async function storedDocument(el, src) {
  if (src) {
    const res = await fetch(new URL(src, document.baseURI));
    if (!res.ok) throw new Error(`${src}: HTTP ${res.status}`);
    return res.json();
  }
  const script = el.querySelector(':scope > script.hashiya-annotations[type="application/json"]');
  return script ? JSON.parse(script.textContent) : null;
}

const matches = (doc, text) => doc && doc.text_length === text.length && doc.text_checksum === checksum(text);

/** Keeps the kinds asked for ("person organization place quotes"). */
function onlyKinds(doc, kinds) {
  const entities = doc.entities.filter((e) => kinds.has(e.type));
  const ids = new Set(entities.map((e) => e.id));
  const quotes = kinds.has('quotes') ? doc.quotes.map((q) => (q.speaker && !ids.has(q.speaker) ? { ...q, speaker: null } : q)) : [];
  return { ...doc, entities, quotes };
}

/**
 * Annotates one element. Options (else the element's attributes, plain or data-…): kinds, cards-quotes,
 * lang / ui-lang, src-annotations, panel (a CSS selector for where the filter bar and list go).
 * Resolves to { annotator, mode: 'precomputed' | 'live' }.
 */
export async function annotateElement(el, options = {}) {
  const opt = (name) => options[name] ?? el.getAttribute(`data-${name}`) ?? el.getAttribute(name);
  const css = addStyles();
  const kinds = new Set((opt('kinds') || KINDS.join(' ')).split(/[\s,]+/).filter((k) => KINDS.includes(k)));
  const text = extractText(el).text;
  let doc = null, mode = 'live';
  try {
    doc = await storedDocument(el, opt('src-annotations'));
  } catch (e) {
    console.warn('hashiya: could not read the stored annotations; annotating live.', e);
  }
  if (doc && matches(doc, text)) mode = 'precomputed';
  else {
    if (doc && !warned) {
      warned = true;
      console.warn('hashiya: stored annotations do not match this article\'s text (edited since?); annotating live instead.');
    }
    doc = (await loadCore())(text);
  }
  const panelSel = opt('panel');
  const link = await css;
  const annotator = await mount(el, {
    document: onlyKinds(doc, kinds),
    panel: (panelSel && document.querySelector(panelSel)) || document.createElement('div'), // no panel unless asked for
    prefix: prefixFor(link),
    quoteCards: opt('cards-quotes') !== 'off',
    lang: opt('ui-lang') ?? opt('lang') ?? 'ar',
  });
  return { annotator, mode };
}

const afterParse = () => (document.readyState === 'loading' ? new Promise((ok) => document.addEventListener('DOMContentLoaded', ok, { once: true })) : Promise.resolve());

/** <hashiya-article>: annotates its content when connected; `el.ready` resolves like annotateElement. */
export class HashiyaArticle extends HTMLElement {
  connectedCallback() {
    if (this.ready) return;
    this.ready = afterParse().then(() => annotateElement(this));
    this.ready.then(
      (r) => this.dispatchEvent(new CustomEvent('hashiya-ready', { detail: r })),
      (e) => { console.error('hashiya:', e); this.dispatchEvent(new CustomEvent('hashiya-error', { detail: e })); });
  }
  disconnectedCallback() {
    this.ready?.then(({ annotator }) => annotator.clear(), () => {});
    this.ready = null;
  }
}
if (!customElements.get('hashiya-article')) customElements.define('hashiya-article', HashiyaArticle);

/** Every [data-hashiya] element, once each; `el.hashiyaReady` resolves like annotateElement. */
export function annotateAll(root = document) {
  return Promise.all([...root.querySelectorAll('[data-hashiya]')].map((el) => {
    el.hashiyaReady ??= annotateElement(el);
    el.hashiyaReady.catch((e) => console.error('hashiya:', e));
    return el.hashiyaReady;
  }));
}
afterParse().then(() => annotateAll()).catch(() => {});
