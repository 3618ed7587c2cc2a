// The charts every bench case draws, one function per library and chart, given the library:
// the warm page (bench.js) loads every library up front, the cold page (cold.js) loads one
// inside the measurement, and both draw exactly these.

/** One line of n points, as uPlot's own benchmark builds it. */
export function lineData(n) {
  const xs = new Array(n);
  const ys = new Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = i;
    ys[i] = Math.sin(i / 1000) * 50 + Math.sin(i / 37) * 5 + 60;
  }
  return { xs, ys };
}

/** Where `lib` draws, made before its time starts: a canvas of the stage's size alone on the
 * stage for the libraries that draw on a given canvas, the emptied stage for uPlot (it makes
 * its own canvas, inside its time). */
export function target(lib, stage) {
  stage.replaceChildren();
  if (lib === "uPlot") return stage;
  const canvas = document.createElement("canvas");
  canvas.className = "chart";
  stage.append(canvas);
  return canvas;
}

/** The built-in user-gains chart (`gains`: its dataset as `builtinDatasets("en")` gives it). */
export const gainsChart = {
  "outage-charts": ({ OutageChart }, canvas, gains) => new OutageChart(canvas, gains, { animate: false }),
  "Chart.js": ({ Chart }, canvas, gains, values = gains.series[0].values) =>
    new Chart(canvas, {
      type: "bar",
      data: { labels: gains.categories, datasets: [{ label: "New users", data: values }] },
      options: { indexAxis: "y", animation: false, responsive: false, plugins: { title: { display: true, text: gains.title } } },
    }),
  // uPlot has no category axis: the categories are x = 0, 1, … labelled by name, drawn as
  // vertical bars (its bar paths), with the title.
  uPlot: ({ uPlot }, stage, gains) => {
    const names = gains.categories;
    return new uPlot(
      {
        width: 800,
        height: 400,
        title: gains.title,
        scales: { x: { time: false, range: [-0.5, names.length - 0.5] } },
        axes: [{ splits: () => names.map((_, i) => i), values: (_, ticks) => ticks.map((t) => names[t] ?? "") }, {}],
        series: [{}, { label: "New users", fill: "#0072b2", stroke: "#0072b2", paths: uPlot.paths.bars({ size: [0.6] }), points: { show: false } }],
      },
      [names.map((_, i) => i), gains.series[0].values],
      stage,
    );
  },
};

/** One line of `xs`, `ys`. */
export const bigLineChart = {
  "outage-charts": ({ OutageChart }, canvas, { xs, ys }) =>
    new OutageChart(canvas, { title: "Big line", kind: "line", x: xs, series: [{ name: "s", values: ys }] }, { animate: false }),
  // Chart.js's documented fast path: data already in its internal format, no parsing, no
  // animation, no points, decimation on. Building its data is part of its time.
  "Chart.js": ({ Chart }, canvas, { xs, ys }) => {
    const data = xs.map((x, i) => ({ x, y: ys[i] }));
    return new Chart(canvas, {
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
  },
  uPlot: ({ uPlot }, stage, { xs, ys }) =>
    new uPlot({ width: 800, height: 400, scales: { x: { time: false } }, series: [{}, { stroke: "#0072b2" }] }, [xs, ys], stage),
};

/** Waits out drawing a library deferred to a microtask (uPlot commits its first draw in one;
 * Chart.js and outage-charts draw within their constructors) and returns the time then. A 0 ms
 * timer here (as before) also timed whatever else waited in the page's task queue. */
export async function settled() {
  await new Promise((resolve) => queueMicrotask(resolve));
  return performance.now();
}

/** Pixels of the stage's chart canvas unlike its top-left one: the runner refuses a
 * measurement taken before the chart was on the canvas. */
export function ink(stage) {
  const canvas = stage.querySelector("canvas");
  const px = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let inked = 0;
  for (let i = 0; i < px.length; i += 4) {
    if (px[i] !== px[0] || px[i + 1] !== px[1] || px[i + 2] !== px[2] || px[i + 3] !== px[3]) inked++;
  }
  return inked;
}
