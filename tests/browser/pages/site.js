// The page's own script: a like button and a ticker that keeps changing (as news sites' do).
let likes = 0;
document.getElementById('like')?.addEventListener('click', () => {
  likes++;
  document.getElementById('likes').textContent = String(likes);
});
const ticker = document.getElementById('ticker');
const items = ['عاجل: ارتفاع أسعار الذهب في الأسواق المحلية', 'عاجل: انطلاق امتحانات الثانوية العامة الأسبوع المقبل'];
let i = 0;
if (ticker) setInterval(() => { ticker.textContent = items[i++ % items.length]; }, 400);
// Whether this page may compile wasm (its CSP decides): the extension must not depend on it.
WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))
  .then(() => 'allowed', () => 'blocked').then((v) => { document.documentElement.dataset.wasm = v; });
