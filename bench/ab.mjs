// A developer's A/B of the warm cases: this build (www/pkg) against another build of the module
// (a www/pkg folder built earlier), both loaded in ONE page and alternated over the rounds, so
// a shared machine's load falls on both alike. Prints medians, spreads and ratios; writes nothing.
//
//   node bench/ab.mjs <a www/pkg built earlier>     (or BENCH_BASELINE=<dir> node bench/ab.mjs)
//
// The cases are run.mjs's warm ones for outage-charts: (a) the built-in chart, construction to
// first paint; (c) one line of 166,650 points, construction to paint; (d) 1,000 pointer moves
// over it, main-thread time per move (CDP's TaskDuration, as run.mjs measures it). uPlot is
// measured beside them for (c) and (d), as a reference. AB_ROUNDS (default 8) rounds.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { median, serve as serveFiles } from "./common.mjs";

const BASELINE = process.argv[2] || process.env.BENCH_BASELINE;
if (!BASELINE || !existsSync(`${BASELINE}/outage_charts.js`)) {
  console.error("usage: node bench/ab.mjs <a www/pkg folder built earlier>");
  process.exit(2);
}
const ROUNDS = Number(process.env.AB_ROUNDS || 8);
const POINTS = 166_650;
const MOVES = Number(process.env.AB_MOVES || 1_000);
const FIRST_PAINTS = 10;
const LIBS = ["current", "baseline"];


// Both modules in one page: each has its own wasm instance and memory.
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="/node_modules/uplot/dist/uPlot.min.css">
<style>body{margin:0}#stage{width:800px;height:400px;position:relative}#stage canvas.chart{width:800px;height:400px;display:block}</style>
<script src="/node_modules/uplot/dist/uPlot.iife.min.js"></script>
<script type="module">
import initA, * as A from "/www/pkg/outage_charts.js";
import initB, * as B from "/baseline/outage_charts.js";
import { lineData, target, gainsChart, bigLineChart, settled, ink } from "/bench/charts.js";
const stage = document.getElementById("stage");
const mods = { current: A, baseline: B };
let current = null, lastInk = 0, gains = null;
async function timed(lib, chart, data) {
  current?.destroy(); current = null;
  const as = lib === "uPlot" ? "uPlot" : "outage-charts";
  const L = lib === "uPlot" ? { uPlot: window.uPlot } : { OutageChart: mods[lib].OutageChart };
  const where = target(as, stage);
  const t = performance.now();
  const made = chart[as](L, where, data);
  const ms = (await settled()) - t;
  lastInk = ink(stage);
  current = made;
  return ms;
}
const line = lineData(${POINTS});
window.ab = {
  ready: Promise.all([initA(), initB()]).then(() => { gains = A.builtinDatasets("en")["user-gains"]; }),
  run(lib, what) { window.gc?.(); return what === "gains" ? timed(lib, gainsChart, gains) : timed(lib, bigLineChart, line); },
  lastInk: () => lastInk,
  hoverBox(lib) {
    const r = stage.querySelector(lib === "uPlot" ? ".u-over" : "canvas").getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  },
};
</script></head><body><div id="stage"></div></body></html>`;

const serve = () =>
  serveFiles({ prefixes: ["/www/", "/bench/", "/node_modules/uplot/dist/"], baseline: BASELINE, pages: { "/bench/ab.html": PAGE } });

const results = {};
const record = (c, lib, v) => ((results[c] ??= {})[lib] ??= []).push(v);

async function painted(page, lib, what) {
  const ms = await page.evaluate(([lib, what]) => window.ab.run(lib, what), [lib, what]);
  const ink = await page.evaluate(() => window.ab.lastInk());
  if (ink < 500) throw new Error(`${lib} ${what}: only ${ink} pixels drawn when its time was taken`);
  return ms;
}

/** As run.mjs's hoverCost: a big line, then MOVES real pointer moves over it (ms of main-thread
 * task time per move). */
async function hoverCost(page, cdp, lib) {
  await painted(page, lib, "line");
  const box = await page.evaluate((lib) => window.ab.hoverBox(lib), lib);
  await page.mouse.move(box.x + 5, box.y + box.height / 2);
  await page.waitForTimeout(50);
  const busy = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration").value;
  const before = await busy();
  for (let i = 0; i < MOVES; i++) {
    const x = box.x + 5 + ((i * 7) % (box.width - 10));
    const y = box.y + box.height * (0.3 + (0.4 * ((i * 13) % 100)) / 100);
    await page.mouse.move(x, y);
  }
  await page.waitForTimeout(100);
  const ms = ((await busy()) - before) * 1000 / MOVES;
  await page.mouse.move(0, 0);
  return ms;
}

const server = await serve();
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--disable-gpu", "--js-flags=--expose-gc"] });
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/bench/ab.html`);
  await page.waitForFunction(() => window.ab);
  await page.evaluate(() => window.ab.ready);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  for (let round = 0; round < ROUNDS; round++) {
    const order = (libs) => (round % 2 ? [...libs].reverse() : libs);
    for (const lib of order(LIBS)) {
      for (let i = 0; i < FIRST_PAINTS; i++) record("a warm: built-in chart, first paint (ms)", lib, await painted(page, lib, "gains"));
    }
    for (const lib of order([...LIBS, "uPlot"])) {
      record(`c warm: line of ${POINTS} points (ms)`, lib, await painted(page, lib, "line"));
      record(`d warm: ${MOVES} pointer moves, ms per move`, lib, await hoverCost(page, cdp, lib));
    }
    console.log(`round ${round + 1}/${ROUNDS} done`);
  }
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  const fmt = (xs) => `${median(xs).toFixed(3)} (${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)})`;
  for (const [c, by] of Object.entries(results)) {
    const ratio = median(by.current) / median(by.baseline);
    const up = by.uPlot ? `; uPlot ${fmt(by.uPlot)}, current/uPlot ${(median(by.current) / median(by.uPlot)).toFixed(2)}, baseline/uPlot ${(median(by.baseline) / median(by.uPlot)).toFixed(2)}` : "";
    console.log(`${c}: current ${fmt(by.current)}, baseline ${fmt(by.baseline)}, current/baseline ${ratio.toFixed(3)}${up}`);
  }
  // Per-round ratios (the rounds alternate, so a round's pair shares the machine's load).
  for (const [c, by] of Object.entries(results)) {
    const n = Math.min(by.current.length, by.baseline.length);
    if (n !== ROUNDS) continue;
    const rs = by.current.map((v, i) => v / by.baseline[i]);
    console.log(`${c}: per-round current/baseline median ${median(rs).toFixed(3)} (${Math.min(...rs).toFixed(3)}–${Math.max(...rs).toFixed(3)})`);
  }
} catch (error) {
  console.error(`ab: ${error.message}`);
  failed = true;
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
