// Strict input (issue 14, bullet 5): `undefined` and array holes are errors with their path,
// never unknowns; `new OutageChart(canvas, null)` throws like `setData(null)`; an invalid
// attribute of <outage-chart> changes nothing, pixel for pixel, then or later. JSON has no
// `undefined` and no holes, so these cases live here rather than in tests/fixtures/invalid.
import { test, expect } from "@playwright/test";
import { bareChart } from "./bare-chart.mjs";

test("undefined and holes are refused with their path, in bulk or not, and the chart keeps its pixels", async ({ page }) => {
  const problems = await bareChart(page);
  const result = await page.evaluate(() => {
    const canvas = document.getElementById("bare");
    const before = canvas.toDataURL();
    const data = JSON.stringify(window.bare.data);
    const bar = { title: "t", kind: "bar", categories: ["a", "b", "c"], series: [{ name: "s", values: [1, 2, 3] }] };
    const line = { title: "t", kind: "line", x: [1, 2, 3], series: [{ name: "s", values: [1, 2, 3] }] };
    const attempt = (input) => {
      try {
        window.bare.setData(input);
        return "accepted";
      } catch (e) {
        return e instanceof Error ? e.message : `non-Error ${typeof e}`;
      }
    };
    const big = Array.from({ length: 200_000 }, (_, i) => i % 7);
    big[199_999] = undefined;
    const out = {
      undefinedValue: attempt({ ...bar, series: [{ name: "s", values: [1, undefined, 3] }] }),
      // eslint-disable-next-line no-sparse-arrays
      hole: attempt({ ...bar, series: [{ name: "s", values: [1, , 3] }] }),
      sparse: attempt({ ...bar, series: [{ name: "s", values: new Array(3) }] }),
      afterNull: attempt({ ...bar, series: [{ name: "s", values: [null, undefined, undefined] }] }),
      // eslint-disable-next-line no-sparse-arrays
      categoryHole: attempt({ ...bar, categories: ["a", , "c"] }),
      xUndefined: attempt({ ...line, x: [1, undefined, 3] }),
      // eslint-disable-next-line no-sparse-arrays
      dateHole: attempt({ ...line, x: ["2021-10-04", , "2021-10-06"] }),
      // eslint-disable-next-line no-sparse-arrays
      notesHole: attempt({ ...bar, notes: [{ at: "a", text: "n" }, , ] }),
      seriesUndefined: attempt({ ...bar, series: [bar.series[0], undefined] }),
      bigLast: attempt({ title: "t", kind: "line", x: big.map((_, i) => i), series: [{ name: "s", values: big }] }),
      // A misspelt field read for every row: the whole series undefined.
      misspelt: attempt({ ...bar, series: [{ name: "s", values: [{ value: 1 }, { value: 2 }, { value: 3 }].map((row) => row.valeu) }] }),
      undefinedData: attempt(undefined),
    };
    out.pixelsKept = canvas.toDataURL() === before;
    out.dataKept = JSON.stringify(window.bare.data) === data;
    return out;
  });
  const expected = "expected a finite number or null, got undefined";
  expect(result.undefinedValue).toBe(`series[0].values[1]: ${expected}`);
  expect(result.hole, "a hole reads as undefined").toBe(`series[0].values[1]: ${expected}`);
  expect(result.sparse).toBe(`series[0].values[0]: ${expected}`);
  expect(result.afterNull, "null before it is fine; the first undefined is named").toBe(`series[0].values[1]: ${expected}`);
  expect(result.categoryHole).toBe("categories[1]: expected a string, got undefined");
  expect(result.xUndefined).toBe("x[1]: expected a finite number, got undefined");
  expect(result.dateHole).toMatch(/^x\[1\]: expected an ISO-8601 date .*, got undefined$/);
  expect(result.notesHole).toBe("notes[1]: expected an object, got undefined");
  expect(result.seriesUndefined).toBe("series[1]: expected an object, got undefined");
  expect(result.bigLast).toBe(`series[0].values[199999]: ${expected}`);
  expect(result.misspelt).toBe(`series[0].values[0]: ${expected}`);
  expect(result.undefinedData).toBe("dataset: expected an object, got undefined");
  expect(result.pixelsKept, "canvas unchanged after every rejected dataset").toBe(true);
  expect(result.dataKept, "chart.data unchanged after every rejected dataset").toBe(true);
  expect(problems).toEqual([]);
});

test("null stays unknown, an undefined property is absent, and chart.data round-trips", async ({ page }) => {
  const problems = await bareChart(page);
  const result = await page.evaluate(() => {
    const canvas = document.getElementById("bare");
    window.bare.setData({
      title: "t",
      subtitle: undefined,
      source: undefined,
      kind: "bar",
      categories: ["a", "b", "c"],
      unit: { prefix: undefined, suffix: "%" },
      series: [{ name: "s", values: [1, null, 3], color: undefined }],
      notes: undefined,
    });
    const data = window.bare.data;
    const pixels = canvas.toDataURL();
    window.bare.setData(window.bare.data);
    return {
      data: JSON.stringify(data),
      hasSubtitle: "subtitle" in data,
      same: canvas.toDataURL() === pixels && JSON.stringify(window.bare.data) === JSON.stringify(data),
    };
  });
  expect(result.hasSubtitle, "subtitle: undefined is no subtitle").toBe(false);
  expect(JSON.parse(result.data).series[0].values).toEqual([1, null, 3]);
  expect(JSON.parse(result.data).unit).toEqual({ suffix: "%" });
  expect(result.same, "setData(chart.data) changes nothing").toBe(true);
  expect(problems).toEqual([]);
});

test("new OutageChart(canvas, null) throws like setData(null) and draws nothing; only a left-out dataset is the built-in", async ({ page }) => {
  const problems = await bareChart(page);
  const result = await page.evaluate(() => {
    const { OutageChart } = window.demo;
    const canvas = document.createElement("canvas");
    canvas.style.cssText = "width:320px;height:200px;display:block";
    document.body.append(canvas);
    const blank = canvas.toDataURL();
    const construct = (...args) => {
      try {
        const chart = new OutageChart(canvas, ...args);
        const title = chart.data.title;
        chart.destroy();
        return { title };
      } catch (e) {
        return { error: e instanceof Error ? e.message : `non-Error ${typeof e}`, blank: canvas.toDataURL() === blank };
      }
    };
    let setDataNull;
    try {
      window.bare.setData(null);
    } catch (e) {
      setDataNull = e.message;
    }
    return {
      nullData: construct(null, { animate: false }),
      nullOnly: construct(null),
      setDataNull,
      leftOut: construct(),
      undefinedData: construct(undefined, { locale: "en", animate: false }),
    };
  });
  expect(result.nullData).toEqual({ error: "dataset: expected an object, got null", blank: true });
  expect(result.nullOnly).toEqual({ error: "dataset: expected an object, got null", blank: true });
  expect(result.setDataNull).toBe(result.nullData.error);
  expect(result.leftOut.title).toMatch(/Telegram/);
  expect(result.undefinedData.title).toMatch(/Telegram/);
  expect(problems).toEqual([]);
});

// The element: an invalid attribute fires chart-error and changes nothing, pixel for pixel, and
// is never read again (today's bug: locale="xx" redrew the built-in with the page's language).

async function openEmbed(page) {
  const problems = [];
  page.on("console", (msg) => msg.type() === "error" && problems.push(msg.text()));
  page.on("pageerror", (err) => problems.push(err.message));
  await page.goto("/embed.html");
  await page.waitForFunction(() => [...document.querySelectorAll("outage-chart")].every((e) => e.chart && e.data && e.data.title));
  await page.evaluate(() => {
    window.errors = [];
    document.addEventListener("chart-error", (e) => window.errors.push([e.target.id, e.detail.message]));
    // Land every transition at once: the comparisons are about the rejected input.
    for (const el of document.querySelectorAll("outage-chart")) el.chart.setOptions({ animate: false });
  });
  return problems;
}

const pixels = (page, id) =>
  page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector("canvas").toDataURL(), id);

/** The element's chart as the SVG export writes it: its titles and its numbers. */
const svg = (page, id) => page.evaluate((id) => document.getElementById(id).chart.toSvg(), id);

/** Sets (or removes, for null) an attribute, then lets a frame pass. */
const setAttr = (page, id, name, value) =>
  page.evaluate(([id, name, value]) => {
    const el = document.getElementById(id);
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
    return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }, [id, name, value]);

test('locale="xx" on a French element fires chart-error and keeps French titles and numbers, pixel for pixel', async ({ page }) => {
  const problems = await openEmbed(page);
  const before = await pixels(page, "loss-fr");
  const svgBefore = await svg(page, "loss-fr");
  expect(svgBefore).toContain("7\u00a0Md $");
  await setAttr(page, "loss-fr", "locale", "xx");
  expect(await page.evaluate(() => window.errors)).toEqual([["loss-fr", 'locale: expected "fr" or "en", got "xx"']]);
  expect(await pixels(page, "loss-fr"), "pixels unchanged").toBe(before);
  expect(await svg(page, "loss-fr")).toBe(svgBefore);

  // Later decisions read the accepted "fr", never "xx": a built-in switched to now is French.
  await setAttr(page, "loss-fr", "dataset", "user-gains");
  const data = await page.evaluate(() => document.getElementById("loss-fr").data.title);
  expect(data).toMatch(/^Telegram a gagné/);
  expect(await svg(page, "loss-fr")).toContain("70\u00a0M");
  // And a move (the chart is made again) keeps French too.
  await page.evaluate(() => document.body.append(document.getElementById("loss-fr")));
  await page.waitForFunction(() => document.getElementById("loss-fr").chart);
  expect(await page.evaluate(() => document.getElementById("loss-fr").data.title)).toMatch(/^Telegram a gagné/);
  expect(await svg(page, "loss-fr")).toContain("70\u00a0M");
  expect(problems).toEqual([]);
});

test('theme="purple", dataset="nope" and a src that fails to load or parse change nothing, pixel for pixel', async ({ page }) => {
  const problems = await openEmbed(page);
  await page.route("**/data/missing.json", (route) => route.fulfill({ status: 404, body: "" }));
  await page.route("**/data/garbled.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: "{ not json" }));
  await page.route("**/data/invalid.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ title: "t", kind: "bar", categories: ["a"], series: [{ name: "s", values: [null, 1] }] }) }));
  const before = await pixels(page, "loss-fr");
  const svgBefore = await svg(page, "loss-fr");

  await setAttr(page, "loss-fr", "theme", "purple");
  await setAttr(page, "loss-fr", "dataset", "nope");
  for (const src of ["data/missing.json", "data/garbled.json", "data/invalid.json"]) {
    await setAttr(page, "loss-fr", "src", src);
    await page.waitForFunction((n) => window.errors.length >= n, 3 + ["data/missing.json", "data/garbled.json", "data/invalid.json"].indexOf(src));
  }
  const errors = await page.evaluate(() => window.errors.map(([id, m]) => `${id}: ${m}`));
  expect(errors[0]).toBe('loss-fr: theme: expected "light", "dark" or "auto", got "purple"');
  expect(errors[1]).toBe('loss-fr: dataset: expected one of "user-gains", "market-cap-loss", got "nope"');
  expect(errors[2]).toBe('loss-fr: src: could not load "data/missing.json": HTTP 404');
  expect(errors[3]).toMatch(/^loss-fr: src: could not load "data\/garbled\.json": /);
  expect(errors[4]).toBe("loss-fr: series[0].values: expected 1 values (one per category), got 2");
  expect(errors).toHaveLength(5);
  expect(await pixels(page, "loss-fr"), "pixels unchanged").toBe(before);
  expect(await svg(page, "loss-fr")).toBe(svgBefore);

  // The rejected src left the built-in in place, so the element still follows its locale, in
  // the accepted light theme.
  await setAttr(page, "loss-fr", "locale", "en");
  expect(await page.evaluate(() => document.getElementById("loss-fr").data.title)).toMatch(/^Facebook lost/);
  expect(await svg(page, "loss-fr")).toContain("-$7B");
  await setAttr(page, "loss-fr", "locale", "fr");
  expect(await pixels(page, "loss-fr"), "back to French: the same pixels as before").toBe(before);
  expect(problems.filter((p) => !/404|Failed to load resource/.test(p))).toEqual([]);
});
