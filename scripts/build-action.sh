#!/usr/bin/env bash
# Build the GitHub Action's runnable bundle, dist/action/, from dist/checker.wasm and action/src/.
#
#   1. jco's transpiler (scripts/transpile-checker.mjs) turns dist/checker.wasm into JavaScript
#      bindings in action/gen/ (git-ignored) and core WebAssembly modules in dist/action/ (the
#      bundle loads them from next to itself);
#   2. esbuild bundles action/src/main.js with its npm dependencies into dist/action/index.js, and
#      the checker's worker thread (action/src/worker.js) into dist/action/checker-worker.js (ES
#      modules; a `require` made with createRequire serves the CommonJS dependencies' requires of
#      Node's built-in modules);
#   3. preview2-shim's I/O worker (started from a file next to the bundle) is copied there too.
#
# Reproducible: pinned tools (package-lock.json, installed with `npm ci`), no timestamps, no
# absolute paths in the output. CI rebuilds and fails on any difference in dist/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
[ -d node_modules/@bytecodealliance/jco-transpile ] && [ -x node_modules/.bin/esbuild ] ||
  { echo "build-action: run \`npm ci\` first" >&2; exit 1; }
export SOURCE_DATE_EPOCH=0

rm -rf action/gen dist/action
mkdir -p action/gen dist/action
node scripts/transpile-checker.mjs
bundle() { # entry point, output
  node_modules/.bin/esbuild "$1" --bundle --platform=node --target=node20 \
    --format=esm --charset=utf8 --legal-comments=eof --log-level=warning \
    "--banner:js=import { createRequire as __gpdRequire } from 'node:module'; const require = __gpdRequire(import.meta.url);" \
    --outfile="$2"
}
bundle action/src/main.js dist/action/index.js
bundle action/src/worker.js dist/action/checker-worker.js
cp node_modules/@bytecodealliance/preview2-shim/dist/io/worker-thread.bundle.js dist/action/
# The bundle and the worker are ES modules wherever dist/action/ is copied.
printf '{\n  "type": "module"\n}\n' >dist/action/package.json
echo "dist/action: $(du -sh dist/action | cut -f1) ($(ls dist/action | tr '\n' ' '))"
