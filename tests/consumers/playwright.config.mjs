// The consumer pages that scripts/consumers.sh built under target/consumers/, in Debian's Chromium.
// Playwright starts and stops three servers on 127.0.0.1: a static one for the built pages and the
// plain page, and the dev servers of Vite 8 (vite-dev) and Vite 7 (vite7-dev).
import { defineConfig } from "@playwright/test";
import { fileURLToPath } from "node:url";

const work = fileURLToPath(new URL("../../target/consumers/", import.meta.url));
const staticPort = Number(process.env.CONSUMERS_PORT || 8141);
const vitePort = staticPort + 1;
const vite7Port = staticPort + 2;

export default defineConfig({
  testDir: ".",
  testMatch: "consumers.spec.mjs",
  fullyParallel: true,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  // The JSON report lets scripts/test.sh add these tests to its summary.
  reporter: [["list"], ["json", { outputFile: "../../test-results/consumers.json" }]],
  outputDir: "../../test-results/consumers",
  use: {
    trace: "retain-on-failure",
    viewport: { width: 1000, height: 900 },
    locale: "en-US",
  },
  metadata: { staticPort, vitePort, vite7Port },
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
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: `python3 -m http.server ${staticPort} --bind 127.0.0.1 --directory ${work}`,
      url: `http://127.0.0.1:${staticPort}/plain/index.html`,
      reuseExistingServer: false,
      timeout: 20_000,
      stdout: "ignore",
      stderr: "ignore",
    },
    {
      command: `${work}node_modules/.bin/vite --host 127.0.0.1 --port ${vitePort} --strictPort`,
      cwd: `${work}vite-dev`,
      url: `http://127.0.0.1:${vitePort}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `node ${work}node_modules/vite-7/bin/vite.js --host 127.0.0.1 --port ${vite7Port} --strictPort`,
      cwd: `${work}vite7-dev`,
      url: `http://127.0.0.1:${vite7Port}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
