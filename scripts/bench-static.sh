#!/usr/bin/env bash
# make bench-static: the command line's PNG against vl-convert, and a batch of 1,000 charts.
# vl-convert (PyPI vl-convert-python) goes into a venv under target/, made on the first run.
# Writes bench/static.md and its section of BENCHMARKS.md.
#   RUNS=30 BATCH=1000 scripts/bench-static.sh
set -euo pipefail
cd "$(dirname "$0")/.."

cli=target/release/outage-charts
venv=target/bench-venv
[ -x "$cli" ] || { echo "bench-static: $cli is missing; run: make cli" >&2; exit 1; }
if ! "$venv/bin/python" -c "import vl_convert" 2>/dev/null; then
  echo "bench-static: installing vl-convert-python into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet vl-convert-python
fi
"$venv/bin/python" bench/static.py "$cli" target/bench-static \
  --runs "${RUNS:-30}" --batch "${BATCH:-1000}" --write
