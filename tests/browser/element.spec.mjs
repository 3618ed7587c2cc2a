// The <outage-chart> element on www/embed.html, under its Content-Security-Policy.
import { test, expect } from "@playwright/test";

async function openEmbed(page) {
  const problems = [];
  page.on("console", (msg) => msg.type() === "error" && problems.push(msg.text()));
  page.on("pageerror", (err) => problems.push(err.message));
  await page.goto("/embed.html");
  await page.evaluate(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.violations.push(e.violatedDirective));
  });
  await page.waitForFunction(() => [...document.querySelectorAll("outage-chart")].every((e) => e.chart && e.data && e.data.title));
  return problems;
}

/** Share of a shadow canvas's pixels that differ from its top-left pixel. */
const ink = (page, id) =>
  page.evaluate((id) => {
    const canvas = document.getElementById(id).shadowRoot.querySelector("canvas");
    const px = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    let differing = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i] !== px[0] || px[i + 1] !== px[1] || px[i + 2] !== px[2]) differing++;
    return differing / (px.length / 4);
  }, id);

const svgHas = (page, id, text) =>
  page.evaluate(([id, text]) => document.getElementById(id).chart.toSvg().split("\n").some((l) => l.trim() === text), [id, text]);

test("four elements draw under script-src 'self' 'wasm-unsafe-eval', one of them from src", async ({ page }) => {
  const problems = await openEmbed(page);
  for (const id of ["gains-en", "loss-fr", "loss-dark", "from-src"]) {
    expect(await ink(page, id), id).toBeGreaterThan(0.02);
  }
  expect(await page.evaluate(() => document.getElementById("from-src").data.kind)).toBe("line");
  expect(await svgHas(page, "loss-fr", "-7\u00a0Md $")).toBe(true);
  expect(await svgHas(page, "loss-dark", "-$7B")).toBe(true);
  const dark = await page.evaluate(() => {
    const px = document.getElementById("loss-dark").shadowRoot.querySelector("canvas").getContext("2d").getImageData(1, 1, 1, 1).data;
    return px[0] + px[1] + px[2];
  });
  expect(dark, "the dark theme has a dark background").toBeLessThan(150);
  expect(await page.evaluate(() => window.violations)).toEqual([]);
  expect(problems).toEqual([]);
});

test("a src element draws nothing but its own file: no built-in chart while the file loads", async ({ page }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/data/signups.json", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/embed.html");
  await page.waitForFunction(() => document.getElementById("gains-en").chart);
  const loading = await page.evaluate(() => {
    const el = document.getElementById("from-src");
    const canvas = el.shadowRoot.querySelector("canvas");
    const px = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    return { chart: el.chart, data: el.data, blank: px.every((v) => v === 0) };
  });
  expect(loading).toEqual({ chart: null, data: undefined, blank: true });
  release();
  await page.waitForFunction(() => document.getElementById("from-src").chart);
  expect(await page.evaluate(() => document.getElementById("from-src").data.kind)).toBe("line");
});

test("a moved element keeps the dataset it was given", async ({ page }) => {
  await openEmbed(page);
  const title = await page.evaluate(() => {
    const el = document.getElementById("gains-en");
    el.data = { title: "Given", kind: "bar", categories: ["a"], series: [{ name: "s", values: [1] }] };
    document.body.append(el);
    return el.data.title;
  });
  expect(title).toBe("Given");
  await page.waitForFunction(() => document.getElementById("gains-en").chart);
  expect(await page.evaluate(() => document.getElementById("gains-en").chart.data.title)).toBe("Given");
});

test("attributes update the chart; rejected data or attributes raise chart-error and keep the chart", async ({ page }) => {
  await openEmbed(page);
  await page.evaluate(() => {
    window.errors = [];
    document.addEventListener("chart-error", (e) => window.errors.push(e.detail.message));
  });
  await page.evaluate(() => document.getElementById("gains-en").setAttribute("locale", "fr"));
  expect(await svgHas(page, "gains-en", "70\u00a0M")).toBe(true);
  expect(await page.evaluate(() => document.getElementById("gains-en").data.title)).toMatch(/^Telegram a gagné/);

  // Land the language change's transition first: the comparison is about the rejected input.
  await page.evaluate(() => document.getElementById("gains-en").chart.setOptions({ animate: false }));
  const before = await page.evaluate(() => document.getElementById("gains-en").shadowRoot.querySelector("canvas").toDataURL());
  await page.evaluate(() => {
    const el = document.getElementById("gains-en");
    el.data = { title: "Bad", kind: "bar", categories: ["a"], series: [{ name: "s", values: ["x"] }] };
    el.setAttribute("dataset", "no-such-data");
    el.setAttribute("theme", "blue");
  });
  expect(await page.evaluate(() => window.errors)).toEqual([
    'series[0].values[0]: expected a finite number or null, got "x"',
    'dataset: expected one of "user-gains", "market-cap-loss", got "no-such-data"',
    'theme: expected "light", "dark" or "auto", got "blue"',
  ]);
  const after = await page.evaluate(() => document.getElementById("gains-en").shadowRoot.querySelector("canvas").toDataURL());
  expect(after).toBe(before);
});

test("events leave the shadow root: Enter on a focused datum reaches the document", async ({ page }) => {
  await openEmbed(page);
  await page.evaluate(() => {
    window.selected = [];
    document.addEventListener("chart-select", (e) => window.selected.push([e.target.id, e.detail.label]));
  });
  await page.evaluate(() => document.getElementById("gains-en").shadowRoot.querySelector("canvas").focus());
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  expect(await page.evaluate(() => window.selected)).toEqual([["gains-en", "Telegram"]]);
});

test("twenty elements share one module and leave nothing behind when removed", async ({ page }) => {
  await openEmbed(page);
  const bodyCount = () => page.evaluate(() => document.body.querySelectorAll("*").length);
  const baseline = await bodyCount();
  await page.evaluate(() => {
    const box = document.createElement("div");
    box.id = "many";
    for (let i = 0; i < 20; i++) {
      const el = document.createElement("outage-chart");
      el.setAttribute("dataset", i % 2 ? "user-gains" : "market-cap-loss");
      el.setAttribute("locale", i % 3 ? "en" : "fr");
      el.style.height = "200px";
      box.append(el);
    }
    document.body.append(box);
  });
  await page.waitForFunction(() => [...document.querySelectorAll("#many outage-chart")].every((e) => e.chart));
  const wasmInstances = await page.evaluate(() => performance.getEntriesByType("resource").filter((r) => r.name.endsWith(".wasm")).length);
  expect(wasmInstances, "the module is fetched once").toBe(1);
  await page.evaluate(() => document.getElementById("many").remove());
  expect(await bodyCount(), "no layer, tooltip or live region left behind").toBe(baseline);
});

test("removed attributes fall back to the defaults; a built-in without a dataset attribute follows the language", async ({ page }) => {
  await openEmbed(page);
  await page.evaluate(() => {
    window.errors = [];
    document.addEventListener("chart-error", (e) => window.errors.push(e.detail.message));
  });
  // loss-fr: French until its locale attribute goes, then the page's language (en-US here).
  await page.evaluate(() => document.getElementById("loss-fr").removeAttribute("locale"));
  expect(await svgHas(page, "loss-fr", "-$7B")).toBe(true);
  expect(await page.evaluate(() => document.getElementById("loss-fr").data.title)).toMatch(/^Facebook lost/);
  // loss-dark: dark until its theme attribute goes, then "auto" (the reader's light scheme here).
  await page.evaluate(() => document.getElementById("loss-dark").removeAttribute("theme"));
  const corner = await page.evaluate(() => {
    const px = document.getElementById("loss-dark").shadowRoot.querySelector("canvas").getContext("2d").getImageData(1, 1, 1, 1).data;
    return px[0] + px[1] + px[2];
  });
  expect(corner, "light background").toBeGreaterThan(600);
  // from-src: its file stays whatever its dataset attribute says...
  await page.evaluate(() => document.getElementById("from-src").setAttribute("dataset", "market-cap-loss"));
  expect(await page.evaluate(() => document.getElementById("from-src").data.kind)).toBe("line");
  await page.evaluate(() => document.getElementById("from-src").removeAttribute("dataset"));
  // ...and without its src it shows the built-in chart, and loads nothing.
  await page.evaluate(() => document.getElementById("from-src").removeAttribute("src"));
  expect(await page.evaluate(() => document.getElementById("from-src").data.title)).toMatch(/^Telegram gained/);
  // An element with no dataset attribute shows "user-gains" and switches its language too.
  await page.evaluate(() => {
    const el = document.createElement("outage-chart");
    el.id = "plain";
    el.setAttribute("locale", "en");
    document.querySelector(".grid").append(el);
  });
  await page.waitForFunction(() => document.getElementById("plain").chart);
  await page.evaluate(() => document.getElementById("plain").setAttribute("locale", "fr"));
  expect(await page.evaluate(() => document.getElementById("plain").data.title)).toMatch(/^Telegram a gagné/);
  expect(await svgHas(page, "plain", "70\u00a0M")).toBe(true);
  // A dataset the page gave is never replaced by a language change.
  await page.evaluate(() => {
    const el = document.getElementById("plain");
    el.data = { title: "Mine", kind: "bar", categories: ["a"], series: [{ name: "s", values: [1] }] };
    el.setAttribute("locale", "en");
  });
  expect(await page.evaluate(() => document.getElementById("plain").data.title)).toBe("Mine");
  expect(await page.evaluate(() => window.errors)).toEqual([]);
});

test("data set by a page script before the element is defined is shown", async ({ page }) => {
  await page.route("**/early.html", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html><head><script type="module" src="/outage-chart.js"></script></head><body>
        <outage-chart id="early"></outage-chart>
        <script>document.getElementById("early").data =
          { title: "Given early", kind: "bar", categories: ["a", "b"], series: [{ name: "s", values: [1, 2] }] };</script>
        </body></html>`,
    }),
  );
  await page.goto("/early.html");
  await page.waitForFunction(() => document.getElementById("early").chart);
  expect(await page.evaluate(() => document.getElementById("early").data.title)).toBe("Given early");
  expect(await page.evaluate(() => Object.getOwnPropertyNames(document.getElementById("early")))).toEqual([]);
});
