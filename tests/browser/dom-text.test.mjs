// Text extraction (www/shell/dom-text.js) on markup like a news site's, in the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './helpers.mjs';

const FIXTURE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<style>.gone{display:none}.ghost{visibility:hidden}.ghost .back{visibility:visible}</style></head><body>
<div id="a">
  <h1>  قمة   <span>القاهرة</span>
  </h1>
  <p>وقال <a href="#">الرئيس الفرنسي <b>إيمانويل</b> ماكرون</a>: «نحن هنا».<br>سطر ثانٍ</p>
  <script>var x = "لا يُقرأ";</script><style>p{}</style><noscript>لا</noscript><template><p>قالب</p></template>
  <p class="gone">مخفي بالأسلوب</p><p hidden>مخفي بالسمة</p><p aria-hidden="true">مخفي للقارئ</p>
  <p class="ghost">غير مرئي <span class="back">مرئي</span></p>
  <form><input value="حقل"><textarea>نص حقل</textarea><select><option>خيار</option></select></form>
  <div contenteditable="true">قابل للتحرير</div>
  <ul><li>أولاً</li><li>ثانياً</li></ul>
  <blockquote>اقتباس في <em>كتلة</em></blockquote>
  <pre>سطر   أ
سطر ب</pre>
  <p>آخر فقرة</p>
</div></body></html>`;

const EXPECTED = [
  'قمة القاهرة',
  'وقال الرئيس الفرنسي إيمانويل ماكرون: «نحن هنا».',
  'سطر ثانٍ',
  'مرئي',
  'أولاً',
  'ثانياً',
  'اقتباس في كتلة',
  'سطر   أ\nسطر ب',
  'آخر فقرة',
].join('\n');

let env, page;
before(async () => {
  env = await setup();
  page = await env.newPage();
  await page.route('**/__fixture.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: FIXTURE }));
  await page.goto(`${env.base}__fixture.html`);
});
after(async () => env?.close());

test('extracts visible text in order, one line per block, skipping hidden, scripts, fields and contenteditable', async () => {
  const text = await page.evaluate(async () => (await import('/shell/dom-text.js')).extractText(document.getElementById('a')).text);
  assert.equal(text, EXPECTED);
});

test('every [start, end) maps to a DOM Range over exactly that text, also across inline elements', async () => {
  const bad = await page.evaluate(async () => {
    const x = (await import('/shell/dom-text.js')).extractText(document.getElementById('a'));
    const norm = (s) => s.replace(/\s+/g, ' ');
    const out = [];
    // All words and pairs of neighbouring words on a line (these cross <a>, <b>, <span> and collapsed white space).
    const words = [...x.text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length]);
    const spans = [...words, ...words.slice(1).map(([, e], i) => [words[i][0], e]).filter(([s, e]) => !x.text.slice(s, e).includes('\n'))];
    for (const [s, e] of spans) {
      const r = x.range(s, e);
      if (!r || norm(r.toString()) !== norm(x.text.slice(s, e))) out.push([x.text.slice(s, e), r?.toString()]);
    }
    const name = x.text.indexOf('إيمانويل ماكرون');
    const r = x.range(name, name + 'إيمانويل ماكرون'.length);
    if (r.toString() !== 'إيمانويل ماكرون') out.push(['name', r.toString()]);
    // A range starting after a clitic (و) inside a word.
    const w = x.text.indexOf('قال');
    if (x.range(w, w + 3).toString() !== 'قال') out.push(['clitic', x.range(w, w + 3).toString()]);
    // Back from DOM positions to text offsets.
    const b = document.querySelector('#a b');
    if (x.offsetAt(b.firstChild, 0) !== x.text.indexOf('إيمانويل')) out.push(['offsetAt', x.offsetAt(b.firstChild, 0)]);
    if (x.offsetAt(document.querySelector('script').firstChild, 0) !== -1) out.push(['script offset']);
    if (x.range(0, 0) !== null || x.range(5, x.text.length + 1) !== null) out.push(['bad spans accepted']);
    return out;
  });
  assert.deepEqual(bad, []);
});

test('extraction leaves the DOM untouched and works on a DOMParser document (no window)', async () => {
  const result = await page.evaluate(async () => {
    const { extractText } = await import('/shell/dom-text.js');
    const a = document.getElementById('a');
    const before = a.innerHTML;
    extractText(a);
    const parsed = new DOMParser().parseFromString(`<body><h1>عنوان</h1><p>فقرة <b>أولى</b></p><p style="display: none">مخفي</p>
      <script>1</script><div><span>سطر</span><br>آخر</div></body>`, 'text/html');
    return { same: a.innerHTML === before, parsed: extractText(parsed.body).text };
  });
  assert.ok(result.same);
  assert.equal(result.parsed, 'عنوان\nفقرة أولى\nسطر\nآخر');
});

test('a long article (more pieces than one joined chunk) reads the same, and its ranges still land on their words', async () => {
  // 6,000 paragraphs of inline pieces, each ending in a space that the line end drops: the text is
  // assembled from many joined chunks, and dropped spaces fall at chunk ends too.
  const r = await page.evaluate(async () => {
    const { extractText, extractTextAsync } = await import('/shell/dom-text.js');
    const host = document.body.appendChild(document.createElement('div'));
    const lines = [];
    for (let i = 0; i < 6000; i++) {
      const p = host.appendChild(document.createElement('p'));
      p.append(Object.assign(document.createElement('b'), { textContent: `خبر${i}` }), ' ', Object.assign(document.createElement('i'), { textContent: 'عاجل' }), ' ');
      lines.push(`خبر${i} عاجل`);
    }
    const expected = lines.join('\n');
    const sync = extractText(host), async_ = await extractTextAsync(host, { budget: 1 });
    const at = expected.indexOf('خبر5999');
    const range = async_.range(at, at + 'خبر5999 عاجل'.length);
    const out = { same: sync.text === expected, sameAsync: async_.text === expected, range: range?.toString(), at, offsetBack: async_.offsetAt(range.startContainer, range.startOffset) };
    host.remove();
    return out;
  });
  assert.ok(r.same, 'extractText');
  assert.ok(r.sameAsync, 'extractTextAsync');
  assert.equal(r.range, 'خبر5999 عاجل');
  assert.equal(r.offsetBack, r.at);
});
