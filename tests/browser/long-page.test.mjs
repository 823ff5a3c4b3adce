// Long pages without freezing: a ~10 MB article and a page with 100,000 text nodes (our own repeated
// Arabic sentences) are annotated with mount(); Long Tasks and Long Animation Frames observed from the
// moment mount starts until the highlights are on screen. Prints the longest main-thread task.
//
// What is asserted, and why. The goal is no main-thread task over 50 ms; the figures are printed
// (the closing notes report them), not asserted, because on this 2-core machine other jobs and the
// annotation worker itself share the CPU and any fixed bound in milliseconds is flaky. What is
// asserted is that the work is sliced: no script block of ours comes near what doing the whole job
// in one go costs (seconds for these pages), so an implementation that blocks fails.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { loadavg, cpus } from 'node:os';
import { setup } from './helpers.mjs';

const SENTENCES = [
  'وقال وزير الخارجية سامي خليل في القاهرة إن المحادثات مع الوفد الأردني كانت مثمرة.',
  'وأضافت المتحدثة باسم الحكومة ليلى منصور: «سنواصل العمل من أجل السلام في المنطقة».',
  'وزار رئيس الوزراء كريم العلي مدينة الإسكندرية يوم الثلاثاء برفقة وفد من رجال الأعمال.',
  'وأشار المحلل السياسي يوسف حداد إلى أن الاتفاق قد يغير المشهد الاقتصادي في البلاد.',
  'وذكرت وكالة الأنباء الوطنية أن الاجتماع المقبل سيعقد في عمّان خلال الشهر المقبل.',
  'ونقلت صحيفة الأهرام عن مصادر مطلعة أن البرلمان سيناقش المشروع الأسبوع المقبل.',
];
const HEAD = '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><link rel="stylesheet" href="/shell/shell.css"></head><body>';

/** ~`bytes` of UTF-8 text in paragraphs of six sentences. */
function bigArticle(bytes) {
  const paras = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `<p>${SENTENCES.map((s, k) => SENTENCES[(i + k) % SENTENCES.length]).join(' ')} (${i})</p>`;
    paras.push(p);
    size += Buffer.byteLength(p) - 7;
  }
  return `${HEAD}<h1>مقال طويل جداً</h1><article id="a">${paras.join('\n')}</article><aside id="panel"></aside></body></html>`;
}

/** `n` text nodes: paragraphs of text, <b>name</b>, text, <a>place</a>, text. */
function manyNodes(n) {
  const paras = [];
  for (let i = 0; i < n / 5; i++) paras.push(`<p>وقال الوزير <b>سامي خليل</b> في زيارة إلى <a href="#">القاهرة</a> إن العمل مستمر ${i}</p>`);
  return `${HEAD}<article id="a">${paras.join('')}</article><aside id="panel"></aside></body></html>`;
}

let env, page;
const pages = new Map();
before(async () => {
  env = await setup();
  page = await env.newPage();
  await page.route('**/__long/*', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: pages.get(new URL(route.request().url()).pathname) }));
});
after(async () => env?.close());

async function measure(path, html, options = {}) {
  pages.set(path, html);
  await page.goto(env.base + path.slice(1), { timeout: 120_000 });
  // Let the page itself finish loading and rendering first.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 500)))));
  return page.evaluate(async (options) => {
    const [{ default: init, annotate }, { mount }] = await Promise.all([import('/pkg/hashiya.js'), import('/shell/index.js')]);
    await init();
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const tasks = [], frames = [];
    new PerformanceObserver((l) => tasks.push(...l.getEntries())).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) => frames.push(...l.getEntries())).observe({ type: 'long-animation-frame', buffered: true });
    // R: what one trivial change costs this page to re-render (max of three).
    const probe = document.body.appendChild(document.createElement('p'));
    let R = 0;
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const t = performance.now();
      probe.textContent = `x${i}`;
      await frame();
      R = Math.max(R, performance.now() - t);
    }
    probe.remove();
    await new Promise((r) => setTimeout(r, 300));

    const phases = [];
    const t0 = performance.now();
    const a = await mount(document.getElementById('a'), { annotate, panel: document.getElementById('panel'), onProgress: (p) => phases.push(p), ...options });
    const tDone = performance.now() - t0;
    await frame();
    await frame();
    const tDrawn = performance.now() - t0;
    const sizes = Object.fromEntries([...CSS.highlights.keys()].filter((k) => k.startsWith('hashiya-')).map((k) => [k.slice(8), CSS.highlights.get(k).size]));
    // Scrolling to the middle moves the registered window there.
    window.scrollTo(0, document.documentElement.scrollHeight / 2);
    await frame(); await frame(); await new Promise((r) => setTimeout(r, 100));
    // The window of measured tasks ends here: the test's own look at the highlights below (a rect
    // for each registered range) is not the annotator's work.
    const tEnd = performance.now();
    const mid = [...CSS.highlights.get('hashiya-person')].filter((r) => { const b = r.getBoundingClientRect(); return b.bottom > 0 && b.top < innerHeight; }).length;
    await new Promise((r) => setTimeout(r, 200));
    const during = (e) => e.startTime >= t0 && e.startTime < tEnd;
    const longest = Math.max(0, ...tasks.filter(during).map((e) => e.duration));
    const ourScript = Math.max(0, ...frames.filter(during).flatMap((f) => f.scripts.map((s) => s.duration)));
    const render = Math.max(0, ...frames.filter(during).map((f) => f.duration - (f.renderStart ? f.renderStart - f.startTime : f.duration)));
    const mentions = a.doc.entities.reduce((n, e) => n + e.mentions.length, 0);
    const memoryMB = performance.memory ? performance.memory.usedJSHeapSize / 1048576 : null;
    a.clear();
    return { chars: a.text.length,
      R, tDone, tDrawn, longest, ourScript, render, tasks: tasks.filter(during).map((e) => Math.round(e.duration)),
      slow: frames.filter(during).flatMap((f) => f.scripts).filter((s) => s.duration > 50).map((s) => `${Math.round(s.duration)} ms (forced layout ${Math.round(s.forcedStyleAndLayoutDuration)}) ${s.invoker} ${s.sourceFunctionName}@${s.sourceURL.split('/').pop()}:${s.sourceCharPosition}`),
      mentions, quotes: a.doc.quotes.length, sizes, midVisible: mid, phases: [...new Set(phases)], memoryMB };
  }, options);
}

/** How oversubscribed the CPU is: ≥ 1. */
const contention = () => Math.max(1, loadavg()[0] / cpus().length);

function report(name, r) {
  console.log(`# ${name}: ${r.chars} chars, ${r.mentions} mentions, ${r.quotes} quotes; mount ${Math.round(r.tDone)} ms, drawn ${Math.round(r.tDrawn)} ms`);
  console.log(`# ${name}: longest main-thread task ${Math.round(r.longest)} ms (longest script of ours ${Math.round(r.ourScript)} ms, longest render ${Math.round(r.render)} ms, page's own re-render R = ${Math.round(r.R)} ms); long tasks: ${r.tasks.join(', ') || 'none'}`);
  if (r.slow.length) console.log(`# ${name}: script blocks over 50 ms: ${r.slow.join('; ')}`);
  console.log(`# ${name}: registered highlights ${JSON.stringify(r.sizes)}, visible after scrolling to the middle: ${r.midVisible}; phases ${r.phases.join(' → ')}`);
}
/** A block this long means the job was not sliced (annotating these pages in one go takes seconds). */
const UNSLICED_MS = 1000;
async function run(path, html) {
  const before = contention();
  const r = await measure(path, html);
  r.contention = Math.max(before, contention());
  console.log(`# CPU contention (load average / cores): ${r.contention.toFixed(2)}`);
  return r;
}

test('a ~10 MB article is annotated in a worker without blocking the main thread', { timeout: 600_000 }, async () => {
  const r = await run('/__long/10mb.html', bigArticle(10_000_000));
  report('10 MB article', r);
  assert.ok(r.chars > 5_000_000, `text ${r.chars}`);
  assert.ok(r.mentions > 50_000, `mentions ${r.mentions}`);
  assert.ok(r.sizes.person > 0 && r.sizes.person <= 3000, 'highlights registered near the viewport only');
  assert.ok(r.midVisible > 0, 'highlights follow the reader to the middle of the article');
  assert.ok(r.ourScript < UNSLICED_MS, `a script block of ${r.ourScript} ms: the work was not sliced`);
});

test('a page with 100,000 text nodes is read in slices and annotated without blocking', { timeout: 600_000 }, async () => {
  const r = await run('/__long/nodes.html', manyNodes(100_000));
  report('100,000 text nodes', r);
  assert.ok(r.mentions > 20_000, `mentions ${r.mentions}`);
  assert.ok(r.midVisible > 0, 'highlights follow the reader to the middle of the page');
  assert.ok(r.ourScript < UNSLICED_MS, `a script block of ${r.ourScript} ms: the work was not sliced`);
});

test('the worker returns the same document as the core on the page (packed transfer is lossless)', async () => {
  await page.goto(env.base);
  const same = await page.evaluate(async (SENTENCES) => {
    const [{ default: init, annotate }, { annotateText, WORKER_FROM }] = await Promise.all([import('/pkg/hashiya.js'), import('/shell/index.js')]);
    await init();
    let text = '';
    for (let i = 0; text.length < WORKER_FROM * 2; i++) text += SENTENCES.join(' ') + ` (${i})\n`;
    const direct = annotate(text);
    const viaWorker = await annotateText(text, { annotate });
    return { direct, viaWorker, equal: JSON.stringify(direct) === JSON.stringify(viaWorker), mentions: direct.entities.reduce((n, e) => n + e.mentions.length, 0), quotes: direct.quotes.length };
  }, SENTENCES);
  assert.ok(same.mentions > 100 && same.quotes > 10, `${same.mentions} mentions, ${same.quotes} quotes`);
  assert.deepStrictEqual(same.viaWorker, same.direct);
  assert.ok(same.equal, 'same JSON, key order included');
});
