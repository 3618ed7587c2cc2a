// Read on a phone with nothing cut (README "Text on small screens"): <outage-chart> elements at
// 320, 360 and 414 CSS px (DPR 2 and 3) and at 1280 px (DPR 1), with the built-in datasets in
// both languages, a long title, 30 long hbar names, 62 hbar names, monthly and daily time axes
// and a 1…8 numeric axis. The drawn texts are read from each chart's SVG export, laid out in the
// page for their real boxes.
import { test, expect } from "@playwright/test";

const SCREENS = [
  { width: 320, dpr: 2 },
  { width: 360, dpr: 3 },
  { width: 414, dpr: 2 },
  { width: 1280, dpr: 1 },
];

const months = Array.from({ length: 36 }, (_, m) => `${2019 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}-01`);
const days = Array.from({ length: 90 }, (_, d) => new Date(Date.UTC(2021, 9, 1 + d)).toISOString().slice(0, 10));
const wave = (n) => Array.from({ length: n }, (_, i) => ((i * 37) % 100) + 1);

const DATASETS = {
  "long-title": {
    title: "Telegram gained 70 million users during the Facebook outage of October 2021, while Signal announced millions without a figure",
    subtitle: "New users announced during the outage of Facebook, WhatsApp, Messenger and Instagram, 4 October 2021",
    source: "Pavel Durov (Telegram) and Signal (Twitter), quoted in the article « Telegram a gagné 70 millions d’utilisateurs durant la panne Facebook »",
    kind: "hbar",
    categories: ["Telegram", "Signal"],
    series: [{ name: "New users", values: [70e6, null] }],
  },
  "hbar-30-long": {
    title: "Latency by region",
    kind: "hbar",
    categories: Array.from({ length: 30 }, (_, i) => `Frankfurt am Main (eu-central-${i})`),
    unit: { suffix: " ms" },
    series: [{ name: "p50", values: wave(30) }],
  },
  "hbar-62": {
    title: "Life expectancy, 62 countries",
    kind: "hbar",
    categories: Array.from({ length: 62 }, (_, i) => `Country number ${i + 1}`),
    series: [{ name: "Years", values: wave(62) }],
  },
  monthly: { title: "Monthly", kind: "line", x: months, series: [{ name: "s", values: wave(36) }] },
  daily: { title: "Daily", kind: "line", x: days, series: [{ name: "s", values: wave(90) }] },
  "one-to-eight": { title: "1 to 8", kind: "line", x: [1, 2, 3, 4, 5, 6, 7, 8], series: [{ name: "s", values: [3, 1, 4, 1, 5, 9, 2, 6] }] },
};

for (const { width, dpr } of SCREENS) {
  test.describe(`at ${width} px, DPR ${dpr}`, () => {
    test.use({ viewport: { width, height: 800 }, deviceScaleFactor: dpr });

    test("every text whole, every name drawn, no two texts overlapping, no overflow", async ({ page }) => {
      const problems = [];
      page.on("pageerror", (e) => problems.push(e.message));
      await page.goto("/");
      await page.waitForSelector('body[data-ready="1"]');
      const result = await page.evaluate(async (datasets) => {
        await import("/outage-chart.js");
        document.body.replaceChildren();
        document.body.style.margin = "0";
        const made = [];
        for (const locale of ["en", "fr"]) {
          for (const name of ["user-gains", "market-cap-loss"]) {
            const el = document.createElement("outage-chart");
            el.setAttribute("dataset", name);
            el.setAttribute("locale", locale);
            document.body.append(el);
            made.push({ name: `${name} (${locale})`, el, data: null });
          }
        }
        for (const [name, data] of Object.entries(datasets)) {
          const el = document.createElement("outage-chart");
          el.setAttribute("locale", "en");
          el.data = data;
          document.body.append(el);
          made.push({ name, el, data });
        }
        // Wait until every chart is drawn at its final height.
        for (let i = 0; i < 100 && made.some(({ el }) => !el.chart); i++) await new Promise((r) => setTimeout(r, 50));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const host = document.createElement("div");
        host.style.cssText = "position:absolute;left:0;top:0;visibility:hidden";
        document.body.append(host);
        const out = [];
        for (const { name, el, data } of made) {
          host.innerHTML = el.chart.toSvg();
          const boxes = [...host.querySelectorAll("text")].map((t) => {
            const b = t.getBBox();
            return { text: t.textContent.trim(), x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
          });
          const overlapping = [];
          for (let i = 0; i < boxes.length; i++) {
            for (let j = 0; j < i; j++) {
              const [a, b] = [boxes[i], boxes[j]];
              const x = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
              const y = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
              if (x > 1 && y > 2) overlapping.push(`${a.text} / ${b.text}`);
            }
          }
          const source = JSON.stringify(el.chart.data);
          const shortened = boxes.map((b) => b.text).filter((t) => t.endsWith("…") && !source.includes(t));
          const allText = boxes.map((b) => b.text).join(" ");
          const missing = (data?.categories ?? []).filter((c) => !c.split(" ").every((w) => allText.includes(w)));
          out.push({ name, overlapping, shortened, missing, height: el.getBoundingClientRect().height });
        }
        host.remove();
        return { charts: out, overflow: document.documentElement.scrollWidth - window.innerWidth };
      }, DATASETS);
      for (const chart of result.charts) {
        expect(chart.shortened, `${chart.name}: shortened`).toEqual([]);
        expect(chart.missing, `${chart.name}: names missing`).toEqual([]);
        expect(chart.overlapping, `${chart.name}: overlapping texts`).toEqual([]);
      }
      // The 62 names each get a row: the element grew far past a fixed 360 px.
      expect(result.charts.find((c) => c.name === "hbar-62").height).toBeGreaterThan(62 * 30);
      expect(result.overflow, "no horizontal overflow").toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
    });

    test("the demo and the embedding page fit the screen's width", async ({ page }) => {
      for (const path of ["/", "/embed.html"]) {
        await page.goto(path);
        await page.waitForFunction(() => [...document.querySelectorAll("outage-chart")].every((el) => el.chart));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path}: horizontal overflow`).toBeLessThanOrEqual(0);
      }
    });
  });
}

test("a height the page gives wins, and the chart fits inside it", async ({ page }) => {
  await page.goto("/");
  await page.waitForSelector('body[data-ready="1"]');
  const heights = await page.evaluate(async () => {
    await import("/outage-chart.js");
    document.body.replaceChildren();
    const fixed = document.createElement("outage-chart");
    fixed.style.height = "300px";
    const free = document.createElement("outage-chart");
    document.body.append(fixed, free);
    for (let i = 0; i < 100 && !(fixed.chart && free.chart); i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const canvas = (el) => el.shadowRoot.querySelector("canvas").getBoundingClientRect().height;
    const before = { fixed: fixed.getBoundingClientRect().height, fixedCanvas: canvas(fixed), free: canvas(free) };
    // The page drops its height: the element follows its content from then on.
    fixed.style.height = "";
    await new Promise((r) => setTimeout(r, 200));
    return { ...before, released: fixed.getBoundingClientRect().height };
  });
  expect(heights.fixed).toBe(300);
  expect(heights.fixedCanvas).toBe(300);
  expect(heights.free).toBeGreaterThan(200);
  expect(heights.released).toBe(heights.free);
});

test("an iframe holding one chart posts its height to the parent page", async ({ page }) => {
  await page.goto("/");
  await page.waitForSelector('body[data-ready="1"]');
  const height = await page.evaluate(async () => {
    document.body.replaceChildren();
    const got = new Promise((resolve) =>
      window.addEventListener("message", (e) => e.data?.type === "outage-chart:height" && resolve(e.data.height)),
    );
    const frame = document.createElement("iframe");
    frame.srcdoc = `<!doctype html><base href="${location.origin}/"><body style="margin:0">
      <script type="module" src="outage-chart.js"></script><outage-chart dataset="user-gains"></outage-chart>`;
    frame.style.cssText = "width:360px;height:100px;border:0";
    document.body.append(frame);
    return got;
  });
  expect(height).toBeGreaterThan(250);
});
