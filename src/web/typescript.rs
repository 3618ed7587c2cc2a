//! The TypeScript declarations wasm-bindgen writes into the module's `.d.ts` for the types
//! `OutageChart` takes and gives as plain objects.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Dataset v1: see the README. `null` in `values` means unknown, drawn as "not disclosed". */
export interface Dataset {
  title: string;
  subtitle?: string;
  source?: string;
  kind: "bar" | "hbar" | "stacked" | "line" | "area" | "donut" | "scatter";
  categories?: string[];
  x?: (number | string)[];
  unit?: { prefix?: string; suffix?: string };
  /** How values are written on marks and in tooltips: `digits` fraction digits (0–10), a notation. */
  format?: { digits?: number; notation?: "standard" | "compact" };
  /** `unknown`: the words for this series' nulls (default "not disclosed"), 1–60 characters. */
  series: {
    name: string;
    values: (number | null)[] | Float64Array;
    /** scatter only, and required there: this series' own x, one per value, in any order. */
    x?: (number | string)[] | Float64Array;
    color?: string;
    unknown?: string;
  }[];
  notes?: { at: string | number; text: string }[];
}

export interface ChartOptions {
  locale?: "fr" | "en";
  theme?: "light" | "dark" | "auto";
  animate?: boolean;
  /** "auto": the chart sets its canvas's CSS height to what its content needs at its width. */
  height?: "auto" | "css";
}

/** The datum under a point, as `hitTest` and the `chart-hover` / `chart-select` events give it. */
export interface Hit {
  series: string;
  index: number;
  label: string;
  value: number | null;
  text: string;
}
"#;
