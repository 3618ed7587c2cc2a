// `scatter` in the browser: real data (cars from vega-datasets, with unknown values) drawn at a
// phone width and on the desktop, hover and the keyboard finding points in ascending x, the
// readers' table, wheel zoom, and a million points from typed arrays.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { bareChart } from "./bare-chart.mjs";

const cars = JSON.parse(readFileSync(new URL("../fixtures/valid/scatter-cars.json", import.meta.url)));

/** Pixels of the canvas close to `rgb` (the first series' colour, #0072b2). */
async function inkOf(page, rgb = [0x00, 0x72, 0xb2]) {
  return page.evaluate((rgb) => {
    const canvas = document.getElementById("bare");
    const { data } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - rgb[0]) + Math.abs(data[i + 1] - rgb[1]) + Math.abs(data[i + 2] - rgb[2]) < 30) n++;
    }
    return n;
  }, rgb);
}

for (const [name, viewport, scale] of [["phone", { width: 360, height: 780 }, 3], ["desktop", { width: 1280, height: 800 }, 1], ["desktop HiDPI", { width: 1280, height: 800 }, 2]]) {
  test.describe(name, () => {
    test.use({ viewport, deviceScaleFactor: scale });
    test(`cars draw as dots, and every known point under the pointer is found (${name})`, async ({ page }, info) => {
      const problems = await bareChart(page);
      const found = await page.evaluate((cars) => {
        const canvas = document.getElementById("bare");
        canvas.style.width = `${Math.min(640, window.innerWidth)}px`;
        window.bare.setData(cars);
        window.bare.resize();
        const rect = canvas.getBoundingClientRect();
        const hits = new Set();
        for (let y = 0; y < rect.height; y += 2) {
          for (let x = 0; x < rect.width; x += 2) {
            const hit = window.bare.hitTest(x, y);
            if (hit) hits.add(`${hit.series}|${hit.index}`);
          }
        }
        return { hits: hits.size };
      }, cars);
      await page.locator("#bare").screenshot({ path: info.outputPath(`scatter-${name.replace(" ", "-")}.png`) });
      expect(await inkOf(page), "USA's dots are on the canvas").toBeGreaterThan(500);
      // Dots overlap where cars are alike: hover finds the ones drawn, most of the 400 cars.
      expect(found.hits).toBeGreaterThan(200);
      expect(problems).toEqual([]);
    });
  });
}

test("hover names the car, an unknown value says so, and the keyboard walks in ascending x", async ({ page }) => {
  await bareChart(page);
  const small = {
    title: "t", kind: "scatter",
    series: [{ name: "a", x: [3, 1, 2, 2], values: [30, 10, 20, 25] }, { name: "b", x: [1.5, 2.9], values: [null, 5], unknown: "not measured" }],
  };
  await page.evaluate((small) => window.bare.setData(small), small);
  // The table is built when the page is idle.
  const rows = () => page.evaluate(() => [...document.querySelectorAll("#bare tr")].map((tr) => [...tr.children].map((c) => c.textContent).join("|")));
  await expect.poll(rows).toEqual(["Series|x|Value", "a|1|10", "a|2|20", "a|2|25", "a|3|30", "b|1.5|not measured", "b|2.9|5"]);
  const canvas = page.locator("#bare");
  await canvas.focus();
  const live = page.locator("[aria-live=polite]");
  await page.keyboard.press("ArrowRight");
  await expect(live).toHaveText("1, a: 10 (1 / 4)");
  await page.keyboard.press("ArrowRight");
  await expect(live).toHaveText("2, a: 20 (2 / 4)");
  await page.keyboard.press("ArrowRight");
  await expect(live).toHaveText("2, a: 25 (3 / 4)");
  await page.keyboard.press("ArrowDown");
  await expect(live).toHaveText("1.5, b: not measured (1 / 2)");
  await page.keyboard.press("End");
  await expect(live).toHaveText("2.9, b: 5 (2 / 2)");
});

test("a million points from typed arrays draw, hover and zoom like a line", async ({ page }) => {
  const problems = await bareChart(page);
  const result = await page.evaluate(() => {
    const n = 1_000_000;
    const x = new Float64Array(n), v = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = ((i * 0.618034) % 1) * 1e4;
      v[i] = ((i * 0.414214) % 1) * 100;
    }
    window.bare.setData({ title: "A million points", kind: "scatter", series: [{ name: "s", x, values: v }] });
    const hit = window.bare.hitTest(320, 190);
    return { hit: hit && hit.series, length: window.bare.data.series[0].x.length };
  });
  expect(result).toEqual({ hit: "s", length: 1_000_000 });
  // The x axis's first label, as hit testing reads x: the smallest x under the pointer's row.
  const leftmost = () => page.evaluate(() => {
    for (let x = 0; x < 640; x += 1) {
      const hit = window.bare.hitTest(x, 190);
      if (hit) return Number(hit.label.replace(/,/g, ""));
    }
    return null;
  });
  const before = await leftmost();
  const canvas = page.locator("#bare");
  await canvas.hover({ position: { x: 320, y: 190 } });
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
  await expect.poll(leftmost, "the wheel zooms in around the pointer").toBeGreaterThan(before + 1000);
  await canvas.dblclick({ position: { x: 320, y: 190 } });
  await expect.poll(leftmost, "a double-click shows everything again").toBeLessThan(before + 50);
  expect(problems).toEqual([]);
});
