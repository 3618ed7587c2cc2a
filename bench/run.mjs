// Runs the benchmark in headless Chromium: outage-charts against Chart.js 4 and uPlot 1.6 on the
// same data in the same browser, alternating libraries over several rounds, and writes medians,
// spreads and ratios to BENCHMARKS.md.
//
//   node bench/run.mjs            full run (5 warm rounds, 8 cold), writes BENCHMARKS.md  (make bench)
//   node bench/run.mjs --smoke    one short round: checks the runner works and numbers are finite
//   node bench/run.mjs --cold     only the cold cases (a first visit), printed, nothing written
//
// Two regimes. Warm (bench.js): one page, every library loaded once, each chart made again and
// again: the wasm is compiled and its hot functions optimised long before most measurements.
// Cold (cold.js): what a reader's first visit costs. Every measurement is a fresh browser
// context (its own renderer, HTTP cache and compiled code) that loads one library and draws
// one chart; load (fetch, compile, instantiate) and construction are timed apart. A second
// visit repeats it in a browser profile on disk, once the first visit's code could be cached.
//
// Build first (make bench does). Serves the repository's www/, bench/ and the two libraries'
// dist/ folders on 127.0.0.1 itself and stops the server at the end.
import { readFileSync, writeFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { transformSync } from "esbuild";
import { median, root, serve as serveFiles } from "./common.mjs";
import { firstVisits, describeNetwork, NETWORKS } from "./network.mjs";

const smoke = process.argv.includes("--smoke");
const ROUNDS = smoke ? 1 : Number(process.env.BENCH_ROUNDS || 5);
const POINTS = smoke ? 20_000 : 166_650;
const SWAPS = smoke ? 20 : 200;
const MOVES = smoke ? 30 : 1_000;
const MEMORY_SWAPS = smoke ? 500 : 10_000;
const FIRST_PAINTS = smoke ? 3 : 10;
const coldOnly = process.argv.includes("--cold");
const COLD_ROUNDS = smoke ? 1 : Number(process.env.BENCH_COLD_ROUNDS || 8);
/** A first visit over a throttled network (network.mjs): rounds of every page on each network. */
const NETWORK_ROUNDS = smoke ? 1 : Number(process.env.BENCH_NETWORK_ROUNDS || 8);
const COLD_POINTS = smoke ? 20_000 : 166_650;
/** The scatter's two sizes (warm and cold): a million points, and a hundred times fewer, to
 * show how each library's cost grows with the point count. */
const SCATTER = smoke ? 20_000 : 1_000_000;
const SCATTER_SMALL = smoke ? 1_000 : 10_000;
/** How long a first visit stays open before the second: V8 writes a streamed module's code
 * cache (modules over 128 KB) a moment after its functions are compiled, not at once. */
const CODE_CACHE_WAIT = smoke ? 200 : Number(process.env.BENCH_CACHE_WAIT || 3000);
const LIBS = ["outage-charts", "Chart.js", "uPlot"];
/** BENCH_BASELINE=<a www/pkg built earlier>: the cold cases measure it too, as "baseline", in
 * the same run (for comparing a change against the build before it; never in BENCHMARKS.md). */
const BASELINE = process.env.BENCH_BASELINE;
/** BENCH_COLD_LIBS, BENCH_COLD_CASES (comma-separated, e.g. "outage-charts,baseline" and
 * "line"): only those, for a quick comparison. */
const pick = (all, env) => (env ? all.filter((x) => env.split(",").includes(x)) : all);
const COLD_LIBS = pick(BASELINE ? [...LIBS, "baseline"] : LIBS, process.env.BENCH_COLD_LIBS);

const SERVED = ["/www/", "/bench/", "/node_modules/chart.js/dist/", "/node_modules/uplot/dist/"];
// Cacheable, as a site serves a library: a second visit reads it from the HTTP cache (and
// Chrome's code cache). Each browser context has a cache of its own, empty when it starts.
const serve = () => serveFiles({ prefixes: SERVED, baseline: BASELINE, headers: { "cache-control": "max-age=3600" } });

const spread = (xs) => [Math.min(...xs), Math.max(...xs)];

/** Per case, per library: every measurement. */
const results = {};
const record = (name, lib, value) => {
  results[name] ??= {};
  (results[name][lib] ??= []).push(value);
};

/** A first paint or big line, in ms; refused if its chart was not yet on the canvas when its
 * time was taken. */
async function painted(page, lib, method, arg) {
  const ms = await page.evaluate(([lib, method, arg]) => window.bench.run(lib, method, arg), [lib, method, arg]);
  const ink = await page.evaluate(() => window.bench.lastInk());
  if (ink < 500) throw new Error(`${lib} ${method}: only ${ink} pixels were drawn when its time was taken`);
  return ms;
}

async function hoverCost(page, cdp, lib) {
  await page.evaluate(([lib, n]) => window.bench.run(lib, "bigLine", n), [lib, POINTS]);
  const box = await page.evaluate((lib) => window.bench.hoverBox(lib), lib);
  await page.mouse.move(box.x + 5, box.y + box.height / 2);
  await page.waitForTimeout(50);
  const busy = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration").value;
  const before = await busy();
  for (let i = 0; i < MOVES; i++) {
    const x = box.x + 5 + ((i * 7) % (box.width - 10));
    const y = box.y + box.height * (0.3 + 0.4 * ((i * 13) % 100) / 100);
    await page.mouse.move(x, y);
  }
  await page.waitForTimeout(100);
  return ((await busy()) - before) * 1000 / MOVES;
}

/** One cold measurement: a page in `context` loads `lib` and draws `chart` once. */
async function coldVisit(context, lib, chart, data) {
  const page = await context.newPage();
  try {
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/bench/cold.html`);
    await page.waitForFunction(() => window.cold);
    const r = await page.evaluate(([lib, chart, data]) => window.cold.run(lib, chart, data), [lib, chart, data]);
    if (errors.length) throw new Error(`${lib} cold ${chart}: ${errors.join("; ")}`);
    if (r.ink < 500) throw new Error(`${lib} cold ${chart}: only ${r.ink} pixels were drawn when its time was taken`);
    return r;
  } finally {
    await page.close();
  }
}

/** The cold cases: [name, chart, device pixel ratio, second visit too, points]. */
const COLD_CASES = [
  ["g1", "gains", 1, true],
  ["g2", "gains", 2, false],
  ["line", "bigLine", 1, false],
  ["scatter", "scatter", 1, false, SCATTER],
  ["scatterSmall", "scatter", 1, false, SCATTER_SMALL],
].filter(([name]) => !process.env.BENCH_COLD_CASES || process.env.BENCH_COLD_CASES.split(",").includes(name));

async function coldRounds(gains) {
  for (let round = 0; round < COLD_ROUNDS; round++) {
    const libs = round % 2 ? [...COLD_LIBS].reverse() : COLD_LIBS;
    for (const [name, chart, dpr, again, points = COLD_POINTS] of COLD_CASES) {
      for (const lib of libs) {
        const options = { viewport: { width: 1000, height: 700 }, deviceScaleFactor: dpr };
        const data = { gains, points };
        const context = await browser.newContext(options);
        try {
          const first = await coldVisit(context, lib, chart, data);
          record(`${name}.load`, lib, first.load);
          record(`${name}.construct`, lib, first.construct);
        } finally {
          await context.close();
        }
        if (again) {
          // A reader's own profile: the code cache lives on disk, and a fresh context (like
          // an incognito window) keeps none, so a second visit there is another first visit.
          const dir = mkdtempSync(join(tmpdir(), "outage-charts-bench-"));
          const profile = await chromium.launchPersistentContext(dir, { ...options, executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
          try {
            await coldVisit(profile, lib, chart, data);
            await new Promise((resolve) => setTimeout(resolve, CODE_CACHE_WAIT));
            const second = await coldVisit(profile, lib, chart, data);
            record(`${name}.again.load`, lib, second.load);
            record(`${name}.again.construct`, lib, second.construct);
          } finally {
            await profile.close();
            rmSync(dir, { recursive: true, force: true });
          }
        }
      }
    }
    console.log(`cold round ${round + 1}/${COLD_ROUNDS} done`);
  }
}

function sizes() {
  // The element as the package ships it: minified (scripts/package.sh).
  const file = (p) =>
    p === "www/outage-chart.js"
      ? Buffer.from(transformSync(readFileSync(new URL(p, root), "utf8"), { minify: true, format: "esm" }).code)
      : readFileSync(new URL(p, root));
  const measure = (paths) => {
    const bytes = paths.map(file);
    return {
      raw: bytes.reduce((n, b) => n + b.length, 0),
      gzip: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
    };
  };
  return {
    "outage-charts": measure(["www/pkg/outage_charts_bg.wasm", "www/pkg/outage_charts.js", "www/outage-chart.js"]),
    "Chart.js": measure(["node_modules/chart.js/dist/chart.umd.min.js"]),
    uPlot: measure(["node_modules/uplot/dist/uPlot.iife.min.js", "node_modules/uplot/dist/uPlot.min.css"]),
  };
}

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const CHROMIUM_ARGS = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--js-flags=--expose-gc", "--enable-precise-memory-info"];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && console.error(`page: ${m.text()}`));
  page.on("requestfailed", (r) => console.error(`request failed: ${r.url()}`));
  page.on("response", (r) => r.status() >= 400 && console.error(`${r.status()}: ${r.url()}`));
  await page.goto(`${base}/bench/index.html`);
  await page.waitForFunction(() => window.bench);
  await page.evaluate(() => window.bench.ready);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const chromiumVersion = browser.version();

  const gains = await page.evaluate(() => window.bench.gains());
  let memory = null;
  if (!coldOnly) {
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which library goes first, so warm-up and drift do not favour one.
      const order = (libs) => (round % 2 ? [...libs].reverse() : libs);
      for (const lib of order(["outage-charts", "Chart.js"])) {
        for (let i = 0; i < FIRST_PAINTS; i++) record("a", lib, await painted(page, lib, "firstPaint"));
        record("b", lib, await page.evaluate(([lib, n]) => window.bench.run(lib, "swaps", n), [lib, SWAPS]));
      }
      for (const lib of order(LIBS)) {
        record("c", lib, await painted(page, lib, "bigLine", POINTS));
        record("d", lib, await hoverCost(page, cdp, lib));
      }
      for (const lib of order(LIBS)) {
        record("g", lib, await painted(page, lib, "scatter", SCATTER));
        record("h", lib, await painted(page, lib, "scatter", SCATTER_SMALL));
      }
      console.log(`round ${round + 1}/${ROUNDS} done`);
    }
    memory = await page.evaluate((n) => window.bench.memory(n), MEMORY_SWAPS);
  }
  await page.close();
  await coldRounds(gains);
  const network = coldOnly ? null : await firstVisits(browser, gains, NETWORK_ROUNDS, console.log);
  const size = sizes();
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);

  const numbers = [...Object.values(results).flatMap((c) => Object.values(c).flat()), size["outage-charts"].gzip];
  if (network) numbers.push(...Object.values(network).flatMap((byPage) => Object.values(byPage).flat()));
  if (memory) numbers.push(memory.wasm);
  const bad = numbers.filter((n) => !Number.isFinite(n) || n < 0);
  if (bad.length) throw new Error(`non-finite or negative measurements: ${bad.join(", ")}`);
  if (memory && !Number.isFinite(memory.heap)) throw new Error("the JS heap could not be measured");

  const table = report({ memory, size, network, chromiumVersion });
  console.log(table);
  if (BASELINE) {
    for (const c of Object.keys(results).filter((c) => results[c].baseline)) {
      const [ours, base] = [results[c]["outage-charts"], results[c].baseline];
      const ms = (xs) => `${median(xs).toFixed(2)} ms (${spread(xs).map((x) => x.toFixed(2)).join("–")})`;
      // Each round measures both builds one after the other: their ratio round by round.
      const paired = ours.map((x, i) => x / base[i]);
      const [lo, hi] = spread(paired);
      console.log(`${c}: this build ${ms(ours)}, baseline ${ms(base)}, ratio ${(median(ours) / median(base)).toFixed(3)}; per round ${median(paired).toFixed(3)} (${lo.toFixed(3)}–${hi.toFixed(3)})`);
    }
  }
  if (smoke || coldOnly) {
    console.log(smoke ? "bench smoke: the runner works and every number is finite" : "cold cases only: BENCHMARKS.md not written");
  } else {
    const analysis = existsSync(new URL("bench/analysis.md", root)) ? readFileSync(new URL("bench/analysis.md", root), "utf8") : "";
    // The static charts' section (make bench-static) is kept after the hand-written part.
    const staticPart = existsSync(new URL("bench/static.md", root)) ? `\n${readFileSync(new URL("bench/static.md", root), "utf8")}` : "";
    writeFileSync(new URL("BENCHMARKS.md", root), `${table}\n${analysis}${staticPart}`);
    console.log("wrote BENCHMARKS.md");
  }
} catch (error) {
  console.error(`bench: ${error.message}`);
  failed = true;
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);

function report({ memory, size, network, chromiumVersion }) {
  const ms = (xs) => {
    if (!xs) return "—";
    const [lo, hi] = spread(xs);
    return `${median(xs).toFixed(2)} (${lo.toFixed(2)}–${hi.toFixed(2)})`;
  };
  const ratio = (c, other) => (results[c]?.[other] ? median(results[c]["outage-charts"]) / median(results[c][other]) : NaN);
  const verdict = (r, target) => (r <= target ? "met" : `missed (×${(r / target).toFixed(2)})`);
  const cold = () => {
    const both = (c) => `${ratio(c, "Chart.js").toFixed(2)} / ${ratio(c, "uPlot").toFixed(2)}`;
    const row = (c, what, targets) => {
      const goal = targets.map(([against, t]) => `≤ ${t} vs ${against}`).join(", ") || "—";
      const met = targets.map(([against, t]) => verdict(ratio(c, against), t)).join(", ");
      return `| ${what} | ${ms(results[c]?.["outage-charts"])} | ${ms(results[c]?.["Chart.js"])} | ${ms(results[c]?.uPlot)} | ${both(c)} | ${goal} | ${met} |`;
    };
    const paint = [["Chart.js", 0.5], ["uPlot", 1]];
    return `## Cold: a reader's first visit (${COLD_ROUNDS} rounds)

Each measurement is a fresh browser context that loads one library (fetch, compile, instantiate:
"load") and then draws one chart ("construct", to pixels on the canvas). The second visit is the
same page again ${CODE_CACHE_WAIT / 1000} s after a first one, in a fresh browser profile kept on disk (a fresh
context keeps no code cache): the library comes from the HTTP cache, and for a streamed wasm
module over 128 KB with Chrome's code cache.

| cold case | outage-charts | Chart.js | uPlot | ratio vs Chart.js / uPlot | target | |
|---|---|---|---|---|---|---|
${row("g1.construct", "(a) built-in chart, DPR 1: construct to pixels (ms)", paint)}
${row("g1.load", "(a) DPR 1: load (ms)", [])}
${row("g2.construct", "(a) built-in chart, DPR 2: construct to pixels (ms)", paint)}
${row("g2.load", "(a) DPR 2: load (ms)", [])}
${row("line.construct", `(c) one line of ${COLD_POINTS.toLocaleString("en")} points: construct to pixels (ms)`, [["uPlot", 1]])}
${row("line.load", "(c) load (ms)", [])}
${row("g1.again.construct", "(a) second visit, DPR 1: construct to pixels (ms)", [])}
${row("g1.again.load", "(a) second visit: load (ms)", [])}
`;
  };
  const overNetwork = () => {
    const names = Object.keys(Object.values(network)[0]);
    const rows = Object.entries(network).map(([net, byPage]) => {
      const r = (ours, lib) => (median(byPage[ours]) / median(byPage[lib])).toFixed(2);
      const both = (ours) => `${r(ours, "Chart.js")} / ${r(ours, "uPlot")}`;
      return `| ${net}: ${describeNetwork(NETWORKS[net])} | ${names.map((p) => ms(byPage[p])).join(" | ")} | ${both(names[0])}; with hints ${both(names[1])} |`;
    });
    return `## A first visit over a network (${NETWORK_ROUNDS} rounds)

From navigation to the built-in chart's pixels, each library embedded as its documentation says
(ours: the element's script tag and the element; with the README's two preload lines; the others:
a script tag and a few lines drawing the chart as above), every file served gzipped through
Chromium's network throttling, each visit in a fresh context (\`bench/network.mjs\`). Here the
bytes and the requests one after another count, which the cold table above (files from memory)
leaves out.

| network | ${names.join(" | ")} | ratio vs Chart.js / uPlot |
|---|${names.map(() => "---|").join("")}---|
${rows.join("\n")}
`;
  };
  const scatter = () => {
    const n = (k) => k.toLocaleString("en");
    const both = (c) => `${ratio(c, "Chart.js").toFixed(2)} / ${ratio(c, "uPlot").toFixed(2)}`;
    const row = (c, what) =>
      `| ${what} | ${ms(results[c]?.["outage-charts"])} | ${ms(results[c]?.["Chart.js"])} | ${ms(results[c]?.uPlot)} | ${results[c] ? both(c) : "—"} |`;
    // How the time grows from the small scatter to the big one (a hundred times the points).
    const growth = (big, small) => {
      const g = (lib) => (results[big]?.[lib] && results[small]?.[lib] ? `×${(median(results[big][lib]) / median(results[small][lib])).toFixed(1)}` : "—");
      return `| growth from ${n(SCATTER_SMALL)} to ${n(SCATTER)} points (median over median) | ${g("outage-charts")} | ${g("Chart.js")} | ${g("uPlot")} | |`;
    };
    const notes = existsSync(new URL("bench/scatter.md", root)) ? `\n${readFileSync(new URL("bench/scatter.md", root), "utf8")}` : "";
    return `## Scatter: one series of ${n(SCATTER)} points, dots only

The same deterministic points for every library (x from the golden-ratio sequence, y a wavy band
spread by a second low-discrepancy sequence; Float64Arrays, in no order along x), 800x400 CSS px,
from the constructor call to pixels on the canvas: outage-charts's \`scatter\` kind, uPlot in
scatter mode (\`mode: 2\`, its \`uPlot.paths.points()\` dots), Chart.js's \`scatter\` type. Warm
rounds as in the warm table, cold visits as in the cold table (DPR 1).

| scatter case | outage-charts | Chart.js | uPlot | ratio vs Chart.js / uPlot |
|---|---|---|---|---|
${row("g", `warm: ${n(SCATTER)} points, construction to paint (ms)`)}
${row("h", `warm: ${n(SCATTER_SMALL)} points, construction to paint (ms)`)}
${growth("g", "h")}
${row("scatter.construct", `cold: ${n(SCATTER)} points, construct to pixels (ms)`)}
${row("scatterSmall.construct", `cold: ${n(SCATTER_SMALL)} points, construct to pixels (ms)`)}
${growth("scatter.construct", "scatterSmall.construct")}
${notes}`;
  };
  const kb = (n) => (n / 1024).toFixed(1);
  const ours = size["outage-charts"];
  const sizeRow = `| (e) bytes a page loads, raw / gzip (KB) | ${kb(ours.raw)} / ${kb(ours.gzip)} | ${kb(size["Chart.js"].raw)} / ${kb(size["Chart.js"].gzip)} | ${kb(size.uPlot.raw)} / ${kb(size.uPlot.gzip)} | ${(ours.gzip / size["Chart.js"].gzip).toFixed(2)} vs Chart.js (gzip) | < ${kb(size["Chart.js"].gzip)} KB gzip | ${ours.gzip < size["Chart.js"].gzip ? "met" : `missed by ${kb(ours.gzip - size["Chart.js"].gzip)} KB`} |`;
  const warm = () => {
    const cases = [
      ["a", "built-in user-gains chart, construction to first paint (ms)", "Chart.js", 0.5],
      ["b", `${SWAPS} dataset swaps, time per swap (ms)`, "Chart.js", 0.5],
      ["c", `one line of ${POINTS.toLocaleString("en")} points, construction to paint (ms)`, "uPlot", 1],
      ["d", `${MOVES.toLocaleString("en")} pointer moves over it, main-thread time per move (ms)`, "uPlot", 1],
    ];
    const rows = cases.map(([c, what, against, target]) => {
      const r = ratio(c, against);
      return `| (${c}) ${what} | ${ms(results[c]["outage-charts"])} | ${ms(results[c]["Chart.js"])} | ${ms(results[c].uPlot)} | ${r.toFixed(2)} vs ${against} | ≤ ${target} | ${verdict(r, target)} |`;
    });
    const memRow = `| (f) growth over ${MEMORY_SWAPS.toLocaleString("en")} swaps: wasm / JS heap (KB) | ${kb(memory.wasm)} / ${kb(memory.heap)} | — | — | — | < 1 MB | ${memory.wasm < 1 << 20 && memory.heap < 1 << 20 ? "met" : "missed"} |`;
    return `## Warm: one page, each chart made again and again (${ROUNDS} rounds)

All three libraries loaded once in one page; the wasm is compiled and its hot code optimised
long before most measurements.

| case | outage-charts | Chart.js | uPlot | ratio | target | |
|---|---|---|---|---|---|---|
${rows.join("\n")}
${memRow}
`;
  };
  return `# Benchmarks

Measured by \`make bench\` (\`bench/run.mjs\`): the same data drawn by outage-charts, Chart.js ${readPackageVersion("chart.js")}
and uPlot ${readPackageVersion("uplot")} in one headless Chromium ${chromiumVersion} run on ${cpus().length} cores, libraries
alternating over the rounds. Medians, with the spread (min–max) in brackets; a ratio below 1
means outage-charts is faster or smaller. Times are wall-clock on a shared machine: compare the
ratios, not the absolute numbers. ${new Date().toISOString().slice(0, 10)}. Every construction time
ends once the chart is on the canvas and the browser has computed the page's style and layout:
uPlot's title and legend are HTML elements, laid out by the browser after its constructor
returns (Chart.js and outage-charts draw theirs on the canvas).

| bytes | outage-charts | Chart.js | uPlot | ratio | target | |
|---|---|---|---|---|---|---|
${sizeRow}

${cold()}
${network ? overNetwork() : ""}
${memory ? warm() : ""}
${scatter()}`;
}

function readPackageVersion(name) {
  return JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, root))).version;
}
