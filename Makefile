# outage-charts: make serve (build + demo on 127.0.0.1:8080), make test (every test).
# Both install what is missing first (scripts/setup.sh); a second run is fast.

PORT ?= 8080
export PORT

.PHONY: help setup build package serve test test-rust test-wasm test-browser test-consumers lint fmt screenshots bench clean cli bench-static

help:
	@echo "make serve        install what is missing, build, serve the demo on http://127.0.0.1:$(PORT)/ (PORT=... to change)"
	@echo "make test         install what is missing, run every check and test (fmt, clippy, Rust, wasm in Chromium, Playwright, the npm package in bundlers)"
	@echo "make setup        only install what is missing"
	@echo "make build        build the widget into www/pkg/"
	@echo "make cli          build the command line, target/release/outage-charts (static SVG and PNG charts)"
	@echo "make package      build, then pack the npm package into dist/outage-charts-<version>.tgz"
	@echo "make lint         cargo fmt --check and clippy (native and wasm32)"
	@echo "make test-rust    native cargo test"
	@echo "make test-wasm    Rust tests in headless Chromium (tests/web.rs)"
	@echo "make test-browser release build + Playwright tests of the demo page"
	@echo "make test-consumers release build + the packed package in Vite, webpack, esbuild, a plain page, Node, tsc"
	@echo "make screenshots  docs/demo.png, docs/demo@2x.png (desktop) and docs/phone.png from the demo page; docs/scatter.png"
	@echo "make bench        outage-charts against Chart.js and uPlot in headless Chromium; writes BENCHMARKS.md"
	@echo "make bench-static the command line's PNG against vl-convert (in a venv under target/), and a batch of 1,000; writes BENCHMARKS.md"
	@echo "make clean        remove build output (target/, www/pkg/, dist/, test-results/)"

setup:
	@scripts/setup.sh

build: setup
	@scripts/build.sh

package: build
	@scripts/package.sh

serve: build
	@scripts/serve.sh

test: setup
	@scripts/test.sh

lint: setup
	@scripts/test.sh fmt clippy clippy-wasm

fmt:
	cargo fmt

test-rust: setup
	@scripts/test.sh unit

test-wasm: setup
	@scripts/test.sh wasm

test-browser: setup
	@scripts/test.sh build browser

test-consumers: setup
	@scripts/test.sh build consumers

screenshots: build cli
	@node scripts/screenshots.mjs
	@target/release/outage-charts render tests/fixtures/valid/scatter-cars.json -o docs/scatter.png --width 640 --height auto --scale 2
	@echo "screenshots: wrote docs/scatter.png (the command line, 640 CSS px at scale 2)"

bench: build
	@node bench/run.mjs

# Built with the speed-optimised "cli" profile (Cargo.toml says why), then put where the
# contract says it is.
cli:
	cargo build --profile cli --bin outage-charts
	@mkdir -p target/release && cp target/cli/outage-charts target/release/outage-charts
	@echo "cli: target/release/outage-charts"

bench-static: cli
	@scripts/bench-static.sh

clean:
	rm -rf target www/pkg dist test-results playwright-report
