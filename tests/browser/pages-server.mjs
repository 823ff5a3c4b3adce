// Test server on 127.0.0.1: www/ at / (shell, pkg, embed) and the hand-written news pages at /pages/.
// `?csp=strict` sends the Content-Security-Policy many news sites use (no inline or eval'd script,
// so no wasm compiled by page scripts, and no inline styles).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const WWW = new URL('../../www/', import.meta.url).pathname;
const PAGES = new URL('./pages/', import.meta.url).pathname;
const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8' };
export const STRICT_CSP = "script-src 'self'; style-src 'self'; object-src 'none'";

export function startPagesServer() {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const [root, rest] = url.pathname.startsWith('/pages/') ? [PAGES, url.pathname.slice(7)] : [WWW, url.pathname.slice(1)];
    const file = normalize(join(root, decodeURIComponent(rest)));
    if (!file.startsWith(root.replace(/\/$/, '') + sep)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      const headers = { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (url.searchParams.get('csp') === 'strict') headers['content-security-policy'] = STRICT_CSP;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    const base = `http://127.0.0.1:${server.address().port}/`;
    ok({ base, close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }) });
  }));
}
