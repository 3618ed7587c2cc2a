// Interaction on a bare page: real mouse, keyboard and legend clicks, and a clean destroy.
import { test, expect } from "@playwright/test";

const GROUPED = {
  title: "Grouped",
  kind: "bar",
  categories: ["Q1", "Q2"],
  series: [
    { name: "Alpha", values: [5, -3] },
    { name: "Beta", values: [8, null] },
  ],
};

/** A page with one 600×360 canvas and a chart of `data`, plus a log of the chart's events. */
async function openChart(page, data) {
  await page.goto("/");
  await page.waitForSelector('body[data-ready="1"]');
  await page.evaluate((data) => {
    document.body.replaceChildren();
    const canvas = document.createElement("canvas");
    canvas.id = "bare";
    canvas.style.cssText = "width:600px;height:360px;display:block;margin:20px";
    document.body.append(canvas);
    window.events = [];
    for (const name of ["chart-hover", "chart-select"]) {
      document.body.addEventListener(name, (e) => window.events.push([name, e.detail && e.detail.label, e.detail && e.detail.text]));
    }
    window.bare = new window.demo.OutageChart(canvas, data, { locale: "en", theme: "light", animate: false });
  }, data);
  return page.locator("#bare");
}

/** What the tooltip canvas shows: how many opaque pixels, how many colours among them, the
 * commonest (the box), and where the canvas is. */
const tooltipPixels = (tooltip) =>
  tooltip.evaluate((c) => {
    const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    const counts = new Map();
    for (let i = 0; i < d.length; i += 4) {
      if (d[i + 3] !== 255) continue;
      const key = `${d[i]},${d[i + 1]},${d[i + 2]}`;
      counts.set(key, (counts.get(key) || 0) + 1);
    }
    const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    return {
      opaque: sorted.reduce((n, [, k]) => n + k, 0),
      colours: sorted.length,
      commonest: sorted[0]?.[0],
      left: c.getBoundingClientRect().left,
    };
  });

const pixels = (page) => page.evaluate(() => document.getElementById("bare").toDataURL());

test("the real mouse hovers and clicks a datum: events bubble with the hitTest result", async ({ page }) => {
  const canvas = await openChart(page, GROUPED);
  const spot = await page.evaluate(() => {
    for (let y = 0; y < 360; y += 2) for (let x = 0; x < 600; x += 2) {
      const hit = window.bare.hitTest(x, y);
      if (hit && hit.label === "Q1" && hit.series === "Beta") return { x, y };
    }
    return null;
  });
  expect(spot).not.toBeNull();
  const before = await pixels(page);
  const bodyCount = () => page.evaluate(() => document.body.children.length);
  const unhovered = await bodyCount();
  expect(unhovered, "the layer and tooltip wait for the first hover, the live region for focus").toBe(1); // the canvas
  await canvas.hover({ position: spot });
  await expect.poll(() => page.evaluate(() => window.events.length)).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.events[0])).toEqual(["chart-hover", "Q1", "8"]);
  expect(await pixels(page), "hover paints a layer above, not the chart").toBe(before);
  // The tooltip is drawn on a canvas of its own (no page text to lay out per move): a box with
  // text in it, beside the pointer.
  const tooltip = page.locator("body > canvas[aria-hidden]").last();
  await expect(tooltip).toBeVisible();
  expect(await bodyCount(), "the first hover added the layer and tooltip").toBe(unhovered + 2);
  const drawn = await tooltipPixels(tooltip);
  expect(drawn.opaque, "a box of two lines").toBeGreaterThan(40 * 30);
  expect(drawn.colours, "text on the box, anti-aliased").toBeGreaterThan(4);
  expect(drawn.commonest, "the light theme's dark box").toBe("27,31,36");
  const box = await canvas.boundingBox();
  expect(drawn.left, "14 px right of the pointer").toBeCloseTo(box.x + spot.x + 14, 0);
  // Moving over the same datum moves the tooltip along and reports nothing new.
  await canvas.hover({ position: { x: spot.x + 4, y: spot.y + 2 } });
  await expect.poll(async () => (await tooltipPixels(tooltip)).left).toBeCloseTo(box.x + spot.x + 18, 0);
  expect(await page.evaluate(() => window.events.length), "no second chart-hover").toBe(1);
  expect((await tooltipPixels(tooltip)).opaque, "the same box").toBe(drawn.opaque);
  await canvas.click({ position: spot });
  await expect.poll(() => page.evaluate(() => window.events.at(-1))).toEqual(["chart-select", "Q1", "8"]);
  await page.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();
});

test("with forced colours (high contrast) the tooltip is drawn in the reader's system colours", async ({ page }) => {
  await page.emulateMedia({ forcedColors: "active" });
  const canvas = await openChart(page, GROUPED);
  const spot = await page.evaluate(() => {
    for (let y = 0; y < 360; y += 2) for (let x = 0; x < 600; x += 2) if (window.bare.hitTest(x, y)) return { x, y };
    return null;
  });
  await canvas.hover({ position: spot });
  const tooltip = page.locator("body > canvas[aria-hidden]").last();
  await expect(tooltip).toBeVisible();
  const system = await page.evaluate(() => {
    const probe = document.createElement("div");
    probe.style.cssText = "background: Canvas; forced-color-adjust: none";
    document.body.append(probe);
    const [r, g, b] = getComputedStyle(probe).backgroundColor.match(/\d+/g);
    probe.remove();
    return `${r},${g},${b}`;
  });
  expect((await tooltipPixels(tooltip)).commonest).toBe(system);
  // Switched off while the page is open: the next time the tooltip appears, the theme's colours.
  await page.emulateMedia({ forcedColors: "none" });
  await page.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();
  await canvas.hover({ position: spot });
  await expect(tooltip).toBeVisible();
  expect((await tooltipPixels(tooltip)).commonest, "the light theme's dark box").toBe("27,31,36");
});

test("a legend click hides a series and rescales; a second click brings it back", async ({ page }) => {
  const canvas = await openChart(page, GROUPED);
  const canHitBeta = () =>
    page.evaluate(() => {
      for (let y = 0; y < 360; y += 2) for (let x = 0; x < 600; x += 2) {
        const hit = window.bare.hitTest(x, y);
        if (hit && hit.series === "Beta") return true;
      }
      return false;
    });
  // The legend row sits under the one-line title (16 px padding, 20 px bold title, 8 px gap):
  // Alpha's swatch and name first, then 18 px, then Beta's 12 px swatch.
  const beta = await page.evaluate(() => {
    const ctx = document.createElement("canvas").getContext("2d");
    ctx.font = "normal 13px sans-serif";
    return { x: 16 + 12 + 6 + ctx.measureText("Alpha").width + 18 + 6, y: 16 + 26 + 8 + 10 };
  });
  const before = await pixels(page);
  expect(await canHitBeta()).toBe(true);
  await canvas.click({ position: beta });
  expect(await canHitBeta(), "Beta is hidden").toBe(false);
  const hiddenPixels = await pixels(page);
  expect(hiddenPixels).not.toBe(before);
  await page.evaluate(() => window.bare.resize());
  expect(await canHitBeta(), "the choice survives a resize").toBe(false);
  await canvas.click({ position: beta });
  expect(await canHitBeta()).toBe(true);
  expect(await pixels(page)).toBe(before);
});

test("the keyboard walks the data, announces it politely, and Enter selects", async ({ page }) => {
  const canvas = await openChart(page, GROUPED);
  const live = page.locator("[aria-live=polite]");
  await expect(live, "no live region until the chart takes focus").toHaveCount(0);
  await canvas.focus();
  expect(await canvas.getAttribute("tabindex")).toBe("0");
  await expect(live, "on the page before the first key").toHaveCount(1);
  await expect(live).toHaveText("");
  await page.keyboard.press("ArrowRight");
  await expect(live).toHaveText("Q1, Alpha: 5 (1 / 2)");
  await page.keyboard.press("ArrowRight");
  await expect(live).toHaveText("Q2, Alpha: -3 (2 / 2)");
  await page.keyboard.press("ArrowDown");
  await expect(live).toHaveText("Q2, Beta: not disclosed (2 / 2)");
  await page.keyboard.press("Home");
  await expect(live).toHaveText("Q1, Beta: 8 (1 / 2)");
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => window.events.at(-1))).toEqual(["chart-select", "Q1", "8"]);
  await page.keyboard.press("Escape");
  await expect(live).toHaveText("");
});

test("readers get a role, a summary and the data table; destroy takes everything away", async ({ page }) => {
  const canvas = await openChart(page, GROUPED);
  expect(await canvas.getAttribute("role")).toBe("figure");
  expect(await canvas.getAttribute("aria-label")).toBe(
    "Bar chart: Grouped. 2 series, 2 point(s), values from -3 to 8; 1 value(s) not disclosed.",
  );
  // The table is built when the page is idle, so it never delays a paint.
  const cells = () => page.evaluate(() => [...document.querySelectorAll("#bare td, #bare th")].map((c) => c.textContent));
  await expect.poll(cells).toEqual(["", "Alpha", "Beta", "Q1", "5", "8", "Q2", "-3", "not disclosed"]);
  await page.evaluate(() => {
    const data = window.bare.data;
    data.title = "</table><img src=x onerror=alert(1)>";
    data.categories = ["Q1", "<img src=x onerror=alert(2)>"];
    window.bare.setData(data);
  });
  await expect.poll(cells, "the table follows the data").toContain("<img src=x onerror=alert(2)>");
  expect(await page.evaluate(() => document.querySelectorAll("#bare img").length), "text stays text").toBe(0);
  // The notes and the source the chart draws under its plot follow the table.
  await page.evaluate(() => {
    const data = window.bare.data;
    data.notes = [{ at: "Q1", text: "Beta did not say <b>why</b>" }];
    data.source = "Company reports";
    window.bare.setData(data);
  });
  const paragraphs = () => page.evaluate(() => [...document.querySelectorAll("#bare p")].map((p) => p.textContent));
  await expect.poll(paragraphs).toEqual(["(1) Beta did not say <b>why</b>", "Source: Company reports"]);

  const added = () => page.evaluate(() => document.body.querySelectorAll("*").length);
  const withChart = await added();
  await page.evaluate(() => window.bare.destroy());
  expect(await added()).toBeLessThan(withChart);
  const left = await page.evaluate(() => {
    const canvas = document.getElementById("bare");
    return {
      bodyChildren: [...document.body.children].map((e) => e.id || e.tagName),
      canvasChildren: canvas.children.length,
      attributes: ["role", "aria-label", "tabindex"].filter((a) => canvas.hasAttribute(a)),
    };
  });
  expect(left).toEqual({ bodyChildren: ["bare"], canvasChildren: 0, attributes: [] });
});

test("axe-core finds no serious or critical accessibility violation on the demo page", async ({ page }) => {
  await page.goto("/");
  await page.waitForSelector('body[data-ready="1"]');
  const axePath = new URL("../../node_modules/axe-core/axe.min.js", import.meta.url).pathname;
  await page.addScriptTag({ path: axePath });
  for (const locale of ["en", "fr"]) {
    await page.locator(`#locales button[data-locale="${locale}"]`).click();
    const results = await page.evaluate(() => window.axe.run(document));
    const bad = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(bad, `axe violations in ${locale}`).toEqual([]);
  }
});

test("a line chart zooms with the wheel, pans with a drag and returns on double-click", async ({ page }) => {
  const x = Array.from({ length: 200 }, (_, i) => i);
  const values = x.map((i) => Math.round(Math.sin(i / 9) * 100));
  const canvas = await openChart(page, { title: "Zoom", kind: "line", x, series: [{ name: "s", values }] });
  const indices = () =>
    page.evaluate(() => {
      const seen = new Set();
      for (let x = 0; x < 600; x += 1) for (let y = 0; y < 360; y += 8) {
        const hit = window.bare.hitTest(x, y);
        if (hit) seen.add(hit.index);
      }
      return [...seen].sort((a, b) => a - b);
    });
  const all = await indices();
  const before = await pixels(page);
  await canvas.hover({ position: { x: 300, y: 200 } });
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
  await expect.poll(async () => (await indices()).length).toBeLessThan(all.length / 2);
  const zoomed = await indices();
  expect(zoomed[0]).toBeGreaterThan(0);
  expect(zoomed.at(-1)).toBeLessThan(199);
  const box = await canvas.boundingBox();
  await page.mouse.move(box.x + 300, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + 450, box.y + 200, { steps: 5 });
  await page.mouse.up();
  const panned = await indices();
  expect(panned[0], "dragging right shows earlier x").toBeLessThan(zoomed[0]);
  await canvas.dblclick({ position: { x: 300, y: 200 } });
  await page.mouse.move(0, 0);
  await expect.poll(() => pixels(page)).toBe(before);
});

test("a swap glides to the new values unless animate is off or the reader prefers reduced motion", async ({ page }) => {
  await openChart(page, GROUPED);
  const swap = () =>
    page.evaluate(() => {
      window.bare.setOptions({ animate: true });
      const data = window.bare.data;
      data.series[0].values = [1, -8];
      window.bare.setData(data);
      return document.getElementById("bare").toDataURL();
    });
  const finished = () => page.evaluate(() => (window.bare.resize(), document.getElementById("bare").toDataURL()));
  // The end state, drawn at once (animate is still off), then the data put back.
  const target = await page.evaluate(() => {
    const data = window.bare.data, old = structuredClone(data);
    data.series[0].values = [1, -8];
    window.bare.setData(data);
    const url = document.getElementById("bare").toDataURL();
    window.bare.setData(old);
    return url;
  });
  const first = await swap();
  expect(first, "the first frame is on the way, not the end").not.toBe(target);
  // Polled, not slept: on a slow machine the transition's last frame may come late.
  await expect.poll(() => pixels(page), { message: "the transition lands on the finished chart" }).toBe(target);
  expect(await finished()).toBe(target);

  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.evaluate(() => {
    const data = window.bare.data;
    data.series[0].values = [7, 2];
    window.bare.setData(data);
  });
  const immediate = await pixels(page);
  expect(immediate, "reduced motion: the finished chart at once").toBe(await finished());
});

test("the auto theme follows the reader's colour scheme live", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await page.waitForSelector('body[data-ready="1"]');
  const corner = () =>
    page.evaluate(() => {
      const px = document.getElementById("chart").getContext("2d").getImageData(1, 1, 1, 1).data;
      return px[0] + px[1] + px[2];
    });
  expect(await corner(), "light background").toBeGreaterThan(600);
  await page.emulateMedia({ colorScheme: "dark" });
  await expect.poll(corner, { message: "dark background after the switch" }).toBeLessThan(150);
  await page.evaluate(() => window.demo.chart.setOptions({ theme: "light" }));
  expect(await corner(), "an explicit theme stays").toBeGreaterThan(600);
});

test("every kind draws in both themes and both languages", async ({ page }) => {
  await openChart(page, GROUPED);
  const kinds = {
    bar: GROUPED,
    hbar: { ...GROUPED, kind: "hbar" },
    stacked: { ...GROUPED, kind: "stacked" },
    donut: { title: "Donut", kind: "donut", categories: ["a", "b", "c"], series: [{ name: "s", values: [3, null, 1] }] },
    line: { title: "Line", kind: "line", x: [1, 2, 3, 4], series: [{ name: "s", values: [1, 3, null, 2] }] },
    area: { title: "Area", kind: "area", x: ["2021-10-01", "2021-10-02", "2021-10-03"], series: [{ name: "s", values: [1, 3, 2] }] },
  };
  for (const [kind, data] of Object.entries(kinds)) {
    for (const theme of ["light", "dark"]) {
      for (const locale of ["fr", "en"]) {
        const stats = await page.evaluate(({ data, theme, locale }) => {
          window.bare.setOptions({ theme, locale, animate: false });
          window.bare.setData(data);
          const canvas = document.getElementById("bare");
          const px = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
          let inked = 0;
          for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i] - px[0]) + Math.abs(px[i + 1] - px[1]) + Math.abs(px[i + 2] - px[2]) > 30) inked++;
          return { share: inked / (px.length / 4), background: px[0] + px[1] + px[2], svg: window.bare.toSvg() };
        }, { data, theme, locale });
        // A three-point line is thin: without its labels it inks ~2 % (text varies with fonts).
        expect(stats.share, `${kind} ${theme} ${locale} is drawn`).toBeGreaterThan(kind === "line" ? 0.01 : 0.02);
        if (theme === "dark") expect(stats.background).toBeLessThan(150);
        else expect(stats.background).toBeGreaterThan(600);
        expect(stats.svg.startsWith("<svg") && stats.svg.trim().endsWith("</svg>"), `${kind} SVG`).toBe(true);
      }
    }
  }
});
