#!/usr/bin/env bash
# Builds the browser bundle's WebAssembly: cargo (wasm-release profile) → wasm-bindgen (--target web)
# → wasm-opt -O1, into www/pkg/. Skips the bindgen and wasm-opt steps when cargo's output and this
# script are unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."

RAW=target/wasm32-unknown-unknown/wasm-release/hashiya.wasm
OUT=www/pkg
STAMP=$OUT/.built-from   # checksum of the cargo output and of this script that $OUT was made from

log() { printf '\033[1m[build-wasm]\033[0m %s\n' "$*" >&2; }

cargo build --quiet --lib --target wasm32-unknown-unknown --no-default-features --profile wasm-release

sum=$(cat "$RAW" "$0" | sha256sum | cut -d' ' -f1)
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$sum" ] && [ -f "$OUT/hashiya_bg.wasm" ] && [ -f "$OUT/hashiya.js" ]; then
  log "www/pkg is up to date"
else
  log "wasm-bindgen → $OUT"
  rm -f "$STAMP"
  wasm-bindgen --target web --typescript --out-dir "$OUT" "$RAW"
  WASM_OPT=node_modules/.bin/wasm-opt
  [ -x "$WASM_OPT" ] || { log "missing $WASM_OPT: run npm ci (scripts/setup.sh)"; exit 1; }
  log "wasm-opt -O1"
  # -O1, not -Oz or -O3: LLVM has optimised the code already, and wasm-opt's heavier inlining makes
  # larger functions that V8 compiles lazily, whole, on the first call: with -Oz a page's first
  # annotate took 75-82 ms in Chromium against 40-50 with -O1, and later runs 0.47 against 0.37 ms
  # in Node (sample article), for 1.4 KB more gzipped (scripts/compare-wasm-builds.sh).
  # The features rustc's default wasm32 target emits; wasm-opt must accept them or it refuses the module.
  # memory-packing splits the embedded model's data segment in a way that compresses worse
  # (+143 KB gzipped, measured by scripts/compare-wasm-builds.sh): skip that one pass.
  "$WASM_OPT" -O1 --skip-pass=memory-packing \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    -o "$OUT/hashiya_bg.wasm" "$OUT/hashiya_bg.wasm"
  echo "$sum" > "$STAMP"
fi

size() { wc -c < "$1" | tr -d ' '; }
gz() { gzip -9c "$1" | wc -c | tr -d ' '; }
log "cargo output:  $(size "$RAW") bytes"
log "hashiya_bg.wasm: $(size "$OUT/hashiya_bg.wasm") bytes, $(gz "$OUT/hashiya_bg.wasm") gzipped"
log "hashiya.js:      $(size "$OUT/hashiya.js") bytes, $(gz "$OUT/hashiya.js") gzipped"
