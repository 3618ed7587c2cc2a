// Saves screenshots of the demo page for the README:
//   docs/demo.png     a desktop, 960×720 CSS px at devicePixelRatio 1
//   docs/demo@2x.png  the same at devicePixelRatio 2
//   docs/phone.png    a phone, 360×740 CSS px at devicePixelRatio 2
// Run with: make screenshots   (builds first). Serves www/ itself on 127.0.0.1.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { chromium } from "@playwright/test";

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

async function waitForServer(url, ms = 10_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`the demo server did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const port = await freePort();
const server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", "www"], {
  stdio: "ignore",
});
const url = `http://127.0.0.1:${port}/`;
let browser;
try {
  await waitForServer(url);
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  mkdirSync("docs", { recursive: true });
  const shots = [
    [960, 720, 1, "docs/demo.png"],
    [960, 720, 2, "docs/demo@2x.png"],
    [360, 740, 2, "docs/phone.png"],
  ];
  for (const [width, height, scale, file] of shots) {
    const context = await browser.newContext({
      viewport: { width, height },
      deviceScaleFactor: scale,
      colorScheme: "light",
      locale: "en-US",
    });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (err) => errors.push(err.message));
    await page.goto(url);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 10_000 });
    if (errors.length) throw new Error(`the demo page reported errors: ${errors.join("; ")}`);
    await page.screenshot({ path: file });
    console.log(`screenshots: wrote ${file} (${width}×${height} CSS px at devicePixelRatio ${scale})`);
    await context.close();
  }
} finally {
  if (browser) await browser.close();
  server.kill();
}
