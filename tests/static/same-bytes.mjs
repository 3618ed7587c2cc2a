// renderSvg in the wasm module (run in Node, no DOM) gives byte for byte the command line's SVG,
// over every valid fixture and a few option sets. Needs `make build` and `make cli` first.
//   node tests/static/same-bytes.mjs
import { readFileSync, readdirSync, mkdtempSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import init, { renderSvg } from "../../www/pkg/outage_charts.js";

const root = new URL("../../", import.meta.url).pathname;
const cli = join(root, "target/release/outage-charts");
await init({ module_or_path: readFileSync(join(root, "www/pkg/outage_charts_bg.wasm")) });

const optionSets = [
  [{}, []],
  [{ width: 400, height: "auto", locale: "fr", theme: "dark" },
    ["--width", "400", "--height", "auto", "--locale", "fr", "--theme", "dark"]],
  [{ width: 1200, height: 630 }, ["--width", "1200", "--height", "630"]],
];
const out = mkdtempSync(join(tmpdir(), "outage-static-"));
let passed = 0;
let failed = 0;
const check = (ok, what) => {
  if (ok) passed++;
  else {
    failed++;
    console.error(`FAIL ${what}`);
  }
};
try {
  const dir = join(root, "tests/fixtures/valid");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const data = JSON.parse(readFileSync(join(dir, file), "utf8"));
    for (const [options, flags] of optionSets) {
      const svg = renderSvg(data, options);
      const target = join(out, "chart.svg");
      execFileSync(cli, ["render", join(dir, file), "-o", target, ...flags]);
      check(svg === readFileSync(target, "utf8"), `${file} ${JSON.stringify(options)}: renderSvg differs from the CLI`);
    }
  }
  const thrown = (f) => {
    try {
      f();
    } catch (e) {
      return e.message;
    }
    return "";
  };
  const invalid = JSON.parse(readFileSync(join(root, "tests/fixtures/invalid/value-string.json"), "utf8"));
  check(thrown(() => renderSvg(invalid.dataset)).startsWith(invalid.error), "an invalid dataset throws its path first");
  check(thrown(() => renderSvg(invalid.dataset, { width: 1 })).startsWith("width: "), "a bad width throws width: …");
  check(thrown(() => renderSvg({ title: "t" }, { theme: "auto" })).startsWith("theme: "), "theme auto is refused");
  check(thrown(() => renderSvg(null)).startsWith("dataset: "), "null is refused");
  check(typeof globalThis.document === "undefined", "no DOM was needed");
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log(`renderSvg vs outage-charts: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
