// Pages built to break annotators: markup-like and script-like text, editable regions and form fields,
// shadow DOM, iframes, mixed RTL/LTR, an article rewritten while it is annotated, page CSS that styles
// span/mark/::highlight globally, and bad input through the JS API. Each time: the page's text, DOM
// and behaviour stay as they were, nothing executes, and the annotator says what it could not do
// once in the console, not once per node.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './helpers.mjs';

const HEAD = '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><link rel="stylesheet" href="/shell/shell.css">';
const SENT = 'وقال وزير الخارجية سامي خليل في القاهرة إن المحادثات كانت مثمرة.';

const PAGES = {
  markup: `${HEAD}</head><body><article id="a">
    <p>${SENT} &lt;script&gt;window.__pwned = 1&lt;/script&gt; &lt;img src=x onerror="window.__pwned = 2"&gt;</p>
    <p>وكتب &lt;b&gt;المحرر&lt;/b&gt; أن «الرئيس» قال: {{constructor.constructor('window.__pwned=3')()}} \${window.__pwned=4} javascript:window.__pwned=5</p>
    <p>${SENT}</p></article><aside id="panel"></aside></body></html>`,
  editable: `${HEAD}</head><body><article id="a">
    <p>${SENT}</p>
    <div id="ce" contenteditable="true">${SENT}</div>
    <div contenteditable="plaintext-only" id="ce2">${SENT}</div>
    <form><input id="in" value="${SENT}"><textarea id="ta">${SENT}</textarea><select><option>${SENT}</option></select>
    <button type="button" id="btn" onclick="this.dataset.n = (+this.dataset.n || 0) + 1">زر</button></form>
    <p>${SENT}</p></article><aside id="panel"></aside></body></html>`,
  shadow: `${HEAD}</head><body><article id="a"><p>${SENT}</p><div id="host"></div>
    <iframe id="fr" srcdoc="<p dir=rtl>${SENT}</p>"></iframe><p>${SENT}</p></article><aside id="panel"></aside>
    <script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p>${SENT}</p>';</script></body></html>`,
  bidi: `${HEAD}</head><body><article id="a">
    <p>${SENT}</p><p dir="ltr" lang="en">The minister Sami Khalil said in Cairo that the talks went well.</p>
    <p>وقال <span dir="ltr">UN Secretary-General</span> في القاهرة إن «الحل ممكن»، وأضاف سامي خليل: "نعم".</p>
    <p dir="ltr">Mixed: وزير الخارجية سامي خليل visited القاهرة on Monday.</p><p>\u200fعلامة\u200e اتجاه ${SENT}</p>
    </article><aside id="panel"></aside></body></html>`,
  styled: `${HEAD}<style>
    span, mark { display: block !important; color: red !important; background: lime !important; font-size: 40px !important; }
    ::highlight(hashiya-person) { color: transparent; background: black; } *::selection { color: white; }
    aside, p, ul, li, button { all: unset !important; } * { box-sizing: content-box !important; }
    </style></head><body><article id="a"><p>${SENT} <span>سطر</span> <mark>مهم</mark></p><p>${SENT}</p></article><aside id="panel"></aside></body></html>`,
  mutating: `${HEAD}</head><body><article id="a">${Array.from({ length: 20000 }, (_, i) => `<p>${SENT} (${i})</p>`).join('')}</article>
    <aside id="panel"></aside></body></html>`,
};

let env, page;
const messages = [];
before(async () => {
  env = await setup();
  page = await env.newPage();
  page.on('console', (m) => messages.push({ type: m.type(), text: m.text() }));
  await page.route('**/__hostile/*', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGES[new URL(route.request().url()).pathname.split('/').pop()] }));
});
after(async () => env?.close());

async function open(name) {
  messages.length = 0;
  page.errors.length = 0;
  await page.goto(`${env.base}__hostile/${name}`);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
}

/** Snapshot of what the page owns: the article's markup, field values, editable text, title. */
const snapshot = () => page.evaluate(() => ({
  html: document.getElementById('a').innerHTML,
  fields: [...document.querySelectorAll('#a input, #a textarea, #a select')].map((f) => f.value),
  shadow: document.getElementById('host')?.shadowRoot?.innerHTML ?? null,
  frame: document.getElementById('fr')?.contentDocument?.body?.innerHTML ?? null,
  pwned: window.__pwned ?? null,
}));

/** Mounts the annotator on #a with the wasm core; returns what it found and what is highlighted. */
const annotate = (options = {}) => page.evaluate(async (options) => {
  const [{ default: init, annotate }, { mount }] = await Promise.all([import('/pkg/hashiya.js'), import('/shell/index.js')]);
  await init();
  const a = await mount(document.getElementById('a'), { annotate, panel: document.getElementById('panel'), ...options });
  window.__annotator = a;
  const ranges = [...CSS.highlights.keys()].filter((k) => k.startsWith('hashiya-')).flatMap((k) => [...CSS.highlights.get(k)]);
  const inside = (sel) => ranges.filter((r) => [...document.querySelectorAll(sel)].some((el) => el.contains(r.startContainer) || el.contains(r.endContainer))).length;
  return {
    text: a.text, ranges: ranges.length,
    inEditable: inside('[contenteditable], input, textarea, select, button'),
    mismatched: a.doc.entities.flatMap((e) => e.mentions).filter((m) => a.extracted.range(m.start, m.end)?.toString() !== a.text.slice(m.start, m.end)).length,
  };
}, options);

const hashiyaMessages = () => messages.filter((m) => /hashiya|حاشية/i.test(m.text));

test('markup-like and script-like text stays text: nothing executes, nothing is parsed', async () => {
  await open('markup');
  const before = await snapshot();
  const r = await annotate();
  assert.ok(r.text.includes('<script>window.__pwned = 1</script>'), 'the text is read as text');
  assert.ok(r.ranges > 0, 'annotated');
  // Open every card: their content goes in as text too.
  await page.evaluate(() => { for (const e of window.__annotator.doc.entities) window.__annotator.focusEntity(e.id); });
  await page.waitForTimeout(100);
  assert.deepEqual(await snapshot(), before);
  assert.equal((await snapshot()).pwned, null);
  assert.equal(await page.evaluate(() => document.querySelectorAll('img, script:not([src])').length), 0);
  assert.deepEqual(page.errors, []);
});

test('contenteditable regions and form fields are left alone and keep working', async () => {
  await open('editable');
  const before = await snapshot();
  const r = await annotate();
  assert.equal(r.inEditable, 0, 'no highlight inside an editable region or a field');
  assert.ok(r.ranges > 0);
  assert.equal(r.text.split(SENT).length - 1, 2, 'only the two plain paragraphs are read');
  assert.deepEqual(await snapshot(), before);
  // The page behaves as before: typing, clicking.
  await page.click('#ce');
  await page.keyboard.press('End');
  await page.keyboard.type(' تجربة');
  await page.fill('#ta', 'نص جديد');
  await page.click('#btn');
  assert.ok((await page.textContent('#ce')).endsWith(' تجربة'));
  assert.equal(await page.inputValue('#ta'), 'نص جديد');
  assert.equal(await page.getAttribute('#btn', 'data-n'), '1');
  assert.deepEqual(page.errors, []);
});

test('shadow DOM and iframes are not entered and stay unchanged', async () => {
  await open('shadow');
  await page.waitForFunction(() => document.getElementById('fr').contentDocument?.body?.textContent);
  const before = await snapshot();
  const r = await annotate();
  assert.equal(r.text.split(SENT).length - 1, 2, 'the shadow root and the iframe are not read');
  assert.ok(r.ranges > 0);
  assert.deepEqual(await snapshot(), before);
  assert.deepEqual(page.errors, []);
});

test('RTL and LTR paragraphs and bidi marks: every mention maps to exactly its text', async () => {
  await open('bidi');
  const before = await snapshot();
  const r = await annotate();
  assert.ok(r.ranges > 0);
  assert.equal(r.mismatched, 0);
  assert.deepEqual(await snapshot(), before);
  assert.deepEqual(page.errors, []);
});

test('page CSS that styles span, mark, ::highlight and the panel globally: still annotated, page unchanged', async () => {
  await open('styled');
  const before = await snapshot();
  const r = await annotate();
  assert.ok(r.ranges > 0);
  assert.equal(r.mismatched, 0);
  assert.deepEqual(await snapshot(), before);
  assert.deepEqual(page.errors, []);
  await page.waitForTimeout(200);
  assert.equal(hashiyaMessages().length, 0, JSON.stringify(hashiyaMessages()));
});

test('an article rewritten while it is annotated: no error, one console warning, page changes kept', async () => {
  await open('mutating');
  const r = await page.evaluate(async (SENT) => {
    const [{ default: init, annotate }, { mount }] = await Promise.all([import('/pkg/hashiya.js'), import('/shell/index.js')]);
    await init();
    const a = document.getElementById('a');
    let n = 0;
    let on = true;
    const edit = () => { // the page keeps editing its article, every frame: add, rewrite, remove
      if (!on) return;
      requestAnimationFrame(edit);
      n++;
      const p = document.createElement('p');
      p.textContent = `${SENT} جديد ${n}`;
      a.prepend(p);
      a.children[5].firstChild.data = `تغيّر النص ${n}`;
      a.lastElementChild.remove();
    };
    requestAnimationFrame(edit);
    let error = null, ann = null;
    try { ann = await mount(a, { annotate, panel: document.getElementById('panel'), worker: false }); } catch (e) { error = String(e); }
    on = false;
    const ranges = [...CSS.highlights.keys()].filter((k) => k.startsWith('hashiya-')).flatMap((k) => [...CSS.highlights.get(k)]);
    return { error, n, paragraphs: a.children.length, first: a.firstElementChild.textContent, ranges: ranges.length, empty: ranges.filter((x) => x.collapsed || !x.startContainer.isConnected).length, annotated: !!ann };
  }, SENT);
  assert.equal(r.error, null);
  assert.ok(r.n > 0, 'the page did change the article meanwhile');
  assert.equal(r.paragraphs, 20000, 'the page\'s own changes are all there');
  assert.equal(r.first, `${SENT} جديد ${r.n}`);
  assert.equal(r.empty, 0, 'no highlight on removed text');
  await page.waitForTimeout(200); // console events arrive after evaluate returns
  const warnings = hashiyaMessages();
  assert.equal(warnings.length, 1, JSON.stringify(warnings));
  assert.match(warnings[0].text, /changed while it was being annotated/);
  assert.deepEqual(page.errors, []);
});

test('bad input through the JS API: clear errors, documented limits, the page stays as it was', async () => {
  await open('markup');
  const before = await snapshot();
  const r = await page.evaluate(async () => {
    const [{ default: init, annotate }, shell] = await Promise.all([import('/pkg/hashiya.js'), import('/shell/index.js')]);
    await init();
    const err = async (f) => { try { await f(); return 'no error'; } catch (e) { return `${e.name}: ${e.message}`; } };
    const huge = 'أ'.repeat(100_000_000); // 100 M UTF-16 code units: over MAX_TEXT, refused before the core sees it
    const t = performance.now();
    const out = {
      nullText: await err(() => shell.annotateText(null, { annotate })),
      number: await err(() => shell.annotateText(42, { annotate })),
      object: await err(() => shell.annotateText({ toString: () => 'x' }, { annotate })),
      huge: await err(() => shell.annotateText(huge, { annotate })),
      coreNull: await err(() => annotate(null)),
      mountNull: await err(() => shell.mount(null, { annotate })),
      mountDetached: await err(() => shell.mount(document.createElement('div'), { annotate })),
      mountText: await err(() => shell.mount(document.getElementById('a').firstChild, { annotate })),
      mountNoAnnotate: await err(() => shell.mount(document.getElementById('a'), {})),
      limit: shell.MAX_TEXT,
    };
    out.hugeMs = performance.now() - t;
    out.highlights = [...CSS.highlights.keys()].length;
    out.panel = document.getElementById('panel').childElementCount;
    out.stillWorks = (await shell.annotateText('وقال سامي خليل في القاهرة إن الوضع جيد.', { annotate })).text_length;
    return out;
  });
  console.log('# API errors:', JSON.stringify(r, null, 1).replace(/\n/g, '\n# '));
  assert.match(r.nullText, /^TypeError: hashiya: the text to annotate must be a string, not null/);
  assert.match(r.number, /^TypeError: .*not number/);
  assert.match(r.object, /^TypeError: .*not object/);
  assert.match(r.huge, /^RangeError: hashiya: the text is 100000000 UTF-16 code units long; the limit is 20000000/);
  assert.match(r.coreNull, /expected a string/);
  assert.match(r.mountNull, /^TypeError: hashiya.mount: the container must be an element in the page/);
  assert.match(r.mountDetached, /detached element/);
  assert.match(r.mountText, /^TypeError/);
  assert.match(r.mountNoAnnotate, /^TypeError: hashiya.mount: pass annotate/);
  assert.equal(r.limit, 20_000_000);
  assert.ok(r.hugeMs < 2000, `refusing 100 MB took ${r.hugeMs} ms`);
  assert.equal(r.highlights, 0, 'nothing registered');
  assert.equal(r.panel, 0, 'no panel left behind');
  assert.ok(r.stillWorks > 0, 'the core still works afterwards');
  assert.deepEqual(await snapshot(), before);
  assert.deepEqual(page.errors, []);
});
