#!/usr/bin/env bash
# Fuzzes the core's `annotate` with cargo-fuzz (libFuzzer): any panic, or a span outside the text,
# is a crash, saved under fuzz/artifacts/annotate/ with the input that caused it.
#
#   scripts/fuzz.sh            # 1,000,000 executions
#   scripts/fuzz.sh 10000000   # RUNS executions
#   FUZZ_TIME=20 scripts/fuzz.sh   # at most 20 seconds instead (scripts/test.sh runs 30)
#   FUZZ_MAX_LEN=256 scripts/fuzz.sh 10000000   # the 10-million run README.md records
#
# cargo-fuzz needs nightly features; RUSTC_BOOTSTRAP=1 lets the stable toolchain build it. New inputs
# go to fuzz/corpus/annotate (git-ignored), never into the committed seeds (fuzz/seeds).
# The core has no `unsafe`, so AddressSanitizer finds nothing a panic would not: it is off by default
# (about 3× the executions per second); FUZZ_SANITIZER=address turns it back on. One process, no
# -jobs: with -jobs=1 libFuzzer forks a child that logs to ./fuzz-0.log instead of here. Inputs up to
# FUZZ_MAX_LEN (4096) bytes: ~900 executions per second on this machine's cores with the corpus grown
# to ~1 KB an input; with 256, ~4,900 per second.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-1000000}
MAX_LEN=${FUZZ_MAX_LEN:-4096}

log() { printf '\033[1m[fuzz]\033[0m %s\n' "$*" >&2; }

if ! cargo fuzz --version >/dev/null 2>&1; then
  log "installing cargo-fuzz (once, about a minute)"
  cargo install --quiet --locked cargo-fuzz
fi

mkdir -p fuzz/corpus/annotate
limit=(-runs="$RUNS")
[ -n "${FUZZ_TIME:-}" ] && limit=(-max_total_time="$FUZZ_TIME")
log "cargo fuzz run annotate ${limit[*]} (one process, inputs ≤ $MAX_LEN bytes)"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
status=0
RUSTC_BOOTSTRAP=1 cargo fuzz run --release --sanitizer "${FUZZ_SANITIZER:-none}" annotate fuzz/corpus/annotate fuzz/seeds -- \
  "${limit[@]}" -max_len="$MAX_LEN" -print_final_stats=1 2>&1 | tee "$out" >&2 || status=$?
execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out" | tail -1 | grep -o '[0-9]*$' || true)
[ -z "$execs" ] && execs=$(grep -oE '^#[0-9]+' "$out" | tail -1 | tr -d '#' || true)
echo "fuzz: ${execs:-0} executions, exit status $status"
ls fuzz/artifacts/annotate/ 2>/dev/null | sed 's/^/fuzz: artifact /' || true
exit "$status"
