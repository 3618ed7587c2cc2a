// <outage-chart>: the widget as an HTML element. Any number of them share one wasm instance.
//
//   <script type="module" src="outage-chart.js"></script>
//   <outage-chart dataset="market-cap-loss" locale="fr"></outage-chart>
//   <outage-chart src="data/my-dataset.json" theme="dark"></outage-chart>
//
// Attributes: dataset (a built-in name), src (URL of a Dataset JSON), locale, theme; a removed
// one returns to its default (the page's language, the auto theme, a built-in dataset for src).
// An invalid value fires chart-error and changes nothing, then or later: the element keeps
// deciding by the last value it accepted.
// Properties: data (get/set a Dataset; the setter never throws), chart (the OutageChart, null
// until the first dataset is shown: a src element waits for its file).
// Events: chart-hover, chart-select (from the chart) and chart-error ({ message }, path first)
// when data, src or an attribute is rejected; the previous chart stays.
// Size: the element fills its width; its height follows its content (wrapped title, legend,
// notes, every category name) unless the page's CSS gives it a height, which then wins. A page
// holding one element inside an iframe posts its height to the parent:
// { type: "outage-chart:height", height } (see the README for the host page's few lines).
//
// Loading: imported statically, the module would cost a first visit one round trip after
// another (this file, then the module's JS, and only then, once that ran, the wasm: ~0.3 s on a
// mobile network, bench/network.mjs). So the glue is imported when the first element connects,
// and the wasm is requested as soon as this file runs, through a preload that the glue's own
// fetch of the same file then reads, whoever calls init first (the element or a page script).
// None is added once the wasm has been fetched; a page giving init a wasm from elsewhere would
// download both.
const WASM = new URL("./pkg/outage_charts_bg.wasm", import.meta.url).href;
if (globalThis.document && !performance.getEntriesByName(WASM).length) {
  document.head.append(Object.assign(document.createElement("link"), { rel: "preload", as: "fetch", type: "application/wasm", crossOrigin: "anonymous", href: WASM }));
}

/** The module's exports, once loaded. */
let glue;
let wasmReady;
/** Loads the module once for the whole page: the wasm the glue finds beside itself, or the one a
 * page script already gave init (the npm package's init shares one instance with the page). */
function ready() {
  wasmReady ??= import("./pkg/outage_charts.js").then(async (loaded) => {
    await loaded.default();
    glue = loaded;
  });
  return wasmReady;
}

/** What a chart uses where the element has no attribute: the page's language, the reader's scheme. */
const DEFAULTS = {
  locale: () => (/^fr(?:[-_]|$)/i.test(navigator.language ?? "") ? "fr" : "en"),
  theme: () => "auto",
};

const STYLE = `
  :host { display: block; position: relative; width: 100%; }
  :host([hidden]) { display: none; }
  canvas { display: block; width: 100%; }
  canvas:focus-visible { outline: 2px solid Highlight; outline-offset: 2px; }
`;

// Node (server-side rendering) has no HTMLElement: there the class extends a stand-in, so importing
// this file does not throw, and nothing is defined.
class OutageChartElement extends (globalThis.HTMLElement ?? class {}) {
  static observedAttributes = ["dataset", "src", "locale", "theme"];

  #canvas;
  #chart = null;
  /** True while connected with the module loaded: the chart can be made. */
  #live = false;
  /** A dataset given before the chart could be made (or kept across a move), shown when it is. */
  #pending = undefined;
  /** Bumped by every src load, so a slow response never overwrites a newer one. */
  #loads = 0;
  /** The name of the built-in dataset the chart shows (written in the chart's language), or
   * null when it shows other data. */
  #builtin = null;
  /** The last accepted locale and theme (null: the default), or undefined before the chart
   * first tried the attribute. A rejected value is never read again: `locale="xx"` on a French
   * chart leaves it French, titles and numbers, through every later redraw. */
  #accepted = { locale: undefined, theme: undefined };
  /** Follows the element's own size: whether the page sets its height, and the iframe's. */
  #sizeObserver = null;
  /** Whether the page's CSS gives the element its height (else the content does). */
  #byPage = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = STYLE;
    this.#canvas = document.createElement("canvas");
    root.append(style, this.#canvas);
  }

  /** The OutageChart; null until the first dataset is shown (a src element waits for its file). */
  get chart() {
    return this.#chart;
  }

  get data() {
    return this.#chart ? this.#chart.data : this.#pending;
  }

  set data(value) {
    // Rejected data leaves the chart as it was, built-in or not.
    if (this.#show(value)) this.#builtin = null;
  }

  /** Shows `value` (or keeps it for when the chart can be made); false if it was rejected. */
  #show(value) {
    if (this.#chart) return this.#attempt(() => this.#chart.setData(value));
    if (this.#live) return this.#create(value);
    this.#pending = value;
    return true;
  }

  connectedCallback() {
    // A page script may set `data` before this element is defined: that made an own property
    // hiding the accessor. Hand its value to the accessor instead.
    if (Object.hasOwn(this, "data")) {
      const value = this.data;
      delete this.data;
      this.data = value;
    }
    ready().then(() => {
      if (!this.isConnected || this.#live) return;
      this.#live = true;
      const pending = this.#pending;
      this.#pending = undefined;
      // A src element draws nothing until its file lands: never the built-in in its place.
      if (pending !== undefined) this.#create(pending);
      else if (this.hasAttribute("src")) this.#load(this.getAttribute("src"));
      else this.#applyBuiltin(this.getAttribute("dataset"));
    }, (error) => this.#error(`module: ${error.message}`));
  }

  disconnectedCallback() {
    this.#live = false;
    this.#sizeObserver?.disconnect();
    this.#sizeObserver = null;
    // Moving the element in the document keeps what it shows.
    if (this.#chart) this.#pending = this.#chart.data;
    this.#chart?.destroy();
    this.#chart = null;
  }

  attributeChangedCallback(name, previous, value) {
    if (!this.#live || previous === value) return;
    if (name === "src") {
      // Without a src the element shows what it shows without one: the built-in dataset.
      if (value === null) {
        this.#loads++;
        this.#applyBuiltin(this.getAttribute("dataset"));
      } else this.#load(value);
    } else if (name === "dataset") {
      // An element with a src shows its file whatever its dataset attribute says (unless that
      // file was refused and the chart still shows a built-in).
      if (!this.hasAttribute("src") || this.#builtin !== null) this.#applyBuiltin(value);
    }
    else if (this.#chart) this.#applyOption(name, value);
  }

  /** Makes the chart with its first dataset; rejected data leaves no chart and raises chart-error. */
  #create(data) {
    this.#setSizedByPage(this.#sizedByPage());
    const height = this.#byPage ? "css" : "auto";
    if (!this.#attempt(() => {
      this.#chart = new glue.OutageChart(this.#canvas, data, { animate: true, height });
    })) return false;
    this.#followSize();
    // The chart starts with the defaults; the attributes change them. A chart made again (the
    // element moved) keeps what was accepted before, unless the attribute changed meanwhile
    // to a value that is accepted now.
    for (const name of ["locale", "theme"]) {
      const kept = this.#accepted[name] ?? null, given = this.getAttribute(name);
      if (given !== kept && this.#applyOption(name, given)) continue;
      this.#accepted[name] = kept;
      if (kept !== null) this.#attempt(() => this.#chart.setOptions({ [name]: kept }));
    }
    return true;
  }

  /** Sets an option from its attribute's value (null: removed, so the default). Accepted, it is
   * kept for every later decision; rejected, it changes nothing. True if accepted. */
  #applyOption(name, value) {
    if (!this.#attempt(() => this.#chart.setOptions({ [name]: value ?? DEFAULTS[name]() }))) return false;
    this.#accepted[name] = value;
    // Built-in datasets are written in the chart's language: switch them with it.
    if (name === "locale" && this.#builtin !== null) this.#applyBuiltin(this.#builtin);
    return true;
  }

  /** Shows the built-in dataset `name` (null: "user-gains") in the chart's language. An unknown
   * name fires chart-error and changes nothing. */
  #applyBuiltin(name) {
    const key = name ?? "user-gains";
    const all = glue.builtinDatasets(this.#builtinLocale());
    if (!(key in all)) {
      const known = Object.keys(all).map((n) => `"${n}"`).join(", ");
      this.#error(`dataset: expected one of ${known}, got "${key}"`);
      return;
    }
    if (this.#show(all[key]) && this.#chart) this.#builtin = key;
  }

  /** The language of the chart's built-in datasets: the accepted locale, or before the chart
   * first tried its attribute, that attribute if valid (setOptions reports it otherwise, as soon
   * as the chart is made); else the page's language, as the chart's default. */
  #builtinLocale() {
    const accepted = this.#accepted.locale;
    if (accepted !== undefined) return accepted ?? undefined;
    const locale = this.getAttribute("locale");
    return locale === "fr" || locale === "en" ? locale : undefined;
  }

  /** Whether the page's CSS gives the element a height: with its canvas at no height, the
   * element still has some inside its padding and border. */
  #sizedByPage() {
    const canvas = this.#canvas;
    const before = canvas.style.height;
    canvas.style.height = "0px";
    const box = getComputedStyle(this);
    const frame = ["paddingTop", "paddingBottom", "borderTopWidth", "borderBottomWidth"]
      .reduce((sum, side) => sum + (parseFloat(box[side]) || 0), 0);
    const inner = this.getBoundingClientRect().height - frame;
    canvas.style.height = before;
    return inner > 0.5;
  }

  /** Switches between a height from the content and one from the page as the page's CSS
   * changes, and posts the height to a parent page when this is the one chart of an iframe. */
  #followSize() {
    if (this.#sizeObserver || typeof ResizeObserver === "undefined") return;
    this.#sizeObserver = new ResizeObserver(() => {
      if (!this.#chart) return;
      const byPage = this.#sizedByPage();
      if (byPage !== this.#byPage) {
        this.#setSizedByPage(byPage);
        this.#attempt(() => this.#chart.setOptions({ height: byPage ? "css" : "auto" }));
      }
      postHeightToParent();
    });
    this.#sizeObserver.observe(this);
  }

  /** A canvas the page sizes fills the element, out of the flow so that the element's height
   * is the page's alone (dropped, it falls to zero and the observer sees it); one sized by its
   * content gets its height from the chart (`height: "auto"`). */
  #setSizedByPage(byPage) {
    this.#byPage = byPage;
    const style = this.#canvas.style;
    for (const [name, value] of [["position", "absolute"], ["top", "0"], ["left", "0"], ["height", "100%"]]) {
      if (byPage) style.setProperty(name, value);
      else style.removeProperty(name);
    }
  }

  async #load(url) {
    const load = ++this.#loads;
    try {
      const response = await fetch(new URL(url, document.baseURI));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = await response.json();
      if (load === this.#loads && this.#live) this.data = data;
    } catch (error) {
      if (load === this.#loads) this.#error(`src: could not load "${url}": ${error.message}`);
    }
  }

  /** Runs a chart call; a rejection becomes a chart-error event and the chart stays as it was.
   * True if the call went through. */
  #attempt(call) {
    try {
      call();
      return true;
    } catch (error) {
      this.#error(error.message);
      return false;
    }
  }

  #error(message) {
    this.dispatchEvent(new CustomEvent("chart-error", { bubbles: true, composed: true, detail: { message } }));
  }
}

/** In an iframe holding one chart, tells the parent page how tall this page is, as Datawrapper
 * and Flourish embeds do, so the iframe can be sized to show the whole chart. */
function postHeightToParent() {
  if (window.parent === window || document.querySelectorAll("outage-chart").length !== 1) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  window.parent.postMessage({ type: "outage-chart:height", height }, "*");
}

if (globalThis.customElements && !customElements.get("outage-chart")) {
  customElements.define("outage-chart", OutageChartElement);
}

export { OutageChartElement };
