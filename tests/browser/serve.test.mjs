// The page's static server (scripts/serve.mjs): files with a validator, so a returning reader's
// browser gets a 304 and keeps its copy of the wasm (and V8's compiled code for it); nothing outside
// www/ is served.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, utimes, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';

let root, server;
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'hashiya-serve-'));
  await writeFile(join(root, 'core.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  server = await startServer({ port: 0, root });
});
after(async () => { await server?.close(); if (root) await rm(root, { recursive: true }); });

test('a file comes with an ETag; asking again with it gives a 304 without a body, until the file changes', async () => {
  const url = `${server.url}core.wasm`;
  const first = await fetch(url);
  assert.equal(first.status, 200);
  assert.equal(first.headers.get('content-type'), 'application/wasm');
  assert.equal(first.headers.get('cache-control'), 'no-cache');
  assert.equal((await first.arrayBuffer()).byteLength, 8);
  const etag = first.headers.get('etag');
  assert.match(etag, /^"[0-9a-z]+-[0-9a-z]+"$/);

  const again = await fetch(url, { headers: { 'if-none-match': etag } });
  assert.equal(again.status, 304);
  assert.equal((await again.arrayBuffer()).byteLength, 0);

  await writeFile(join(root, 'core.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0, 0]));
  await utimes(join(root, 'core.wasm'), new Date(), new Date(Date.now() + 5000));
  const changed = await fetch(url, { headers: { 'if-none-match': etag } });
  assert.equal(changed.status, 200);
  assert.notEqual(changed.headers.get('etag'), etag);
  assert.equal((await changed.arrayBuffer()).byteLength, 9);
});

test('paths outside the root are refused, missing files are 404', async () => {
  const get = (path) => new Promise((ok, fail) => {
    // fetch() would normalise "/../" away; send the raw path.
    import('node:http').then(({ get }) => get({ host: '127.0.0.1', port: server.port, path }, (res) => { res.resume(); ok(res.statusCode); }).on('error', fail));
  });
  assert.equal(await get('/..%2f..%2fetc%2fpasswd'), 403);
  assert.equal(await get('/nothing-here.js'), 404);
});
