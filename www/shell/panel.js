// The side panel: status line, filter bar and the entity list (which doubles as keyboard navigation).
import { el } from './card.js';
import { LABELS } from './i18n.js';

export const FILTERS = [
  ['person', 'أشخاص'],
  ['organization', 'منظمات'],
  ['place', 'أماكن'],
  ['quotes', 'اقتباسات'],
];

/**
 * Renders into `host`. Callbacks: onFilter(name, on), onOnly(id|null), onReset(), onFocusEntity(id, { open }) where
 * open=false means "just show the card" (list item focused) and true means Enter/click.
 */
export function createPanel(host, { entities, onFilter, onOnly, onReset, onFocusEntity, t = LABELS.ar }) {
  const status = el('p', { class: 'hashiya-status', role: 'status' });
  const only = el('p', { class: 'hashiya-only', hidden: true });
  // "Only this actor" is also reachable here, not just from a card.
  const actors = entities.filter((e) => e.type !== 'place').sort((a, b) => b.mentions.length - a.mentions.length);
  const pick = el('select', { class: 'hashiya-only-select', 'aria-label': t.onlyActor },
    el('option', { value: '', text: t.allActors }),
    ...actors.map((e) => el('option', { value: e.id, text: e.name })));
  pick.addEventListener('change', () => onOnly(pick.value || null));
  const filters = el('fieldset', { class: 'hashiya-filters' },
    el('legend', { text: t.show }),
    ...FILTERS.map(([name]) => el('label', { class: `hashiya-filter hashiya-filter-${name}` },
      el('input', { type: 'checkbox', checked: true, 'data-filter': name }),
      el('span', { class: `hashiya-swatch hashiya-swatch-${name}`, 'aria-hidden': 'true' }),
      el('span', { text: t.filters[name] }))),
    el('label', { class: 'hashiya-filter' }, el('span', { text: t.onlyPrefix }), pick),
    el('button', { type: 'button', class: 'hashiya-reset', 'data-action': 'reset', text: t.showAll }),
    only);
  filters.addEventListener('change', (ev) => {
    const f = ev.target.dataset?.filter;
    if (f) onFilter(f, ev.target.checked);
  });
  filters.addEventListener('click', (ev) => { if (ev.target.closest('[data-action="reset"]')) onReset(); });

  const sorted = [...entities].sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start);
  const list = el('ul', { class: 'hashiya-list', 'aria-label': t.listLabel },
    ...sorted.map((e) => el('li', {},
      el('button', { type: 'button', class: `hashiya-item hashiya-item-${e.type}`, 'data-entity': e.id,
        'aria-label': t.item(e.name, t.kind[e.type], e.mentions.length) },
        el('span', { class: `hashiya-kind hashiya-kind-${e.type}`, text: t.kind[e.type] ?? e.type }),
        el('span', { class: 'hashiya-item-name', text: e.name }),
        el('span', { class: 'hashiya-item-count', text: t.fmt(e.mentions.length) })))));
  const items = () => [...list.querySelectorAll('button[data-entity]')];
  list.addEventListener('click', (ev) => {
    const b = ev.target.closest('button[data-entity]');
    if (b) onFocusEntity(b.dataset.entity, { open: true, from: b });
  });
  list.addEventListener('focusin', (ev) => {
    const b = ev.target.closest('button[data-entity]');
    if (b) onFocusEntity(b.dataset.entity, { open: false, from: b });
  });
  // Arrow keys move through the list (Tab still works: every item is a button).
  list.addEventListener('keydown', (ev) => {
    const all = items(), i = all.indexOf(list.getRootNode().activeElement); // works in a shadow root too
    if (i < 0) return;
    const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: all.length - 1 }[ev.key];
    if (to === undefined) return;
    ev.preventDefault();
    all[Math.max(0, Math.min(all.length - 1, to))].focus();
  });

  const root = el('div', { class: 'hashiya-panel', dir: t.dir, lang: t.lang },
    status, filters,
    el('h2', { class: 'hashiya-list-title', text: t.listTitle }),
    entities.length ? list : el('p', { class: 'hashiya-empty', text: t.empty }));
  host.append(root);

  return {
    root,
    /** "N أشخاص، … — X ms"; the timing part does not break across lines. */
    setStatus(counts, timing) { status.replaceChildren(el('span', { text: counts }), el('span', { class: 'hashiya-ms', text: ` — ${timing}` })); },
    setFilters(state) {
      for (const box of filters.querySelectorAll('input[data-filter]')) box.checked = state[box.dataset.filter];
      pick.value = state.only?.id ?? '';
      only.hidden = !state.only;
      if (state.only) only.replaceChildren(el('span', { text: t.nowOnly }), el('strong', { text: state.only.name }));
      for (const b of items()) b.classList.toggle('hashiya-dim', !!state.only && b.dataset.entity !== state.only.id);
    },
    item: (id) => list.querySelector(`button[data-entity="${CSS.escape(id)}"]`),
    destroy() { root.remove(); },
  };
}
