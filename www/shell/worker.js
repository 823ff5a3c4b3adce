// Module worker: annotates long texts off the main thread with its own instance of the wasm core.
// In:  { id, text }.  Out: { id, doc } where the document's mentions and quote spans come packed in
// transferred Int32Arrays (see annotate-worker.js): a clone of 100,000 small objects would cost the
// main thread one long task to receive. Or { id, error } — and after a trap the worker closes, since
// a wasm instance that trapped (panic = abort) is not safe to use again.
import init, { annotate } from '../pkg/hashiya.js';
import { pack } from './annotate-worker.js';

const ready = init();
self.onmessage = async ({ data: { id, text } }) => {
  try {
    await ready;
    const { doc, transfer } = pack(annotate(text));
    self.postMessage({ id, doc }, transfer);
  } catch (err) {
    self.postMessage({ id, error: String(err?.message ?? err) });
    if (err instanceof WebAssembly.RuntimeError) self.close();
  }
};
