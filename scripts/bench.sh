#!/usr/bin/env bash
# `npm run bench`: builds what the benchmark needs (release wasm into www/pkg) and prints one table
# (scripts/bench.mjs). Extra arguments go to bench.mjs: --quick, --no-native.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-wasm.sh >&2
exec node scripts/bench.mjs "$@"
