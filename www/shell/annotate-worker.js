// Annotating long texts without freezing the page: in a Web Worker (worker.js) when the browser lets
// us start one, else on the main thread a chunk of paragraphs at a time with yields in between.
import { yieldToMain } from './dom-text.js';

const KIND = ['direct', 'indirect'];

/** Worker side: the document with its bulk (mentions, quotes) in Int32Arrays; `transfer` lists their buffers. */
export function pack(doc) {
  let n = 0;
  for (const e of doc.entities) n += e.mentions.length;
  const mentions = new Int32Array(n * 3);
  let k = 0;
  doc.entities.forEach((e, i) => { for (const m of e.mentions) { mentions[k++] = i; mentions[k++] = m.start; mentions[k++] = m.end; } });
  const ids = new Map(doc.entities.map((e, i) => [e.id, i]));
  // Per quote: start, end, kind, speaker index, speaker span, speaker_text as [from, to) of one string.
  const quotes = new Int32Array(doc.quotes.length * 8);
  let speakerTexts = '';
  doc.quotes.forEach((q, i) => {
    const from = q.speaker_text == null ? -1 : speakerTexts.length;
    if (from >= 0) speakerTexts += q.speaker_text;
    quotes.set([q.start, q.end, KIND.indexOf(q.kind), q.speaker ? ids.get(q.speaker) ?? -1 : -1,
      q.speaker_span?.start ?? -1, q.speaker_span?.end ?? -1, from, speakerTexts.length], i * 8);
  });
  return {
    doc: { ...doc, entities: doc.entities.map((e) => ({ ...e, mentions: [] })), quotes, speakerTexts, mentions },
    transfer: [mentions.buffer, quotes.buffer],
  };
}

/** Main side: the document again, built a few ms at a time. */
export async function unpack(packed) {
  const { mentions, quotes, speakerTexts } = packed;
  const doc = {}; // the same keys in the same order as the core's document
  for (const k of Object.keys(packed)) if (k !== 'mentions' && k !== 'speakerTexts') doc[k] = packed[k];
  let t = performance.now();
  const breathe = async () => { if (performance.now() - t > 5) { await yieldToMain(); t = performance.now(); } };
  for (let k = 0; k < mentions.length; k += 3) {
    doc.entities[mentions[k]].mentions.push({ start: mentions[k + 1], end: mentions[k + 2] });
    if (k % 3000 === 0) await breathe();
  }
  doc.quotes = [];
  for (let i = 0; i < quotes.length; i += 8) {
    const start = quotes[i], end = quotes[i + 1], kind = quotes[i + 2], sp = quotes[i + 3], ss = quotes[i + 4], se = quotes[i + 5];
    const q = { start, end, kind: KIND[kind], speaker: sp >= 0 ? doc.entities[sp].id : null,
      speaker_text: quotes[i + 6] >= 0 ? speakerTexts.slice(quotes[i + 6], quotes[i + 7]) : null };
    if (ss >= 0) q.speaker_span = { start: ss, end: se };
    doc.quotes.push(q);
    if (i % 8000 === 0) await breathe();
  }
  return doc;
}

/**
 * Page side: annotate(text) → Promise<document>, running in a module worker. Rejects (and the next
 * call starts a new worker) if the worker cannot start, fails to load the core or traps.
 */
export function workerAnnotator(url = new URL('./worker.js', import.meta.url)) {
  let worker = null, seq = 0, idle = 0;
  const waiting = new Map();
  const failAll = (err) => { for (const { reject } of waiting.values()) reject(err); waiting.clear(); worker?.terminate(); worker = null; };
  // Wasm memory never shrinks (~40 bytes per UTF-16 code unit annotated): an idle worker is let go.
  const rest = () => { clearTimeout(idle); if (!waiting.size) idle = setTimeout(() => { worker?.terminate(); worker = null; }, 30_000); };
  function start() {
    worker = new Worker(url, { type: 'module' });
    worker.onmessage = ({ data }) => {
      const w = waiting.get(data.id);
      waiting.delete(data.id);
      if (!w) return;
      if (data.error) { w.reject(new Error(data.error)); if (/unreachable|RuntimeError/i.test(data.error)) failAll(new Error(data.error)); }
      else unpack(data.doc).then(w.resolve, w.reject);
      rest();
    };
    worker.onerror = (ev) => { ev.preventDefault?.(); failAll(new Error(`hashiya: the annotation worker failed (${ev.message || 'could not load'})`)); };
  }
  const annotate = (text) => new Promise((resolve, reject) => {
    clearTimeout(idle);
    if (!worker) start();
    const id = ++seq;
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, text });
  });
  annotate.terminate = () => failAll(new Error('hashiya: the annotation worker was stopped'));
  return annotate;
}

/**
 * Main-thread fallback: annotates `text` in chunks of whole lines sized to take ~15 ms each, yielding
 * in between, and joins the results (entities of the same type and name become one). A quote or a
 * name cannot cross a line break, so the chunks see what the whole would; the clustering across
 * chunks is by exact name only.
 */
export async function annotateInChunks(annotate, text, { checksum, onProgress } = {}) {
  const doc = { text_length: text.length, text_checksum: checksum ? checksum(text) : undefined, entities: [], quotes: [], boilerplate: [] };
  const byKey = new Map(); // "type name" → merged entity
  let at = 0, size = 4000;
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    if (end < text.length) { // at a line break, else at a space
      const nl = text.lastIndexOf('\n', end), sp = text.lastIndexOf(' ', end);
      end = nl > at ? nl + 1 : sp > at ? sp + 1 : end;
    }
    const chunk = text.slice(at, end);
    const t0 = performance.now();
    const part = await annotate(chunk);
    const ms = performance.now() - t0;
    size = Math.max(1000, Math.min(200000, Math.round(chunk.length * 15 / Math.max(ms, 1))));
    const ids = new Map();
    for (const e of part.entities) {
      const key = `${e.type} ${e.name}`;
      let m = byKey.get(key);
      if (!m) { m = { ...e, id: `e${byKey.size + 1}`, roles: [...e.roles], mentions: [] }; byKey.set(key, m); doc.entities.push(m); }
      else for (const r of e.roles) if (!m.roles.includes(r)) m.roles.push(r);
      for (const s of e.mentions) m.mentions.push({ start: s.start + at, end: s.end + at });
      ids.set(e.id, m.id);
    }
    for (const q of part.quotes) {
      const c = { ...q, start: q.start + at, end: q.end + at, speaker: q.speaker ? ids.get(q.speaker) ?? null : null };
      if (q.speaker_span) c.speaker_span = { start: q.speaker_span.start + at, end: q.speaker_span.end + at };
      doc.quotes.push(c);
    }
    for (const b of part.boilerplate) doc.boilerplate.push({ start: b.start + at, end: b.end + at });
    at = end;
    onProgress?.(at / text.length);
    await yieldToMain();
  }
  return doc;
}
