#!/usr/bin/env bash
# Installs what building and testing outage-charts needs, and only what is missing.
# Safe to run again and again: when everything is there it takes about a second.
#
#   scripts/setup.sh            (also: make setup; make serve and make test call it)
#
# What it checks, in order:
#   1. cargo, rustup, node, npm are on PATH (it cannot install these for you)
#   2. the Rust target wasm32-unknown-unknown, and rustfmt + clippy
#   3. wasm-bindgen-cli (wasm-bindgen, wasm-bindgen-test-runner) at exactly the
#      version of the wasm-bindgen crate in Cargo.lock
#   4. node_modules (npm ci) when missing or older than package-lock.json
#   5. Debian's chromium and chromium-driver (apt-get, as root only)
set -euo pipefail

cd "$(dirname "$0")/.."

if [ -t 1 ]; then c_say=$'\033[1;34m'; c_ok=$'\033[1;32m'; c_err=$'\033[1;31m'; c_off=$'\033[0m'
else c_say=''; c_ok=''; c_err=''; c_off=''; fi
say()  { printf '%ssetup:%s %s\n' "$c_say" "$c_off" "$*"; }
ok()   { printf '%ssetup:%s %s\n' "$c_ok" "$c_off" "$*"; }
fail() {
  printf '%ssetup: error:%s %s\n' "$c_err" "$c_off" "$1" >&2
  shift
  for line in "$@"; do printf '       %s\n' "$line" >&2; done
  exit 1
}

is_root() { [ "$(id -u)" = 0 ]; }

# cargo install puts binaries in ~/.cargo/bin; make sure we see them even when
# the calling shell has not sourced ~/.cargo/env.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# --- 1. tools we cannot install ------------------------------------------------
for tool in cargo rustup node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    case "$tool" in
      cargo|rustup) fail "$tool is not on PATH." \
        "Install Rust with rustup (https://rustup.rs), open a new shell (or run: . \"\$HOME/.cargo/env\"), then run this again." ;;
      *) fail "$tool is not on PATH." \
        "Install Node.js 20 or newer (it ships npm), then run this again." ;;
    esac
  fi
done
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  fail "Node.js $(node --version) is too old; the browser tests need Node.js 20 or newer." \
    "Install Node.js 20+, then run this again."
fi
if ! command -v python3 >/dev/null 2>&1; then
  if is_root && command -v apt-get >/dev/null 2>&1; then
    say "python3 (used to serve www/) is missing: installing it with apt-get"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3
  else
    fail "python3 is not on PATH; it serves www/ for the demo and the browser tests." \
      "Run: sudo apt-get install -y python3   then run this again."
  fi
fi

# --- 2. Rust target and components ---------------------------------------------
if ! rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
  say "Rust target wasm32-unknown-unknown is missing: running rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^${component}-"; then
    say "rustup component $component is missing: running rustup component add $component"
    rustup component add "$component"
  fi
done

# --- 3. wasm-bindgen-cli at the version in Cargo.lock --------------------------
if [ ! -f Cargo.lock ]; then
  say "Cargo.lock is missing: running cargo generate-lockfile to pin dependency versions"
  cargo generate-lockfile
fi
wb_version=$(awk '
  $0 == "name = \"wasm-bindgen\"" { found = 1; next }
  found && /^version = / { gsub(/"/, "", $3); print $3; exit }
  /^\[\[package\]\]/ { found = 0 }
' Cargo.lock)
if [ -z "$wb_version" ]; then
  fail "Cargo.lock has no wasm-bindgen package, so the wasm-bindgen-cli version to install is unknown." \
    "Check that Cargo.toml depends on wasm-bindgen, run: cargo generate-lockfile   then run this again."
fi

installed_wb=""
if command -v wasm-bindgen >/dev/null 2>&1; then
  installed_wb=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')
fi
installed_runner=""
if command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
  installed_runner=$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}')
fi
if [ "$installed_wb" != "$wb_version" ] || [ "$installed_runner" != "$wb_version" ]; then
  if [ -n "$installed_wb" ]; then
    say "wasm-bindgen-cli $installed_wb is installed but Cargo.lock pins wasm-bindgen $wb_version: installing $wb_version (about 2 minutes)"
  else
    say "wasm-bindgen-cli is missing: installing version $wb_version to match Cargo.lock (about 2 minutes)"
  fi
  # Not --locked: the CLI's own lockfile wants a crate version the registry no longer serves.
  if ! cargo install wasm-bindgen-cli --version "$wb_version" --force; then
    fail "cargo install wasm-bindgen-cli --version $wb_version failed (see the cargo output above)." \
      "Fix what cargo reports (network, disk space, a C compiler), then run this again."
  fi
fi

# --- 4. npm devDependencies (binaryen's wasm-opt, esbuild, Playwright) -------------------
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1   # we drive Debian's /usr/bin/chromium
if [ ! -f node_modules/.package-lock.json ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ] \
   || [ ! -x node_modules/.bin/wasm-opt ] \
   || [ ! -x node_modules/.bin/playwright ]; then
  say "node_modules is missing or older than package-lock.json: running npm ci"
  if ! npm ci --no-audit --no-fund; then
    fail "npm ci failed (see the npm output above)." \
      "Fix what npm reports, then run this again. If package.json changed, run npm install to update package-lock.json."
  fi
  touch node_modules/.package-lock.json
fi

# --- 5. Chromium and chromedriver (Debian packages) -----------------------------
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  if is_root && command -v apt-get >/dev/null 2>&1; then
    say "Chromium or chromedriver is missing: running apt-get install chromium chromium-driver (1-2 minutes)"
    # Wait for another apt run (e.g. unattended upgrades) instead of failing on its lock.
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    if ! DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
         chromium chromium-driver; then
      fail "apt-get install chromium chromium-driver failed (see the apt output above)." \
        "Fix what apt reports, then run this again."
    fi
  else
    fail "Chromium is needed for the browser tests and is not installed (/usr/bin/chromium, /usr/bin/chromedriver)." \
      "Run as root:  apt-get update && apt-get install -y chromium chromium-driver" \
      "(or: sudo apt-get update && sudo apt-get install -y chromium chromium-driver), then run this again."
  fi
fi

ok "toolchain ready: wasm32 target, wasm-bindgen-cli $wb_version, npm packages, $(/usr/bin/chromium --version 2>/dev/null | head -n1)"
