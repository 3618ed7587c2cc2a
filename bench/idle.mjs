// The main-thread work a long series leaves for after its first paint, this build against
// another: its summary and readers' table are written in idle time (src/web/readers.rs), and a
// reader's first click or key waits for that task to end.
//
//   BENCH_BASELINE=<a www/pkg built earlier> node bench/idle.mjs [rounds] [bigLine|scatter]
//
// Each round is a fresh browser context per build (alternating which goes first) that draws the
// cold benchmark's 166,650-point line (bench/cold.js), or its 1,000,000-point scatter. The page's
// `requestIdleCallback` is wrapped so that every idle callback run within 2 s of construction is
// timed (the readers' task is the chart's only one). Prints medians and their ratio; writes
// nothing. Build first (make build).
import { chromium } from "@playwright/test";
import { median, serve } from "./common.mjs";

const BASELINE = process.env.BENCH_BASELINE;
if (!BASELINE) throw new Error("set BENCH_BASELINE to a www/pkg built from the build to compare with");
const ROUNDS = Number(process.argv[2] || 8);
const CHART = process.argv[3] || "bigLine";
const POINTS = { bigLine: 166_650, scatter: 1_000_000 }[CHART];
if (!POINTS) throw new Error(`no chart ${CHART}: bigLine or scatter`);
const LIBS = ["outage-charts", "baseline"];

const server = await serve({ prefixes: ["/www/", "/bench/"], baseline: BASELINE });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--disable-gpu", "--no-first-run"] });

/** One fresh page: the chart drawn by `lib`, then its idle callbacks. */
async function visit(lib) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.idleTasks = [];
      const request = window.requestIdleCallback.bind(window);
      window.requestIdleCallback = (callback, options) =>
        request((deadline) => {
          const start = performance.now();
          try {
            return callback(deadline);
          } finally {
            window.idleTasks.push(performance.now() - start);
          }
        }, options);
    });
    await page.goto(`${base}/bench/cold.html`);
    await page.waitForFunction(() => window.cold);
    const built = await page.evaluate(([lib, chart, points]) => window.cold.run(lib, chart, { points }), [lib, CHART, POINTS]);
    await page.waitForTimeout(2000);
    const idle = await page.evaluate(() => window.idleTasks);
    return { construct: built.construct, idle: idle.reduce((a, b) => a + b, 0), tasks: idle.length };
  } finally {
    await context.close();
  }
}

const results = Object.fromEntries(LIBS.map((lib) => [lib, { construct: [], idle: [] }]));
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const lib of round % 2 ? [...LIBS].reverse() : LIBS) {
      const r = await visit(lib);
      results[lib].construct.push(r.construct);
      // A round whose idle task had not run within 2 s (seen with the million points before a
      // chart the page let go of lived on: its finalizer cancelled the task) is left
      // out of the idle medians, not counted as 0.
      if (r.tasks) results[lib].idle.push(r.idle);
      console.log(`round ${round + 1} ${lib}: construct ${r.construct.toFixed(1)} ms, idle ${r.idle.toFixed(1)} ms in ${r.tasks} task(s)`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
for (const what of ["construct", "idle"]) {
  const [now, then] = LIBS.map((lib) => median(results[lib][what]));
  const [n, m] = LIBS.map((lib) => results[lib][what].length);
  console.log(`${CHART} ${what}: this build ${now.toFixed(1)} ms, baseline ${then.toFixed(1)} ms (medians of ${n} and ${m}), ratio ${(now / then).toFixed(2)}`);
}
