// The demo page (www/index.html) in Chromium: what a person sees and does.
// Every test opens its own page; assertions are on the canvas pixels and on
// chart.data, not only on the absence of errors.
import { test, expect } from "@playwright/test";

/** Opens the demo, failing the test on any console error or uncaught exception. */
async function openDemo(page) {
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console.error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
  await page.goto("/");
  await page.waitForSelector('body[data-ready="1"]', { timeout: 10_000 });
  return problems;
}

const dataUrl = (page) => page.evaluate(() => document.getElementById("chart").toDataURL());
const chartData = (page) => page.evaluate(() => window.demo.chart.data);

/**
 * Pixel statistics of the chart canvas: the background is the colour of the
 * top-left pixel; "colours" are the non-background colours (4 bits a channel)
 * covering at least 20 pixels each, so anti-aliasing fringes do not count.
 */
function canvasStats(page) {
  return page.evaluate(() => {
    const canvas = document.getElementById("chart");
    const { width, height } = canvas;
    const px = canvas.getContext("2d").getImageData(0, 0, width, height).data;
    const bg = [px[0], px[1], px[2], px[3]];
    let differing = 0;
    const counts = new Map();
    for (let i = 0; i < px.length; i += 4) {
      const d = Math.abs(px[i] - bg[0]) + Math.abs(px[i + 1] - bg[1]) +
        Math.abs(px[i + 2] - bg[2]) + Math.abs(px[i + 3] - bg[3]);
      if (d <= 12) continue;
      differing++;
      const key = ((px[i] >> 4) << 12) | ((px[i + 1] >> 4) << 8) | ((px[i + 2] >> 4) << 4) | (px[i + 3] >> 4);
      counts.set(key, (counts.get(key) || 0) + 1);
    }
    const colours = [...counts.values()].filter((n) => n >= 20).length;
    return { width, height, total: width * height, differing, share: differing / (width * height), colours };
  });
}

test("the demo loads without errors and draws the default chart", async ({ page }) => {
  const problems = await openDemo(page);

  await expect(page.locator("h1")).toHaveText("outage-charts");
  const stats = await canvasStats(page);
  expect(stats.width, "canvas has a backing store").toBeGreaterThan(100);
  expect(stats.height).toBeGreaterThan(100);
  expect(stats.share, `share of non-background pixels (${stats.differing}/${stats.total})`).toBeGreaterThan(0.02);
  expect(stats.colours, "distinct non-background colours (bars, text, axes)").toBeGreaterThanOrEqual(3);

  // The editor shows the dataset on show, and the built-in buttons list at least the two datasets.
  const data = await chartData(page);
  expect(JSON.parse(await page.locator("#json").inputValue())).toEqual(data);
  await expect(page.locator('#datasets button[data-dataset="user-gains"]')).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator('#datasets button[data-dataset="market-cap-loss"]')).toBeVisible();
  await expect(page.locator("#editor-error")).toBeEmpty();

  expect(problems).toEqual([]);
});

test("switching to market-cap-loss redraws the chart", async ({ page }) => {
  const problems = await openDemo(page);
  const before = await dataUrl(page);
  const titleBefore = (await chartData(page)).title;

  await page.locator('#datasets button[data-dataset="market-cap-loss"]').click();

  await expect(page.locator('#datasets button[data-dataset="market-cap-loss"]')).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator('#datasets button[data-dataset="user-gains"]')).toHaveAttribute("aria-pressed", "false");
  const after = await dataUrl(page);
  expect(after).not.toBe(before);
  const data = await chartData(page);
  expect(data.title).not.toBe(titleBefore);
  expect(data.series.some((s) => s.values.some((v) => typeof v === "number" && v < 0)),
    "the market-cap loss is a negative value").toBe(true);
  expect(JSON.parse(await page.locator("#json").inputValue())).toEqual(data);
  const stats = await canvasStats(page);
  expect(stats.share).toBeGreaterThan(0.02);
  expect(problems).toEqual([]);
});

test("a dataset typed into the editor replaces the chart", async ({ page }) => {
  const problems = await openDemo(page);
  const before = await dataUrl(page);
  const original = await chartData(page);

  const edited = structuredClone(original);
  edited.title = "Edited in the demo";
  edited.series = edited.series.map((s, k) => ({
    ...s,
    values: s.values.map((_, i) => (i + 1) * 12_000_000 + k * 3_000_000),
  }));
  // fill() fires "input": the editor applies it after its debounce, no click needed.
  await page.locator("#json").fill(JSON.stringify(edited, null, 2));

  await expect.poll(() => chartData(page).then((d) => d.title)).toBe("Edited in the demo");
  const data = await chartData(page);
  expect(data.series.map((s) => s.values)).toEqual(edited.series.map((s) => s.values));
  expect(await dataUrl(page)).not.toBe(before);
  await expect(page.locator("#editor-error")).toBeEmpty();
  // An edited dataset is no longer one of the built-ins.
  await expect(page.locator('#datasets button[aria-pressed="true"]')).toHaveCount(0);

  // The Apply button applies at once.
  const afterEdit = await dataUrl(page);
  edited.series[0].values[0] = 99_000_000;
  await page.locator("#json").fill(JSON.stringify(edited));
  await page.locator("#apply").click();
  expect((await chartData(page)).series[0].values[0]).toBe(99_000_000);
  expect(await dataUrl(page)).not.toBe(afterEdit);
  expect(problems).toEqual([]);
});

test("the editor shows a rejected dataset's error and the chart keeps the last good one", async ({ page }) => {
  const problems = await openDemo(page);
  const before = await dataUrl(page);
  const dataBefore = JSON.stringify(await chartData(page));
  const alert = page.locator("#editor-error");
  await expect(alert).toHaveAttribute("role", "alert");

  const bad = {
    title: "Bad value",
    kind: "bar",
    categories: ["a", "b"],
    series: [{ name: "A", values: [1, "abc"] }],
  };
  await page.locator("#json").fill(JSON.stringify(bad, null, 2));
  await page.locator("#apply").click();
  await expect(alert).toHaveText(/^series\[0\]\.values\[1\]: /);
  const colour = await alert.evaluate((el) => getComputedStyle(el).color);
  const [r, g, b] = colour.match(/\d+/g).map(Number);
  expect(r, `error text is red (${colour})`).toBeGreaterThan(150);
  expect(r).toBeGreaterThan(g + 60);
  expect(r).toBeGreaterThan(b + 60);
  expect(await dataUrl(page)).toBe(before);
  expect(JSON.stringify(await chartData(page))).toBe(dataBefore);

  // A JSON syntax error, through the debounced input path.
  await page.locator("#json").fill('{"title": "oops",');
  await expect(alert).toContainText("JSON");
  expect(await dataUrl(page)).toBe(before);
  expect(JSON.stringify(await chartData(page))).toBe(dataBefore);

  // Fixing the text clears the error.
  await page.locator("#json").fill(dataBefore);
  await page.locator("#apply").click();
  await expect(alert).toBeEmpty();
  expect(await dataUrl(page)).toBe(before);
  expect(problems).toEqual([]);
});

test("the language toggle redraws in French and back in English", async ({ page }) => {
  const problems = await openDemo(page);
  // The user-gains dataset, whatever the browser's language.
  await page.locator('#datasets button[data-dataset="user-gains"]').click();

  await page.locator('#locales button[data-locale="fr"]').click();
  await expect(page.locator('#locales button[data-locale="fr"]')).toHaveAttribute("aria-pressed", "true");
  const fr = await page.evaluate(() => {
    const svg = window.demo.chart.toSvg();
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    return {
      expected: new Intl.NumberFormat("fr-FR", { notation: "compact" }).format(70e6),
      parseError: doc.querySelector("parsererror")?.textContent ?? null,
      text: doc.documentElement.textContent,
      title: window.demo.chart.data.title,
      pixels: document.getElementById("chart").toDataURL(),
    };
  });
  expect(fr.parseError, "toSvg() is well-formed XML").toBeNull();
  expect(fr.expected).toBe("70\u00a0M");
  expect(fr.text, "the French SVG writes 70 million as Intl does").toContain(fr.expected);
  expect(fr.text).not.toContain("70M");

  await page.locator('#locales button[data-locale="en"]').click();
  await expect(page.locator('#locales button[data-locale="en"]')).toHaveAttribute("aria-pressed", "true");
  const en = await page.evaluate(() => {
    const svg = window.demo.chart.toSvg();
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    return {
      text: doc.documentElement.textContent,
      title: window.demo.chart.data.title,
      pixels: document.getElementById("chart").toDataURL(),
    };
  });
  expect(en.text).toContain("70M");
  expect(en.text).not.toContain("70\u00a0M");
  expect(en.pixels).not.toBe(fr.pixels);
  expect(en.title, "the built-in dataset is re-selected in the new language").not.toBe(fr.title);
  expect(JSON.parse(await page.locator("#json").inputValue()).title).toBe(en.title);
  expect(problems).toEqual([]);
});

test("pointing at a bar shows its value, and at Signal's hatched row that it was not disclosed", async ({ page }) => {
  await openDemo(page);
  await page.locator('#locales button[data-locale="en"]').click();
  // Find where hitTest answers for each category, scanning the canvas's middle column.
  const spots = await page.evaluate(() => {
    const canvas = document.getElementById("chart");
    const found = {};
    for (let y = 0; y < canvas.clientHeight; y += 3) {
      const hit = window.demo.chart.hitTest(canvas.clientWidth / 2, y);
      if (hit && !(hit.label in found)) found[hit.label] = y;
    }
    return found;
  });
  expect(Object.keys(spots)).toEqual(["Telegram", "Signal"]);
  const box = await page.locator("#chart").boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + spots.Telegram + 2);
  await expect(page.locator("#hint")).toHaveText("New users · Telegram: 70,000,000");
  await page.mouse.move(box.x + box.width / 2, box.y + spots.Signal + 2);
  await expect(page.locator("#hint")).toHaveText("New users · Signal: not disclosed");
});

test("Download PNG and Download SVG hand over the chart as files", async ({ page }) => {
  await openDemo(page);
  const [png] = await Promise.all([page.waitForEvent("download"), page.locator("#png").click()]);
  expect(png.suggestedFilename()).toBe("user-gains.png");
  const [svg] = await Promise.all([page.waitForEvent("download"), page.locator("#svg").click()]);
  expect(svg.suggestedFilename()).toBe("user-gains.svg");
  const text = await (await svg.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString());
  expect(text.startsWith("<svg")).toBe(true);
  const pngBytes = await (await png.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks));
  expect([...pngBytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
});
