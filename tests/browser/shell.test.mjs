// Shell behaviour (cards, filters, keyboard, DOM untouched) with a hand-made document for the
// sample article, so these tests hold whatever the core's recogniser finds today.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, highlightSizes, asciiDigits, mountSampleDocument, spanRect, center, overlaps, cardBox, ARTIFACTS } from './helpers.mjs';
import { sampleDocument, find } from './fixtures.mjs';

let env, page, doc;
before(async () => {
  env = await setup();
  page = await env.newPage();
  await openPage(env, page);
});
after(async () => env?.close());
beforeEach(async () => {
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 5);
  doc = await mountSampleDocument(page, sampleDocument);
});

const entity = (name) => doc.entities.find((e) => e.name === name);
const cardText = () => page.evaluate(() => { const c = document.querySelector('.hashiya-card'); return c && !c.hidden ? c.textContent : null; });
const waitCard = (needle) => page.waitForFunction((n) => { const c = document.querySelector('.hashiya-card'); return c && !c.hidden && c.textContent.includes(n); }, needle, { timeout: 3000 });
const waitNoCard = () => page.waitForFunction(() => document.querySelector('.hashiya-card')?.hidden !== false, null, { timeout: 3000 });

test('status line and highlights match the document', async () => {
  const sizes = await highlightSizes(page);
  const mentions = (type) => doc.entities.filter((e) => e.type === type).reduce((n, e) => n + e.mentions.length, 0);
  assert.equal(sizes.person, mentions('person'));
  assert.equal(sizes.organization, mentions('organization'));
  assert.equal(sizes.place, mentions('place'));
  assert.equal(sizes['quote-direct'], doc.quotes.filter((q) => q.kind === 'direct').length);
  assert.equal(sizes['quote-indirect'], doc.quotes.filter((q) => q.kind === 'indirect').length);
  assert.equal(sizes.boilerplate, 2);
  assert.equal(sizes.active, 0);
  const status = asciiDigits(await page.textContent('.hashiya-status'));
  const count = (t) => doc.entities.filter((e) => e.type === t).length;
  assert.match(status, new RegExp(`^${count('person')} أشخاص، ${count('organization')} منظمات، ${count('place')} أماكن، ${doc.quotes.length} اقتباسات — \\d+ ms$`));
  // Every range covers exactly the text it was made for.
  const mismatches = await page.evaluate(() => {
    const a = hashiya.annotator, bad = [];
    for (const e of a.doc.entities) for (const m of e.mentions) {
      const r = a.extracted.range(m.start, m.end);
      if (r?.toString() !== a.text.slice(m.start, m.end)) bad.push([m, r?.toString()]);
    }
    return bad;
  });
  assert.deepEqual(mismatches, []);
  await page.screenshot({ path: `${ARTIFACTS}page-annotated.png`, fullPage: true });
});

test('hovering a person shows a card with name, kind, role, count and quotes, beside the word', async () => {
  const macron = entity('إيمانويل ماكرون');
  const rect = await spanRect(page, macron.mentions[0].start, macron.mentions[0].end);
  await page.mouse.move(center(rect).x, center(rect).y);
  await waitCard('إيمانويل ماكرون');
  const text = await cardText();
  assert.ok(text.includes('شخص'), text);
  assert.ok(text.includes('الرئيس الفرنسي'), text);
  assert.ok(asciiDigits(text).includes('3 إشارات'), text);
  assert.ok(text.includes('الشراكة مع مصر ليست خياراً ظرفياً'), 'quote excerpt in card');
  const box = await cardBox(page);
  assert.ok(!overlaps(box, rect), `card ${JSON.stringify(box)} covers the word ${JSON.stringify(rect)}`);
  assert.ok(box.left >= 0 && box.right <= box.vw && box.top >= 0 && box.bottom <= box.vh, 'card inside viewport');
  assert.ok(Math.abs(box.right - rect.right) < 2 || box.left === 8 || box.right >= box.vw - 8, 'card aligned with the word\'s right edge (RTL)');
  await page.screenshot({ path: `${ARTIFACTS}card-person.png` });

  // Moving off the text closes it; hovering plain text shows nothing.
  const plain = find(await page.evaluate(() => hashiya.annotator.text), 'بتكلفة');
  const pr = await spanRect(page, plain.start, plain.end);
  await page.mouse.move(center(pr).x, center(pr).y);
  await waitNoCard();
});

test('on a narrow screen the card stays inside the viewport and off the word', async () => {
  await page.setViewportSize({ width: 400, height: 760 });
  try {
    for (const name of ['إيمانويل ماكرون', 'كريم فوزي', 'الرئاسة المصرية']) {
      const m = entity(name).mentions[0];
      const rect = await spanRect(page, m.start, m.end);
      await page.mouse.move(center(rect).x, center(rect).y);
      await waitCard(name);
      const box = await cardBox(page);
      assert.ok(box.left >= 0 && box.right <= box.vw && box.top >= 0 && box.bottom <= box.vh, `${name}: card inside viewport ${JSON.stringify(box)}`);
      assert.ok(!overlaps(box, rect), `${name}: card does not cover the word`);
      if (name === 'إيمانويل ماكرون') await page.screenshot({ path: `${ARTIFACTS}card-narrow.png` });
      await page.mouse.move(1, 1);
      await waitNoCard();
    }
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
});

test('card buttons: next/previous mention, quote link, speaker jump; Escape closes', async () => {
  const macron = entity('إيمانويل ماكرون');
  await page.focus(`.hashiya-item[data-entity="${macron.id}"]`);
  await page.keyboard.press('Enter');
  await waitCard('إيمانويل ماكرون');
  assert.equal(await page.evaluate(() => document.querySelector('.hashiya-card').contains(document.activeElement)), true, 'focus moved into the card');
  assert.equal((await highlightSizes(page)).active, 3, 'active highlight = the entity\'s mentions');
  const at = async () => asciiDigits(await page.textContent('.hashiya-count')).match(/هذه (\d+) من (\d+)/).slice(1).map(Number);
  assert.deepEqual(await at(), [1, 3]);
  for (const [button, expected] of [['next', 2], ['next', 3], ['next', 1], ['prev', 3]]) {
    await page.click(`.hashiya-card [data-action="${button}"]`);
    assert.deepEqual(await at(), [expected, 3], `${button} → ${expected}`);
    // The new mention is on screen and the card sits beside it, not over it.
    const m = macron.mentions[expected - 1];
    const rect = await page.evaluate(([s, e]) => { const b = hashiya.annotator.extracted.range(s, e).getClientRects()[0]; return { left: b.left, right: b.right, top: b.top, bottom: b.bottom }; }, [m.start, m.end]);
    assert.ok(rect.top >= 0 && rect.bottom <= 900, `mention ${expected} scrolled into view`);
    const box = await cardBox(page);
    assert.ok(!overlaps(box, rect), 'card does not cover the mention');
    assert.ok(Math.min(Math.abs(box.top - rect.bottom), Math.abs(box.bottom - rect.top)) < 12, 'card next to the mention');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.action), button, 'focus stays on the button');
  }
  // Quote link → quote card → speaker jump → entity card again.
  await page.click('.hashiya-card .hashiya-quote-link');
  await waitCard('اقتباس مباشر');
  assert.ok((await cardText()).includes('المتحدث: إيمانويل ماكرون'));
  assert.equal((await highlightSizes(page)).active, 1, 'the quote is active');
  await page.click('.hashiya-card [data-action="speaker"]');
  await waitCard('الرئيس الفرنسي');
  await page.keyboard.press('Escape');
  await waitNoCard();
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.entity), macron.id, 'Escape returns focus to the list item');
});

test('hovering a quote shows its speaker and jumps to them', async () => {
  const text = await page.evaluate(() => hashiya.annotator.text);
  const word = find(text, 'المواطن');
  const rect = await spanRect(page, word.start, word.end);
  await page.mouse.move(center(rect).x, center(rect).y);
  await waitCard('اقتباس مباشر');
  assert.ok((await cardText()).includes('المتحدث: منى الحسيني'));
  await page.click('.hashiya-card [data-action="speaker"]');
  await waitCard('عضو البرلمان المصري');
});

test('filters remove and restore highlight ranges; "only this actor" and reset', async () => {
  const full = await highlightSizes(page);
  await page.uncheck('input[data-filter="person"]');
  let s = await highlightSizes(page);
  assert.equal(s.person, 0);
  assert.equal(s.place, full.place);
  await page.uncheck('input[data-filter="quotes"]');
  s = await highlightSizes(page);
  assert.equal(s['quote-direct'] + s['quote-indirect'], 0);
  await page.check('input[data-filter="person"]');
  await page.check('input[data-filter="quotes"]');
  assert.deepEqual(await highlightSizes(page), full);

  // Only this actor, from the card.
  const husseini = entity('منى الحسيني');
  await page.focus(`.hashiya-item[data-entity="${husseini.id}"]`);
  await page.keyboard.press('Enter');
  await waitCard('منى الحسيني');
  await page.click('.hashiya-card [data-action="only"]');
  s = await highlightSizes(page);
  assert.equal(s.person, husseini.mentions.length);
  assert.equal(s.organization + s.place, 0);
  assert.equal(s['quote-direct'], doc.quotes.filter((q) => q.speaker === husseini.id && q.kind === 'direct').length);
  assert.equal(s['quote-indirect'], doc.quotes.filter((q) => q.speaker === husseini.id && q.kind === 'indirect').length);
  assert.ok(await page.isVisible('.hashiya-only'));
  assert.ok((await page.textContent('.hashiya-only')).includes('منى الحسيني'));
  await page.click('.hashiya-reset');
  s = await highlightSizes(page);
  assert.deepEqual({ ...s, active: 0 }, full);
  assert.ok(!(await page.isVisible('.hashiya-only')));
  // The same from the filter bar's actor menu.
  const macron = entity('إيمانويل ماكرون');
  await page.selectOption('.hashiya-only-select', macron.id);
  s = await highlightSizes(page);
  assert.equal(s.person, macron.mentions.length);
  assert.equal(s['quote-direct'], 2);
  assert.equal(s.place, 0);
  await page.selectOption('.hashiya-only-select', '');
  assert.deepEqual({ ...(await highlightSizes(page)), active: 0 }, full);
  // The text is never touched by filtering.
  assert.equal(await page.evaluate(() => hashiya.annotator.extracted.text), await page.evaluate(async () => (await import('/shell/index.js')).extractText(document.getElementById('article')).text));
});

test('keyboard: Tab and arrow keys reach every entity in the list, sorted by mentions; focus shows its card', async () => {
  const expected = [...doc.entities].sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start).map((e) => e.id);
  const focused = () => page.evaluate(() => document.activeElement?.dataset.entity ?? null);
  await page.focus('.hashiya-item');
  const viaTab = [await focused()];
  for (let i = 1; i < expected.length; i++) {
    await page.keyboard.press('Tab');
    viaTab.push(await focused());
    // Focusing an item shows that entity's card, complete (no "null" for missing roles or quotes).
    const e = doc.entities.find((x) => x.id === viaTab.at(-1));
    if (e) await waitCard(e.name);
    const text = await cardText();
    assert.ok(!/null|undefined|NaN/.test(text), text);
  }
  assert.deepEqual(viaTab, expected);
  await page.focus('.hashiya-item');
  const viaArrow = [await focused()];
  for (let i = 1; i < expected.length; i++) { await page.keyboard.press('ArrowDown'); viaArrow.push(await focused()); }
  assert.deepEqual(viaArrow, expected);
  await page.keyboard.press('ArrowDown'); // stays on the last
  assert.equal(await focused(), expected.at(-1));
  await page.keyboard.press('Home');
  assert.equal(await focused(), expected[0]);
  // Focus alone shows the card of the focused entity's first mention.
  await page.keyboard.press('ArrowDown');
  const second = doc.entities.find((e) => e.id === expected[1]);
  await waitCard(second.name);
  await page.keyboard.press('End');
  await waitCard(doc.entities.find((e) => e.id === expected.at(-1)).name);
});

test('the article text and DOM structure are unchanged by annotating and clearing', async () => {
  const snapshot = () => page.evaluate(() => {
    const a = document.getElementById('article');
    const shape = (n) => n.nodeType === 3 ? `#${n.data}` : `<${n.nodeName} ${[...n.attributes ?? []].map((x) => `${x.name}=${x.value}`).join(' ')}>[${[...n.childNodes].map(shape).join(',')}]`;
    return { text: a.textContent, shape: shape(a) };
  });
  const annotated = await snapshot();
  await page.evaluate(() => hashiya.clear());
  const cleared = await snapshot();
  assert.deepEqual(await highlightSizes(page), {}, 'clear() removes every highlight');
  assert.equal(await page.$('.hashiya-card'), null, 'clear() removes the card');
  assert.equal(await page.$('.hashiya-panel'), null, 'clear() removes the panel');
  await mountSampleDocument(page, sampleDocument);
  const again = await snapshot();
  assert.deepEqual(annotated, cleared);
  assert.deepEqual(again, cleared);
  assert.ok(cleared.text.includes('الرئيس الفرنسي إيمانويل ماكرون'));
});

test('a document that does not match the text is refused with a message', async () => {
  const bad = { ...doc, text_checksum: '00000000' };
  await page.evaluate((d) => hashiya.annotateArticle({ document: d }), bad);
  assert.ok(await page.isVisible('#error'));
  assert.match(await page.textContent('#error'), /تعذّر تحليل/);
  assert.deepEqual(await highlightSizes(page), {});
  assert.ok((await page.textContent('#article')).includes('إيمانويل ماكرون'), 'article still readable');
});

test('a precomputed document from the real wasm core mounts, with matching checksum and ranges', async () => {
  const result = await page.evaluate(async () => {
    hashiya.clear();
    const [{ annotate }, { extractText, checksum }] = await Promise.all([import('/pkg/hashiya.js'), import('/shell/index.js')]);
    const text = extractText(document.getElementById('article')).text;
    const d = annotate(text);
    await hashiya.annotateArticle({ document: d });
    const a = hashiya.annotator;
    const bad = [];
    for (const e of d.entities) for (const m of e.mentions) if (a.extracted.range(m.start, m.end)?.toString() !== text.slice(m.start, m.end)) bad.push(m);
    for (const q of d.quotes) if (a.extracted.range(q.start, q.end)?.toString() !== text.slice(q.start, q.end)) bad.push(q);
    return { ok: !!a, length: d.text_length, textLength: text.length, rust: d.text_checksum, js: checksum(text), bad,
      mentions: d.entities.reduce((n, e) => n + e.mentions.length, 0),
      drawn: ['person', 'organization', 'place'].reduce((n, k) => n + CSS.highlights.get(`hashiya-${k}`).size, 0) };
  });
  assert.ok(result.ok, 'mounted');
  assert.equal(result.length, result.textLength);
  assert.equal(result.rust, result.js, 'the Rust and JS checksums agree');
  assert.deepEqual(result.bad, []);
  assert.equal(result.drawn, result.mentions);
});
