// A reader's first visit over a network: from navigation to the first chart's pixels, each
// library embedded as its documentation says, every file served gzipped (-9) through
// Chromium's network throttling. The cold cases of run.mjs serve files from memory with no
// latency, where only compiling and drawing show; here the bytes and the chain of requests
// before the first chart (page → script → its imports → the wasm) show too.
//
//   node bench/network.mjs          8 rounds, printed (BENCH_NETWORK_ROUNDS to change)
//   node bench/network.mjs --smoke  one round: the pages work
//   make bench                      run.mjs runs it too, into BENCHMARKS.md
//
// Two networks with the round trip and throughput of Lighthouse's two profiles, applied by
// Chromium as a latency per request: "mobile" (150 ms, 1.6 Mbit/s down, 750 kbit/s up) and
// "desktop" (40 ms, 10 Mbit/s both ways). Every measurement is a fresh browser context, so
// nothing is cached. Build first (make build).
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { transformSync } from "esbuild";
import { median, root, serve } from "./common.mjs";
import { gainsChart } from "./charts.js";

export const NETWORKS = {
  mobile: { latency: 150, downloadThroughput: (1.6e6 * 1.024) / 8, uploadThroughput: 750e3 / 8 },
  desktop: { latency: 40, downloadThroughput: (10e6 * 1.024) / 8, uploadThroughput: (10e6 * 1.024) / 8 },
};

/** The page of each way of embedding a chart: the head it adds, and the body drawing the built-in
 * user-gains chart (`gains`, its figures as run.mjs draws them) at 800 CSS px wide. Each page
 * sets `window.drawnAt` (ms since navigation) once its chart's pixels are on the canvas. */
const PAGES = {
  // The element, as the README's embed snippet has it: a script tag and the tag.
  "outage-charts element": () => ({
    head: `<script type="module" src="/www/outage-chart.js"></script>`,
    body: `<outage-chart dataset="user-gains" locale="en"></outage-chart>${ELEMENT_DRAWN}`,
  }),
  // The same, with the two lines the README gives for a faster first visit: the glue and the
  // wasm requested with the page instead of after the element's script.
  "element + preload hints": () => ({
    head: `<link rel="modulepreload" href="/www/pkg/outage_charts.js">
      <link rel="preload" href="/www/pkg/outage_charts_bg.wasm" as="fetch" type="application/wasm" crossorigin>
      <script type="module" src="/www/outage-chart.js"></script>`,
    body: `<outage-chart dataset="user-gains" locale="en"></outage-chart>${ELEMENT_DRAWN}`,
  }),
  "Chart.js": (gains) => ({
    head: `<script src="/node_modules/chart.js/dist/chart.umd.min.js"></script>`,
    body: `<canvas class="chart"></canvas><script>
      (${gainsChart["Chart.js"]})({ Chart }, document.querySelector("canvas"), ${JSON.stringify(gains)});
      queueMicrotask(() => (window.drawnAt = performance.now()));</script>`,
  }),
  uPlot: (gains) => ({
    head: `<link rel="stylesheet" href="/node_modules/uplot/dist/uPlot.min.css">
      <script src="/node_modules/uplot/dist/uPlot.iife.min.js"></script>`,
    body: `<div id="stage"></div><script>
      (${gainsChart.uPlot})({ uPlot }, document.getElementById("stage"), ${JSON.stringify(gains)});
      queueMicrotask(() => (window.drawnAt = performance.now()));</script>`,
  }),
};

// The element draws once its module is in: watch for its chart, then for pixels on its canvas.
const ELEMENT_DRAWN = `<script>
  const el = document.querySelector("outage-chart");
  (function watch() {
    const canvas = el.shadowRoot?.querySelector("canvas");
    if (el.chart && canvas && inked(canvas)) window.drawnAt = performance.now();
    else setTimeout(watch, 2);
  })();
  function inked(canvas) {
    const px = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 4; i < px.length; i += 4) if (px[i + 3] !== px[3] || px[i] !== px[0]) return true;
    return false;
  }</script>`;

const page = (title, { head, body }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>
<style>body { margin: 0; font-family: sans-serif; } body > * { width: 800px; } canvas.chart { width: 800px; height: 400px; }</style>
${head}</head><body>${body}</body></html>`;

/** Every page, over every network, `rounds` times (pages alternating in order), each visit in a
 * fresh context of `browser`: { network: { page: [ms, …] } }. `gains`: the built-in chart's
 * figures, as the other benchmarks hand them to every library. */
export async function firstVisits(browser, gains, rounds, log = () => {}) {
  // path → HTML; and the element as the package ships it, minified (scripts/package.sh).
  const element = transformSync(readFileSync(new URL("www/outage-chart.js", root), "utf8"), { minify: true, format: "esm" }).code;
  const pages = { "/www/outage-chart.js": { type: "text/javascript", body: element } };
  const names = Object.keys(PAGES);
  names.forEach((name, i) => (pages[`/page${i}.html`] = page(name, PAGES[name](gains))));
  const files = await serve({ pages, prefixes: ["/www/", "/node_modules/chart.js/dist/", "/node_modules/uplot/dist/"], gzip: true });
  const base = `http://127.0.0.1:${files.address().port}`;
  const times = {};
  try {
    for (let round = 0; round < rounds; round++) {
      for (const [network, conditions] of Object.entries(NETWORKS)) {
        const order = round % 2 ? [...names].reverse() : names;
        for (const name of order) {
          const ms = await visit(browser, `${base}/page${names.indexOf(name)}.html`, conditions);
          ((times[network] ??= {})[name] ??= []).push(ms);
        }
      }
      log(`network round ${round + 1}/${rounds} done`);
    }
  } finally {
    files.close();
  }
  return times;
}

/** What a network is, in words. */
export const describeNetwork = ({ latency, downloadThroughput }) =>
  `${latency} ms round trip, ${((downloadThroughput * 8) / 1.024e6).toFixed(1)} Mbit/s down`;

/** One first visit: a fresh context, throttled, navigation to the chart's pixels (ms). */
async function visit(browser, url, conditions) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  try {
    const tab = await context.newPage();
    const errors = [];
    tab.on("pageerror", (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(tab);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, ...conditions });
    await tab.goto(url);
    await tab.waitForFunction(() => window.drawnAt, null, { timeout: 30_000 });
    if (errors.length) throw new Error(`${url}: ${errors.join("; ")}`);
    return await tab.evaluate(() => window.drawnAt);
  } finally {
    await context.close();
  }
}

// Run on its own: print the medians.
if (import.meta.url === `file://${process.argv[1]}`) {
  const smoke = process.argv.includes("--smoke");
  const rounds = smoke ? 1 : Number(process.env.BENCH_NETWORK_ROUNDS || 8);
  const args = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args });
  try {
    // The built-in chart's figures, read from the module as run.mjs reads them.
    const files = await serve({ prefixes: ["/www/", "/bench/"] });
    const setup = await browser.newPage();
    await setup.goto(`http://127.0.0.1:${files.address().port}/bench/index.html`);
    await setup.waitForFunction(() => window.bench);
    const gains = await setup.evaluate(() => window.bench.gains());
    files.close();
    const times = await firstVisits(browser, gains, rounds, console.log);
    for (const [network, byPage] of Object.entries(times)) {
      console.log(`\n${network}: ${describeNetwork(NETWORKS[network])}; navigation → pixels, median of ${rounds} (min–max)`);
      for (const [name, xs] of Object.entries(byPage)) {
        console.log(`  ${name.padEnd(26)} ${median(xs).toFixed(0).padStart(6)} ms  (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`);
      }
    }
  } finally {
    await browser.close();
  }
}
