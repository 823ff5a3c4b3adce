// The hover card. All page text goes in through textContent, never as HTML. UI words come from
// i18n.js (`t`, Arabic unless mount was given lang: 'en').
import { LABELS } from './i18n.js';

export const KIND_LABEL = LABELS.ar.kind;
export const QUOTE_LABEL = LABELS.ar.quoteKind;
/** "إشارة واحدة", "إشارتان", "٣ إشارات", "١١ إشارة"… */
export const mentionsLabel = (n) => LABELS.ar.mentions(n);
export const fmt = (n) => LABELS.ar.fmt(n);

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text') e.textContent = v;
    else if (k === 'class') e.className = v;
    else if (k.startsWith('data-') || k.startsWith('aria-') || k === 'role' || k === 'type') e.setAttribute(k, v);
    else e[k] = v;
  }
  e.append(...children.filter(Boolean));
  return e;
}
export { el };

const fill = (node, ...children) => node.replaceChildren(...children.filter(Boolean));

export function excerpt(text, max = 90) {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max).trimEnd() + '…' : t;
}

/** Creates the (hidden) card element; `onAction(action, data)` gets every button press. */
export function createCard(onAction, t = LABELS.ar) {
  const card = el('div', { class: 'hashiya-card', role: 'dialog', 'aria-modal': 'false', dir: t.dir, lang: t.lang, hidden: true, tabIndex: -1 });
  card.addEventListener('click', (ev) => {
    const b = ev.target.closest('button[data-action]');
    if (b && card.contains(b)) onAction(b.dataset.action, b.dataset);
  });
  return card;
}

/** Fills the card for one mention of an entity. */
export function renderEntity(card, { entity, index, quotes, text, t = LABELS.ar }) {
  const n = entity.mentions.length;
  fill(card,
    el('div', { class: 'hashiya-card-head' },
      el('span', { class: `hashiya-kind hashiya-kind-${entity.type}`, text: t.kind[entity.type] ?? entity.type }),
      el('strong', { class: 'hashiya-card-name', text: entity.name })),
    entity.roles.length ? el('ul', { class: 'hashiya-roles' }, ...entity.roles.map((r) => el('li', { text: r }))) : null,
    el('p', { class: 'hashiya-count', text: `${t.mentions(n)} — ${t.nth(index + 1, n)}` }),
    quotes.length ? el('div', { class: 'hashiya-card-quotes' },
      el('p', { class: 'hashiya-sub', text: t.quotesTitle(quotes.length) }),
      el('ul', {}, ...quotes.map(({ quote, i }) => el('li', {},
        el('button', { type: 'button', class: `hashiya-quote-link hashiya-q-${quote.kind}`, 'data-action': 'quote', 'data-quote': String(i),
          text: excerpt(text.slice(quote.start, quote.end)) }))))) : null,
    el('div', { class: 'hashiya-actions' },
      el('button', { type: 'button', 'data-action': 'prev', disabled: n < 2, text: t.prev, 'aria-label': t.prevLabel }),
      el('button', { type: 'button', 'data-action': 'next', disabled: n < 2, text: t.next, 'aria-label': t.nextLabel }),
      el('button', { type: 'button', 'data-action': 'only', 'data-entity': entity.id, text: t.only, 'aria-label': t.onlyLabel(entity.name) })),
  );
  card.setAttribute('aria-label', entity.name);
  card.dataset.entity = entity.id;
  delete card.dataset.quote;
}

/** Fills the card for a quote. */
export function renderQuote(card, { quote, i, speaker, text, t = LABELS.ar }) {
  const who = speaker?.name ?? quote.speaker_text;
  fill(card,
    el('div', { class: 'hashiya-card-head' },
      el('span', { class: `hashiya-kind hashiya-kind-quote-${quote.kind}`, text: t.quoteKind[quote.kind] ?? quote.kind })),
    el('blockquote', { class: 'hashiya-card-quote', text: excerpt(text.slice(quote.start, quote.end), 160) }),
    el('p', { class: 'hashiya-speaker' }, el('span', { text: t.speaker }), el('strong', { class: 'hashiya-card-name', text: who ?? t.unknownSpeaker })),
    el('div', { class: 'hashiya-actions' },
      (speaker || quote.speaker_span) ? el('button', { type: 'button', 'data-action': 'speaker', 'data-quote': String(i), text: t.goSpeaker }) : null),
  );
  card.setAttribute('aria-label', t.quoteKind[quote.kind] ?? t.quote);
  card.dataset.quote = String(i);
  delete card.dataset.entity;
}

/**
 * Places the card next to `anchor` (a DOMRect of the word): below it, or above when there is no
 * room, never over it; right edges aligned (RTL); always inside the viewport.
 */
export function placeCard(card, anchor) {
  card.hidden = false;
  card.style.left = '0px';
  card.style.top = '0px';
  const w = card.offsetWidth, h = card.offsetHeight;
  const vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
  const gap = 6, pad = 8;
  const left = Math.max(pad, Math.min(anchor.right - w, vw - w - pad));
  let top;
  if (anchor.bottom + gap + h <= vh - pad) top = anchor.bottom + gap;
  else if (anchor.top - gap - h >= pad) top = anchor.top - gap - h;
  else top = vh - anchor.bottom > anchor.top ? anchor.bottom + gap : Math.max(pad, anchor.top - gap - h);
  card.style.left = `${Math.round(left)}px`;
  card.style.top = `${Math.round(top)}px`;
}
