// The browser extension (dist/extension, made by scripts/build-extension.sh), loaded unpacked in
// Chromium, on hand-written news pages served from 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { mkdtempSync, cpSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTIFACTS } from './helpers.mjs';
import { startPagesServer } from './pages-server.mjs';

// Lets context.on('request') see the service worker's requests as well.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const DIST = new URL('../../dist/extension/', import.meta.url).pathname;
let server, context, sw, extDir, profile, extId;
const requests = [];

before(async () => {
  server = await startPagesServer();
  // A toolbar click grants activeTab; a test cannot click the toolbar, so this copy of the extension
  // may read 127.0.0.1 pages instead. Everything else is dist/extension as shipped.
  extDir = mkdtempSync(join(tmpdir(), 'hashiya-ext-'));
  cpSync(DIST, extDir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(extDir, 'manifest.json'), JSON.stringify(manifest));
  profile = mkdtempSync(join(tmpdir(), 'hashiya-profile-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: false,
    viewport: { width: 1280, height: 900 }, locale: 'ar',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--headless=new',
      `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
  });
  context.on('request', (r) => requests.push(r.url()));
  sw = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  extId = new URL(sw.url()).host;
});
after(async () => {
  await context?.close();
  await server?.close();
  for (const d of [extDir, profile]) if (d) rmSync(d, { recursive: true, force: true });
});

async function open(path) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(server.base + path);
  page.tabId = await sw.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());
  assert.ok(page.tabId, 'tab id');
  return page;
}
/** What a toolbar click does (the action handler's own function). */
const activate = (page) => sw.evaluate(([id, url]) => hashiyaActivate({ id, url }), [page.tabId, page.url()]);
const annotations = () => sw.evaluate(() => hashiyaStats.annotations);

/** Every hashiya highlight's ranges, with their text and which page region holds them. */
const highlighted = (page) => page.evaluate(() => {
  const out = {};
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('hashiya-')) continue;
    const kind = name.replace(/^hashiya-x\d+-/, '');
    for (const r of h) {
      const el = r.commonAncestorContainer.nodeType === 1 ? r.commonAncestorContainer : r.commonAncestorContainer.parentElement;
      const region = el.closest('.related') ? 'related' : el.closest('.sidebar') ? 'sidebar' : el.closest('.comments') ? 'comments'
        : el.closest('header, nav, .ticker, footer') ? 'furniture' : el.closest('article') ? 'article' : 'other';
      (out[kind] ??= []).push({ text: r.toString(), region });
    }
  }
  return out;
});
const shadow = (page, sel) => page.evaluateHandle((sel) => document.querySelector('hashiya-ui')?.shadowRoot?.querySelector(sel), sel);
const entityKinds = ['person', 'organization', 'place'];

test('toolbar action on a news page: the article body is annotated, boxes, comments and furniture are not', async () => {
  const page = await open('pages/news.html');
  // (The ticker changes by itself, so the page body is compared without it.)
  const snapshot = () => page.evaluate(() => ({ html: document.querySelector('.wrap').outerHTML, text: document.querySelector('.wrap').textContent }));
  const before = await snapshot();
  const state = await activate(page);
  assert.equal(state.on, true);
  assert.equal(state.articles, 1, JSON.stringify(state));
  const hl = await highlighted(page);
  const all = Object.entries(hl).filter(([k]) => k !== 'active').flatMap(([, v]) => v);
  assert.ok(entityKinds.reduce((n, k) => n + (hl[k]?.length ?? 0), 0) >= 3, JSON.stringify(hl));
  assert.ok((hl['quote-direct']?.length ?? 0) + (hl['quote-indirect']?.length ?? 0) >= 1, JSON.stringify(hl));
  assert.deepEqual(all.filter((r) => r.region !== 'article'), [], 'only the article body is annotated');
  // The page's DOM and text are unchanged (the UI lives in a shadow root after <body>).
  const afterward = await snapshot();
  assert.equal(await page.evaluate(() => document.body.contains(document.querySelector('hashiya-ui'))), false);
  assert.equal(afterward.text, before.text);
  assert.equal(afterward.html, before.html);
  // The page's own script still works.
  await page.click('#like');
  await page.click('#like');
  assert.equal(await page.textContent('#likes'), '2');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('cards open in the shadow root, their buttons work, filters from the popup apply to the page', async () => {
  const page = await open('pages/news.html');
  await activate(page);
  // Hover the first highlighted place (or any entity) → its card, inside the shadow root.
  const target = await page.evaluate(() => {
    const name = [...CSS.highlights.keys()].find((k) => /-(place|person|organization)$/.test(k) && CSS.highlights.get(k).size);
    const r = [...CSS.highlights.get(name)][0];
    r.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const b = r.getClientRects()[0];
    return { x: b.left + b.width / 2, y: b.top + b.height / 2, text: r.toString() };
  });
  await page.mouse.move(target.x, target.y);
  await page.waitForFunction(() => { const c = document.querySelector('hashiya-ui').shadowRoot.querySelector('.hashiya-card'); return c && !c.hidden; });
  assert.equal(await page.evaluate(() => document.querySelector('.hashiya-card')), null, 'no card in the page DOM');
  const card = await shadow(page, '.hashiya-card');
  assert.ok((await card.evaluate((c) => c.textContent)).length > 0);
  // The card's own button ("only this") works: a press inside a shadow root must not close it first.
  await page.mouse.click(target.x, target.y); // click = pinned card
  const only = await shadow(page, '.hashiya-card [data-action="only"]');
  await only.click();
  const state = await page.evaluate(() => document.querySelector('hashiya-ui').shadowRoot.querySelector('.hashiya-only')?.hidden);
  assert.equal(state, false, 'the in-page panel shows the "only" filter');
  // Host CSS (`button { all: unset }`, html font-size 12px) does not reach the card.
  const style = await card.evaluate((c) => { const s = getComputedStyle(c.querySelector('button')); return { border: s.borderTopStyle, size: getComputedStyle(c).fontSize }; });
  assert.deepEqual(style, { border: 'solid', size: '15px' });
  await page.keyboard.press('Escape');

  // The popup (opened as a page for the test) lists the entities and drives the filters.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 640 });
  await popup.goto(`chrome-extension://${extId}/popup.html?tab=${page.tabId}`);
  await popup.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  assert.equal(await popup.isChecked('#on'), true);
  const items = await popup.$$eval('.hashiya-item', (b) => b.map((x) => x.textContent));
  assert.ok(items.length >= 3, items.join(' / '));
  await popup.click('[data-action="reset"]');
  const sizes = () => page.evaluate(() => Object.fromEntries([...CSS.highlights].filter(([k]) => k.startsWith('hashiya-')).map(([k, h]) => [k.replace(/^hashiya-x\d+-/, ''), h.size])));
  const before = await sizes();
  for (const kind of ['place', 'quotes']) {
    await popup.click(`input[data-filter="${kind}"]`);
    await page.waitForFunction((k) => [...CSS.highlights].some(([n, h]) => n.endsWith(k) && h.size === 0), kind === 'quotes' ? '-quote-direct' : '-place');
  }
  const off = await sizes();
  assert.equal(off.place, 0);
  assert.equal(off['quote-direct'] + off['quote-indirect'], 0);
  assert.equal(off.person, before.person);
  await popup.screenshot({ path: `${ARTIFACTS}extension-popup.png` });
  await popup.click('[data-action="reset"]');
  await page.waitForFunction((n) => [...CSS.highlights].some(([k, h]) => k.endsWith('-place') && h.size === n), before.place);
  // Clicking an entity in the popup opens its card on the page.
  await popup.click('.hashiya-item');
  await page.waitForFunction(() => { const c = document.querySelector('hashiya-ui').shadowRoot.querySelector('.hashiya-card'); return c && !c.hidden; });

  // Screenshot: the article with highlights, a card and the in-page panel open.
  await page.bringToFront();
  await page.evaluate(() => document.querySelector('hashiya-ui').shadowRoot.querySelector('.hx-pill').click());
  await page.screenshot({ path: `${ARTIFACTS}extension-news.png` });

  // Keyboard in the shadow root: arrows move through the list, Enter opens the card with focus in it,
  // Escape closes it and gives focus back to the list item.
  const active = () => page.evaluate(() => { const a = document.querySelector('hashiya-ui').shadowRoot.activeElement; return a && (a.classList.contains('hashiya-card') ? 'card' : a.dataset.entity); });
  const ids = await page.evaluate(() => [...document.querySelector('hashiya-ui').shadowRoot.querySelectorAll('.hashiya-item')].map((b) => b.dataset.entity));
  await (await shadow(page, '.hashiya-item')).focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await active(), ids[1]);
  await page.keyboard.press('Enter');
  assert.equal(await active(), 'card');
  await page.keyboard.press('Escape');
  assert.equal(await active(), ids[1]);

  // The popup's switch turns the site off: everything is removed from the page.
  await popup.click('#on');
  await page.waitForFunction(() => !document.querySelector('hashiya-ui') && ![...CSS.highlights.keys()].some((k) => k.startsWith('hashiya-')));
  // The service worker clears the page first and then stores "off": wait for the store.
  const origin = new URL(server.base).origin;
  let sites;
  for (let i = 0; i < 50; i++) {
    sites = await sw.evaluate(() => chrome.storage.local.get('sites'));
    if (sites.sites?.[origin]?.on === false) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(sites.sites[origin].on, false);
  await popup.close();
  await page.close();
});

test('strict-CSP page (script-src \'self\'): annotated anyway, since the wasm runs in the service worker', async () => {
  const page = await open('pages/news.html?csp=strict');
  // The page's CSP is really in force: the page's own script (site.js) could not compile wasm.
  await page.waitForFunction(() => document.documentElement.dataset.wasm);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.wasm), 'blocked');
  const state = await activate(page);
  assert.equal(state.articles, 1, JSON.stringify(state));
  const hl = await highlighted(page);
  assert.ok(entityKinds.some((k) => hl[k]?.length), JSON.stringify(hl));
  // Highlight colours come from the adopted sheet (no <style> element, which style-src 'self' would block).
  const deco = await page.evaluate(() => {
    const r = [...CSS.highlights].find(([k, h]) => k.endsWith('-place') && h.size)?.[1];
    return !!r && document.adoptedStyleSheets.some((s) => [...s.cssRules].some((x) => x.selectorText?.includes('::highlight(')));
  });
  assert.equal(deco, true);
  await page.screenshot({ path: `${ARTIFACTS}extension-strict-csp.png` });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('an article that arrives after load is annotated once; later changes re-annotate, nothing twice', async () => {
  const page = await open('pages/late.html');
  const first = await activate(page); // before the story is there
  assert.equal(first.articles, 0);
  assert.equal(first.waiting, true);
  const n0 = await annotations();
  await page.waitForFunction(() => [...CSS.highlights].some(([k, h]) => k.startsWith('hashiya-') && h.size > 0));
  assert.equal(await annotations(), n0 + 1);
  // The ticker keeps changing the page: no new annotation.
  await page.waitForTimeout(3500);
  assert.equal(await annotations(), n0 + 1);
  // One more paragraph in the story: annotated again as one article, old highlights gone.
  await page.click('#more');
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('hashiya-x2-')), null, { timeout: 5000 });
  assert.equal(await annotations(), n0 + 2);
  const prefixes = await page.evaluate(() => [...new Set([...CSS.highlights.keys()].filter((k) => k.startsWith('hashiya-')).map((k) => k.split('-')[1]))]);
  assert.deepEqual(prefixes, ['x2']);
  const hl = await highlighted(page);
  assert.ok(Object.values(hl).flat().some((r) => r.text.includes('نبيل') || r.text.includes('باريس')), JSON.stringify(hl));
  await page.close();
});

test('"run automatically on this site": a registered content script annotates the site\'s pages; off unregisters it', async () => {
  // (The popup's checkbox asks for the site's host permission first; this test copy already has it.)
  const origin = new URL(server.base).origin;
  await sw.evaluate((o) => hashiyaSetSite(o, { on: true, auto: true }), origin);
  const scripts = await sw.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  assert.deepEqual(scripts.map((s) => s.matches), [['http://127.0.0.1/*']]);
  const page = await open('pages/news.html'); // no toolbar action
  await page.waitForFunction(() => [...CSS.highlights].some(([k, h]) => k.startsWith('hashiya-') && h.size > 0));
  await sw.evaluate((o) => hashiyaSetSite(o, { on: false }), origin);
  assert.deepEqual(await sw.evaluate(() => chrome.scripting.getRegisteredContentScripts()), []);
  await page.close();
});

test('no network request leaves the extension', async () => {
  // Every request of the pages, the popup and the service worker: only the test pages' own server
  // and the extension's packaged files.
  const base = server.base.replace(/\/$/, '');
  const foreign = requests.filter((u) => !u.startsWith(base) && !u.startsWith(`chrome-extension://${extId}/`) && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  // The service worker's requests are recorded too: it fetched the wasm, from the package.
  assert.ok(requests.includes(`chrome-extension://${extId}/pkg/hashiya_bg.wasm`), requests.join(' '));
});
