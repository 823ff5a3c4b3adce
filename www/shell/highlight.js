// One CSS Custom Highlight per kind: the DOM and the text are never touched, so Arabic letters stay
// joined even when a highlight starts after a clitic (و، ب، ل…). Styles live in shell.css
// (::highlight(hashiya-person) …).

export const KINDS = ['person', 'organization', 'place', 'quote-direct', 'quote-indirect'];
// Later names paint over earlier ones: quotes (backgrounds) under entities, "active" on top.
const LAYERS = ['quote-indirect', 'quote-direct', 'boilerplate', 'place', 'organization', 'person', 'active'];

export const highlightsSupported = () => typeof Highlight === 'function' && typeof CSS !== 'undefined' && !!CSS.highlights;

/** Registers the highlights under `${prefix}-${layer}`; returns { set(layer, ranges), count(layer), clear() }. */
export function createHighlights(prefix = 'hashiya') {
  const layers = new Map();
  LAYERS.forEach((name, i) => {
    const h = new Highlight();
    h.priority = i;
    layers.set(name, h);
    CSS.highlights.set(`${prefix}-${name}`, h);
  });
  return {
    set(name, ranges) {
      const h = layers.get(name);
      h.clear();
      for (const r of ranges) if (r) h.add(r);
    },
    count: (name) => layers.get(name).size,
    clear() {
      for (const name of layers.keys()) CSS.highlights.delete(`${prefix}-${name}`);
      layers.clear();
    },
  };
}
