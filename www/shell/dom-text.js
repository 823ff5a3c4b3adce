// Reads an element's visible text as one string (paragraphs on separate lines) and keeps a map back
// to the DOM, so any [start, end) of that string (UTF-16, like JS indices) becomes a DOM Range.
// Never changes the DOM.
//
// extractText(root) does it at once; extractTextAsync(root, { onProgress }) does the same walk in
// slices of a few ms, yielding to the event loop between them, so a page with 100,000 text nodes
// does not freeze. Both cost O(nodes + text): the text is kept in pieces, joined once, and a text
// node's map to the DOM is a list of runs, not one entry per character.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION',
  'BUTTON', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK']);
// Used when there is no computed style (documents from DOMParser have no window).
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL', 'CAPTION']);
const WS = /[ \t\n\r\f]+/g;
const NODES_PER_STEP = 64; // the clock is read every this many nodes (a style read can cost ~0.1 ms)
const PIECES_PER_CHUNK = 4096;

/** Yields to the event loop (scheduler.yield where there is one: the task keeps its place). */
export const yieldToMain = () => globalThis.scheduler?.yield ? globalThis.scheduler.yield() : new Promise((r) => setTimeout(r, 0));

/**
 * @param {Element} root
 * @returns {{ text: string, offsetAt(node: Node, offset: number): number, range(start: number, end: number): Range|null }}
 */
export function extractText(root) {
  const walk = walker(root);
  while (!walk.next().done);
  return finish(root, walk.state);
}

/** The same as extractText, in slices of about `budget` ms; onProgress(nodesSeen) after each. */
export async function extractTextAsync(root, { budget = 5, onProgress } = {}) {
  const walk = walker(root);
  let t = performance.now();
  for (let step = walk.next(); !step.done; step = walk.next()) {
    if (performance.now() - t > budget) {
      onProgress?.(step.value);
      await yieldToMain();
      t = performance.now();
    }
  }
  // Joining a long article's text is a task of its own (5 million characters: ~10 ms, more when a
  // garbage collection lands in it).
  if (walk.state.len > 1_000_000) await yieldToMain();
  return finish(root, walk.state);
}

// A seg is one text node's share of the text: { start, end, node, len (node.length then), runs, pre }.
// runs (null when the text is the node's data as is) = [out0, raw0, out1, raw1, …, outN, rawN]: text
// from seg offset out_k on is node data from raw_k on, up to out_k+1; the last pair is the end.
function walker(root) {
  const win = root.ownerDocument.defaultView;
  // parts: the text's latest pieces; chunks: earlier pieces already joined, a few thousand at a
  // time while reading, so that the final join is of a few long strings (one join of all the pieces
  // of a 10 MB page was a ~50 ms task). The last piece always stays in parts, for trimEnd.
  const state = { parts: [], chunks: [], len: 0, last: '', segs: [], segOf: new Map() };
  const { parts, chunks, segs, segOf } = state;
  const push = (s) => {
    parts.push(s);
    state.len += s.length;
    state.last = s[s.length - 1];
    if (parts.length > PIECES_PER_CHUNK) chunks.push(parts.splice(0, parts.length - 1).join(''));
  };

  // A collapsible space at the end of a line is not rendered: drop it from the text (and the map).
  const trimEnd = () => {
    const seg = segs[segs.length - 1];
    if (!seg || seg.pre || seg.end !== state.len || state.last !== ' ') return;
    if (seg.runs) seg.runs.length -= 2; // the space was a run of its own: it becomes the end
    seg.end--;
    state.len--;
    if (!parts.length) parts.push(chunks.pop()); // (rare) the space is at the end of a joined chunk
    const p = parts.length - 1;
    parts[p] = parts[p].slice(0, -1);
    if (!parts[p]) parts.pop();
    const prev = parts[parts.length - 1] ?? chunks[chunks.length - 1];
    state.last = prev ? prev[prev.length - 1] : '';
    if (seg.end === seg.start) { segs.pop(); segOf.delete(seg.node); }
  };
  const newline = () => {
    trimEnd();
    if (state.len && state.last !== '\n') push('\n');
  };

  const addText = (node, pre) => {
    const raw = node.data;
    let out = raw, runs = null;
    // Most text nodes have nothing to collapse: no tab or line break, no double space, no leading
    // space after a space or a line start.
    const clean = !/[\t\n\r\f]| {2}/.test(raw) && (raw[0] !== ' ' || (state.last && state.last !== ' ' && state.last !== '\n'));
    if (!pre && !clean) {
      // Collapse white space the way CSS does, remembering where each kept piece came from.
      out = '';
      runs = [];
      let last = 0, m;
      WS.lastIndex = 0;
      while ((m = WS.exec(raw))) {
        if (m.index > last) { runs.push(out.length, last); out += raw.slice(last, m.index); }
        const prev = out ? out[out.length - 1] : state.last;
        if (prev && prev !== '\n' && prev !== ' ') { runs.push(out.length, m.index); out += ' '; }
        last = m.index + m[0].length;
      }
      if (last < raw.length) { runs.push(out.length, last); out += raw.slice(last); }
      runs.push(out.length, raw.length);
      if (out === raw) runs = null;
    }
    if (!out) return;
    const seg = { start: state.len, end: state.len + out.length, node, len: raw.length, runs, pre };
    segs.push(seg);
    segOf.set(node, seg);
    push(out);
  };

  // Depth-first, without recursion (deep pages), in steps of NODES_PER_STEP nodes.
  function* walk() {
    const stack = []; // open elements: { el, block, pre, visible }
    const rootStyle = win?.getComputedStyle(root);
    let pre = false, visible = !rootStyle || rootStyle.visibility === 'visible';
    let n = root.firstChild, count = 0;
    for (;;) {
      if (!n) {
        const top = stack.pop();
        if (!top) break;
        if (top.block) newline();
        const parent = stack[stack.length - 1];
        pre = parent ? parent.pre : false;
        visible = parent ? parent.visible : !rootStyle || rootStyle.visibility === 'visible';
        n = top.el.nextSibling;
        continue;
      }
      if (++count % NODES_PER_STEP === 0) yield count;
      if (n.nodeType === 3) { if (visible) addText(n, pre); n = n.nextSibling; continue; }
      if (n.nodeType !== 1) { n = n.nextSibling; continue; }
      const style = win ? win.getComputedStyle(n) : null;
      if (skipped(n, style)) { n = n.nextSibling; continue; }
      if (n.tagName === 'BR') { newline(); n = n.nextSibling; continue; }
      const block = style ? !/^(inline|contents|ruby)/.test(style.display) : BLOCK.has(n.tagName);
      pre = style ? /^(pre|pre-wrap|pre-line|break-spaces)$/.test(style.whiteSpace) : pre || n.tagName === 'PRE';
      // visibility is inherited and can be overridden below, so it is read on every element.
      visible = style ? style.visibility === 'visible' : true;
      if (block) newline();
      stack.push({ el: n, block, pre, visible });
      n = n.firstChild;
    }
    trimEnd();
  }
  const it = walk();
  it.state = state;
  return it;
}

function finish(root, { parts, chunks, last, segs, segOf }) {
  let text = chunks.concat(parts).join('');
  if (last === '\n') text = text.slice(0, -1); // the last block's synthetic line break

  // Offsets inside a seg: text index → node offset, and back.
  const toNode = (seg, i) => {
    const k = i - seg.start, runs = seg.runs;
    if (!runs) return k;
    let lo = 0, hi = runs.length / 2 - 1; // last pair with out ≤ k
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[2 * mid] <= k) lo = mid; else hi = mid - 1;
    }
    return runs[2 * lo + 1] + (k - runs[2 * lo]);
  };
  const find = (offset, preferNext) => {
    // The seg holding `offset`; at a seam (or a synthetic "\n") prefer the next seg for starts.
    let lo = 0, hi = segs.length - 1, best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid].start <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (best < 0) return preferNext ? segs[0] : null;
    const seg = segs[best];
    if (preferNext && offset >= seg.end) return segs[best + 1] ?? null;
    if (!preferNext && offset === seg.start && best > 0 && segs[best - 1].end === offset) return segs[best - 1];
    return seg;
  };
  // A text node the page has since removed or rewritten cannot be highlighted any more.
  const stale = (seg) => !seg.node.isConnected || seg.node.length !== seg.len;

  return {
    text,
    /** Text offset of a DOM position (node, offset), or -1 when it is not in the extracted text. */
    offsetAt(node, offset) {
      const seg = segOf.get(node);
      if (!seg) return -1;
      const runs = seg.runs;
      if (!runs) return seg.start + Math.min(offset, seg.end - seg.start);
      // The last text index whose node offset is ≤ offset.
      let j = -1;
      for (let lo = 0, hi = runs.length / 2 - 1; lo <= hi;) {
        const mid = (lo + hi) >> 1;
        if (runs[2 * mid + 1] <= offset) { j = mid; lo = mid + 1; } else hi = mid - 1;
      }
      if (j < 0) return seg.start;
      if (2 * j + 2 >= runs.length) return seg.start + runs[2 * j];
      return seg.start + Math.min(runs[2 * j] + (offset - runs[2 * j + 1]), runs[2 * j + 2] - 1);
    },
    /** A DOM Range for text [start, end), or null when it is empty, out of the text or no longer in the page. */
    range(start, end) {
      if (!(start < end) || start < 0 || end > text.length) return null;
      const a = find(start, true), b = find(end, false);
      if (!a || !b || stale(a) || stale(b)) return null;
      const r = root.ownerDocument.createRange();
      r.setStart(a.node, toNode(a, Math.max(start, a.start)));
      r.setEnd(b.node, toNode(b, Math.min(end, b.end)));
      return r.collapsed ? null : r;
    },
  };
}

function skipped(el, style) {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  if (el.hidden || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.isContentEditable || el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '') return true;
  if (style) return style.display === 'none';
  return /display\s*:\s*none/i.test(el.getAttribute('style') || '');
}
