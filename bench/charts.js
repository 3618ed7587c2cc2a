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

/** A scatter of n points, the same for every library: x from the golden-ratio sequence and a
 * second low-discrepancy sequence (the plastic number's, Roberts' R2) for the spread in y,
 * so the points are deterministic, in no order along x, and fill a sloped, wavy band of the plot
 * (some cells crowded, some empty). Float64Arrays, as a page holding a million points would. */
export function scatterData(n) {
  const g = 1.324717957244746; // the plastic number: R2 steps by 1/g and 1/g² (x by 1/φ)
  const [a, b] = [(Math.sqrt(5) - 1) / 2, 1 / (g * g)];
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = 100 * ((0.5 + i * a) % 1);
    xs[i] = x;
    ys[i] = 20 + 0.5 * x + 10 * Math.sin(x / 8) + 30 * (((0.5 + i * b) % 1) - 0.5);
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

/** A scatter of `xs`, `ys`: one series, dots only, 800x400 CSS px. */
export const scatterChart = {
  // Thinned in layout to at most one dot per 2-CSS-pixel cell (src/kinds/scatter.rs).
  "outage-charts": ({ OutageChart }, canvas, { xs, ys }) =>
    new OutageChart(canvas, { title: "Scatter", kind: "scatter", series: [{ name: "s", x: xs, values: ys }] }, { animate: false }),
  // Chart.js's scatter, no animation, data as {x, y} objects (building them is part of its
  // time). Not its big-line fast path: with parsing off Chart.js takes the data as sorted in x
  // (its x axis then spans the first to the last point), and its decimation plugin takes only
  // lines sorted in x, so every point is parsed and drawn.
  "Chart.js": ({ Chart }, canvas, { xs, ys }) => {
    const data = Array.from(xs, (x, i) => ({ x, y: ys[i] }));
    return new Chart(canvas, {
      type: "scatter",
      data: { datasets: [{ label: "s", data, pointRadius: 2, borderWidth: 0, backgroundColor: "#0072b2" }] },
      options: { animation: false, responsive: false, plugins: { title: { display: true, text: "Scatter" } } },
    });
  },
  // uPlot's scatter mode (mode: 2, data [null, [xs, ys]]) with its own points-only path builder,
  // uPlot.paths.points(): every point an arc in one Path2D, filled once. Dots 4 CSS px across,
  // as ours are when dense; points.show off, or the builder's dots would be drawn twice.
  uPlot: ({ uPlot }, stage, { xs, ys }) =>
    new uPlot(
      {
        mode: 2,
        width: 800,
        height: 400,
        title: "Scatter",
        scales: { x: { time: false } },
        series: [{}, { label: "s", stroke: "#0072b2", fill: "#0072b2", paths: uPlot.paths.points(), points: { show: false, size: 4, width: 0 } }],
      },
      [null, [xs, ys]],
      stage,
    ),
};

/** Waits out drawing a library deferred to a microtask (uPlot commits its first draw in one;
 * Chart.js and outage-charts draw within their constructors), then has the browser compute the
 * page's style and layout, and returns the time then. The layout is part of the chart a reader
 * sees: uPlot puts its title and legend in HTML elements, whose style and text layout the browser
 * would otherwise do after the time was taken (Chart.js and outage-charts draw them on the
 * canvas, and add next to nothing to lay out). A 0 ms timer here (as before) also timed
 * whatever else waited in the page's task queue. */
export async function settled() {
  await new Promise((resolve) => queueMicrotask(resolve));
  document.body.getBoundingClientRect();
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
