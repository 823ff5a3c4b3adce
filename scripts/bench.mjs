// `npm run bench`: how fast and how big hashiya is, as ONE table and a last line `score: …`.
//   core natively (cargo bench --bench core), the same inputs in WebAssembly in Node and in headless
//   Chromium, wasm/native ratio, first highlight on the sample page, drawing alone, sizes, wasm memory.
// Inputs: the seed article (../shared/corpus/ar-azerbaijan-russia.txt, read there, never copied),
// www/sample-article.txt and a ~1 MB varied text built exactly as benches/core.rs builds it.
// Options: --no-native (skip cargo bench), --quick (fewer runs). Timings on a busy machine are noisy.
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync, brotliCompressSync, constants as Z } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const MIN_MS = QUICK ? 300 : 1500;
const log = (...a) => console.error('[bench]', ...a);

// ---- inputs (same construction as benches/core.rs) ----
const read = (p) => (existsSync(p) ? readFileSync(p, 'utf8') : null);
const sample = read(join(ROOT, 'www/sample-article.txt')) ?? '';
const seed = read(join(ROOT, '../shared/corpus/ar-azerbaijan-russia.txt'));
let varied = sample;
if (seed) varied += '\n' + seed;
const dev = read(join(ROOT, '../shared/data/anercorp/dev.txt'));
if (dev) varied += '\n' + dev.split('\n\n').map((s) => s.split(/\r?\n/).filter((l, i, a) => i < a.length - 1 || l !== '').map((l) => l.split(' ')[0]).join(' ')).join('\n');
let mega = '';
while (Buffer.byteLength(mega) < 1_000_000 && varied) mega += varied + '\n';
const INPUTS = [['seed-article', seed], ['sample-article', sample], ['varied-1MB', mega]].filter(([, t]) => t);
const bytes = (t) => Buffer.byteLength(t);

// ---- rows of the one table ----
const rows = []; // [measure, value, target, met(true|false|null)]
const row = (measure, value, target = '', met = null) => rows.push([measure, value, target, met]);
const f = (x, d = 2) => (x == null || Number.isNaN(x) ? 'n/a' : x.toFixed(d));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const results = {}; // results[where][input] = { ms, mbs }

function throughput(where, name, n, ms) { // n: bytes of UTF-8 text
  const mbs = n / 1e6 / (ms / 1000);
  (results[where] ??= {})[name] = { ms, mbs };
  let target = '', met = null;
  if (where === 'native') { target = '≥ 10 MB/s'; met = mbs >= 10; }
  if (where !== 'native' && name === 'seed-article') { target = '≤ 2 ms'; met = ms <= 2; }
  row(`${where} annotate ${name} (${kb(n)})`, `${f(ms, 3)} ms · ${f(mbs)} MB/s`, target, met);
}

// ---- 1. native: cargo bench prints `native<TAB>name<TAB>bytes<TAB>ms<TAB>MB/s` ----
if (!args.has('--no-native')) {
  log('cargo bench --bench core (native)…');
  try {
    const out = execFileSync('cargo', ['bench', '--quiet', '--bench', 'core'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    for (const line of out.split('\n')) {
      const [where, name, n, ms, perS] = line.split('\t');
      if (where === 'tagger') row(`native tagger alone, ANERcorp dev (${n} tokens)${name === 'dev-document' ? ', as one document (tag --conll)' : ''}`, `${f(Number(ms), 1)} ms · ${Math.round(Number(perS)).toLocaleString('en')} tokens/s`);
      if (where === 'native' && INPUTS.some(([i]) => i === name)) throughput('native', name, Number(n), Number(ms));
    }
  } catch (e) { log('cargo bench failed:', e.message); }
}

// ---- 2. wasm in Node ----
// Steady state, as criterion measures natively: runs for half the time first, unmeasured, so that the
// engine has compiled the hot wasm functions with its optimising tier (V8 starts with a baseline one).
function timeRuns(fn, minMs = MIN_MS, minRuns = 3) {
  for (const w0 = performance.now(); performance.now() - w0 < minMs / 2;) fn();
  let runs = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs || runs < minRuns) { fn(); runs++; }
  return (performance.now() - t0) / runs;
}
const wasmPath = join(ROOT, 'www/pkg/hashiya_bg.wasm');
if (!existsSync(wasmPath)) { console.error('www/pkg is missing: run bash scripts/build-wasm.sh'); process.exit(1); }
const wasmBytes = readFileSync(wasmPath);
const pkg = await import(join(ROOT, 'www/pkg/hashiya.js'));
let t = performance.now();
const wasmModule = new WebAssembly.Module(wasmBytes);
const cold = { compile: performance.now() - t };
t = performance.now();
const exports = pkg.initSync({ module: wasmModule });
cold.instantiate = performance.now() - t;
t = performance.now();
pkg.annotate('قال');
cold.first = performance.now() - t; // the core's one-time set-up: lexicons and model
log('wasm in Node…');
for (const [name, text] of INPUTS) throughput('wasm-node', name, bytes(text), timeRuns(() => pkg.annotate(text), MIN_MS, name === 'varied-1MB' ? 2 : 5));
if (dev) {
  const sentences = dev.split('\n\n').map((s) => s.split('\n').map((l) => l.split(' ')[0]).filter(Boolean)).filter((s) => s.length);
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  const ms = timeRuns(() => { for (const s of sentences) pkg.tag(s); }, MIN_MS, 3);
  row(`wasm-node tagger alone, ANERcorp dev (${tokens} tokens)`, `${f(ms, 1)} ms · ${Math.round(tokens / (ms / 1000)).toLocaleString('en')} tokens/s`);
}
const peak = exports.memory.buffer.byteLength;
row('wasm cold start in Node: compile / instantiate / first call (lexicons + model set-up)', `${f(cold.compile, 1)} / ${f(cold.instantiate, 1)} / ${f(cold.first, 1)} ms`); // linear memory never shrinks: the high-water mark after 1 MB

// ---- 3. headless Chromium ----
const { chromium } = await import('playwright-core');
const { startServer } = await import('./serve.mjs');
const server = await startServer({ port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const firstHighlight = [];
const floors = { floor: [], codeOnly: [], floorWasm: [] };
const floorPage = (url) => {
  const name = url.match(/__floor[\w-]*/)[0], wasm = name === '__floor-wasm' ? '/pkg/hashiya_bg.wasm' : name === '__floor-code-only' ? '/__floor-code-only.wasm' : null;
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="/shell/shell.css"><link rel="stylesheet" href="/hashiya.css">
${wasm ? `<link rel="modulepreload" href="/pkg/hashiya.js"><link rel="preload" href="${wasm}" as="fetch" type="application/wasm" crossorigin>` : ''}
<script type="module" src="/${name}/page.js"></script></head><body><header class="top"><div class="brand"><h1>حاشية</h1></div></header>
<main class="layout"><article id="article" class="article"><p>قال الرئيس سامي خليل في القاهرة إن الاتفاق قريب.</p></article></main></body></html>`;
};
const FLOOR_JS = `const r = new Range(); r.selectNodeContents(document.querySelector('#article p').firstChild);
const h = new Highlight(); CSS.highlights.set('hashiya-person', h); h.add(r);`;
const FLOOR_WASM_JS = (wasmUrl) => `import init from '/pkg/hashiya.js'; await init(${wasmUrl ? `'${wasmUrl}'` : ''});\n${FLOOR_JS}`;

/** The wasm with every data segment emptied (the model and lexicons gone, the code kept): it still
 * compiles and instantiates, which is all the floor page does with it. */
function withoutData(wasm) {
  const leb = (b, p) => { let n = 0, s = 0, x; do { x = b[p.i++]; n += (x & 127) * 2 ** s; s += 7; } while (x & 128); return n; };
  const enc = (n) => { const o = []; do { let x = n & 127; n = Math.floor(n / 128); if (n) x |= 128; o.push(x); } while (n); return Buffer.from(o); };
  const out = [wasm.subarray(0, 8)], p = { i: 8 };
  while (p.i < wasm.length) {
    const id = wasm[p.i++], len = leb(wasm, p), end = p.i + len;
    let body = wasm.subarray(p.i, end);
    if (id === 11) { // data: active segments of memory 0 (flag 0) keep their offset, lose their bytes
      const q = { i: p.i }, n = leb(wasm, q), parts = [enc(n)];
      for (let k = 0; k < n; k++) {
        const from = q.i;
        if (leb(wasm, q) !== 0) throw new Error('unexpected data segment kind');
        while (wasm[q.i] !== 0x0b) q.i++; // the offset expression, up to its end opcode
        q.i++;
        parts.push(wasm.subarray(from, q.i), enc(0));
        const bytes = leb(wasm, q); // (read before moving on: `q.i += leb(…)` would add to the old q.i)
        q.i += bytes;
      }
      body = Buffer.concat(parts);
    }
    out.push(Buffer.from([id]), enc(body.length), body);
    p.i = end;
  }
  return Buffer.concat(out);
}
const codeOnlyWasm = withoutData(wasmBytes);
new WebAssembly.Module(codeOnlyWasm); // still valid
const returning = [];
const drawMs = {};
try {
  log('wasm in Chromium…');
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.hashiya));
  for (const [name, text] of INPUTS) {
    const ms = await page.evaluate(async ([text, minMs, minRuns]) => {
      const m = await import('/pkg/hashiya.js');
      await m.default();
      for (const w0 = performance.now(); performance.now() - w0 < minMs / 2;) m.annotate(text); // warm-up, as timeRuns
      let runs = 0;
      const t0 = performance.now();
      while (performance.now() - t0 < minMs || runs < minRuns) { m.annotate(text); runs++; }
      return (performance.now() - t0) / runs;
    }, [text, MIN_MS, name === 'varied-1MB' ? 2 : 5]);
    throughput('wasm-chromium', name, bytes(text), ms);
  }

  // Drawing alone: the article shown as paragraphs, its document computed beforehand; timed from the
  // start of a frame (rAF), where the ranges are made and set, to the end of that frame's rendering
  // (a task queued in the callback runs after it): no wait for vsync counted. Median of nine.
  for (const [name, text] of INPUTS.filter(([n]) => n !== 'varied-1MB')) {
    drawMs[name] = await page.evaluate(async (text) => {
      const [m, { extractText }, { createHighlights }] = await Promise.all([import('/pkg/hashiya.js'), import('/shell/dom-text.js'), import('/shell/highlight.js')]);
      hashiya.clear();
      const article = document.getElementById('article');
      article.replaceChildren(...text.split('\n').filter((l) => l.trim()).map((l) => Object.assign(document.createElement('p'), { textContent: l })));
      const x = extractText(article);
      const doc = m.annotate(x.text);
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const times = [];
      for (let i = 0; i < 9; i++) {
        await frame();
        let hl;
        times.push(await new Promise((done) => requestAnimationFrame(() => {
          const t0 = performance.now();
          hl = createHighlights('bench');
          for (const kind of ['person', 'organization', 'place']) hl.set(kind, doc.entities.filter((e) => e.type === kind).flatMap((e) => e.mentions.map((s) => x.range(s.start, s.end))));
          hl.set('quote-direct', doc.quotes.map((q) => x.range(q.start, q.end)));
          hl.set('boilerplate', doc.boilerplate.map((b) => x.range(b.start, b.end)));
          setTimeout(() => done(performance.now() - t0), 0);
        })));
        hl.clear();
      }
      return times.sort((a, b) => a - b)[times.length >> 1];
    }, text);
  }

  // First highlight on the sample page, cold (new context each time): from navigation start and from
  // the arrival of page.js to the frame after the first range went into a highlight. The page used
  // above is closed first, and the browser given a second to settle: that page's V8 would still be
  // optimising and collecting in the background, and on two cores that added half to the figure.
  await page.context().close();
  await new Promise((r) => setTimeout(r, 1000));
  log('first highlight…');
  /** A fresh context (nothing cached) whose page notes when the first highlight range is added and drawn. */
  const freshPage = async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await ctx.route(/__floor/, (route) => {
      const url = route.request().url();
      if (url.endsWith('.wasm')) return route.fulfill({ contentType: 'application/wasm', body: codeOnlyWasm });
      if (url.endsWith('.html')) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: floorPage(url) });
      const code = url.includes('code-only') ? FLOOR_WASM_JS('/__floor-code-only.wasm') : url.includes('wasm') ? FLOOR_WASM_JS() : FLOOR_JS;
      return route.fulfill({ contentType: 'text/javascript', body: code });
    });
    const p = await ctx.newPage();
    await p.addInitScript(() => {
      const add = Highlight.prototype.add;
      Highlight.prototype.add = function (r) {
        if (!window.__firstAdd) { window.__firstAdd = performance.now(); requestAnimationFrame(() => setTimeout(() => { window.__firstDrawn = performance.now(); })); }
        return add.call(this, r);
      };
    });
    return p;
  };
  // Waits from here, looking in only every half second: Playwright's waitForFunction would compile
  // its injected script in the page and poll every frame, on the main thread being measured
  // (that added 50-70 ms to the figure).
  const drawn = async (p) => {
    for (let t = 0; t < 60; t++) {
      await new Promise((r) => setTimeout(r, 500));
      if (await p.evaluate(() => !!window.__firstDrawn)) return;
    }
    throw new Error('the sample page drew no highlight in 30 s');
  };
  const firstDrawn = (p) => p.evaluate(() => {
    const res = (end) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(end));
    const start = res('/page.js')?.responseEnd ?? 0;
    return { fromNav: window.__firstDrawn, fromScript: window.__firstDrawn - start,
      wasm: (res('hashiya_bg.wasm')?.responseEnd ?? NaN) - start, text: (res('sample-article.txt')?.responseEnd ?? NaN) - start,
      add: window.__firstAdd - start,
      ...Object.fromEntries(performance.getEntriesByType('measure').filter((m) => m.name.startsWith('hashiya: ')).map((m) => [m.name.slice(9), m.duration])) };
  });
  for (let i = 0; i < (QUICK ? 2 : 5); i++) {
    const p = await freshPage();
    const ctx = p.context();
    await p.goto(server.url);
    await drawn(p);
    firstHighlight.push(await firstDrawn(p));
    // The same reader coming back (same tab, a moment later): the files revalidate (304) and V8
    // reuses its cache of the compiled wasm; fonts and the renderer are warm.
    await new Promise((r) => setTimeout(r, 1500));
    await p.goto(server.url);
    await drawn(p);
    returning.push(await firstDrawn(p));
    await ctx.close();
    // Floors, each in a fresh context too: a page like the sample page's top that draws one
    // highlight with no wasm; one that first fetches, compiles and instantiates this wasm (what any
    // page using the core pays before annotating anything); and the same with the wasm's data
    // segments emptied (what its code costs, and so what its model and lexicons cost).
    for (const [key, page] of [['floor', '__floor'], ['codeOnly', '__floor-code-only'], ['floorWasm', '__floor-wasm']]) {
      const fp = await freshPage();
      await fp.goto(`${server.url}${page}.html`);
      await drawn(fp);
      floors[key].push((await firstDrawn(fp)).fromScript);
      await fp.context().close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

// ---- ratios, drawing, first highlight ----
for (const [name] of INPUTS) {
  const n = results.native?.[name], w = results['wasm-node']?.[name], c = results['wasm-chromium']?.[name];
  if (n && w) row(`wasm/native time ratio ${name}`, `${f(w.ms / n.ms, 1)}× (Node) · ${c ? f(c.ms / n.ms, 1) : 'n/a'}× (Chromium)`);
}
for (const [name, ms] of Object.entries(drawMs)) {
  const seedRow = name === 'seed-article';
  row(`chromium draw highlights ${name}`, `${f(ms, 1)} ms`, seedRow ? '≤ 10 ms' : '', seedRow ? ms <= 10 : null);
}
const median = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
const fh = median(firstHighlight.map((x) => x.fromScript));
row('chromium first highlight, sample page (page.js start → drawn)', `${f(fh, 0)} ms (from navigation ${f(median(firstHighlight.map((x) => x.fromNav)), 0)} ms)`, '≤ 100 ms', fh <= 100);
const mid = (k, runs = firstHighlight) => f(median(runs.map((x) => x[k])), 0);
row('  of which, from page.js start: wasm fetched / text fetched / first range set', `${mid('wasm')} / ${mid('text')} / ${mid('add')} ms`);
row('  page\'s own measures: load wasm / show article (render, a frame) / read it / annotate (first call, cold) / mount to highlights', `${mid('load wasm')} / ${mid('show article')} / ${mid('read article')} / ${mid('annotate')} / ${mid('mount to highlights')} ms`);
row('  floors (fresh context, page.js start → one highlight drawn): no wasm / after loading this wasm\'s code only (data emptied) / after loading this wasm', `${f(median(floors.floor), 0)} / ${f(median(floors.codeOnly), 0)} / ${f(median(floors.floorWasm), 0)} ms`);
row('chromium first highlight, returning reader (same tab again: files 304, wasm code cached)', `${mid('fromScript', returning)} ms (from navigation ${mid('fromNav', returning)} ms; load wasm ${mid('load wasm', returning)}, annotate ${mid('annotate', returning)})`);

// ---- sizes ----
const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [Z.BROTLI_PARAM_QUALITY]: 11 } }).length;
const modelPath = join(ROOT, 'model/ner.bin');
const model = existsSync(modelPath) ? readFileSync(modelPath) : Buffer.alloc(0);
row('wasm size raw / gzip / brotli', `${kb(wasmBytes.length)} / ${kb(gz(wasmBytes))} / ${kb(br(wasmBytes))}`);
row('model/ner.bin raw / gzip (compiled into the wasm)', `${kb(model.length)} / ${kb(model.length ? gz(model) : 0)}`);
// The model is compiled into the wasm (include_bytes); if model/ner.bin is newer than the wasm, count both.
const stale = model.length && statSync(modelPath).mtimeMs > statSync(wasmPath).mtimeMs;
const shipped = gz(wasmBytes) + (stale ? gz(model) : 0);
row(`wasm + model gzip (${stale ? 'wasm older than model/ner.bin: sum' : 'the model is inside the wasm'})`, kb(shipped), '≤ 1.5 MB', shipped <= 1.5 * 1024 * 1024);
const shellDir = join(ROOT, 'www/shell');
const shellFiles = readdirSync(shellDir).filter((n) => n.endsWith('.js')).sort();
const shellJs = Buffer.concat(shellFiles.map((n) => readFileSync(join(shellDir, n))));
const glue = readFileSync(join(ROOT, 'www/pkg/hashiya.js'));
row(`JS shell gzip (www/shell/*.js, ${shellFiles.length} files, raw ${kb(shellJs.length)})`, kb(gz(shellJs)), '≤ 25 KB', gz(shellJs) <= 25 * 1024);
row('wasm-bindgen glue gzip (www/pkg/hashiya.js)', kb(gz(glue)));
row('wasm linear memory after the 1 MB input (peak)', `${f(peak / 1048576, 1)} MB`);

// ---- the table ----
const cols = [0, 1, 2].map((i) => Math.max(...rows.map((r) => String(r[i]).length), ['measure', 'value', 'target'][i].length));
const line = (r) => [0, 1, 2].map((i) => String(r[i]).padEnd(cols[i])).join('  ') + '  ' + r[3];
console.log(line(['measure', 'value', 'target', 'met']));
console.log(line(cols.map((n) => '-'.repeat(n)).concat('---')));
for (const r of rows) console.log(line([r[0], r[1], r[2], r[3] === null ? '' : r[3] ? 'yes' : 'NO']));
const judged = rows.filter((r) => r[3] !== null);
const missed = judged.filter((r) => !r[3]).map((r) => r[0].replace(/ \(.*\)$/, ''));
console.log(`score: ${judged.length - missed.length}/${judged.length} targets met${missed.length ? ` — missed: ${missed.join('; ')}` : ''}`);
