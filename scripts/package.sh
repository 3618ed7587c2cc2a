#!/usr/bin/env bash
# Packs the npm package outage-charts from the release build in www/pkg/ (scripts/build.sh; make
# package builds first) into dist/outage-charts-<version>.tgz, the version being Cargo.toml's.
#   npm/        the hand-written part: package.json (its version is filled in here), README.md,
#               index.js (an init that instantiates once) and the .d.ts of the entry points
#   www/pkg/    the wasm-bindgen glue (its snippets bundled in) and the optimised wasm
#   www/outage-chart.js  the element, importing the package's index.js instead of ./pkg/
# then prints the tarball's size and what a page loads, gzipped.
set -euo pipefail

cd "$(dirname "$0")/.."
if [ -t 1 ]; then c_say=$'\033[1;34m'; c_err=$'\033[1;31m'; c_off=$'\033[0m'; else c_say=''; c_err=''; c_off=''; fi
say()  { printf '%spackage:%s %s\n' "$c_say" "$c_off" "$*"; }
fail() {
  printf '%spackage: error:%s %s\n' "$c_err" "$c_off" "$1" >&2
  shift
  for line in "$@"; do printf '       %s\n' "$line" >&2; done
  exit 1
}

[ -f www/pkg/outage_charts_bg.wasm ] || fail "www/pkg/ is not built." "Run: make package   (it builds first)"

# The [package] version: the first version line of Cargo.toml.
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
[ -n "$version" ] || fail "no version in Cargo.toml's [package]."

stage=target/npm-package
rm -rf "$stage"
mkdir -p "$stage" dist
cp www/pkg/outage_charts.js www/pkg/outage_charts_bg.wasm "$stage/"
cp npm/index.js npm/index.d.ts npm/element.d.ts npm/README.md CHANGELOG.md "$stage/"
cp www/dataset.schema.json "$stage/"

# The glue's declarations give OutageChart a [Symbol.dispose] method, whose type exists only with
# TypeScript's esnext lib (TS2550 otherwise). The method stays in the JavaScript; only its
# declaration goes, so the package type-checks with the default lib.
grep -v '^ *\[Symbol\.dispose\](): void;$' www/pkg/outage_charts.d.ts >"$stage/outage_charts.d.ts"
if grep -q 'Symbol\.dispose' "$stage/outage_charts.d.ts"; then
  fail "www/pkg/outage_charts.d.ts names Symbol.dispose in a form this script does not remove." \
    "Update the grep in scripts/package.sh to the new form."
fi

# The element imports the module and preloads the wasm from ./pkg/ in www/; in the package both
# sit beside it, and importing index.js (not the glue) shares one instance with the page's init().
sed -e 's#import("\./pkg/outage_charts\.js")#import("./index.js")#' \
    -e 's#"\./pkg/outage_charts_bg\.wasm"#"./outage_charts_bg.wasm"#' www/outage-chart.js >"$stage/element.js"
if [ "$(grep -c 'import("\./index\.js")' "$stage/element.js")" != 1 ] ||
   [ "$(grep -c '"\./outage_charts_bg\.wasm"' "$stage/element.js")" != 1 ] || grep -q '\./pkg/' "$stage/element.js"; then
  fail "www/outage-chart.js no longer loads the module as scripts/package.sh expects." \
    "It must import(\"./pkg/outage_charts.js\") and name \"./pkg/outage_charts_bg.wasm\" once each; update the sed in scripts/package.sh."
fi
# Shipped minified, like the glue: their comments are for this repository's readers (the .d.ts
# files document them for the package's).
for js in element.js index.js; do
  node_modules/.bin/esbuild --minify --format=esm --log-level=warning "$stage/$js" --outfile="$stage/$js.min"
  mv "$stage/$js.min" "$stage/$js"
done

node -e '
  const fs = require("fs");
  const [file, version] = process.argv.slice(1);
  const pkg = JSON.parse(fs.readFileSync("npm/package.json", "utf8"));
  pkg.version = version;
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");
' "$stage/package.json" "$version"

tarball="dist/outage-charts-${version}.tgz"
rm -f "$tarball"
say "npm pack -> $tarball"
npm pack --silent --pack-destination dist "./$stage" >/dev/null
[ -f "$tarball" ] || fail "npm pack did not write $tarball."

# What a page that uses the element loads: the element, index.js, the glue, the wasm.
printf '\n%-34s %10s %12s\n' "what" "bytes" "gzip -9"
printf '%-34s %10d %12s\n' "$tarball" "$(wc -c <"$tarball")" "-"
total_raw=0
total_gz=0
for f in element.js index.js outage_charts.js outage_charts_bg.wasm; do
  raw=$(wc -c <"$stage/$f")
  gz=$(gzip -9 -c "$stage/$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
done
printf '%-34s %10d %12d\n\n' "a page with the element loads" "$total_raw" "$total_gz"
say "done: npm install $tarball"
