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

echo "downloading ArWikiCats $ARWIKICATS_VERSION, arabic-name-romanizer $ROMANIZER_VERSION into $tmp/pip" >&2
python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$tmp/pip" \
  "arwikicats==$ARWIKICATS_VERSION" "arabic-name-romanizer==$ROMANIZER_VERSION" >&2
python3 - "$tmp/pip" "$tmp" <<'PY'
import glob, sys, zipfile
for pkg, out in (("arwikicats", "arwikicats"), ("arabic_name_romanizer", "romanizer")):
    (whl,) = glob.glob(f"{sys.argv[1]}/{pkg}-*.whl")
    zipfile.ZipFile(whl).extractall(f"{sys.argv[2]}/{out}")
PY
mkdir -p "$root/data/lexicon/gazetteer"
python3 "$root/scripts/build-gazetteers.py" "$tmp/arwikicats" "$tmp/romanizer" "$root/data/lexicon/gazetteer"
