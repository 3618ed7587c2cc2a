#!/usr/bin/env bash
# Builds the widget into www/pkg/ (an ES module, no bundler needed):
#   1. cargo build --release for wasm32-unknown-unknown
#   2. wasm-bindgen --target web  -> www/pkg/outage_charts.js, outage_charts_bg.wasm, .d.ts
#   3. wasm-opt -Oz (npm binaryen, never the system one) on outage_charts_bg.wasm, then short
#      import names in it and in the glue (scripts/short_names.mjs)
#   4. esbuild --bundle --minify: the JS glue and its snippets in one file
# then prints the size of what a page downloads.
# Run scripts/setup.sh first (make build does).
set -euo pipefail

cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

if [ -t 1 ]; then c_say=$'\033[1;34m'; c_ok=$'\033[1;32m'; c_err=$'\033[1;31m'; c_off=$'\033[0m'
else c_say=''; c_ok=''; c_err=''; c_off=''; fi
say()  { printf '%sbuild:%s %s\n' "$c_say" "$c_off" "$*"; }
fail() {
  printf '%sbuild: error:%s %s\n' "$c_err" "$c_off" "$1" >&2
  shift
  for line in "$@"; do printf '       %s\n' "$line" >&2; done
  exit 1
}

crate=outage_charts
wasm_in="target/wasm32-unknown-unknown/release/${crate}.wasm"
out=www/pkg
wasm_opt=node_modules/.bin/wasm-opt

[ -x "$wasm_opt" ] || fail "$wasm_opt is missing." "Run: make setup   (it runs npm ci), then build again."
command -v wasm-bindgen >/dev/null 2>&1 || fail "wasm-bindgen is not installed." "Run: make setup   then build again."

# A dependency's panic locations name its source file by its path in the cargo home, which would
# put this machine's home directory into the module: written relative instead.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src/=crates/"
say "cargo build --release --target wasm32-unknown-unknown --lib"
if ! cargo build --release --target wasm32-unknown-unknown --lib; then
  fail "the Rust build for wasm32 failed (compiler errors above)." "Fix them, then run: make build"
fi
[ -f "$wasm_in" ] || fail "$wasm_in was not produced." \
  "Check that Cargo.toml has [lib] crate-type = [\"cdylib\", \"rlib\"], then run: make build"

say "wasm-bindgen --target web --out-dir $out"
rm -rf "$out"
if ! wasm-bindgen --target web --out-dir "$out" "$wasm_in"; then
  fail "wasm-bindgen failed (message above)." \
    "If it mentions a schema/version mismatch, run: make setup   (it installs the wasm-bindgen-cli version Cargo.lock pins)."
fi

# wasm-opt reads the module's target_features section (rustc 1.95 emits
# bulk-memory, sign-ext, nontrapping-float-to-int, mutable-globals,
# reference-types, multivalue); the flags below say the same explicitly so the
# optimiser neither rejects nor lowers them whatever the section holds. Every
# one is supported by the browsers we target.
say "wasm-opt -Oz (npm binaryen $("$wasm_opt" --version | awk '{print $3}'))"
features=(
  --enable-bulk-memory
  --enable-sign-ext
  --enable-nontrapping-float-to-int
  --enable-mutable-globals
  --enable-reference-types
  --enable-multivalue
)
bg="$out/${crate}_bg.wasm"
if ! "$wasm_opt" -Oz "${features[@]}" "$bg" -o "$bg.opt"; then
  rm -f "$bg.opt"
  fail "wasm-opt failed on $bg (message above)." \
    "If it names a wasm feature, add the matching --enable-* flag in scripts/build.sh."
fi
mv "$bg.opt" "$bg"
say "short import names (scripts/short_names.mjs)"
node scripts/short_names.mjs "$bg" "$out/${crate}.js" \
  || fail "the module's imports could not be renamed (message above)."

# The JS a page loads (esbuild, an npm devDependency): the glue bundled with its snippets
# (src/web/helpers.js) into one minified file, so a first visit fetches one script where it
# fetched the glue and then, once the glue was read, its helpers.
esbuild=node_modules/.bin/esbuild
[ -x "$esbuild" ] || fail "$esbuild is missing." "Run: make setup   (it runs npm ci), then build again."
say "esbuild --bundle --minify (the JS glue and its snippets, one file)"
glue="$out/${crate}.js"
if ! "$esbuild" --bundle --minify --format=esm --log-level=warning "$glue" --outfile="$glue.min"; then
  rm -f "$glue.min"
  fail "esbuild could not bundle $glue (message above)."
fi
mv "$glue.min" "$glue"
rm -rf "$out/snippets"

# What a page downloads: raw and gzip -9 sizes.
total_raw=0
total_gz=0
printf '\n%-34s %10s %12s\n' "file" "bytes" "gzip -9"
# The element counts as the package ships it, minified (scripts/package.sh).
element_min=target/outage-chart.min.js
"$esbuild" --minify --format=esm --log-level=warning www/outage-chart.js --outfile="$element_min"
for f in "$bg" "$glue" "$element_min"; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  label=$f
  [ "$f" = "$element_min" ] && label="www/outage-chart.js (minified)"
  printf '%-34s %10d %12d\n' "$label" "$raw" "$gz"
done
printf '%-34s %10d %12d\n\n' "total" "$total_raw" "$total_gz"
say "done: www/pkg/ is ready (run make serve to see the demo)"
