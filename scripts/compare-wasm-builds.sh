#!/usr/bin/env bash
# Compares WebAssembly builds of the core: cargo opt-level s / z / 3, wasm-opt none / -O1 / -Oz / -O3, and
# SIMD (-C target-feature=+simd128). Prints one table: size raw / gzip / brotli, time per run in
# Node on the sample article and on ~1 MB of text, and the cold start in a fresh Node process
# (compile + instantiate, then the first call on the sample, which pays for V8's lazy compilation of
# each function it reaches: what a page waits for before its first highlight). Not run in CI; takes a few minutes per cargo
# build. Builds go to target/compare-wasm*, never to www/pkg.
#
#   scripts/compare-wasm-builds.sh            # all variants
#   VARIANTS="s:Oz 3:O3" scripts/compare-wasm-builds.sh
#   SKIP_BUILD=1 scripts/compare-wasm-builds.sh   # measure the builds already in target/compare-wasm
# Times: the minimum over ROUNDS (3) rounds that visit every build in turn, so that a busy moment
# does not land on one build only.
set -euo pipefail
cd "$(dirname "$0")/.."

VARIANTS=${VARIANTS:-"s:none s:Oz z:none z:Oz 3:none 3:O1 3:O3 3:Oz s:Oz:simd 3:O1:simd"}
WASM_OPT=node_modules/.bin/wasm-opt
FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals
  --enable-reference-types --enable-multivalue)
log() { printf '\033[1m[compare]\033[0m %s\n' "$*" >&2; }
out=target/compare-wasm/out
mkdir -p "$out"

for v in $VARIANTS; do
  [ -n "${SKIP_BUILD:-}" ] && break
  IFS=: read -r opt wopt simd <<<"$v"
  name="opt-$opt.wasm-opt-$wopt${simd:+.simd}"
  dir="$out/$name"
  tdir=target/compare-wasm/cargo${simd:+-simd}
  flags=""; [ -n "$simd" ] && flags="-C target-feature=+simd128"
  log "$name: cargo (opt-level $opt${simd:+, simd128})"
  CARGO_TARGET_DIR=$tdir RUSTFLAGS="$flags" CARGO_PROFILE_WASM_RELEASE_OPT_LEVEL=$opt \
    cargo build --quiet --lib --target wasm32-unknown-unknown --no-default-features --profile wasm-release
  rm -rf "$dir"; mkdir -p "$dir"
  wasm-bindgen --target web --out-dir "$dir" "$tdir/wasm32-unknown-unknown/wasm-release/hashiya.wasm"
  if [ "$wopt" != none ]; then
    log "$name: wasm-opt -$wopt"
    extra=(); [ -n "$simd" ] && extra=(--enable-simd)
    "$WASM_OPT" "-$wopt" "${FEATURES[@]}" "${extra[@]}" -o "$dir/hashiya_bg.wasm" "$dir/hashiya_bg.wasm"
  fi
done

ROUNDS=${ROUNDS:-3} node --input-type=module - "$out" $VARIANTS <<'EOF'
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync, brotliCompressSync, constants as Z } from 'node:zlib';
const [dir, ...variants] = process.argv.slice(2);
const sample = readFileSync('www/sample-article.txt', 'utf8');
const seedPath = '../shared/corpus/ar-azerbaijan-russia.txt';
const varied = sample + (existsSync(seedPath) ? '\n' + readFileSync(seedPath, 'utf8') : '');
let mega = '';
while (Buffer.byteLength(mega) < 1_000_000) mega += varied + '\n';
const time = (f, minMs, minRuns) => { let n = 0; const t = performance.now(); while (performance.now() - t < minMs || n < minRuns) { f(); n++; } return (performance.now() - t) / n; };
const builds = [];
for (const v of variants) {
  const [opt, wopt, simd] = v.split(':');
  const name = `opt-${opt}.wasm-opt-${wopt}${simd ? '.simd' : ''}`;
  const bytes = readFileSync(`${dir}/${name}/hashiya_bg.wasm`);
  const m = await import(`${process.cwd()}/${dir}/${name}/hashiya.js`);
  m.initSync({ module: bytes });
  m.annotate(mega); // set-up and tier-up
  builds.push({ name, bytes, m, s: Infinity, big: Infinity, load: Infinity, first: Infinity });
}
for (let round = 0; round < Number(process.env.ROUNDS); round++) {
  for (const b of builds) {
    b.s = Math.min(b.s, time(() => b.m.annotate(sample), 500, 5));
    b.big = Math.min(b.big, time(() => b.m.annotate(mega), 0, 1));
    const [load, first] = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', `
      import { readFileSync } from 'node:fs';
      const m = await import('${process.cwd()}/${dir}/${b.name}/hashiya.js');
      const bytes = readFileSync('${dir}/${b.name}/hashiya_bg.wasm'), text = readFileSync('www/sample-article.txt', 'utf8');
      const t0 = performance.now(); m.initSync({ module: bytes });
      const t1 = performance.now(); m.annotate(text);
      console.log(JSON.stringify([t1 - t0, performance.now() - t1]));`], { encoding: 'utf8' }));
    b.load = Math.min(b.load, load);
    b.first = Math.min(b.first, first);
  }
}
const kb = (n) => (n / 1024).toFixed(1);
const rows = [['build', 'raw KB', 'gzip KB', 'brotli KB', 'sample ms', '1 MB ms', '1 MB MB/s', 'cold: load ms', 'first call ms']];
for (const { name, bytes, s, big, load, first } of builds) {
  rows.push([name, kb(bytes.length), kb(gzipSync(bytes, { level: 9 }).length), kb(brotliCompressSync(bytes, { params: { [Z.BROTLI_PARAM_QUALITY]: 11 } }).length),
    s.toFixed(2), big.toFixed(0), (Buffer.byteLength(mega) / 1e6 / (big / 1000)).toFixed(2), load.toFixed(1), first.toFixed(1)]);
}
const w = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
for (const r of rows) console.log(r.map((c, i) => (i ? String(c).padStart(w[i]) : String(c).padEnd(w[i]))).join('  '));
console.log(`(shipped: opt-3.wasm-opt-O1; times: Node ${process.version}, best of ${process.env.ROUNDS} rounds)`);
EOF
