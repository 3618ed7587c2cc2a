// Types of the module API: the wasm-bindgen declarations (OutageChart, builtinDatasets, Dataset,
// ChartOptions, Hit, ...) with this package's init and initSync in place of the glue's.
import type { InitInput, InitOutput, SyncInitInput } from "./outage_charts.js";

export * from "./outage_charts.js";

/**
 * Loads the module once. Without an argument, the `outage_charts_bg.wasm` beside the package's
 * JavaScript; otherwise a URL, a `Response`, the bytes or a `WebAssembly.Module` (or a promise of
 * one). Later calls return the first call's promise.
 */
export default function init(
  input?: InitInput | Promise<InitInput> | { module_or_path: InitInput | Promise<InitInput> },
): Promise<InitOutput>;

/** Instantiates the module synchronously from its bytes or a `WebAssembly.Module`. */
export function initSync(input: SyncInitInput | { module: SyncInitInput }): InitOutput;
