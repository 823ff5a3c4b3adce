#!/usr/bin/env bash
# Assembles the npm package in dist/npm/ (wasm + glue + types, the shell and its CSS, the CMS embed,
# a Node entry) and packs it into dist/hashiya-<version>.tgz. Needs www/pkg (scripts/build-wasm.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=dist/npm
log() { printf '\033[1m[build-package]\033[0m %s\n' "$*" >&2; }
[ -f www/pkg/hashiya_bg.wasm ] || { log "missing www/pkg: run scripts/build-wasm.sh first"; exit 1; }

rm -rf "$OUT"
mkdir -p "$OUT/pkg" "$OUT/shell" "$OUT/embed"
cp www/pkg/hashiya.js www/pkg/hashiya_bg.wasm www/pkg/hashiya.d.ts www/pkg/hashiya_bg.wasm.d.ts "$OUT/pkg/"
cp www/shell/*.js www/shell/shell.css "$OUT/shell/"
cp npm/shell.d.ts "$OUT/shell/index.d.ts"
cp www/embed/hashiya-embed.js "$OUT/embed/"
cp npm/embed.d.ts "$OUT/embed/hashiya-embed.d.ts"
cp npm/node.js npm/node.d.ts npm/README.md "$OUT/"

# package.json: name, version, licence and description from the project's own.
node -e '
const root = require("./package.json");
const pkg = {
  name: "hashiya", version: root.version, description: root.description, license: root.license,
  type: "module",
  main: "./pkg/hashiya.js", types: "./pkg/hashiya.d.ts",
  exports: {
    ".": { types: "./pkg/hashiya.d.ts", default: "./pkg/hashiya.js" },
    "./node": { types: "./node.d.ts", default: "./node.js" },
    "./shell": { types: "./shell/index.d.ts", default: "./shell/index.js" },
    "./shell/*": "./shell/*",
    "./shell.css": "./shell/shell.css",
    "./embed": { types: "./embed/hashiya-embed.d.ts", default: "./embed/hashiya-embed.js" },
    "./hashiya_bg.wasm": "./pkg/hashiya_bg.wasm",
    "./package.json": "./package.json",
  },
  files: ["pkg/", "shell/", "embed/", "node.js", "node.d.ts", "README.md"],
  sideEffects: ["./embed/hashiya-embed.js", "./node.js", "*.css"],
  engines: { node: ">=18" },
  keywords: ["arabic", "nlp", "named-entities", "quotes", "news", "webassembly", "annotation"],
};
require("fs").writeFileSync(process.argv[1], JSON.stringify(pkg, null, 2) + "\n");
' "$OUT/package.json"

version=$(node -p 'require("./package.json").version')
rm -f "dist/hashiya-$version.tgz"
(cd "$OUT" && npm pack --silent --pack-destination .. >/dev/null)
log "$OUT → dist/hashiya-$version.tgz ($(wc -c < "dist/hashiya-$version.tgz" | tr -d ' ') bytes)"
