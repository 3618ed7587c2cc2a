// initSync in Node: a WebAssembly.Module compiled from the bytes, then init() finds it loaded.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import init, { initSync, builtinDatasets } from "outage-charts";

const bytes = readFileSync(new URL(import.meta.resolve("outage-charts/outage_charts_bg.wasm")));
const exports = initSync(new WebAssembly.Module(bytes));
assert.equal(await init(), exports, "init() after initSync gives the same instance");
assert.ok(builtinDatasets("fr")["user-gains"].title.length > 0);
console.log("node: initSync with a WebAssembly.Module");
