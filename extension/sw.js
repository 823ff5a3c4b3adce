// Service worker: runs the wasm core (extension pages may compile wasm: 'wasm-unsafe-eval' in the
// manifest's CSP; a content script could not on a page whose CSP forbids it), handles the toolbar
// button and remembers per-site choices. It makes no network request: the wasm is a packaged file.
import init, { annotate } from './pkg/hashiya.js';

const api = globalThis.browser ?? globalThis.chrome;
// No top-level await in a service worker: load the wasm on first use and keep the promise.
let engine = null;
const ready = () => (engine ??= init({ module_or_path: api.runtime.getURL('pkg/hashiya_bg.wasm') }).catch((e) => { engine = null; throw e; }));

/** Injects the content script (once per page) and runs one of its commands; returns its reply. */
export async function command(tabId, cmd) {
  await api.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  const [res] = await api.scripting.executeScript({
    target: { tabId },
    func: (c) => globalThis.hashiya.then((m) => m.command(c)),
    args: [cmd],
  });
  return res?.result;
}

// ---- per-site settings: { sites: { "https://example.com": { on, auto } } } ----
const siteOf = (url) => { try { const u = new URL(url); return /^https?:$/.test(u.protocol) ? u.origin : null; } catch { return null; } };
const pattern = (origin) => { const u = new URL(origin); return `${u.protocol}//${u.hostname}/*`; }; // match patterns have no port
async function getSites() { return (await api.storage.local.get('sites')).sites ?? {}; }
async function setSite(origin, patch) {
  const sites = await getSites();
  sites[origin] = { on: false, auto: false, ...sites[origin], ...patch };
  await api.storage.local.set({ sites });
  await syncAuto(sites);
  return sites[origin];
}

/** One registered content script covers every site that is on and set to run automatically. */
async function syncAuto(sites) {
  const matches = Object.entries(sites).filter(([, s]) => s.on && s.auto).map(([o]) => pattern(o));
  const [had] = await api.scripting.getRegisteredContentScripts({ ids: ['hashiya-auto'] });
  if (had) await api.scripting.unregisterContentScripts({ ids: ['hashiya-auto'] });
  if (!matches.length) return;
  // Only the sites whose host permission the reader granted (from the popup) can get it.
  const allowed = [];
  for (const m of matches) if (await api.permissions.contains({ origins: [m] })) allowed.push(m);
  if (allowed.length) {
    await api.scripting.registerContentScripts([{ id: 'hashiya-auto', matches: allowed, js: ['content-auto.js'], runAt: 'document_idle' }]);
  }
}

/** What the toolbar button does (and what tests call): annotate this tab and turn its site on. */
export async function activate(tab) {
  const res = await command(tab.id, { type: 'start' });
  const origin = siteOf(tab.url ?? res?.origin);
  if (origin) await setSite(origin, { on: true });
  return res;
}
/** The popup's switch: on = annotate, off = remove everything from the page and remember "off". */
async function setOn(tabId, on) {
  const tab = await api.tabs.get(tabId);
  const res = await command(tabId, { type: on ? 'start' : 'stop' });
  const origin = siteOf(tab.url ?? res?.origin);
  if (origin) await setSite(origin, { on });
  return res;
}
// For tests (sw.evaluate): the toolbar's action, and how many texts the core annotated.
const stats = { annotations: 0 };
Object.assign(globalThis, { hashiyaActivate: activate, hashiyaSetOn: setOn, hashiyaSetSite: setSite, hashiyaStats: stats });

// Without a popup the button fires onClicked; once a tab is annotated it gets the popup (filters, list, off switch).
api.action.onClicked.addListener((tab) => { activate(tab).catch((e) => console.warn('hashiya:', e)); });

function showState(tabId, { on, count }) {
  api.action.setPopup({ tabId, popup: on ? 'popup.html' : '' });
  api.action.setBadgeText({ tabId, text: on && count ? String(count) : '' });
  api.action.setBadgeBackgroundColor?.({ tabId, color: '#7c3a06' });
}

// A new document in the tab: back to one-click annotate (an auto-run page reports "on" again itself).
api.tabs.onUpdated.addListener((tabId, info) => { if (info.status === 'loading') showState(tabId, { on: false }); });

api.runtime.onMessage.addListener((msg, sender, reply) => {
  if (sender.id !== api.runtime.id) return false;
  const run = {
    // From a content script: the article text → the document (UTF-16 offsets into that text).
    annotate: async () => { await ready(); stats.annotations++; return { doc: annotate(msg.text) }; },
    state: async () => { if (sender.tab) showState(sender.tab.id, msg); return {}; },
    // From the popup.
    site: async () => { const origin = siteOf(msg.url); return { origin, ...(origin ? (await getSites())[origin] : {}) }; },
    'set-on': () => setOn(msg.tabId, msg.on),
    'set-auto': () => setSite(msg.origin, { auto: msg.auto }),
  }[msg?.type];
  if (!run) return false;
  run().then(reply, (e) => reply({ error: String(e?.message ?? e) }));
  return true; // reply comes later
});
