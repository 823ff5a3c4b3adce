// The npm package (scripts/build-package.sh → dist/npm): what `npm pack` ships, and that
// `import { annotate } from 'hashiya/node'` works from an installed copy (package exports).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checksum } from './fixtures.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const NPM = join(ROOT, 'dist/npm');
let tmp;
before(() => {
  execFileSync('bash', ['scripts/build-package.sh'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  tmp = mkdtempSync(join(tmpdir(), 'hashiya-pkg-'));
});
after(() => tmp && rmSync(tmp, { recursive: true, force: true }));

test('npm pack ships the wasm, the glue, the types, the shell, the embed, the Node entry and the README', () => {
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: NPM, encoding: 'utf8' }));
  const files = info.files.map((f) => f.path);
  for (const f of ['package.json', 'README.md', 'node.js', 'node.d.ts', 'pkg/hashiya.js', 'pkg/hashiya_bg.wasm', 'pkg/hashiya.d.ts',
    'shell/index.js', 'shell/index.d.ts', 'shell/shell.css', 'embed/hashiya-embed.js']) {
    assert.ok(files.includes(f), `${f} missing from ${files.join(', ')}`);
  }
  assert.equal(info.name, 'hashiya');
  const pkg = JSON.parse(readFileSync(join(NPM, 'package.json'), 'utf8'));
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.types, './pkg/hashiya.d.ts');
  assert.equal(pkg.exports['./node'].default, './node.js');
  assert.ok(!files.some((f) => f.includes('test') || f.endsWith('.rs')), 'nothing but the package');
});

test('an installed copy: import { annotate } from "hashiya/node" annotates on a server, with matching checksum', () => {
  // Unpack the real tarball as node_modules/hashiya (what `npm install hashiya-x.tgz` does, offline).
  const version = JSON.parse(readFileSync(join(NPM, 'package.json'), 'utf8')).version;
  const dir = join(tmp, 'node_modules/hashiya');
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', join(ROOT, `dist/hashiya-${version}.tgz`), '-C', dir, '--strip-components=1']);
  const text = 'قال وزير الخارجية الأردني أيمن الصفدي في عمّان إن "الحل الوحيد هو الحوار".';
  const script = `import { annotate, checksum } from 'hashiya/node';
    const doc = annotate(${JSON.stringify(text)});
    console.log(JSON.stringify({ doc, sum: checksum(${JSON.stringify(text)}) }));`;
  const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: tmp, encoding: 'utf8' }));
  assert.equal(out.doc.text_length, text.length);
  assert.equal(out.doc.text_checksum, checksum(text));
  assert.equal(out.sum, checksum(text));
  assert.ok(Array.isArray(out.doc.entities) && Array.isArray(out.doc.quotes));
});
