// One CSS Custom Highlight per kind: the DOM and the text are never touched, so Arabic letters stay
// joined even when a highlight starts after a clitic (و، ب، ل…). Styles live in shell.css
// (::highlight(hashiya-person) …).
//
// Long articles: after any change to a highlight, Chromium re-validates EVERY registered range in the
// next frame (measured: 100,000 ranges → one ~1 s frame, for any change, even a one-range hover
// layer; adding them in per-frame batches only makes each frame slower than the last). So when the
// layers hold more than `limit` spans, only the spans near the viewport (the visible text ± two
// screens) are turned into ranges and registered, and that window moves when the reader scrolls.

export const KINDS = ['person', 'organization', 'place', 'quote-direct', 'quote-indirect'];
// Later names paint over earlier ones: quotes (backgrounds) under entities, "active" on top.
const LAYERS = ['quote-indirect', 'quote-direct', 'boilerplate', 'place', 'organization', 'person', 'active'];

export const highlightsSupported = () => typeof Highlight === 'function' && typeof CSS !== 'undefined' && !!CSS.highlights;

/**
 * Registers the highlights under `${prefix}-${layer}`; returns { set(layer, items), count(layer), clear() }.
 * items: Ranges (all registered), or spans { start, end } that `resolve(span)` turns into a Range|null.
 * With spans and more than `limit` of them in all layers, `view()` → [start, end] of the text on screen
 * (or null) picks the window that is registered.
 */
export function createHighlights(prefix = 'hashiya', { resolve, view, limit = 3000 } = {}) {
  const layers = new Map(); // name → { h, items }
  LAYERS.forEach((name, i) => {
    const h = new Highlight();
    h.priority = i;
    layers.set(name, { h, items: [] });
    CSS.highlights.set(`${prefix}-${name}`, h);
  });
  let windowed = false, win = null, frame = 0;

  const isRange = (x) => typeof AbstractRange === 'function' && x instanceof AbstractRange;
  const total = () => { let n = 0; for (const l of layers.values()) n += l.items.length; return n; };

  function fill(layer) {
    const { h, items } = layer;
    h.clear();
    if (!windowed) { for (const x of items) { const r = isRange(x) ? x : x && resolve(x); if (r) h.add(r); } return; }
    if (!win) return;
    // A plain scan (100,000 spans: ~1 ms): the spans need not be sorted.
    const [a, b] = win;
    for (const x of items) if (x && x.start < b && x.end > a) { const r = resolve(x); if (r) h.add(r); }
  }

  // The window: the text on screen plus two screens' worth either side (at least 5,000 characters).
  function place() {
    frame = 0;
    const v = view?.();
    if (!v) { if (win) { win = null; for (const l of layers.values()) fill(l); } return; }
    const [a, b] = v, margin = Math.max(5000, 2 * (b - a));
    if (win && a >= win[0] && b <= win[1] && (win[0] === 0 || a - win[0] > margin / 4) && b + margin / 4 < win[1]) return;
    win = [Math.max(0, a - margin), b + margin];
    for (const l of layers.values()) fill(l);
  }
  const onScroll = () => { if (!frame) frame = requestAnimationFrame(place); };

  function update() {
    const next = !!(resolve && view) && total() > limit;
    if (next !== windowed) {
      windowed = next;
      if (windowed) { addEventListener('scroll', onScroll, { passive: true, capture: true }); addEventListener('resize', onScroll, { passive: true }); }
      else { removeEventListener('scroll', onScroll, { capture: true }); removeEventListener('resize', onScroll); }
    }
    if (windowed && !win) { place(); return true; }
    if (!windowed && win) { win = null; for (const l of layers.values()) fill(l); return true; }
    return false;
  }

  return {
    set(name, items) {
      const layer = layers.get(name);
      layer.items = items;
      if (!update()) fill(layer);
    },
    /** Ranges registered now (all of them, unless the layers are windowed). */
    count: (name) => layers.get(name).h.size,
    get windowed() { return windowed; },
    clear() {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', onScroll, { capture: true });
      removeEventListener('resize', onScroll);
      for (const name of layers.keys()) CSS.highlights.delete(`${prefix}-${name}`);
      layers.clear();
    },
  };
}
