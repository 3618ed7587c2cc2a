// Gives the module's imports short names, in the module and in its glue.
//
// wasm-bindgen names each import after what it calls plus a hash
// (`__wbg_fillRect_e1f0b9915220348b`), about 130 of them, each written twice: in the module's
// import section and as a key in the glue, where gzip can do little with the hashes. This renames
// them `a`, `b`, … (and the modules they come from `a`, `b`, …) in both, with binaryen's JS API
// (the npm package that also gives the build its wasm-opt). Exports keep their names: `init()`
// returns them, typed by the glue's declarations.
//
//   node scripts/short_names.mjs <module.wasm> <its glue.js>     (scripts/build.sh runs it)
//
// It fails, saying what it missed, if the glue does not have the shape it expects (each import a
// key `name:` once, each module a key `"module": importN` once), so that a new wasm-bindgen
// cannot quietly leave a glue that no longer fits its module.
import { readFileSync, writeFileSync } from "node:fs";
import binaryen from "binaryen";

const [wasmPath, gluePath] = process.argv.slice(2);
const module = binaryen.readBinary(readFileSync(wasmPath));
let glue = readFileSync(gluePath, "utf8");
const problems = [];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Replaces the text `from` (a key: followed by `:`) by `to`; a problem unless found once. */
function renameKey(from, to, what) {
  const pattern = new RegExp(`(?<![\\w$])${escape(from)}(?=:)`, "g");
  const found = glue.match(pattern)?.length ?? 0;
  if (found !== 1) problems.push(`${what} ${from}: found ${found} times, expected once`);
  glue = glue.replace(pattern, () => to);
}

/** `a`, `b`, … `Z`, `aa`, `ab`, …: short names that are JS identifiers. */
const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const shortName = (i) => (i < LETTERS.length ? "" : shortName(Math.floor(i / LETTERS.length) - 1)) + LETTERS[i % LETTERS.length];

const imports = [];
for (let i = 0; i < module.getNumFunctions(); i++) {
  const info = binaryen.getFunctionInfo(module.getFunctionByIndex(i));
  if (info.module) imports.push(info);
}
const modules = [...new Set(imports.map((f) => f.module))];
const moduleName = new Map(modules.map((m, i) => [m, shortName(i)]));
// Only the module's own imports (`"./…_bg.js"`, written out in the glue) get short names; a
// snippet's are its exports' names, short already, read from its namespace.
const own = modules.find((m) => /_bg\.js$/.test(m));
let next = 0;
for (const f of imports) {
  const base = f.module === own ? shortName(next++) : f.base;
  if (f.module === own) renameKey(f.base, base, "import");
  module.removeFunction(f.name);
  module.addFunctionImport(f.name, moduleName.get(f.module), base, f.params, f.results);
}
for (const m of modules) renameKey(JSON.stringify(m), JSON.stringify(moduleName.get(m)), "import module");

if (!module.validate()) problems.push("the renamed module does not validate");
if (problems.length) {
  console.error(`short_names: the glue does not fit its module:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
writeFileSync(wasmPath, module.emitBinary());
writeFileSync(gluePath, glue);
