// The CMS embed (www/embed/hashiya-embed.js): live annotation, pre-computed annotations (the wasm is
// never fetched), and stale stored annotations (edited article) → live fallback, never wrong words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { ARTIFACTS } from './helpers.mjs';
import { checksum } from './fixtures.mjs';
import { startPagesServer } from './pages-server.mjs';

let server, browser, text;
before(async () => {
  server = await startPagesServer();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
after(async () => { await browser?.close(); await server?.close(); });

async function open(path, routes = {}) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, locale: 'ar' });
  page.requests = [];
  page.warnings = [];
  page.errors = [];
  page.on('request', (r) => page.requests.push(new URL(r.url()).pathname));
  page.on('console', (m) => { if (m.type() === 'warning') page.warnings.push(m.text()); if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  for (const [pattern, handler] of Object.entries(routes)) await page.route(pattern, handler);
  await page.goto(server.base + path);
  return page;
}
const ready = (page, sel = '#story') => page.evaluate(async (sel) => {
  const el = document.querySelector(sel);
  const { annotator, mode } = await (el.ready ?? el.hashiyaReady);
  return { mode, text: annotator.text, doc: annotator.doc };
}, sel);
const sizes = (page) => page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([k, h]) => [k, h.size])));
const fetchedWasm = (page) => page.requests.some((p) => p.endsWith('/pkg/hashiya_bg.wasm') || p.endsWith('/pkg/hashiya.js'));

/** A hand-made document for the article text (found by searching the words), like fixtures.mjs does. */
function handDocument(text) {
  const at = (s, from = 0) => { const i = text.indexOf(s, from); assert.ok(i >= 0, s); return { start: i, end: i + s.length }; };
  const q = at('الكتاب ما زال أقرب طريق إلى القارئ الشاب');
  return {
    text_length: text.length, text_checksum: checksum(text),
    entities: [
      { id: 'e1', type: 'person', name: 'سلمى العلوي', roles: ['وزيرة الثقافة المغربية'], mentions: [at('سلمى العلوي'), at('العلوي', at('سلمى العلوي').end)] },
      { id: 'e2', type: 'person', name: 'يوسف الحداد', roles: ['رئيس اتحاد الناشرين العرب'], mentions: [at('يوسف الحداد')] },
      { id: 'e3', type: 'organization', name: 'اتحاد الناشرين العرب', roles: [], mentions: [at('اتحاد الناشرين العرب')] },
      { id: 'e4', type: 'place', name: 'الرباط', roles: [], mentions: [at('الرباط', 10)] },
      { id: 'e5', type: 'place', name: 'بيروت', roles: [], mentions: [at('بيروت')] },
    ],
    quotes: [{ start: q.start, end: q.end, kind: 'direct', speaker: 'e1', speaker_text: 'العلوي' }],
    boilerplate: [],
  };
}

test('live: <hashiya-article> and [data-hashiya] are annotated with the wasm core; kinds and panel attributes apply', async () => {
  const page = await open('pages/embed.html');
  const story = await ready(page);
  text = story.text;
  assert.equal(story.mode, 'live');
  assert.ok(fetchedWasm(page));
  assert.equal(story.doc.text_checksum, checksum(text));
  const brief = await ready(page, '#brief');
  assert.ok(brief.doc.entities.length > 0 && brief.doc.entities.every((e) => e.type === 'place'), JSON.stringify(brief.doc.entities));
  const s = await sizes(page);
  assert.ok(s['hashiya-place'] + s['hashiya-person'] + s['hashiya-organization'] > 0, JSON.stringify(s));
  // The second article has its own highlight names, places only.
  assert.ok(s['hashiya-a2-place'] > 0 && s['hashiya-a2-person'] === 0, JSON.stringify(s));
  assert.ok(await page.$('#side .hashiya-panel'), 'panel="#side" renders the filter bar and list there');
  // The page's colour for places (--hashiya-place on :root) reaches the highlight rule.
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--hashiya-place').trim()), '#c2410c');
  await page.screenshot({ path: `${ARTIFACTS}embed-live.png`, fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('pre-computed (src-annotations): rendered from the JSON, the wasm is never fetched', async () => {
  const doc = handDocument(text);
  const page = await open('pages/embed-precomputed.html', { '**/pages/embed-annotations.json': (r) => r.fulfill({ json: doc }) });
  const story = await ready(page);
  assert.equal(story.mode, 'precomputed');
  assert.equal(story.text, text);
  const s = await sizes(page);
  assert.deepEqual([s['hashiya-person'], s['hashiya-organization'], s['hashiya-place'], s['hashiya-quote-direct']], [3, 1, 2, 1]);
  await page.waitForTimeout(300);
  assert.equal(fetchedWasm(page), false, page.requests.join(' '));
  // Ranges cover exactly the words of the document.
  const words = await page.evaluate(() => [...CSS.highlights.get('hashiya-person')].map((r) => r.toString()));
  assert.deepEqual(words.sort(), ['العلوي', 'سلمى العلوي', 'يوسف الحداد'].sort());
  // Hover a person: a card.
  const box = await page.evaluate(() => { const r = [...CSS.highlights.get('hashiya-person')][0].getClientRects()[0]; return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; });
  await page.mouse.move(box.x, box.y);
  await page.waitForSelector('.hashiya-card:not([hidden])');
  await page.screenshot({ path: `${ARTIFACTS}embed-precomputed.png` });
  assert.deepEqual(page.warnings, []);
  await page.close();
});

const inline = (doc) => ({
  '**/pages/embed-inline.html': async (route) => {
    const res = await route.fetch();
    route.fulfill({ response: res, body: (await res.text()).replace('__DOC__', JSON.stringify(doc)) });
  },
});

test('pre-computed (child <script>), cards-quotes="off": quotes highlighted but open no card', async () => {
  const page = await open('pages/embed-inline.html', inline(handDocument(text)));
  const story = await ready(page);
  assert.equal(story.mode, 'precomputed');
  assert.equal(fetchedWasm(page), false);
  const s = await sizes(page);
  assert.equal(s['hashiya-quote-direct'], 1);
  // Hover a word of the quote that is not a mention: no card.
  const box = await page.evaluate(() => { const r = [...CSS.highlights.get('hashiya-quote-direct')][0].getClientRects()[0]; return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; });
  await page.mouse.move(box.x, box.y);
  await page.waitForTimeout(300);
  assert.equal(await page.$('.hashiya-card:not([hidden])'), null);
  // lang="en": the card speaks English (the article's words stay as they are).
  const person = await page.evaluate(() => { const r = [...CSS.highlights.get('hashiya-person')][0].getClientRects()[0]; return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; });
  await page.mouse.move(person.x, person.y);
  const card = await page.waitForSelector('.hashiya-card:not([hidden])');
  const words = await card.textContent();
  for (const w of ['person', 'سلمى العلوي', '2 mentions', 'this is 1 of 2', 'Only this', 'Quotes (1)']) assert.ok(words.includes(w), `${w} in ${words}`);
  assert.equal(await card.getAttribute('lang'), 'en');
  await page.screenshot({ path: `${ARTIFACTS}embed-english-card.png` });
  await page.close();
});

test('stale stored annotations (the article was edited): warns once and annotates live, on the right words', async () => {
  // The stored document belongs to an earlier version of the text: same length, one word different.
  const earlier = text.replace('مساء أمس', 'صباح أمس');
  assert.equal(earlier.length, text.length);
  const stale = handDocument(earlier);
  const page = await open('pages/embed-inline.html', inline(stale));
  const story = await ready(page);
  assert.equal(story.mode, 'live');
  assert.ok(fetchedWasm(page), 'fell back to the core');
  assert.equal(story.doc.text_checksum, checksum(text));
  assert.equal(page.warnings.filter((w) => w.includes('do not match')).length, 1, page.warnings.join('\n'));
  // Every highlighted range reads exactly the words the live document names.
  const bad = await page.evaluate(() => {
    const out = [];
    for (const [name, h] of CSS.highlights) for (const r of h) if (!r.toString().trim()) out.push(name);
    return out;
  });
  assert.deepEqual(bad, []);
  const mentions = story.doc.entities.flatMap((e) => e.mentions.map((m) => story.text.slice(m.start, m.end)));
  const drawn = await page.evaluate(() => ['person', 'organization', 'place'].flatMap((k) => [...CSS.highlights.get(`hashiya-${k}`)].map((r) => r.toString())));
  assert.deepEqual(drawn.sort(), mentions.sort());
  await page.close();
});
