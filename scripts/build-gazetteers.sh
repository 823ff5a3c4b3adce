#!/usr/bin/env bash
# Rebuilds data/lexicon/gazetteer/*.txt (organisation, person and place name words used as features
# by the NER tagger, src/tagger/names.rs) from two PyPI packages downloaded into a temporary
# directory. Pinned versions, sorted output: re-running it gives the same files. Not run in CI: its
# output is committed. Needs python3 and pip. After a rebuild, retrain the tagger (`hashiya train`).
# Sources and licences: data/lexicon/gazetteer/SOURCES.md.
#
# Usage: scripts/build-gazetteers.sh
set -euo pipefail

ARWIKICATS_VERSION=0.2.3
ROMANIZER_VERSION=0.2.0

root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

source "$root/scripts/lib/wheels.sh"
fetch_wheels "$tmp" "arwikicats==$ARWIKICATS_VERSION" arwikicats "arabic-name-romanizer==$ROMANIZER_VERSION" romanizer
mkdir -p "$root/data/lexicon/gazetteer"
python3 "$root/scripts/build-gazetteers.py" "$tmp/arwikicats" "$tmp/romanizer" "$root/data/lexicon/gazetteer"
