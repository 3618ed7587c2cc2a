// <outage-chart>: the widget as an HTML element. Any number of them share one wasm instance.
//
//   <script type="module" src="outage-chart.js"></script>
//   <outage-chart dataset="market-cap-loss" locale="fr"></outage-chart>
//   <outage-chart src="data/my-dataset.json" theme="dark"></outage-chart>
//
// Attributes: dataset (a built-in name), src (URL of a Dataset JSON), locale, theme.
// Properties: data (get/set a Dataset; the setter never throws), chart (the OutageChart).
// Events: chart-hover, chart-select (from the chart) and chart-error ({ message }, path first)
// when data, src or an attribute is rejected; the previous chart stays.
import init, { OutageChart, builtinDatasets } from "./pkg/outage_charts.js";

let wasmReady;
/** Loads the module once for the whole page. */
function ready() {
  wasmReady ??= init({ module_or_path: new URL("./pkg/outage_charts_bg.wasm", import.meta.url) });
  return wasmReady;
}

const STYLE = `
  :host { display: block; position: relative; width: 100%; height: 360px; }
  :host([hidden]) { display: none; }
  canvas { display: block; width: 100%; height: 100%; }
  canvas:focus-visible { outline: 2px solid Highlight; outline-offset: 2px; }
`;

class OutageChartElement extends HTMLElement {
  static observedAttributes = ["dataset", "src", "locale", "theme"];

  #canvas;
  #chart = null;
  /** A dataset given before the module was ready, applied when it is. */
  #pending = undefined;
  /** Bumped by every src load, so a slow response never overwrites a newer one. */
  #loads = 0;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = STYLE;
    this.#canvas = document.createElement("canvas");
    root.append(style, this.#canvas);
  }

  get chart() {
    return this.#chart;
  }

  get data() {
    return this.#chart ? this.#chart.data : this.#pending;
  }

  set data(value) {
    if (!this.#chart) {
      this.#pending = value;
      return;
    }
    this.#attempt(() => this.#chart.setData(value));
  }

  connectedCallback() {
    ready().then(() => {
      if (!this.isConnected || this.#chart) return;
      const options = { animate: true };
      this.#attempt(() => {
        this.#chart = new OutageChart(this.#canvas, undefined, options);
      });
      if (!this.#chart) return;
      for (const name of ["locale", "theme"]) this.#applyOption(name);
      if (this.#pending !== undefined) {
        this.data = this.#pending;
        this.#pending = undefined;
      } else if (this.hasAttribute("src")) {
        this.#load(this.getAttribute("src"));
      } else {
        this.#applyBuiltin();
      }
    }, (error) => this.#error(`module: ${error.message}`));
  }

  disconnectedCallback() {
    this.#chart?.destroy();
    this.#chart = null;
  }

  attributeChangedCallback(name, previous, value) {
    if (!this.#chart || previous === value) return;
    if (name === "src") this.#load(value);
    else if (name === "dataset") this.#applyBuiltin();
    else {
      this.#applyOption(name);
      // Built-in datasets are written in the chart's language: switch them with it.
      if (name === "locale" && this.hasAttribute("dataset") && !this.hasAttribute("src")) this.#applyBuiltin();
    }
  }

  #applyOption(name) {
    if (!this.hasAttribute(name)) return;
    this.#attempt(() => this.#chart.setOptions({ [name]: this.getAttribute(name) }));
  }

  #applyBuiltin() {
    const name = this.getAttribute("dataset") ?? "user-gains";
    const locale = this.getAttribute("locale");
    // An invalid locale was already reported by setOptions; the page's language stands in.
    const all = builtinDatasets(locale === "fr" || locale === "en" ? locale : undefined);
    if (!(name in all)) {
      const known = Object.keys(all).map((n) => `"${n}"`).join(", ");
      this.#error(`dataset: expected one of ${known}, got "${name}"`);
      return;
    }
    this.#attempt(() => this.#chart.setData(all[name]));
  }

  async #load(url) {
    const load = ++this.#loads;
    try {
      const response = await fetch(new URL(url, document.baseURI));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = await response.json();
      if (load === this.#loads && this.#chart) this.data = data;
    } catch (error) {
      if (load === this.#loads) this.#error(`src: could not load "${url}": ${error.message}`);
    }
  }

  /** Runs a chart call; a rejection becomes a chart-error event and the chart stays as it was. */
  #attempt(call) {
    try {
      call();
    } catch (error) {
      this.#error(error.message);
    }
  }

  #error(message) {
    this.dispatchEvent(new CustomEvent("chart-error", { bubbles: true, composed: true, detail: { message } }));
  }
}

if (!customElements.get("outage-chart")) customElements.define("outage-chart", OutageChartElement);

export { OutageChartElement };
