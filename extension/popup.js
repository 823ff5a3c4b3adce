// The toolbar popup (set for a tab once it is annotated): on/off for the site, "run automatically",
// and the shell's own filter bar and entity list, driving the page through its content script.
import { createPanel } from './shell/panel.js';
import { fmt } from './shell/card.js';

const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);
// ?tab= lets tests open the popup as a page; a real popup acts on the active tab.
const tabId = Number(new URLSearchParams(location.search).get('tab')) || (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
const tab = await api.tabs.get(tabId).catch(() => null); // its url is readable thanks to activeTab
const toPage = (cmd) => api.tabs.sendMessage(tabId, { cmd }).catch(() => null); // null: no content script yet
const pattern = (origin) => { const u = new URL(origin); return `${u.protocol}//${u.hostname}/*`; };
let panel = null, origin = null, entities = [];

async function refresh(state) {
  state ??= await toPage({ type: 'state' });
  const site = await api.runtime.sendMessage({ type: 'site', url: state?.origin ?? tab?.url });
  origin = site.origin;
  $('site').textContent = origin ? new URL(origin).host : '';
  $('on').checked = !!state?.on;
  $('auto').checked = !!site.auto;
  $('on').disabled = $('auto').disabled = !origin;
  $('message').textContent = !origin ? 'لا تعمل حاشية على هذه الصفحة.'
    : !state?.on ? 'حاشية متوقفة على هذه الصفحة.'
    : state.error ? `تعذّر التحليل: ${state.error}`
    : state.waiting ? 'لم يُعثر بعد على نص مقال عربي في هذه الصفحة.' : '';
  panel?.destroy();
  panel = null;
  if (!state?.on || !state.articles) return;
  entities = state.entities;
  panel = createPanel($('panel'), {
    entities,
    onFilter: (name, on) => toPage({ type: 'filter', name, on }).then(sync),
    onOnly: (id) => toPage({ type: 'only', id }).then(sync),
    onReset: () => toPage({ type: 'reset' }).then(sync),
    onFocusEntity: (id, { open }) => { if (open) toPage({ type: 'focus', id }); },
  });
  const count = (t) => entities.filter((e) => e.type === t).length;
  panel.setStatus(`${fmt(count('person'))} أشخاص، ${fmt(count('organization'))} منظمات، ${fmt(count('place'))} أماكن، ${fmt(state.quotes)} اقتباسات`, 'على جهازك');
  sync(state);
}

function sync(state) {
  if (panel && state?.filters) panel.setFilters({ ...state.filters, only: entities.find((e) => e.id === state.filters.only) ?? null });
}

$('on').addEventListener('change', async (ev) => {
  const res = await api.runtime.sendMessage({ type: 'set-on', tabId, on: ev.target.checked });
  await refresh(res?.error ? null : res);
});

$('auto').addEventListener('change', async (ev) => {
  const want = ev.target.checked, origins = [pattern(origin)];
  // The permission request must come straight from the click (no await before it).
  const granted = want ? await api.permissions.request({ origins }) : (await api.permissions.remove({ origins }), false);
  await api.runtime.sendMessage({ type: 'set-auto', origin, auto: granted });
  ev.target.checked = granted;
});

await refresh();
document.documentElement.dataset.ready = 'true';
