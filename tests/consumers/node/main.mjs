// Node, as a server-side renderer meets the package: both entry points import without throwing
// (there is no customElements, so nothing is defined), and the module loads from its bytes.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import init, { builtinDatasets, renderSvg } from "outage-charts";
import { OutageChartElement } from "outage-charts/element";
import schema from "outage-charts/schema.json" with { type: "json" };

assert.equal(typeof customElements, "undefined");
assert.equal(typeof OutageChartElement, "function");
assert.equal(schema.type, "object");

const wasm = await readFile(new URL(import.meta.resolve("outage-charts/outage_charts_bg.wasm")));
const [first, second] = await Promise.all([init(wasm), init()]);
assert.equal(first, second, "init() twice gives the one instance");

const datasets = builtinDatasets("en");
assert.ok(datasets["user-gains"].series.length > 0);
assert.ok(datasets["market-cap-loss"].title.length > 0);
// A static chart, server-side: no canvas, no DOM.
const svg = renderSvg(datasets["user-gains"], { width: 1200, height: 630 });
assert.ok(svg.startsWith('<svg role="img" width="1200" height="630"'), svg.slice(0, 80));
assert.ok(svg.includes("<title>Telegram") && svg.includes("not disclosed"));
assert.throws(() => renderSvg(datasets["user-gains"], { width: 1 }), /^Error: width: /);
console.log(`node: imported both entries, loaded the module, ${Object.keys(datasets).length} built-in datasets, rendered a static SVG`);
