// Registered (chrome.scripting.registerContentScripts) for the sites the reader chose to run on
// automatically; the same module as a toolbar click, started at once.
(globalThis.hashiya ??= import((globalThis.browser ?? globalThis.chrome).runtime.getURL('content-main.js')))
  .then((m) => m.command({ type: 'start', auto: true }));
