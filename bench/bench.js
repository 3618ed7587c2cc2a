// The benchmark cases, the same data for every library. bench/run.mjs drives them from
// Playwright, alternating libraries over several rounds; each function returns milliseconds.
import init, { OutageChart, builtinDatasets } from "/www/pkg/outage_charts.js";
import { lineData, scatterData, target, gainsChart, bigLineChart, scatterChart, settled, ink } from "/bench/charts.js";

const stage = document.getElementById("stage");
let current = null; // { destroy() } of the chart on stage
const L = { OutageChart, Chart: window.Chart, uPlot: window.uPlot };

/** The built-in user-gains figures as each library takes them (Signal unknown: null); read once
 * the module is initialised. */
let GAINS;

/** The swap datasets: two categories, values changing each time. */
function swapData(i) {
  return { ...GAINS, series: [{ name: "New users", values: [70e6 + i * 1e5, i % 3 ? null : 5e6] }] };
}

/** Makes `chart` of `lib` on a fresh target and returns construction to first paint (ms). */
async function timed(lib, chart, data) {
  current?.destroy();
  current = null;
  const where = target(lib, stage);
  const t = performance.now();
  const made = chart[lib](L, where, data);
  const ms = (await settled()) - t;
  lastInk = ink(stage);
  current = made;
  return ms;
}

let lastInk = 0;

/** The scatter of n points, made once per n outside any time: every library draws the same
 * arrays. */
const scatters = new Map();
function scatter(n) {
  if (!scatters.has(n)) scatters.set(n, scatterData(n));
  return scatters.get(n);
}

const libs = {
  "outage-charts": {
    firstPaint: () => timed("outage-charts", gainsChart, GAINS),
    swaps(count) {
      current?.destroy();
      const chart = gainsChart["outage-charts"](L, target("outage-charts", stage), GAINS);
      current = chart;
      const t = performance.now();
      for (let i = 0; i < count; i++) chart.setData(swapData(i));
      return (performance.now() - t) / count;
    },
    bigLine: (n) => timed("outage-charts", bigLineChart, lineData(n)),
    scatter: (n) => timed("outage-charts", scatterChart, scatter(n)),
    hoverTarget() {
      return stage.querySelector("canvas");
    },
  },
  "Chart.js": {
    firstPaint: () => timed("Chart.js", gainsChart, GAINS),
    swaps(count) {
      current?.destroy();
      const chart = gainsChart["Chart.js"](L, target("Chart.js", stage), GAINS, [70e6, null]);
      current = chart;
      const t = performance.now();
      for (let i = 0; i < count; i++) {
        const d = swapData(i);
        chart.data.datasets[0].data = d.series[0].values;
        chart.update("none");
      }
      return (performance.now() - t) / count;
    },
    bigLine: (n) => timed("Chart.js", bigLineChart, lineData(n)),
    scatter: (n) => timed("Chart.js", scatterChart, scatter(n)),
    hoverTarget() {
      return stage.querySelector("canvas");
    },
  },
  uPlot: {
    bigLine: (n) => timed("uPlot", bigLineChart, lineData(n)),
    scatter: (n) => timed("uPlot", scatterChart, scatter(n)),
    hoverTarget() {
      return stage.querySelector(".u-over");
    },
  },
};

window.bench = {
  ready: init().then(() => {
    GAINS = builtinDatasets("en")["user-gains"];
    return true;
  }),
  /** The built-in chart's dataset, for the cold pages (which must not call the module first). */
  gains: () => GAINS,
  /** How many pixels the last first paint or big line had drawn when its time was taken. */
  lastInk: () => lastInk,
  libs: Object.fromEntries(Object.entries(libs).map(([name, lib]) => [name, Object.keys(lib)])),
  async run(lib, method, arg) {
    // Every measured run starts from a collected heap, so no library is charged for collecting
    // the garbage of the one before.
    window.gc?.();
    return libs[lib][method](arg);
  },
  /** The element pointer moves go to, and its box, for the runner's real mouse. */
  hoverBox(lib) {
    const el = libs[lib].hoverTarget();
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  },
  /** wasm memory and JS heap growth over `count` swaps of outage-charts (bytes). */
  async memory(count) {
    const wasm = await init();
    current?.destroy();
    const chart = gainsChart["outage-charts"](L, target("outage-charts", stage), GAINS);
    current = chart;
    for (let i = 0; i < 200; i++) chart.setData(swapData(i));
    const heap = () => (window.gc?.(), performance.memory ? performance.memory.usedJSHeapSize : NaN);
    const before = { wasm: wasm.memory.buffer.byteLength, heap: heap() };
    for (let i = 0; i < count; i++) chart.setData(swapData(i));
    return { wasm: wasm.memory.buffer.byteLength - before.wasm, heap: heap() - before.heap };
  },
};
