#!/usr/bin/env bash
# Runs the test phases in order and stops at the first failure, saying which
# phase failed and what to do. Run scripts/setup.sh first (make test does).
#
#   scripts/test.sh                 every phase
#   scripts/test.sh wasm browser    only these phases (in the order given)
#
# Phases: fmt clippy clippy-wasm unit fuzz wasm build static browser consumers bench
set -euo pipefail

cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# wasm-bindgen-test-runner: Debian's chromedriver, which starts /usr/bin/chromium
# with the options in webdriver.json (the runner adds --headless and --no-sandbox).
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-180}"

all_phases=(fmt clippy clippy-wasm unit fuzz wasm build static browser consumers bench)
if [ "$#" -gt 0 ]; then phases=("$@"); else phases=("${all_phases[@]}"); fi

logs=target/test-logs
mkdir -p "$logs"
rm -f "$logs"/*.log
touch "$logs/.started" # reports older than this are from another run

if [ -t 1 ]; then
  bold=$'\033[1m'; red=$'\033[1;31m'; green=$'\033[1;32m'; blue=$'\033[1;34m'; reset=$'\033[0m'
  export CARGO_TERM_COLOR=always
else
  bold=''; red=''; green=''; blue=''; reset=''
fi

have_web_tests() { [ -f tests/web.rs ]; }

describe() {
  case "$1" in
    fmt)         echo "cargo fmt --check" ;;
    clippy)      echo "cargo clippy --all-targets -- -D warnings" ;;
    clippy-wasm) if have_web_tests; then echo "cargo clippy --target wasm32-unknown-unknown --lib --test web -- -D warnings"
                 else echo "cargo clippy --target wasm32-unknown-unknown --lib -- -D warnings"; fi ;;
    unit)        echo "cargo test (native)" ;;
    fuzz)        echo "a short run of the stable-Rust fuzzer (examples/fuzz.rs): JSON -> validate -> layout -> draw" ;;
    wasm)        echo "cargo test --target wasm32-unknown-unknown --test web (headless Chromium)" ;;
    build)       echo "scripts/build.sh (release wasm, wasm-bindgen, wasm-opt), then the module links none of the code taken out for its bytes" ;;
    static)      echo "make cli, then renderSvg in Node equals the command line's SVG over every valid fixture (after build)" ;;
    browser)     echo "npx playwright test (the demo page in headless Chromium)" ;;
    consumers)   echo "scripts/consumers.sh (the packed npm package in Vite, webpack, esbuild, a plain page, Node and tsc)" ;;
    bench)       echo "node bench/run.mjs --smoke (the benchmark runner works; no time is asserted)" ;;
    *)           echo "" ;;
  esac
}

hint() {
  case "$1" in
    fmt)         echo "Run: cargo fmt   then make test again." ;;
    clippy)      echo "Fix the clippy warnings above (native build), then make test again." ;;
    clippy-wasm) echo "Fix the clippy warnings above (wasm32 build: code under cfg(target_arch = \"wasm32\")), then make test again." ;;
    unit)        echo "A native Rust test failed (above). Rerun it alone with: cargo test NAME" ;;
    fuzz)        echo "The fuzzer found a panic; the input is in target/fuzz-crashes/. Reproduce with: cargo run --example fuzz -- 15" ;;
    wasm)        echo "A Rust test in tests/web.rs failed in Chromium (above). Rerun with: make test-wasm" ;;
    build)       echo "The release build failed, or the module links code taken out for its bytes (above). Rerun with: make build && node tests/module/unlinked.mjs" ;;
    static)      echo "renderSvg and the command line disagree (above). Rerun with: make build cli && node tests/static/same-bytes.mjs" ;;
    browser)     echo "A Playwright test failed (above). Rerun with: make test-browser   (traces and screenshots: test-results/)" ;;
    consumers)   echo "A consumer of the packed package failed (above). Rerun with: make test-consumers   (projects: target/consumers/, traces: test-results/consumers/)" ;;
    bench)       echo "The benchmark runner failed (above). Rerun with: node bench/run.mjs --smoke" ;;
  esac
}

run_phase() {
  local phase=$1 log="$logs/$1.log"
  case "$phase" in
    fmt)    cargo fmt --check ;;
    clippy) cargo clippy --all-targets -- -D warnings ;;
    clippy-wasm)
      if have_web_tests; then
        cargo clippy --target wasm32-unknown-unknown --lib --test web -- -D warnings
      else
        cargo clippy --target wasm32-unknown-unknown --lib -- -D warnings
      fi ;;
    unit)   cargo test 2>&1 | tee "$log" ;;
    fuzz)   cargo run --quiet --example fuzz -- "${FUZZ_SECONDS:-15}" ;;
    wasm)
      if ! have_web_tests; then
        echo "${red}tests/web.rs is missing${reset}: the wasm-bindgen-test suite (Rust tests run in Chromium) is part of make test." >&2
        return 1
      fi
      cargo test --target wasm32-unknown-unknown --test web 2>&1 | tee "$log" ;;
    build)  scripts/build.sh && node tests/module/unlinked.mjs ;;
    static)
      make -s cli && node tests/static/same-bytes.mjs 2>&1 | tee "$logs/static.log" ;;
    browser)
      rm -f test-results/results.json
      npx playwright test ;;
    consumers)
      rm -f test-results/consumers.json
      scripts/consumers.sh ;;
    bench)  node bench/run.mjs --smoke ;;
    *)
      echo "unknown phase \"$phase\"; phases are: ${all_phases[*]}" >&2
      return 2 ;;
  esac
}

declare -a timings=()
total_start=$SECONDS
n=${#phases[@]}
i=0
for phase in "${phases[@]}"; do
  i=$((i + 1))
  printf '\n%s==> [%d/%d] %s: %s%s\n' "$blue" "$i" "$n" "$phase" "$(describe "$phase")" "$reset"
  start=$SECONDS
  if run_phase "$phase"; then
    took=$((SECONDS - start))
    timings+=("$(printf '%-12s %4ds' "$phase" "$took")")
    printf '%s==> %s passed (%ds)%s\n' "$green" "$phase" "$took" "$reset"
  else
    took=$((SECONDS - start))
    printf '\n%smake test: FAILED in phase "%s" (%s) after %ds.%s\n' "$red" "$phase" "$(describe "$phase")" "$took" "$reset" >&2
    printf '%s\n' "$(hint "$phase")" >&2
    exit 1
  fi
done

# Count what ran: cargo's "test result:" lines and Playwright's JSON report.
passed=0
failed=0
if [ -f "$logs/static.log" ]; then
  read -r p f < <(sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' "$logs/static.log")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
fi
for log in "$logs"/unit.log "$logs"/wasm.log; do
  [ -f "$log" ] || continue
  while read -r p f; do
    passed=$((passed + p)); failed=$((failed + f))
  done < <(sed 's/\x1b\[[0-9;]*m//g' "$log" | sed -n 's/^test result: [a-zA-Z]*\. \([0-9]*\) passed; \([0-9]*\) failed.*/\1 \2/p')
done
# Only the reports of phases that ran now: an older one may be left from another run.
for report in test-results/results.json test-results/consumers.json; do
  [ -f "$report" ] && [ "$report" -nt "$logs/.started" ] || continue
  read -r p f < <(node -e '
    const s = require("./" + process.argv[1]).stats;
    console.log(s.expected + s.flaky, s.unexpected);' "$report")
  passed=$((passed + p)); failed=$((failed + f))
done

printf '\n%sTimings%s\n' "$bold" "$reset"
printf '  %s\n' "${timings[@]}"
printf '  %-12s %4ds\n\n' "total" "$((SECONDS - total_start))"
printf '%sAll %d phases passed.%s\n' "$green" "$n" "$reset"
printf 'total: %d passed, %d failed\n' "$passed" "$failed"
