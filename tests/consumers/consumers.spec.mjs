// Each page scripts/consumers.sh built from the packed tarball draws, hit-tests and reports a hover,
// through the element and through a canvas the page drives itself.
import { test, expect } from "@playwright/test";

const pages = {
  "vite-build": (s) => `http://127.0.0.1:${s}/vite-build/dist/index.html`,
  "vite-dev": (s, v) => `http://127.0.0.1:${v}/`,
  "vite7-build": (s) => `http://127.0.0.1:${s}/vite7-build/dist/index.html`,
  "vite7-dev": (s, v, v7) => `http://127.0.0.1:${v7}/`,
  webpack: (s) => `http://127.0.0.1:${s}/webpack/dist/index.html`,
  esbuild: (s) => `http://127.0.0.1:${s}/esbuild/dist/index.html`,
  plain: (s) => `http://127.0.0.1:${s}/plain/index.html`,
};

/** Distinct colours on a canvas: a drawn chart has many, a blank one one. */
function colours(canvas) {
  const { width, height } = canvas;
  const pixels = canvas.getContext("2d").getImageData(0, 0, width, height).data;
  const seen = new Set();
  for (let i = 0; i < pixels.length; i += 4 * 7) seen.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
  return seen.size;
}

/** The first point, on a 4 px grid, where the chart hits a datum (CSS px from the canvas's corner). */
function firstHit(chart, canvas) {
  const { width, height } = canvas.getBoundingClientRect();
  for (let y = 0; y < height; y += 4) {
    for (let x = 0; x < width; x += 4) {
      const hit = chart.hitTest(x, y);
      if (hit) return { x, y, hit };
    }
  }
  return null;
}

/** Moves the mouse onto the datum at (x, y) of the canvas and returns the chart-hover detail heard on `target`. */
async function hover(page, canvasHandle, targetHandle, { x, y }) {
  const heard = targetHandle.evaluate(
    (target) =>
      new Promise((resolve) =>
        target.addEventListener("chart-hover", (event) => event.detail && resolve(event.detail)),
      ),
  );
  const box = await canvasHandle.boundingBox();
  await page.mouse.move(box.x + x + 2, box.y + y + 2, { steps: 3 });
  await page.mouse.move(box.x + x + 1, box.y + y + 1);
  return heard;
}

for (const [name, url] of Object.entries(pages)) {
  test(`${name}: the element and the module draw, hit-test and hover`, async ({ page }, info) => {
    const { staticPort, vitePort, vite7Port } = info.config.metadata;
    const problems = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
    page.on("response", (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
    // The element preloads the wasm before the page's init fetches it: one download between them.
    const wasmFetches = [];
    page.on("request", (request) => new URL(request.url()).pathname.endsWith(".wasm") && wasmFetches.push(request.url()));

    // The helpers above, as functions of the page.
    await page.addInitScript({ content: `window.colours = ${colours}; window.firstHit = ${firstHit};` });
    await page.goto(url(staticPort, vitePort, vite7Port));
    await page.waitForFunction(() => window.consumer, null, { timeout: 20_000 });
    expect(await page.evaluate(() => window.consumer.sameInstance)).toBe(true);

    // The canvas the page drives with OutageChart: a Float64Array of values.
    const canvas = page.locator("#module-chart");
    expect(await canvas.evaluate((c) => window.colours(c))).toBeGreaterThan(8);
    const moduleHit = await canvas.evaluate((c) => window.firstHit(window.consumer.chart, c));
    expect(moduleHit?.hit.series).toBe("Visits");
    const heard = await hover(page, await canvas.elementHandle(), await canvas.elementHandle(), moduleHit);
    expect(heard.series).toBe("Visits");

    // The element: the shared instance draws its built-in dataset.
    const element = page.locator("#element-chart");
    await page.waitForFunction(() => document.getElementById("element-chart").chart !== null);
    const inner = await element.evaluateHandle((el) => el.shadowRoot.querySelector("canvas"));
    await expect.poll(() => inner.evaluate((c) => window.colours(c))).toBeGreaterThan(8);
    const elementHit = await element.evaluate((el) => window.firstHit(el.chart, el.shadowRoot.querySelector("canvas")));
    expect(elementHit?.hit.label.length).toBeGreaterThan(0);
    const fromElement = await hover(page, inner, await element.elementHandle(), elementHit);
    expect(fromElement.index).toBe(elementHit.hit.index);

    expect(wasmFetches).toHaveLength(1);
    expect(problems).toEqual([]);
  });
}

for (const input of ["string", "url", "response", "bytes", "module"]) {
  test(`init(${input})`, async ({ page }, info) => {
    const { staticPort } = info.config.metadata;
    const problems = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => message.type() !== "debug" && problems.push(message.text()));
    await page.addInitScript({ content: `window.colours = ${colours}; window.firstHit = ${firstHit};` });
    await page.goto(`http://127.0.0.1:${staticPort}/plain/init.html?input=${input}`);
    await page.waitForFunction(() => window.consumer, null, { timeout: 20_000 });
    expect(await page.evaluate(() => window.consumer.sameInstance)).toBe(true);
    const canvas = page.locator("#module-chart");
    expect(await canvas.evaluate((c) => window.colours(c))).toBeGreaterThan(8);
    expect(await canvas.evaluate((c) => window.firstHit(window.consumer.chart, c))).not.toBeNull();
    // Not even the glue's warning about deprecated parameters: init hands the input over as it should.
    expect(problems).toEqual([]);
  });
}
