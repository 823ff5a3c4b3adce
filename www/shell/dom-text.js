// Reads an element's visible text as one string (paragraphs on separate lines) and keeps a map back
// to the DOM, so any [start, end) of that string (UTF-16, like JS indices) becomes a DOM Range.
// Never changes the DOM.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION',
  'BUTTON', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK']);
// Used when there is no computed style (documents from DOMParser have no window).
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL', 'CAPTION']);
const WS = /[ \t\n\r\f]+/g;

/**
 * @param {Element} root
 * @returns {{ text: string, offsetAt(node: Node, offset: number): number, range(start: number, end: number): Range|null }}
 */
export function extractText(root) {
  const win = root.ownerDocument.defaultView;
  const segs = []; // { start, end, node, map } — map[i] = offset in node of text char start+i (null: identity)
  const segOf = new Map();
  let text = '';

  const newline = () => {
    trimEnd();
    if (text && !text.endsWith('\n')) text += '\n';
  };
  // A collapsible space at the end of a line is not rendered: drop it from the text (and the map).
  const trimEnd = () => {
    const seg = segs[segs.length - 1];
    if (!seg || seg.pre || seg.end !== text.length || !text.endsWith(' ')) return;
    seg.map ??= Array.from({ length: seg.end - seg.start + 1 }, (_, i) => i);
    seg.map.pop();
    seg.end--;
    text = text.slice(0, -1);
    if (seg.end === seg.start) { segs.pop(); segOf.delete(seg.node); }
  };

  const addText = (node, pre) => {
    const raw = node.data;
    let out = '', map = null;
    if (pre) out = raw;
    else {
      // Collapse white space the way CSS does, remembering where each kept char came from.
      map = [];
      let last = 0;
      raw.replace(WS, (m, i) => {
        for (let k = last; k < i; k++) { out += raw[k]; map.push(k); }
        const prev = out ? out[out.length - 1] : text[text.length - 1];
        if (prev && prev !== '\n' && prev !== ' ') { out += ' '; map.push(i); }
        last = i + m.length;
        return m;
      });
      for (let k = last; k < raw.length; k++) { out += raw[k]; map.push(k); }
      map.push(raw.length);
      if (out.length === raw.length) map = null;
    }
    if (!out) return;
    const seg = { start: text.length, end: text.length + out.length, node, map, pre };
    segs.push(seg);
    segOf.set(node, seg);
    text += out;
  };

  const walk = (el, pre) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) { if (visibleText(n, win)) addText(n, pre); continue; }
      if (n.nodeType !== 1 || skipped(n, win)) continue;
      if (n.tagName === 'BR') { newline(); continue; }
      const style = win ? win.getComputedStyle(n) : null;
      const block = style ? !/^(inline|contents|ruby)/.test(style.display) : BLOCK.has(n.tagName);
      const childPre = style ? /^(pre|pre-wrap|pre-line|break-spaces)$/.test(style.whiteSpace) : pre || n.tagName === 'PRE';
      if (block) newline();
      walk(n, childPre);
      if (block) newline();
    }
  };
  walk(root, false);
  trimEnd();
  if (text.endsWith('\n')) text = text.slice(0, -1); // the last block's synthetic line break

  // Offsets inside a seg: text index → node offset, and back.
  const toNode = (seg, i) => seg.map ? seg.map[i - seg.start] : i - seg.start;
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

  return {
    text,
    /** Text offset of a DOM position (node, offset), or -1 when it is not in the extracted text. */
    offsetAt(node, offset) {
      const seg = segOf.get(node);
      if (!seg) return -1;
      if (!seg.map) return seg.start + Math.min(offset, seg.end - seg.start);
      let i = 0;
      while (i + 1 < seg.map.length && seg.map[i + 1] <= offset) i++;
      return seg.start + i;
    },
    /** A DOM Range for text [start, end), or null when it is empty or out of the text. */
    range(start, end) {
      if (!(start < end) || start < 0 || end > text.length) return null;
      let a = find(start, true), b = find(end, false);
      if (!a || !b) return null;
      const r = root.ownerDocument.createRange();
      r.setStart(a.node, toNode(a, Math.max(start, a.start)));
      r.setEnd(b.node, toNode(b, Math.min(end, b.end)));
      return r.collapsed ? null : r;
    },
  };
}

function skipped(el, win) {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  if (el.hidden || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.isContentEditable || el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '') return true;
  if (win) {
    const s = win.getComputedStyle(el);
    if (s.display === 'none') return true;
  } else if (/display\s*:\s*none/i.test(el.getAttribute('style') || '')) return true;
  return false;
}

// visibility is inherited and can be overridden below, so it is checked per text node.
function visibleText(node, win) {
  if (!win || !node.parentElement) return true;
  return win.getComputedStyle(node.parentElement).visibility === 'visible';
}
