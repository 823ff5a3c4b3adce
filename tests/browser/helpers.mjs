// Shared set-up for the browser tests: one static server (port 0) and one Chromium per test file.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';

export const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });

export async function setup() {
  const server = await startServer({ port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  return {
    server, browser, base: server.url,
    async newPage(opts = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ar', acceptDownloads: true, ...opts });
      const page = await context.newPage();
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(e));
      page.on('console', (m) => { if (m.type() === 'error') page.errors.push(new Error(m.text())); });
      return page;
    },
    async close() { await browser.close(); await server.close(); },
  };
}

/** Arabic-Indic digits → ASCII, so counts in Arabic UI text can be compared. */
export const asciiDigits = (s) => s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));

/** Number of ranges in each hashiya highlight. */
export const highlightSizes = (page) => page.evaluate(() => Object.fromEntries(
  [...CSS.highlights.keys()].filter((k) => k.startsWith('hashiya-')).map((k) => [k.slice(8), CSS.highlights.get(k).size])));

/** Loads the standalone page and waits until it has annotated (or failed). */
export async function openPage(env, page, path = '') {
  await page.goto(env.base + path);
  await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.hashiya));
}

/**
 * Re-mounts the page's article with the hand-made document for the sample (see fixtures.mjs);
 * returns that document.
 */
export async function mountSampleDocument(page, sampleDocument) {
  const text = await page.evaluate(async () => {
    hashiya.clear();
    const { extractText } = await import('/shell/index.js');
    return extractText(document.getElementById('article')).text;
  });
  const doc = sampleDocument(text);
  await page.evaluate((doc) => hashiya.annotateArticle({ document: doc }), doc);
  return doc;
}

/** Scrolls a text span of the article into the middle of the view; returns its first client rect. */
export function spanRect(page, start, end) {
  return page.evaluate(([start, end]) => {
    const r = hashiya.annotator.extracted.range(start, end);
    const top = r.getBoundingClientRect().top;
    window.scrollBy({ top: top - innerHeight / 2, behavior: 'instant' });
    const b = r.getClientRects()[0];
    return { x: b.x, y: b.y, width: b.width, height: b.height, left: b.left, right: b.right, top: b.top, bottom: b.bottom };
  }, [start, end]);
}

export const center = (r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
export const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
export const cardBox = (page) => page.evaluate(() => {
  const c = document.querySelector('.hashiya-card');
  if (!c || c.hidden) return null;
  const b = c.getBoundingClientRect();
  return { left: b.left, right: b.right, top: b.top, bottom: b.bottom, vw: document.documentElement.clientWidth, vh: document.documentElement.clientHeight };
});
