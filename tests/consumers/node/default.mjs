// init() without an argument in Node: a rejection that says what to do, and a later init(bytes) works.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import init, { builtinDatasets } from "outage-charts";

await assert.rejects(init(), /in Node, give init the wasm's bytes/);
await init(await readFile(new URL(import.meta.resolve("outage-charts/outage_charts_bg.wasm"))));
assert.ok(Object.keys(builtinDatasets("en")).length >= 2);
console.log("node: init() explains itself, then init(bytes) loads");
