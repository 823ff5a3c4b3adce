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
