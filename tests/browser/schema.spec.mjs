// www/dataset.schema.json against the fixtures: the schema and the Rust validator must agree on
// every fixture, except the invalid ones marked "beyondSchema" (a rule JSON Schema cannot state,
// named in the marker), which the schema must accept so the gap is exactly the one documented.
import { test, expect } from "@playwright/test";
import { readFileSync, readdirSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";

const root = new URL("../../", import.meta.url);
const schema = JSON.parse(readFileSync(new URL("www/dataset.schema.json", root)));
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false }).compile(schema);

function fixtures(kind) {
  const dir = new URL(`tests/fixtures/${kind}/`, root);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => [f, JSON.parse(readFileSync(new URL(f, dir)))]);
}

test("every valid fixture is valid for the schema", () => {
  const rejected = fixtures("valid").filter(([, data]) => !validate(data)).map(([name]) => `${name}: ${JSON.stringify(validate.errors)}`);
  expect(rejected).toEqual([]);
});

test("every invalid fixture is invalid for the schema, unless marked beyond it", () => {
  const disagreements = [];
  for (const [name, fixture] of fixtures("invalid")) {
    const valid = validate(fixture.dataset);
    if (fixture.beyondSchema ? !valid : valid) disagreements.push(name);
  }
  expect(disagreements).toEqual([]);
});

test("the schema is served with the widget and names its draft", () => {
  expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  expect(Object.keys(schema.properties).sort()).toEqual(
    ["categories", "format", "kind", "notes", "series", "source", "subtitle", "title", "unit", "x"],
  );
});
