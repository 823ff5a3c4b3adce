// The browser and the command line run the same core and the same embedded model: the wasm in
// Chromium and the native CLI must give identical documents, on our sample and on the seed article
// (read from ../shared when it is there).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { setup } from './helpers.mjs';

const root = new URL('../../', import.meta.url).pathname;
const cli = root + 'target/release/hashiya';
const texts = { sample: readFileSync(root + 'www/sample-article.txt', 'utf8') };
const seed = root + '../shared/corpus/ar-azerbaijan-russia.txt';
if (existsSync(seed)) texts.seed = readFileSync(seed, 'utf8');
else if (process.env.CI === 'true') throw new Error('../shared is missing, and CI=true');
else console.log('# seed article skipped: ../shared not found');

let env;
before(async () => {
  if (!existsSync(cli)) execFileSync('cargo', ['build', '--release', '--quiet'], { cwd: root, stdio: 'inherit' });
  env = await setup();
});
after(() => env?.close());

test('the wasm in Chromium and the native CLI give the same document', async () => {
  const page = await env.newPage();
  await page.goto(env.base + 'index.html');
  for (const [name, text] of Object.entries(texts)) {
    const native = JSON.parse(execFileSync(cli, ['annotate', '-'], { input: text, maxBuffer: 1 << 26 }).toString());
    const inBrowser = await page.evaluate(async (text) => {
      const m = await import('/pkg/hashiya.js');
      await m.default();
      return m.annotate(text);
    }, text);
    assert.ok(native.entities.length > 3, `${name}: the CLI found entities`);
    assert.deepEqual(inBrowser, JSON.parse(JSON.stringify(native)), `${name}: same document`);
  }
  await page.close();
});
