// Finds a news page's article body: the block with the most Arabic prose. Paragraphs give their
// Arabic letters (link text counts against them) to their parent and, halved, to the grandparent;
// blocks that are mostly links, and page furniture (navigation, boxes, comments, forms, ads), score nothing.

const ARABIC = /[\u0621-\u064A\u0671-\u06D3]/g;
const letters = (s) => s.match(ARABIC)?.length ?? 0;

const FURNITURE_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT',
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'DIALOG', 'MENU']);
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar',
  'dialog', 'alertdialog', 'form', 'toolbar', 'tablist']);
// Class/id words of boxes that are not the story (matched as whole words of the name).
const FURNITURE_NAMES = /(?:^|[\s_-])(?:comments?|comment-form|respond|related|recommend(?:ed|ations)?|read-?more|more-?news|see-?also|also|share|sharing|social|sidebar|widget|promo|sponsored|ads?|advert\w*|adsense|banner|newsletter|subscribe|breadcrumbs?|tags|popular|most-?read|trending|cookie\w*|outbrain|taboola|footer|nav|navbar|menu)(?:$|[\s_-])/i;

/** True for page furniture: navigation, header/footer, aside boxes, comments, ads, forms, editable fields. */
export function isFurniture(el) {
  if (FURNITURE_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  if (el.isContentEditable || el.hidden || el.getAttribute('aria-hidden') === 'true') return true;
  const name = `${typeof el.className === 'string' ? el.className : ''} ${el.id}`;
  // A page wrapper named "has-sidebar" is not a box: names only count for blocks that hold no story.
  return FURNITURE_NAMES.test(name) && !STORY_NAMES.test(name) && !el.querySelector('h1, main, article, [itemprop="articleBody"]');
}
const STORY_NAMES = /(?:^|\s)(?:(?:article|story|entry|post|news)[-_]?(?:body|content|text)|main|content)(?:$|\s)/i;

function inFurniture(el) {
  for (let e = el; e && e !== el.ownerDocument.body; e = e.parentElement) if (isFurniture(e)) return true;
  return false;
}

const linkLetters = (el) => [...el.querySelectorAll('a')].reduce((n, a) => n + letters(a.textContent), 0);

/**
 * Article bodies on the page, best first: the top block and any other block, not nested in one
 * already chosen, that scores at least half as much (pages that load a second story below the first).
 */
export function findArticles(doc = document, { min = 250 } = {}) {
  const body = doc.body;
  if (!body) return [];
  const score = new Map();
  const add = (el, v) => { if (el && el !== body.parentElement) score.set(el, (score.get(el) ?? 0) + v); };
  for (const p of body.querySelectorAll('p, li, blockquote, pre, td, div, section, article')) {
    // A "paragraph" is a <p> (or alike), or a div/section/article holding its own text (sites that use <br>).
    if (/^(DIV|SECTION|ARTICLE|TD)$/.test(p.tagName) && ![...p.childNodes].some((n) => n.nodeType === 3 && letters(n.data) >= 20)) continue;
    const text = p.textContent;
    const n = letters(text);
    if (n < 25) continue;
    const value = n - 1.5 * linkLetters(p);
    if (value <= 0 || inFurniture(p)) continue;
    const own = /^(DIV|SECTION|ARTICLE|TD)$/.test(p.tagName);
    add(own ? p : p.parentElement, value);
    add(own ? p.parentElement : p.parentElement?.parentElement, value / 2);
  }
  const ranked = [...score].map(([el, s]) => {
    const all = letters(el.textContent) || 1;
    return [el, s * (1 - Math.min(1, linkLetters(el) / all))];
  }).filter(([el, s]) => s >= min && !inFurniture(el)).sort((a, b) => b[1] - a[1]);
  const chosen = [];
  for (const [el, s] of ranked) {
    if (chosen.length && s < ranked[0][1] / 2) break;
    if (!chosen.some((c) => c.contains(el) || el.contains(c))) chosen.push(el);
  }
  return chosen;
}

/** The furniture inside an article (a "read also" box, a share bar…): outermost boxes only. */
export function furnitureIn(article) {
  const out = [];
  const walk = (el) => {
    for (const c of el.children) {
      if (isFurniture(c) || isLinkList(c)) out.push(c);
      else walk(c);
    }
  };
  walk(article);
  return out;
}

// A list or box that is mostly link text ("اقرأ أيضاً" lists without a telling class name).
function isLinkList(el) {
  if (!/^(UL|OL|DIV|SECTION|TABLE)$/.test(el.tagName) || !el.querySelector('a')) return false;
  const n = letters(el.textContent);
  return n > 0 && linkLetters(el) / n > 0.6;
}
