// Hostile and extreme input in the browser: every invalid fixture is refused with its path while
// the chart keeps its pixels, every valid one (extremes included) is drawn, and the instance
// still works afterwards.
import { test, expect } from "@playwright/test";
import { bareChart } from "./bare-chart.mjs";
import { readFileSync, readdirSync } from "node:fs";

const root = new URL("../../", import.meta.url);
const load = (kind) => {
  const dir = new URL(`tests/fixtures/${kind}/`, root);
  return readdirSync(dir).filter((f) => f.endsWith(".json")).sort()
    .map((f) => [f, JSON.parse(readFileSync(new URL(f, dir)))]);
};

test("the invalid corpus is refused path first, pixel for pixel, and the chart still works", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await bareChart(page);
  const corpus = load("invalid").map(([name, f]) => [name, f.error, f.dataset]);
  expect(corpus.length).toBeGreaterThanOrEqual(60);
  const outcome = await page.evaluate((corpus) => {
    const canvas = document.getElementById("bare");
    const before = canvas.toDataURL();
    const data = JSON.stringify(window.bare.data);
    const wrong = [];
    for (const [name, expected, dataset] of corpus) {
      try {
        window.bare.setData(dataset);
        wrong.push(`${name}: accepted`);
      } catch (e) {
        if (!(e instanceof Error) || !e.message.startsWith(expected)) wrong.push(`${name}: ${e.message}`);
      }
    }
    const kept = canvas.toDataURL() === before && JSON.stringify(window.bare.data) === data;
    window.bare.setData({ title: "Still alive", kind: "bar", categories: ["a"], series: [{ name: "s", values: [1] }] });
    return { wrong, kept, after: window.bare.data.title, moved: canvas.toDataURL() !== before };
  }, corpus);
  expect(outcome.wrong).toEqual([]);
  expect(outcome.kept, "pixels and data unchanged through the whole corpus").toBe(true);
  expect(outcome.after).toBe("Still alive");
  expect(outcome.moved).toBe(true);
  expect(errors).toEqual([]);
});

test("extreme valid data draws, tiny canvases draw, and hostile labels stay text", async ({ page }) => {
  await bareChart(page);
  const valid = load("valid");
  const drawn = await page.evaluate((valid) => {
    const canvas = document.getElementById("bare");
    const out = [];
    for (const [name, data] of valid) {
      window.bare.setData(data);
      out.push([name, window.bare.toSvg().startsWith("<svg")]);
    }
    for (const size of ["1px", "0px"]) {
      canvas.style.width = size;
      canvas.style.height = size;
      window.bare.resize();
    }
    canvas.style.cssText = "width:640px;height:380px;display:block";
    window.bare.resize();
    return { out, width: canvas.width, scripts: document.body.querySelectorAll("script, img, b").length };
  }, valid);
  expect(drawn.out.filter(([, ok]) => !ok)).toEqual([]);
  expect(drawn.width).toBe(640);
  expect(drawn.scripts, "no element made from dataset text").toBe(0);
});

test("a storm of 500 resizes ends with a correct chart, and 300 create/destroy cycles leave no element behind", async ({ page }) => {
  await bareChart(page);
  const result = await page.evaluate(async () => {
    const canvas = document.getElementById("bare");
    for (let i = 0; i < 500; i++) {
      canvas.style.width = `${200 + (i % 50) * 9}px`;
      if (i % 7 === 0) window.bare.resize();
    }
    canvas.style.width = "640px";
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const width = canvas.width;
    window.bare.destroy();
    const before = document.body.querySelectorAll("*").length;
    for (let i = 0; i < 300; i++) {
      const c = new window.demo.OutageChart(canvas, undefined, { animate: false });
      c.destroy();
    }
    return { width, after: document.body.querySelectorAll("*").length, before };
  });
  expect(result.width).toBe(640);
  expect(result.after).toBe(result.before);
});

test("10,000 swaps and 1,000 create/destroy cycles leave wasm memory and the JS heap flat", async ({ page }) => {
  test.setTimeout(120_000);
  await bareChart(page);
  const result = await page.evaluate(async () => {
    const { default: init } = await import("./pkg/outage_charts.js");
    const wasm = await init(); // already initialised: the same instance and memory
    const heap = () => {
      window.gc();
      return performance.memory.usedJSHeapSize;
    };
    const canvas = document.getElementById("bare");
    canvas.style.cssText = "width:320px;height:200px;display:block";
    window.bare.resize();
    const a = { title: "A", kind: "bar", categories: ["a", "b", "c"], series: [{ name: "s", values: [1, null, 3] }] };
    const b = { title: "B", kind: "line", x: [1, 2, 3, 4], series: [{ name: "s", values: [4, 2, null, 1] }], notes: [{ at: 2, text: "n" }] };
    const cycles = async () => {
      for (let i = 0; i < 1_000; i++) new window.demo.OutageChart(canvas, i % 2 ? a : b, { animate: false }).destroy();
      await new Promise((r) => setTimeout(r, 50)); // retired closures are dropped from a timer
    };
    // Warm up both paths: wasm memory only grows to a peak and is then reused, so flat means
    // that a second round needs no more than the first did.
    for (let i = 0; i < 300; i++) window.bare.setData(i % 2 ? a : b);
    window.bare.destroy();
    await cycles();
    window.bare = new window.demo.OutageChart(canvas, a, { animate: false });
    const start = { wasm: wasm.memory.buffer.byteLength, heap: heap() };
    for (let i = 0; i < 10_000; i++) window.bare.setData(i % 2 ? a : b);
    const afterSwaps = { wasm: wasm.memory.buffer.byteLength, heap: heap() };
    window.bare.destroy();
    await cycles();
    const afterCycles = { wasm: wasm.memory.buffer.byteLength, heap: heap() };
    return { start, afterSwaps, afterCycles };
  });
  const MB = 1024 * 1024;
  expect(result.afterSwaps.wasm - result.start.wasm, "wasm memory after 10,000 swaps").toBeLessThan(MB);
  expect(result.afterCycles.wasm - result.start.wasm, "wasm memory after 1,000 cycles").toBeLessThan(MB);
  expect(result.afterSwaps.heap - result.start.heap, "JS heap after 10,000 swaps").toBeLessThan(MB);
  expect(result.afterCycles.heap - result.start.heap, "JS heap after 1,000 cycles").toBeLessThan(MB);
  console.log(JSON.stringify(result));
});

test("shared references are refused promptly, never read as billions of values", async ({ page }) => {
  await bareChart(page);
  const outcome = await page.evaluate(() => {
    const base = { title: "t", kind: "bar", categories: ["a"], series: [{ name: "s", values: [1] }] };
    const attempt = (data) => {
      const t = performance.now();
      try {
        window.bare.setData(data);
        return { message: "accepted" };
      } catch (e) {
        return { message: e.message, ms: performance.now() - t };
      }
    };
    // Ten references to one object at each of nine levels: 10^9 values if read naively.
    let node = { leaf: 1 };
    for (let level = 0; level < 9; level++) {
      const next = {};
      for (let k = 0; k < 10; k++) next["k" + k] = node;
      node = next;
    }
    // A million strings, referenced three times.
    const strings = Array.from({ length: 1_000_000 }, (_, i) => "s" + i);
    // Big values referenced many times: the budget counts their numbers and characters.
    const numbers = new Float64Array(1_000_000);
    const long = "x".repeat(1_000_000);
    return [
      attempt({ ...base, meta: node }),
      attempt({ ...base, meta: [strings, strings, strings] }),
      attempt({ ...base, meta: Array(1000).fill(numbers) }),
      attempt({ ...base, meta: Array(10_000).fill(long) }),
    ];
  });
  console.log("shared references refused in", outcome.map((o) => Math.round(o.ms)), "ms");
  expect(outcome[0].message).toMatch(/^meta(\.k\d)+: could not be read: expected JSON-like data, got a structure of more than 20,000 objects and arrays$/);
  expect(outcome[1].message).toMatch(/^meta\[1\]\[\d+\]: could not be read: expected JSON-like data, got a structure of more than 1,040,000 values$/);
  expect(outcome[2].message).toMatch(/^meta\[1[67]\]: could not be read: .* more than 17,000,000 numbers$/);
  expect(outcome[3].message).toMatch(/^meta\[6[34]\]: could not be read: .* more than 64,000,000 characters$/);
});
