// Types of `import "outage-charts/element"`: the element class, its tag in
// HTMLElementTagNameMap and its events in HTMLElementEventMap, so that
// document.querySelector("outage-chart") and addEventListener("chart-error", ...) are typed.
import type { Dataset, Hit, OutageChart } from "./index.js";

/** `event.detail` of `chart-error`: what was rejected, path first (`series[0].values[3]: ...`). */
export interface ChartErrorDetail {
  message: string;
}

/** The events an `<outage-chart>` (and a canvas drawn by `OutageChart`) dispatches; they bubble. */
export interface OutageChartEventMap {
  /** The datum under the pointer or keyboard focus, `null` when it leaves the data. */
  "chart-hover": CustomEvent<Hit | null>;
  /** A click, or Enter, on a datum. */
  "chart-select": CustomEvent<Hit>;
  /** `data`, `src` or an attribute was rejected; the chart stays as it was. */
  "chart-error": CustomEvent<ChartErrorDetail>;
}

/**
 * `<outage-chart dataset="market-cap-loss" locale="fr" theme="dark">` or `src="data.json"`.
 * Defined by importing `outage-charts/element`, only where `customElements` exists.
 */
export declare class OutageChartElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The underlying chart; `null` until the first dataset is shown. */
  readonly chart: OutageChart | null;
  /** The dataset shown (or waiting to be). Setting never throws: a rejected one fires `chart-error`. */
  get data(): Dataset | undefined;
  set data(value: Dataset);
}

declare global {
  interface HTMLElementTagNameMap {
    "outage-chart": OutageChartElement;
  }
  interface HTMLElementEventMap extends OutageChartEventMap {}
}
