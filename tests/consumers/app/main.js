// What every consumer page runs, whichever tool built it: the element and the module API, imported
// from the installed package by its public names only. consumers.spec.mjs reads window.consumer.
import init, { OutageChart } from "outage-charts";
import "outage-charts/element";

const first = init();
const [exports, again] = await Promise.all([first, init()]);

const chart = new OutageChart(
  document.getElementById("module-chart"),
  {
    title: "Values from a Float64Array",
    kind: "bar",
    categories: ["North", "South", "East"],
    series: [{ name: "Visits", values: new Float64Array([30, 55, 42]) }],
  },
  { animate: false, locale: "en" },
);

window.consumer = { chart, sameInstance: exports === again && (await init()) === exports };
