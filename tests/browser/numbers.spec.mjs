// Honest numbers (README "Numbers"): what a chart writes is what the data says. Each test uses
// the real values of the cases that once read wrong: an uptime of 99.95 % written "100%", two
// S&P 500 closes both "1.1K", 12.4 ms written "12 ms", a donut share named as a share of the
// whole, a stock before its listing called "not disclosed" over a third of the chart.
import { test, expect } from "@playwright/test";
import { bareChart } from "./bare-chart.mjs";

/**
 * Shows `data`, then returns the texts of its SVG export, the hitTest text of every datum
 * (found by scanning the canvas).
 */
async function written(page, data) {
  return page.evaluate((data) => {
    const chart = window.bare;
    chart.setData(data);
    const svg = new DOMParser().parseFromString(chart.toSvg(), "image/svg+xml");
    const texts = [...svg.querySelectorAll("text")].map((t) => t.textContent.trim());
    const canvas = document.getElementById("bare");
    const hits = {};
    for (let y = 0; y < canvas.clientHeight; y += 2) {
      for (let x = 0; x < canvas.clientWidth; x += 4) {
        const hit = chart.hitTest(x, y);
        if (hit) hits[`${hit.series}/${hit.label}`] = hit.text;
      }
    }
    return { texts, hits };
  }, data);
}

const bar = (values, extra = {}) => ({
  title: "t",
  kind: "bar",
  categories: values.map((_, i) => `c${i}`),
  series: [{ name: "s", values }],
  ...extra,
});

test("an uptime of 99.95 % is never written 100 %", async ({ page }) => {
  const problems = await bareChart(page);
  const { texts, hits } = await written(page, bar([99.95, 99.9, 99.2, 98.7], { unit: { suffix: "%" } }));
  for (const label of ["99.95%", "99.9%", "99.2%", "98.7%"]) expect(texts).toContain(label);
  expect(texts.filter((t) => t === "100%").length, "100% only as an axis tick").toBeLessThanOrEqual(1);
  expect(hits).toEqual({ "s/c0": "99.95%", "s/c1": "99.9%", "s/c2": "99.2%", "s/c3": "98.7%" });
  expect(problems).toEqual([]);
});

test("the reading view is standard notation: S&P 500 closes, temperatures, milliseconds", async ({ page }) => {
  const problems = await bareChart(page);
  const closes = await written(page, bar([1098.87, 1131.42], { unit: { prefix: "$" } }));
  expect(closes.hits).toEqual({ "s/c0": "$1,098.87", "s/c1": "$1,131.42" });
  expect(closes.texts).toContain("$1.09887K");
  const temperatures = await written(page, bar([12.8, 3.3], { unit: { suffix: " °C" } }));
  expect(temperatures.hits).toEqual({ "s/c0": "12.8 °C", "s/c1": "3.3 °C" });
  expect(temperatures.texts).toEqual(expect.arrayContaining(["12.8 °C", "3.3 °C"]));
  const latency = await written(page, bar([12.4], { unit: { suffix: " ms" } }));
  expect(latency.hits).toEqual({ "s/c0": "12.4 ms" });
  expect(latency.texts).toContain("12.4 ms");
  const fixed = await written(page, bar([12.4], { unit: { suffix: " ms" }, format: { digits: 2 } }));
  expect(fixed.hits).toEqual({ "s/c0": "12.40 ms" });
  expect(fixed.texts).toContain("12.40 ms");
  expect(problems).toEqual([]);
});

test("in French the reading view groups with narrow no-break spaces", async ({ page }) => {
  await bareChart(page, "fr");
  const { hits } = await written(page, bar([1098.87, 70e6]));
  expect(hits).toEqual({ "s/c0": "1\u202f098,87", "s/c1": "70\u202f000\u202f000" });
});

test("a donut with an unknown slice names its shares, and the tooltip gives the value", async ({ page }) => {
  const problems = await bareChart(page);
  const donut = {
    title: "Where the users went",
    kind: "donut",
    categories: ["Telegram", "Signal", "Other"],
    unit: { suffix: "%" },
    series: [{ name: "Share", values: [63.5, null, 30.7] }],
  };
  const { texts, hits } = await written(page, donut);
  expect(texts).toContain("67.4%");
  expect(texts).toContain("Shares in % of the disclosed total");
  expect(hits["Share/Telegram"]).toBe("63.5%");
  const whole = await written(page, { ...donut, series: [{ name: "Share", values: [63.5, 5.8, 30.7] }] });
  expect(whole.texts).not.toContain("Shares in % of the disclosed total");
  expect(problems).toEqual([]);
});

test("a stock before its listing: its own words, a strip on the axis, nothing announced above it", async ({ page }) => {
  const problems = await bareChart(page);
  const result = await page.evaluate(() => {
    const chart = window.bare;
    chart.setData({
      title: "Share prices",
      kind: "line",
      x: ["2003-01-01", "2004-01-01", "2005-01-01", "2006-01-01", "2007-01-01", "2008-01-01"],
      series: [
        { name: "MSFT", values: [21.03, 25.71, 24.9, 26.84, 29.86, 29.86] },
        { name: "GOOG", values: [null, null, 195.62, 432.66, 496.31, 307.65], unknown: "not listed yet" },
      ],
    });
    const canvas = document.getElementById("bare");
    const found = [];
    for (let y = 0; y < canvas.clientHeight; y += 1) {
      const hit = chart.hitTest(canvas.clientWidth * 0.15, y);
      if (hit && hit.series === "GOOG") found.push({ y, text: hit.text });
    }
    return { found, height: canvas.clientHeight, table: document.getElementById("bare").textContent };
  });
  // Over 2003–2004, GOOG answers only on a strip a few pixels tall at the bottom of the plot.
  expect(result.found.length).toBeGreaterThan(0);
  expect(result.found.length).toBeLessThanOrEqual(8);
  expect(result.found.every((f) => f.text === "not listed yet")).toBe(true);
  expect(result.found[0].y).toBeGreaterThan(result.height / 2);
  expect(problems).toEqual([]);
});
