// Code the shipped wasm module must not link, found by strings that code leaves in the module's
// data (the shipped module has no names). Each was taken out for its bytes, and one careless
// line brings it back, so `make test` checks after every build.
//
//   node tests/module/unlinked.mjs [module.wasm]    (default: www/pkg/outage_charts_bg.wasm)
import { readFileSync } from "node:fs";

const UNLINKED = [
  {
    marker: "is not a char boundary",
    what: "core's panic for slicing a str off a char boundary, which prints the char with {:?} (core's char Debug and its Unicode tables, ~5 KB gzip)",
    fix: "use s.get(a..b), split_at_checked, byte searches or strip_prefix instead of &s[a..b], split_at, str::find or replacen",
  },
  {
    marker: "MAX_SIG_DIGITS",
    what: "core's float printing (flt2dec, Grisu and Dragon with their tables, ~8 KB gzip), linked by any {} or {:?} of an f64 or f32 and by f64::clamp",
    fix: "write numbers with format::JsNumber, format::Decimal or math::Num, and clamp with .max(lo).min(hi)",
  },
  {
    marker: "cannot access a Thread Local Storage value",
    what: "std's panic for a thread_local's `with` after the thread is torn down, which prints its AccessError with {:?} (~0.3 KB gzip)",
    fix: "use try_with and let the Err pass (a page's thread is never torn down while the module runs)",
  },
];

const file = process.argv[2] ?? new URL("../../www/pkg/outage_charts_bg.wasm", import.meta.url);
const module = readFileSync(file);
const found = UNLINKED.filter(({ marker }) => module.includes(marker));
for (const { marker, what, fix } of found) {
  console.error(`the module links ${what}: it holds "${marker}".\n  Fix: ${fix}. Find the caller with twiggy paths on a module that keeps names (bench/bytes.mjs says how to build one).`);
}
if (found.length) process.exit(1);
console.log(`unlinked: none of ${UNLINKED.length} unwanted pieces of code is in the module`);
