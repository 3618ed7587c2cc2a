// The benchmark cases, the same data for every library. bench/run.mjs drives them from
// Playwright, alternating libraries over several rounds; each function returns milliseconds.
import init, { OutageChart, builtinDatasets } from "/www/pkg/outage_charts.js";

const stage = document.getElementById("stage");
let current = null; // { destroy() } of the chart on stage

function freshCanvas() {
  current?.destroy();
  current = null;
  stage.replaceChildren();
  const canvas = document.createElement("canvas");
  canvas.className = "chart";
  stage.append(canvas);
  return canvas;
}

/** The built-in user-gains figures as each library takes them (Signal unknown: null); read once
 * the module is initialised. */
let GAINS;

/** The swap datasets: two categories, values changing each time. */
function swapData(i) {
  return { ...GAINS, series: [{ name: "New users", values: [70e6 + i * 1e5, i % 3 ? null : 5e6] }] };
}

/** One line of n points, as uPlot's own benchmark builds it. */
function lineData(n) {
  const xs = new Array(n);
  const ys = new Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = i;
    ys[i] = Math.sin(i / 1000) * 50 + Math.sin(i / 37) * 5 + 60;
  }
  return { xs, ys };
}

const chartJsBar = (canvas, values) =>
  new Chart(canvas, {
    type: "bar",
    data: { labels: GAINS.categories, datasets: [{ label: "New users", data: values }] },
    options: { indexAxis: "y", animation: false, responsive: false, plugins: { title: { display: true, text: GAINS.title } } },
  });

/** Waits out drawing a library deferred to a microtask (uPlot commits its first draw in one;
 * Chart.js and outage-charts draw within their constructors), then notes how much of the stage's
 * canvas is drawn: the runner refuses a measurement taken before the chart was on the canvas.
 * A 0 ms timer here (as before) also timed whatever else waited in the page's task queue. */
async function settled() {
  await new Promise((resolve) => queueMicrotask(resolve));
  const end = performance.now();
  lastInk = ink(stage.querySelector("canvas"));
  return end;
}

/** Pixels of `canvas` unlike its top-left one. */
function ink(canvas) {
  const px = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let inked = 0;
  for (let i = 0; i < px.length; i += 4) {
    if (px[i] !== px[0] || px[i + 1] !== px[1] || px[i + 2] !== px[2] || px[i + 3] !== px[3]) inked++;
  }
  return inked;
}

let lastInk = 0;

const libs = {
  "outage-charts": {
    async firstPaint() {
      const canvas = freshCanvas();
      const t = performance.now();
      const chart = new OutageChart(canvas, GAINS, { animate: false });
      const ms = (await settled()) - t;
      current = chart;
      return ms;
    },
    swaps(count) {
      const chart = new OutageChart(freshCanvas(), GAINS, { animate: false });
      current = chart;
      const t = performance.now();
      for (let i = 0; i < count; i++) chart.setData(swapData(i));
      return (performance.now() - t) / count;
    },
    async bigLine(n) {
      const { xs, ys } = lineData(n);
      const canvas = freshCanvas();
      const t = performance.now();
      const chart = new OutageChart(canvas, { title: "Big line", kind: "line", x: xs, series: [{ name: "s", values: ys }] }, { animate: false });
      const ms = (await settled()) - t;
      current = chart;
      return ms;
    },
    hoverTarget() {
      return stage.querySelector("canvas");
    },
  },
  "Chart.js": {
    async firstPaint() {
      const canvas = freshCanvas();
      const t = performance.now();
      const chart = chartJsBar(canvas, [70e6, null]);
      const ms = (await settled()) - t;
      current = chart;
      return ms;
    },
    swaps(count) {
      const chart = chartJsBar(freshCanvas(), [70e6, null]);
      current = chart;
      const t = performance.now();
      for (let i = 0; i < count; i++) {
        const d = swapData(i);
        chart.data.datasets[0].data = d.series[0].values;
        chart.update("none");
      }
      return (performance.now() - t) / count;
    },
    async bigLine(n) {
      const { xs, ys } = lineData(n);
      const canvas = freshCanvas();
      const t = performance.now();
      // Chart.js's documented fast path: data already in its internal format, no parsing,
      // no animation, no points, decimation on.
      const data = xs.map((x, i) => ({ x, y: ys[i] }));
      const chart = new Chart(canvas, {
        type: "line",
        data: { datasets: [{ label: "s", data, borderWidth: 1, pointRadius: 0, indexAxis: "x" }] },
        options: {
          animation: false,
          responsive: false,
          parsing: false,
          normalized: true,
          spanGaps: true,
          scales: { x: { type: "linear" } },
          plugins: { decimation: { enabled: true, algorithm: "min-max" } },
        },
      });
      const ms = (await settled()) - t;
      current = chart;
      return ms;
    },
    hoverTarget() {
      return stage.querySelector("canvas");
    },
  },
  uPlot: {
    async bigLine(n) {
      const { xs, ys } = lineData(n);
      current?.destroy();
      current = null;
      stage.replaceChildren();
      const t = performance.now();
      const plot = new uPlot(
        { width: 800, height: 400, scales: { x: { time: false } }, series: [{}, { stroke: "#0072b2" }] },
        [xs, ys],
        stage,
      );
      const ms = (await settled()) - t;
      current = plot;
      return ms;
    },
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
    const chart = new OutageChart(freshCanvas(), GAINS, { animate: false });
    current = chart;
    for (let i = 0; i < 200; i++) chart.setData(swapData(i));
    const heap = () => (window.gc?.(), performance.memory ? performance.memory.usedJSHeapSize : NaN);
    const before = { wasm: wasm.memory.buffer.byteLength, heap: heap() };
    for (let i = 0; i < count; i++) chart.setData(swapData(i));
    return { wasm: wasm.memory.buffer.byteLength - before.wasm, heap: heap() - before.heap };
  },
};
