// Injected on a toolbar click (chrome.scripting.executeScript). Content scripts cannot be modules, so
// this loads the real one once per page; the service worker then calls its command().
globalThis.hashiya ??= import((globalThis.browser ?? globalThis.chrome).runtime.getURL('content-main.js'));
