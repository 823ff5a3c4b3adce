// hashiya/node: the wasm core in Node (servers, build steps, batch pre-computing). The module is
// compiled once, synchronously, from the packaged file: no fetch, no network.
import { readFileSync } from 'node:fs';
import { initSync, annotate } from './pkg/hashiya.js';

initSync({ module: readFileSync(new URL('./pkg/hashiya_bg.wasm', import.meta.url)) });

export { annotate };

/** FNV-1a over UTF-16 code units, the same as a document's text_checksum. */
export function checksum(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}
