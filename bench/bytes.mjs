// Where the module's bytes go: builds a copy of the release module that keeps its function
// names (wasm-bindgen --keep-debug, then npm binaryen's wasm-opt -Oz -g with the build's flags and
// features), runs `twiggy top` on it and sums the rows by what they are. The names section
// itself is counted apart: the shipped module has none.
//
//   node bench/bytes.mjs            after `make build` (reads target/…/release/outage_charts.wasm)
//   node bench/bytes.mjs a.wasm     any module that has names
//
// Needs twiggy (`cargo install twiggy`) and wasm-bindgen on PATH.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../", import.meta.url).pathname;
const FEATURES = ["bulk-memory", "sign-ext", "nontrapping-float-to-int", "mutable-globals", "reference-types", "multivalue"];

/** The named module: the one given, or one built from the release build. */
function named(dir) {
  if (process.argv[2]) return process.argv[2];
  const input = join(root, "target/wasm32-unknown-unknown/release/outage_charts.wasm");
  execFileSync("wasm-bindgen", ["--keep-debug", "--target", "web", "--out-dir", dir, input]);
  const out = join(dir, "named.wasm");
  const features = FEATURES.map((f) => `--enable-${f}`);
  execFileSync(join(root, "node_modules/.bin/wasm-opt"), ["-Oz", "-g", ...features, join(dir, "outage_charts_bg.wasm"), "-o", out]);
  return out;
}

/** What a row is, by its name: the first group whose pattern matches. */
const GROUPS = [
  ["names section (not shipped)", /"function names"|"local names"/],
  ["std float formatting (flt2dec, fmt::float)", /flt2dec|fmt::float|f64 as core\S*::fmt/],
  ["allocator (dlmalloc)", /dlmalloc|__rdl_|__rust_(alloc|dealloc|realloc)/],
  ["hashing (hashbrown, hash::Map's Fx, SipHash)", /outage_charts::hash|hashbrown|hash::sip|DefaultHasher|BuildHasher|RandomState/],
  ["other core, alloc, std", /^<?(core|alloc|std|compiler_builtins)/],
  ["SVG export (svg.rs, toSvg)", /plotters_svg|SVGBackend|outage_charts::svg|toSvg|to_svg/],
  ["serde, serde-wasm-bindgen", /serde/],
  ["wasm-bindgen glue, js-sys, web-sys", /wasm_bindgen|js_sys|web_sys|externref|shim|__wbg|__wbindgen/],
  ["plotters", /plotters/],
  ["chart kinds and layout", /outage_charts::(kinds|place|layout|chart::Chart::(layout|content_height)|scale|time_ticks|text|theme|chart::Chart::palette)/],
  ["validation, input, options, errors", /outage_charts::(validate|input|options|error|model|web::read)/],
  ["numbers and their formatting (ours)", /outage_charts::(format|numbers|exact|locale|i18n|dates)/],
  ["interaction, readers, the rest of web", /outage_charts::(web|interaction|hit|navigate|describe|datum|tooltip|view)/],
  ["drawing", /outage_charts::(draw|chart::Chart::(paint|draw))|BatchingCanvas/],
  ["built-in datasets and font metrics", /outage_charts::(datasets|builtin_font|font_metrics)/],
  ["data segments (strings, tables)", /^data segment/],
];

const dir = mkdtempSync(join(tmpdir(), "outage-charts-bytes-"));
try {
  const table = execFileSync("twiggy", ["top", "-n", "1000000", named(dir)], { encoding: "utf8", maxBuffer: 64 << 20 });
  const sums = new Map([...GROUPS.map(([g]) => [g, 0]), ["other", 0]]);
  let total = 0;
  for (const line of table.split("\n")) {
    const m = line.match(/^\s*(\d+)\s*┊\s*[\d.]+%\s*┊\s*(.*)$/);
    if (!m || m[2].startsWith("Σ") || m[2].startsWith("...")) continue;
    const bytes = Number(m[1]);
    total += bytes;
    const group = GROUPS.find(([, re]) => re.test(m[2]))?.[0] ?? "other";
    sums.set(group, sums.get(group) + bytes);
  }
  console.log("| what | KB (raw, named build) |\n|---|---|");
  for (const [group, bytes] of sums) console.log(`| ${group} | ${(bytes / 1024).toFixed(1)} |`);
  console.log(`| total | ${(total / 1024).toFixed(1)} |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
