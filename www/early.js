// Starts compiling the core while the page is still loading (a classic async script runs as soon as
// it arrives; page.js runs only after the whole module graph has been fetched and evaluated).
// page.js picks the compiled module up; if this fails or is missing, it compiles the core itself.
self.hashiyaCompiled = WebAssembly.compileStreaming?.(fetch('pkg/hashiya_bg.wasm')).catch(() => null);
