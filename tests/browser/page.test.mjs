// The standalone page with the REAL wasm core (run scripts/build-wasm.sh first).
// Tests named "core: …" state what the finished recogniser must find in www/sample-article.txt;
// they fail while the core is incomplete.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { setup, openPage, highlightSizes, asciiDigits, spanRect, center, overlaps, cardBox, ARTIFACTS } from './helpers.mjs';

const SAMPLE = await readFile(new URL('../../www/sample-article.txt', import.meta.url), 'utf8');
let env, page;
before(async () => {
  env = await setup();
  page = await env.newPage();
  await openPage(env, page);
});
after(async () => env?.close());

const getDoc = () => page.evaluate(() => hashiya.annotator?.doc);

test('the page shows the sample article and a status line with the document\'s counts', async () => {
  assert.equal(await page.evaluate(() => document.documentElement.dataset.hashiya), 'ready');
  assert.deepEqual(page.errors.map(String), []);
  const lines = await page.$$eval('#article > *', (els) => els.map((e) => e.textContent));
  assert.deepEqual(lines, SAMPLE.split('\n').filter(Boolean));
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  const doc = await getDoc();
  const count = (t) => doc.entities.filter((e) => e.type === t).length;
  const status = asciiDigits(await page.textContent('.hashiya-status'));
  assert.match(status, new RegExp(`^${count('person')} أشخاص، ${count('organization')} منظمات، ${count('place')} أماكن، ${doc.quotes.length} اقتباسات — \\d+ ms$`));
  await page.screenshot({ path: `${ARTIFACTS}page.png`, fullPage: true });
});

test('core: the sample gets highlights of every kind, and boilerplate set apart', async () => {
  const sizes = await highlightSizes(page);
  for (const kind of ['person', 'organization', 'place', 'quote-direct', 'quote-indirect']) {
    assert.ok(sizes[kind] > 0, `no ${kind} highlighted: ${JSON.stringify(sizes)}`);
  }
  const doc = await getDoc();
  const text = await page.evaluate(() => hashiya.annotator.text);
  const inBoiler = (i) => doc.boilerplate.some((b) => b.start <= i && i < b.end);
  assert.ok(inBoiler(text.indexOf('شاهد أيضاً')), '"شاهد أيضاً" line is boilerplate');
  assert.ok(inBoiler(text.indexOf('البنك الدولي يموّل')), 'the related-news block is boilerplate');
  assert.ok(!inBoiler(text.indexOf('من جانبه، أوضح')), 'the paragraph after "شاهد أيضاً" is not boilerplate');
  for (const e of doc.entities) for (const m of e.mentions) assert.ok(!inBoiler(m.start), `mention in boilerplate: ${text.slice(m.start, m.end)}`);
  const names = doc.entities.map((e) => `${e.type}:${e.name}`);
  for (const want of ['person:بدر عبد العاطي', 'person:إيمانويل ماكرون', 'person:منى الحسيني', 'place:القاهرة', 'place:باريس', 'place:مصر']) {
    assert.ok(names.includes(want), `missing ${want} in ${names.join(', ')}`);
  }
  assert.ok(names.some((n) => n.startsWith('organization:') && n.includes('وكالة')), 'an organisation named وكالة …');
  assert.ok(!names.some((n) => n.includes('نبع الشمس')), 'a name in quotation marks is not an actor');
});

test('core: hovering the French president shows his card with role and quotes', async () => {
  const doc = await getDoc();
  const macron = doc.entities.find((e) => e.type === 'person' && e.name.includes('ماكرون'));
  assert.ok(macron, 'Macron is a person');
  assert.ok(macron.roles.some((r) => r.includes('الرئيس الفرنسي')), `roles: ${macron.roles}`);
  assert.ok(macron.mentions.length >= 3, 'three mentions (full name, then surname twice)');
  const said = doc.quotes.filter((q) => q.speaker === macron.id);
  assert.ok(said.some((q) => q.kind === 'direct'), 'a direct quote attributed to him');
  const rect = await spanRect(page, macron.mentions[0].start, macron.mentions[0].end);
  await page.mouse.move(center(rect).x, center(rect).y);
  await page.waitForSelector('.hashiya-card:not([hidden])', { timeout: 3000 });
  const card = await page.textContent('.hashiya-card');
  assert.ok(card.includes(macron.name) && card.includes('الرئيس الفرنسي') && card.includes('شخص'), card);
  assert.ok(card.includes('الشراكة مع مصر'), 'his quote is in the card');
  assert.ok(!overlaps(await cardBox(page), rect), 'card beside the word, not over it');
  await page.screenshot({ path: `${ARTIFACTS}page-card.png` });
  await page.mouse.move(2, 2);
});

test('the article\'s text and DOM are identical before annotating, after, and after clearing', async () => {
  const p = await env.newPage();
  let release;
  const gate = new Promise((r) => { release = r; });
  await p.route('**/pkg/hashiya_bg.wasm', async (route) => { await gate; await route.continue(); });
  await p.goto(env.base);
  await p.waitForSelector('#article h2');
  const snapshot = () => p.evaluate(() => {
    const a = document.getElementById('article');
    const shape = (n) => n.nodeType === 3 ? `#${n.data}` : `<${n.nodeName}${[...n.attributes].map((x) => ` ${x.name}=${x.value}`).join('')}>[${[...n.childNodes].map(shape).join(',')}]`;
    return { text: a.textContent, shape: shape(a), highlights: CSS.highlights.size };
  });
  const before = await snapshot();
  assert.equal(before.highlights, 0, 'not annotated yet');
  release();
  await p.waitForFunction(() => document.documentElement.dataset.hashiya === 'ready');
  const annotated = await snapshot();
  assert.ok(annotated.highlights > 0, 'annotated');
  await p.evaluate(() => hashiya.clear());
  const cleared = await snapshot();
  assert.equal(cleared.highlights, 0);
  assert.equal(annotated.text, before.text);
  assert.equal(annotated.shape, before.shape);
  assert.equal(cleared.shape, before.shape);
  await p.context().close();
});

test('markup in a pasted article or an uploaded .html file stays inert text', async () => {
  const evil = '<img src=x onerror=window.__pwned=1>';
  await page.click('#paste-open');
  await page.fill('#paste-text', `${evil}\nقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن الاتفاق «خطوة مهمة».`);
  await page.click('#paste-go');
  await page.waitForFunction(() => document.documentElement.dataset.hashiya === 'ready' && hashiya.annotator?.text.includes('خطوة مهمة'));
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval('img', (x) => x.length), 0);
  assert.ok((await page.textContent('#article')).includes(evil), 'shown literally');

  const html = `<!doctype html><html><head><script>window.__pwned=2</script><style>p{color:red}</style></head><body>
    <h1>عنوان الخبر</h1>
    <p>فقرة أولى <b>مهمة</b> عن <a href="#">القاهرة</a>.</p>
    <img src=x onerror="window.__pwned=1"><p hidden>نص مخفي</p><div style="display:none">نص مخفي آخر</div>
    <script>window.__pwned=3</script><iframe srcdoc="<script>parent.__pwned=4</script>"></iframe>
    <p>${evil.replace(/</g, '&lt;')}</p></body></html>`;
  await page.setInputFiles('#file-input', { name: 'article.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await page.waitForFunction(() => document.documentElement.dataset.hashiya === 'ready' && hashiya.annotator?.text.includes('عنوان الخبر'));
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval('img, iframe, #article script', (x) => x.length), 0);
  const lines = await page.$$eval('#article > *', (els) => els.map((e) => e.textContent));
  assert.deepEqual(lines, ['عنوان الخبر', 'فقرة أولى مهمة عن القاهرة.', evil]);
});

test('paste a new article → annotated; export downloads the document JSON', async () => {
  const article = 'وزير الخارجية المصري يزور باريس\nوصل وزير الخارجية المصري بدر عبد العاطي إلى باريس، حيث التقى الرئيس الفرنسي إيمانويل ماكرون. وقال عبد العاطي: «العلاقات بين البلدين قوية».';
  await page.click('#paste-open');
  await page.fill('#paste-text', article);
  await page.click('#paste-go');
  await page.waitForFunction((t) => document.documentElement.dataset.hashiya === 'ready' && hashiya.annotator?.text === t, article);
  assert.deepEqual(await page.$$eval('#article > *', (els) => els.map((e) => e.tagName)), ['H2', 'P']);
  const doc = await getDoc();
  assert.equal(doc.text_length, article.length);
  const status = asciiDigits(await page.textContent('.hashiya-status'));
  assert.ok(status.includes(`${doc.quotes.length} اقتباسات`), status);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
  assert.equal(download.suggestedFilename(), 'hashiya.json');
  const json = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(json, doc);
  for (const key of ['entities', 'quotes', 'boilerplate']) assert.ok(Array.isArray(json[key]), key);
});

test('core: a pasted article is annotated (person with role, place, quote)', async () => {
  const doc = await getDoc(); // the article pasted by the previous test
  assert.ok(doc.entities.some((e) => e.type === 'person' && e.name.includes('عبد العاطي') && e.roles.some((r) => r.includes('وزير الخارجية'))), JSON.stringify(doc.entities));
  assert.ok(doc.entities.some((e) => e.type === 'place' && e.name === 'باريس'));
  assert.ok(doc.quotes.some((q) => q.kind === 'direct'));
});

test('when the wasm cannot load, a message is shown and the article stays readable', async () => {
  const p = await env.newPage();
  await p.route('**/pkg/hashiya_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await openPage(env, p);
  assert.equal(await p.evaluate(() => document.documentElement.dataset.hashiya), 'error');
  assert.ok(await p.isVisible('#error'));
  assert.match(await p.textContent('#error'), /تعذّر تحميل محرّك التحليل/);
  assert.ok((await p.textContent('#article')).includes('الرئيس الفرنسي إيمانويل ماكرون'));
  assert.equal(await p.evaluate(() => CSS.highlights.size), 0);
  assert.ok(await p.isDisabled('#export'));
  await p.context().close();
});

test('when annotate throws, a message is shown and the article stays readable', async () => {
  const p = await env.newPage();
  await p.route('**/pkg/hashiya.js', (route) => route.fulfill({ contentType: 'text/javascript',
    body: 'export default async function init() {}\nexport function annotate() { throw new Error("boom"); }' }));
  await openPage(env, p);
  assert.equal(await p.evaluate(() => document.documentElement.dataset.hashiya), 'error');
  assert.match(await p.textContent('#error'), /تعذّر تحليل هذا المقال.*boom/);
  assert.ok((await p.textContent('#article')).includes('الرئيس الفرنسي إيمانويل ماكرون'));
  await p.context().close();
});
