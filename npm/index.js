// The module API of the npm package: everything the wasm-bindgen glue exports, with an init that
// instantiates the module once however many callers (page code, any number of <outage-chart>
// elements) ask for it, and that takes its input as it is rather than wrapped in an object.
import initGlue, { initSync as initSyncGlue } from "./outage_charts.js";

export * from "./outage_charts.js";

let loading;

/** A `{ module_or_path }` or `{ module }` object, as the glue takes it, rather than the input itself. */
const wrapped = (input, key) =>
  input !== null && typeof input === "object" && Object.getPrototypeOf(input) === Object.prototype && key in input;

/**
 * Loads the module: by default the `outage_charts_bg.wasm` beside this file (found through
 * `import.meta.url`, which Vite and webpack 5 follow); otherwise a URL, a `Response`, the bytes or a
 * `WebAssembly.Module`, or a promise of one. Every call after the first returns the first call's
 * promise; a failed load is forgotten, so the page may try again.
 */
export default function init(input) {
  loading ??= initGlue(input === undefined || wrapped(input, "module_or_path") ? input : { module_or_path: input })
    .catch((error) => {
      loading = undefined;
      // Node's fetch cannot read the file beside the module, and says only "fetch failed".
      if (input === undefined && globalThis.process?.versions?.node) {
        throw new Error(
          'outage-charts: in Node, give init the wasm\'s bytes: init(await readFile(new URL(import.meta.resolve("outage-charts/outage_charts_bg.wasm"))))',
          { cause: error },
        );
      }
      throw error;
    });
  return loading;
}

/** Instantiates the module synchronously from its bytes or a `WebAssembly.Module` (Node, workers). */
export function initSync(input) {
  const exports = initSyncGlue(wrapped(input, "module") ? input : { module: input });
  loading ??= Promise.resolve(exports);
  return exports;
}
