// Type-checked with tsc --strict --noEmit (default lib, no skipLibCheck) against the packed
// package: the element, its tag, its events' details and a Float64Array of values.
import init, { OutageChart, builtinDatasets, renderSvg, type Dataset, type Hit, type StaticChartOptions } from "outage-charts";
import "outage-charts/element";
import type { OutageChartElement } from "outage-charts/element";

const data: Dataset = {
  title: "Typed",
  kind: "line",
  x: [1, 2, 3],
  series: [{ name: "Speed", values: new Float64Array([1, 2.5, 4]) }],
};

function main(): void {

  const element = document.querySelector("outage-chart");
  if (element === null) return;
  const typed: OutageChartElement = element;
  typed.data = data;
  const shown: Dataset | undefined = typed.data;
  const chart: OutageChart | null = typed.chart;
  const hit: Hit | undefined = chart?.hitTest(10, 20);

  element.addEventListener("chart-error", (event) => {
    const message: string = event.detail.message;
    console.log(message);
  });
  element.addEventListener("chart-hover", (event) => {
    const over: Hit | null = event.detail;
    console.log(over?.series, over?.value);
  });
  element.addEventListener("chart-select", (event) => {
    const index: number = event.detail.index;
    console.log(index);
  });

  const made = document.createElement("outage-chart");
  made.setAttribute("dataset", "user-gains");
  const canvas = document.createElement("canvas");
  const direct = new OutageChart(canvas, builtinDatasets("fr")["user-gains"], { locale: "fr", animate: false });
  direct.setData(data);
  const options: StaticChartOptions = { width: 1200, height: "auto", locale: "fr", theme: "dark" };
  const svg: string = renderSvg(data, options);
  console.log(shown, hit, direct.toSvg().length, made.chart, svg.length);
  direct.destroy();
}

// No async function: with TypeScript 5's default target (ES5) that would need a Promise lib.
init().then(() => init(new URL("./outage_charts_bg.wasm", document.baseURI))).then(main);
