// A reader's first visit, one measurement per fresh browser context (bench/run.mjs makes them):
// the page loads one library (fetch, compile, instantiate: its "load" time), then draws one
// chart ("construct" to pixels). Nothing ran before, so every function the chart calls runs cold
// (for wasm: compiled lazily by V8's baseline compiler on its first call).
import { lineData, scatterData, target, gainsChart, bigLineChart, scatterChart, settled, ink } from "/bench/charts.js";

const stage = document.getElementById("stage");

/** Each library loaded as a page would: a script tag (and uPlot's stylesheet), or the ES
 * module and its wasm. Resolves to the globals the chart functions take. */
const loaders = {
  "outage-charts": () => wasm("/www/pkg/outage_charts.js"),
  // Another build served beside this one (BENCH_BASELINE in run.mjs), drawn the same way.
  baseline: () => wasm("/baseline/outage_charts.js"),
  async "Chart.js"() {
    await script("/node_modules/chart.js/dist/chart.umd.min.js");
    return { Chart: window.Chart };
  },
  async uPlot() {
    await Promise.all([script("/node_modules/uplot/dist/uPlot.iife.min.js"), stylesheet("/node_modules/uplot/dist/uPlot.min.css")]);
    return { uPlot: window.uPlot };
  },
};

async function wasm(glueUrl) {
  const glue = await import(glueUrl);
  await glue.default();
  return { OutageChart: glue.OutageChart };
}

function script(src) {
  return new Promise((resolve, reject) => {
    const el = Object.assign(document.createElement("script"), { src, onload: resolve, onerror: reject });
    document.head.append(el);
  });
}

function stylesheet(href) {
  return new Promise((resolve, reject) => {
    const el = Object.assign(document.createElement("link"), { rel: "stylesheet", href, onload: resolve, onerror: reject });
    document.head.append(el);
  });
}

window.cold = {
  /** Loads `lib`, then draws `chart` ("gains": the built-in chart from `gains`; "bigLine": a
   * line of `points` points; "scatter": a scatter of `points` points; data built before the
   * clock starts). Times in ms, and the pixels drawn when construction's time was taken. */
  async run(lib, chart, { gains, points, pause = 0 }) {
    const data = chart === "bigLine" ? lineData(points) : chart === "scatter" ? scatterData(points) : gains;
    const t0 = performance.now();
    const L = await loaders[lib]();
    const t1 = performance.now();
    // `pause` (ms, for experiments): construction after the page has settled from loading.
    if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
    const as = lib === "baseline" ? "outage-charts" : lib;
    const where = target(as, stage);
    const t2 = performance.now();
    ({ gains: gainsChart, bigLine: bigLineChart, scatter: scatterChart })[chart][as](L, where, data);
    const t3 = await settled();
    return { load: t1 - t0, construct: t3 - t2, ink: ink(stage) };
  },
};
