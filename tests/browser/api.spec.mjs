// The JavaScript API (README "API") exercised in Chromium through the
// demo page's window.demo = { chart, OutageChart, builtinDatasets }.
import { test, expect } from "@playwright/test";

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

test("setData rejects invalid data with the field path and keeps the chart pixel for pixel", async ({ page }) => {
  const problems = await openDemo(page);
  const result = await page.evaluate(() => {
    const { chart } = window.demo;
    const canvas = document.getElementById("chart");
    const pixels = canvas.toDataURL();
    const data = JSON.stringify(chart.data);
    const valid = { title: "Two bars", kind: "bar", categories: ["a", "b"], series: [{ name: "A", values: [1, 2] }] };
    const attempt = (input) => {
      try {
        chart.setData(input);
        return { threw: false };
      } catch (err) {
        return { threw: true, isError: err instanceof Error, message: String(err && err.message) };
      }
    };
    const out = {
      badValue: attempt({ ...valid, series: [{ name: "A", values: [1, "abc"] }] }),
      number: attempt(42),
      unknownField: attempt({ ...valid, colour: "red" }),
      nullData: attempt(null),
    };
    out.pixelsKept = canvas.toDataURL() === pixels;
    out.dataKept = JSON.stringify(chart.data) === data;
    return out;
  });

  expect(result.badValue.threw, "values: [1, \"abc\"] is rejected").toBe(true);
  expect(result.badValue.isError).toBe(true);
  expect(result.badValue.message).toMatch(/^series\[0\]\.values\[1\]: /);
  expect(result.number.threw, "42 is rejected").toBe(true);
  expect(result.number.isError).toBe(true);
  expect(result.number.message).toMatch(/^dataset: /);
  expect(result.unknownField.threw, "an unknown top-level field is rejected").toBe(true);
  expect(result.unknownField.isError).toBe(true);
  expect(result.unknownField.message).toMatch(/^colour: /);
  expect(result.nullData.threw, "null is rejected").toBe(true);
  expect(result.nullData.message).toMatch(/^dataset: /);
  expect(result.pixelsKept, "canvas unchanged after the rejected calls").toBe(true);
  expect(result.dataKept, "chart.data unchanged after the rejected calls").toBe(true);
  expect(problems).toEqual([]);
});

test("numbers are read in bulk: null stays unknown, undefined is refused, typed arrays work, odd values are refused by path", async ({ page }) => {
  const problems = await openDemo(page);
  const result = await page.evaluate(() => {
    const { chart } = window.demo;
    const line = (values, x = [1, 2, 3, 4]) => ({ title: "Bulk", kind: "line", x, series: [{ name: "s", values }] });
    const attempt = (input) => {
      try {
        chart.setData(input);
        return "ok";
      } catch (err) {
        return String(err.message);
      }
    };
    const out = {};
    out.nulls = attempt(line([1, null, null, 4]));
    out.nullsRead = JSON.stringify(chart.data.series[0].values);
    out.undefined = attempt(line([1, null, undefined, 4]));
    out.typed = attempt(line(new Float64Array([5, 6, 7, 8]), new Float64Array([10, 20, 30, 40])));
    out.typedRead = JSON.stringify([chart.data.x, chart.data.series[0].values]);
    out.nan = attempt(line([1, NaN, 3, 4]));
    out.text = attempt(line([1, 2, "3", 4]));
    out.fn = attempt(line([1, 2, () => 3, 4]));
    out.symbol = attempt({ ...line([1, 2, 3, 4]), subtitle: Symbol("s") });
    return out;
  });
  expect(result.nulls).toBe("ok");
  expect(result.nullsRead, "null is unknown, never 0").toBe("[1,null,null,4]");
  expect(result.undefined, "undefined is an error, never null").toBe("series[0].values[2]: expected a finite number or null, got undefined");
  expect(result.typed).toBe("ok");
  expect(result.typedRead).toBe("[[10,20,30,40],[5,6,7,8]]");
  expect(result.nan).toMatch(/^series\[0\]\.values\[1\]: expected a finite number or null, got NaN/);
  expect(result.text).toMatch(/^series\[0\]\.values\[2\]: expected a finite number or null, got "3"/);
  expect(result.fn).toMatch(/^series\[0\]\.values\[2\]: could not be read: .*function/);
  expect(result.symbol).toMatch(/^subtitle: could not be read: .*symbol/);
  expect(problems).toEqual([]);
});

test("setData(chart.data) changes nothing; setOptions rejects an unknown locale", async ({ page }) => {
  const problems = await openDemo(page);
  const result = await page.evaluate(() => {
    const { chart } = window.demo;
    const canvas = document.getElementById("chart");
    const pixels = canvas.toDataURL();
    const data = JSON.stringify(chart.data);
    chart.setData(chart.data);
    const same = canvas.toDataURL() === pixels && JSON.stringify(chart.data) === data;
    let locale = null;
    try {
      chart.setOptions({ locale: "de" });
    } catch (err) {
      locale = { isError: err instanceof Error, message: err.message };
    }
    return { same, locale, pixelsKept: canvas.toDataURL() === pixels };
  });
  expect(result.same).toBe(true);
  expect(result.locale, "setOptions({ locale: \"de\" }) throws").not.toBeNull();
  expect(result.locale.isError).toBe(true);
  expect(result.locale.message).toMatch(/^locale: /);
  expect(result.pixelsKept).toBe(true);
  expect(problems).toEqual([]);
});

test("the constructor refuses a non-canvas; a destroyed chart refuses every call", async ({ page }) => {
  const problems = await openDemo(page);
  const result = await page.evaluate(() => {
    const { OutageChart } = window.demo;
    const construct = (arg) => {
      try {
        new OutageChart(arg);
        return { threw: false };
      } catch (err) {
        return { threw: true, isError: err instanceof Error, message: String(err && err.message) };
      }
    };
    const out = {
      div: construct(document.createElement("div")),
      nothing: construct(undefined),
      plainObject: construct({ width: 300, height: 150 }),
    };

    const canvas = document.createElement("canvas");
    canvas.style.width = "400px";
    canvas.style.height = "300px";
    document.body.append(canvas);
    const chart = new OutageChart(canvas);
    out.drewSomething = chart.data && typeof chart.data.title === "string";
    chart.destroy();
    const calls = {
      data: () => chart.data,
      setData: () => chart.setData({ title: "x", kind: "bar", categories: ["a"], series: [{ name: "A", values: [1] }] }),
      setOptions: () => chart.setOptions({ locale: "en" }),
      resize: () => chart.resize(),
      hitTest: () => chart.hitTest(10, 10),
      toSvg: () => chart.toSvg(),
    };
    out.afterDestroy = {};
    for (const [name, call] of Object.entries(calls)) {
      try {
        call();
        out.afterDestroy[name] = "no error";
      } catch (err) {
        out.afterDestroy[name] = err instanceof Error ? "Error" : `non-Error ${typeof err}`;
      }
    }
    try {
      chart.destroy();
      out.secondDestroy = "ok";
    } catch (err) {
      out.secondDestroy = `threw: ${err && err.message}`;
    }
    canvas.remove();
    return out;
  });

  for (const name of ["div", "nothing", "plainObject"]) {
    expect(result[name].threw, `new OutageChart(${name}) throws`).toBe(true);
    expect(result[name].isError, `new OutageChart(${name}) throws an Error`).toBe(true);
  }
  expect(result.drewSomething).toBe(true);
  expect(result.afterDestroy).toEqual({
    data: "Error",
    setData: "Error",
    setOptions: "Error",
    resize: "Error",
    hitTest: "Error",
    toSvg: "Error",
  });
  expect(result.secondDestroy).toBe("ok");
  expect(problems).toEqual([]);
});

/** The canvas's backing-store size next to its CSS size and devicePixelRatio. */
const geometry = (page) =>
  page.evaluate(() => {
    const canvas = document.getElementById("chart");
    return {
      width: canvas.width,
      height: canvas.height,
      clientWidth: canvas.clientWidth,
      clientHeight: canvas.clientHeight,
      cssWidth: canvas.getBoundingClientRect().width,
      dpr: window.devicePixelRatio,
    };
  });

/** Resolves once the backing store matches CSS size × devicePixelRatio (±1). */
function backingStoreFollows(page, notWidth = -1) {
  return page.waitForFunction(
    (notWidth) => {
      const c = document.getElementById("chart");
      const r = window.devicePixelRatio;
      return c.width !== notWidth &&
        Math.abs(c.width - Math.round(c.clientWidth * r)) <= 1 &&
        Math.abs(c.height - Math.round(c.clientHeight * r)) <= 1;
    },
    notWidth,
    { timeout: 5_000 },
  );
}

test("a chart the page does not keep stays interactive until its canvas leaves the page, then stops", async ({ page }) => {
  const problems = await openDemo(page);
  await page.evaluate(() => {
    document.body.replaceChildren();
    const canvas = document.createElement("canvas");
    canvas.id = "unkept";
    canvas.style.cssText = "width:640px;height:380px;display:block";
    document.body.append(canvas);
    window.hovers = 0;
    canvas.addEventListener("chart-hover", (e) => e.detail && window.hovers++);
    new window.demo.OutageChart(canvas, undefined, { animate: false }); // no reference kept
  });
  // Collected as a page with large data soon would: the chart must go on all the same.
  const collect = async () => {
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => window.gc());
      await page.waitForTimeout(100);
    }
  };
  await collect();
  const canvas = page.locator("#unkept");
  const box = await canvas.boundingBox();
  for (let x = 60; x < 600; x += 30) await page.mouse.move(box.x + x, box.y + 120);
  await expect.poll(() => page.evaluate(() => window.hovers)).toBeGreaterThan(0);
  // Its readers' table is built in idle time, after the collections.
  await expect.poll(() => canvas.evaluate((c) => c.querySelectorAll("tr").length)).toBeGreaterThan(1);
  expect(await canvas.getAttribute("role")).toBe("figure");

  // Out of the page and out of reach, it stops: its attributes, table and layers go.
  const detached = await canvas.elementHandle();
  await page.evaluate(() => document.getElementById("unkept").remove());
  await page.waitForTimeout(200);
  await collect();
  await expect.poll(() => detached.evaluate((c) => [c.getAttribute("role"), c.childElementCount])).toEqual([null, 0]);
  expect(await page.evaluate(() => document.body.querySelectorAll("canvas").length)).toBe(0);
  expect(problems).toEqual([]);
});

test("at devicePixelRatio 1 the backing store equals the CSS size and follows a resize", async ({ page }) => {
  const problems = await openDemo(page);
  const g = await geometry(page);
  expect(g.dpr).toBe(1);
  // The demo's canvas has no CSS height: the chart sets it from its content (height: "auto").
  expect(g.clientHeight).toBeGreaterThan(200);
  expect(Math.abs(g.width - g.clientWidth)).toBeLessThanOrEqual(1);
  expect(Math.abs(g.height - g.clientHeight)).toBeLessThanOrEqual(1);

  const before = await page.evaluate(() => document.getElementById("chart").toDataURL());
  await page.setViewportSize({ width: 560, height: 800 });
  await backingStoreFollows(page, g.width);
  const narrow = await geometry(page);
  expect(narrow.clientWidth).toBeLessThan(g.clientWidth);
  expect(Math.abs(narrow.width - narrow.clientWidth)).toBeLessThanOrEqual(1);
  expect(Math.abs(narrow.height - narrow.clientHeight)).toBeLessThanOrEqual(1);
  expect(await page.evaluate(() => document.getElementById("chart").toDataURL())).not.toBe(before);
  expect(problems).toEqual([]);
});

test.describe("at devicePixelRatio 2", () => {
  test.use({ deviceScaleFactor: 2 });

  test("the backing store is twice the CSS size and follows a resize", async ({ page }) => {
    const problems = await openDemo(page);
    const g = await geometry(page);
    expect(g.dpr).toBe(2);
    expect(Math.abs(g.width - Math.round(g.clientWidth * 2))).toBeLessThanOrEqual(1);
    expect(Math.abs(g.height - Math.round(g.clientHeight * 2))).toBeLessThanOrEqual(1);

    await page.setViewportSize({ width: 600, height: 800 });
    await backingStoreFollows(page, g.width);
    const narrow = await geometry(page);
    expect(narrow.clientWidth).toBeLessThan(g.clientWidth);
    expect(Math.abs(narrow.width - Math.round(narrow.clientWidth * 2))).toBeLessThanOrEqual(1);

    expect(problems).toEqual([]);
  });
});
