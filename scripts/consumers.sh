#!/usr/bin/env bash
# The consumers phase of make test: packs dist/outage-charts-<version>.tgz from the release build
# (run the build phase first), installs it into scratch projects under target/consumers/ as a user
# would, builds each with the real tool, then checks them:
#   vite-build   vite build (Vite 8)
#   vite-dev     Vite 8's dev server, which pre-bundles the package
#   vite7-build  Vite 7's build
#   vite7-dev    Vite 7's dev server with the package README's optimizeDeps line
#   webpack      webpack-cli, no config file
#   esbuild      esbuild --bundle, and the wasm copied beside the bundle
#   plain        no bundler: an import map; and plain/init.html, init given a string, a URL,
#                a Response, the bytes or a WebAssembly.Module
#     (each page is opened in headless Chromium by tests/consumers/consumers.spec.mjs: pixels,
#      a hitTest and a hover, on the element and on a canvas the page drives itself)
#   node         node: both entries import, the module loads from its bytes; initSync
#   types        tsc --strict --noEmit, TypeScript 7 and 5
# The tools are the exact versions of tests/consumers/package-lock.json, installed once into
# target/consumers/node_modules (every project finds them there) from an npm cache kept in target/.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
if [ -t 1 ]; then c_say=$'\033[1;34m'; c_err=$'\033[1;31m'; c_off=$'\033[0m'; else c_say=''; c_err=''; c_off=''; fi
say()  { printf '%sconsumers:%s %s\n' "$c_say" "$c_off" "$*"; }
fail() { printf '%sconsumers: error:%s %s\n' "$c_err" "$c_off" "$*" >&2; exit 1; }

scripts/package.sh
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
tarball="$root/dist/outage-charts-${version}.tgz"

work=target/consumers
cache="$root/target/npm-cache"
npm_flags=(--no-audit --no-fund --prefer-offline --cache "$cache" --loglevel=error)
mkdir -p "$work"
template=tests/consumers
if [ ! -f "$work/node_modules/.package-lock.json" ] \
   || [ "$template/package-lock.json" -nt "$work/node_modules/.package-lock.json" ]; then
  say "installing the consumer tools (npm ci in $work)"
  cp "$template/package.json" "$template/package-lock.json" "$template/.npmrc" "$work/"
  (cd "$work" && npm ci "${npm_flags[@]}")
  touch "$work/node_modules/.package-lock.json"
fi
bin="$root/$work/node_modules/.bin"

# A fresh project: its own package.json, the page, and the tarball installed by npm.
project() {
  local name=$1 from=$2
  rm -rf "${work:?}/$name"
  mkdir -p "$work/$name"
  [ -z "$from" ] || cp -r "$from/." "$work/$name/"
  printf '{ "name": "consumer-%s", "private": true, "type": "module" }\n' "$name" >"$work/$name/package.json"
  (cd "$work/$name" && npm install "${npm_flags[@]}" "$tarball")
}

for app in vite-build vite-dev vite7-build vite7-dev webpack esbuild plain; do
  case "$app" in vite-*|vite7-*) from=$template/apps/vite ;; *) from=$template/apps/$app ;; esac
  project "$app" "$from"
  cp "$template/app/main.js" "$work/$app/"
done
cp "$template/apps/vite7/vite.config.js" "$work/vite7-dev/"
project node "$template/node"
project types "$template/types"

# --base ./ only because the test serves every build from a folder of one server, not its root.
say "vite build (Vite 8, then Vite 7)"
(cd "$work/vite-build" && "$bin/vite" build --base ./ --logLevel warn)
(cd "$work/vite7-build" && node "$root/$work/node_modules/vite-7/bin/vite.js" build --base ./ --logLevel warn)
say "webpack (no config file)"
(cd "$work/webpack" && "$bin/webpack" --mode production --entry ./main.js --output-path dist --no-stats \
  && cp index.html dist/)
say "esbuild (the wasm is copied beside the bundle)"
(cd "$work/esbuild" && "$bin/esbuild" main.js --bundle --format=esm --outdir=dist --log-level=warning \
  && cp node_modules/outage-charts/outage_charts_bg.wasm index.html dist/)

say "node"
(cd "$work/node" && node main.mjs && node sync.mjs && node default.mjs)

# TypeScript 7 under the default module settings, bundler and nodenext; TypeScript 5 (slower) under
# its defaults only, whose ES5 target and lib are where a declaration needing a newer lib fails.
typecheck() {
  local tsc=$1; shift
  say "tsc $($tsc --version) --strict --noEmit $* check.ts"
  # shellcheck disable=SC2086 # $tsc may be "node path/to/tsc": two words
  (cd "$work/types" && $tsc --strict --noEmit "$@" check.ts) || fail "the type check failed (above)"
}
typecheck "$bin/tsc"
typecheck "$bin/tsc" --module esnext --moduleResolution bundler
typecheck "$bin/tsc" --module nodenext
typecheck "node $root/$work/node_modules/typescript-5/bin/tsc"

say "the pages in headless Chromium"
npx playwright test --config tests/consumers/playwright.config.mjs
