// Playwright drives Debian's Chromium (/usr/bin/chromium): no browser download.
// The demo is served from www/ by Python's http.server on 127.0.0.1, which
// Playwright starts before the tests and stops after them. Build first
// (make test-browser does both).
import { defineConfig } from "@playwright/test";

const port = Number(process.env.PLAYWRIGHT_PORT || 8137);
const inCI = !!process.env.CI;

export default defineConfig({
  testDir: "tests/browser",
  testMatch: "**/*.spec.mjs",
  fullyParallel: true,
  forbidOnly: inCI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // "list" prints every test and ends with the passed/failed counts;
  // the JSON report lets scripts/test.sh add them to its summary.
  reporter: [["list"], ["json", { outputFile: "test-results/results.json" }]],
  outputDir: "test-results/artifacts",
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    viewport: { width: 1000, height: 800 },
    locale: "en-US",
  },
  projects: [
    {
      name: "chromium",
      use: {
        browserName: "chromium",
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            // Lets the memory tests collect garbage before they measure the heap.
            "--js-flags=--expose-gc",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory www`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: !inCI,
    timeout: 20_000,
    stdout: "ignore",
    stderr: "ignore",
  },
});
