#!/usr/bin/env bash
# Runs every test: Rust unit and integration tests (native), the same core tests compiled to
# WebAssembly in headless Chromium, then the release wasm build, the extension and npm package builds,
# and the browser tests (shell, page, extension, embed, package).
# Tests that score against ../shared run whenever it exists; with CI=true a missing ../shared fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Rust tests (native)"
cargo test --release --all-targets

step "Core tests compiled to WebAssembly, in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_USE_BROWSER=1 \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --release --target wasm32-unknown-unknown --no-default-features --lib --tests

step "Release WebAssembly build (wasm-opt)"
bash scripts/build-wasm.sh

step "Browser extension and npm package builds"
bash scripts/build-extension.sh
bash scripts/build-package.sh

step "Browser tests (playwright-core + Chromium)"
node --test --test-concurrency=1 tests/browser/

# The core must never panic: a short libFuzzer run on every test run (scripts/fuzz.sh installs
# cargo-fuzz the first time; README.md records the long runs). FUZZ_TIME=0 skips it locally.
FUZZ_TIME=${FUZZ_TIME:-30}
if [ "${CI:-}" = true ] && [ "$FUZZ_TIME" = 0 ]; then FUZZ_TIME=30; fi # CI always fuzzes
if [ "$FUZZ_TIME" != 0 ]; then
  step "Short fuzz run of annotate (cargo-fuzz, $FUZZ_TIME s)"
  FUZZ_TIME=$FUZZ_TIME bash scripts/fuzz.sh
fi
