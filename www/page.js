// The standalone page: loads the sample article, annotates it with the wasm core, and lets the reader
// paste or open another article and download the annotations.
import { mount, extractText, measure } from './shell/index.js';

const $ = (id) => document.getElementById(id);
const article = $('article');
let annotator = null;

// The wasm loads once; its failure is reported but the article stays readable.
const wasmStart = performance.now();
const wasm = import('./pkg/hashiya.js').then(async (m) => {
  await m.default();
  measure('load wasm', wasmStart);
  return m.annotate;
});

function showError(message, err) {
  const box = $('error');
  box.textContent = err ? `${message} (${err.message ?? err})` : message;
  box.hidden = false;
  if (err) console.error(err);
}

/** Shows plain text as paragraphs (textContent only: nothing in the text can become markup). */
function renderArticle(text) {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  article.replaceChildren(...lines.map((line, i) => {
    const e = document.createElement(i === 0 && lines.length > 1 && line.length <= 160 ? 'h2' : 'p');
    e.textContent = line;
    return e;
  }));
}

/** Annotates the shown article; `options` go to mount (tests pass a precomputed `document`). */
async function annotateArticle(options = {}) {
  annotator?.clear();
  annotator = null;
  $('export').disabled = true;
  $('error').hidden = true;
  document.documentElement.dataset.hashiya = 'busy';
  let annotate;
  try {
    annotate = await wasm;
  } catch (err) {
    showError('تعذّر تحميل محرّك التحليل (WebAssembly)، فالمقال معروض دون تعليقات.', err);
    document.documentElement.dataset.hashiya = 'error';
    return;
  }
  try {
    annotator = await mount(article, { annotate, panel: $('panel'), ...options });
    $('export').disabled = false;
    document.documentElement.dataset.hashiya = 'ready';
  } catch (err) {
    showError('تعذّر تحليل هذا المقال، فهو معروض دون تعليقات.', err);
    document.documentElement.dataset.hashiya = 'error';
  }
}

/** Resolves after the next rendered frame (hidden tabs render none: then after a task). */
const afterRender = () => new Promise((r) => (document.visibilityState === 'visible' ? requestAnimationFrame(() => setTimeout(r, 0)) : setTimeout(r, 0)));

async function load(text) {
  const shown = performance.now();
  renderArticle(text);
  // Let the browser lay out and show the text while the core is still loading: the reader sees the
  // article at once, and its layout is not added to the frame that shows the first highlights.
  await afterRender();
  measure('show article', shown);
  await annotateArticle();
}

// Paste dialog.
$('paste-open').addEventListener('click', () => {
  $('paste-text').value = '';
  $('paste-dialog').returnValue = ''; // else Escape would reuse the last "go"
  $('paste-dialog').showModal();
});
$('paste-dialog').addEventListener('close', () => {
  const text = $('paste-text').value;
  if ($('paste-dialog').returnValue === 'go' && text.trim()) load(text);
});

// Open a file: .txt as is; .html parsed inertly (DOMParser runs no scripts, loads no images) and read
// with the same extraction as the page, then shown as text.
$('file-input').addEventListener('change', async (ev) => {
  const file = ev.target.files?.[0];
  if (!file) return;
  const raw = await file.text();
  const isHtml = /\.html?$/i.test(file.name) || file.type === 'text/html';
  const text = isHtml ? extractText(new DOMParser().parseFromString(raw, 'text/html').body).text : raw;
  ev.target.value = '';
  await load(text);
});

$('export').addEventListener('click', () => {
  if (!annotator) return;
  const blob = new Blob([JSON.stringify(annotator.doc, null, 2)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'hashiya.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
});

// For tests and the console.
window.hashiya = { get annotator() { return annotator; }, load, annotateArticle, clear() { annotator?.clear(); annotator = null; } };

fetch('sample-article.txt')
  .then((r) => { if (!r.ok) throw new Error(`HTTP ${r.status}`); return r.text(); })
  .then(load, (err) => { article.replaceChildren(); showError('تعذّر تحميل المقال النموذجي.', err); });
