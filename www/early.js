// Starts compiling the core while the page is still loading (a classic async script runs as soon as
// it arrives; page.js runs only after the whole module graph has been fetched and evaluated).
// page.js picks the compiled module up (and starts it itself if it runs first); if this fails, the
// glue compiles the core as usual.
self.hashiyaCompiled ??= WebAssembly.compileStreaming?.(fetch('pkg/hashiya_bg.wasm')).catch(() => null);
