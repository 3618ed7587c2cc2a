// The few loops that are faster written in JS than driven from Rust one call at a time.
// wasm-bindgen copies this module beside the glue (pkg/snippets/).

/** Writes the numbers of an array (or typed array) of numbers and nulls into `into`, a view on
 * the module's memory as long as it, and returns the indices of its null/undefined items;
 * `undefined` as soon as an item is anything else. Written straight into wasm memory, a long
 * series is never copied twice. */
export function fillNumbers(a, into) {
  // A page holding its data in a Float64Array hands it over as it is: nothing to check.
  if (a instanceof Float64Array) {
    into.set(a);
    return [];
  }
  const n = a.length, nulls = [];
  for (let i = 0; i < n; i++) {
    const v = a[i];
    if (typeof v === "number") into[i] = v;
    else if (v == null) nulls.push(i);
    else return undefined;
  }
  return nulls;
}

/** A `<table>` from rows separated by U+001E, cells by U+001F; the first row and the first
 * cell of each row are headers. Text only: cells become textContent, never markup. */
export function table(text) {
  const table = document.createElement("table");
  text.split("\x1e").forEach((line, r) => {
    const tr = document.createElement("tr");
    line.split("\x1f").forEach((cell, c) => {
      const td = document.createElement(r === 0 || c === 0 ? "th" : "td");
      td.textContent = cell;
      tr.append(td);
    });
    table.append(tr);
  });
  return table;
}

/** Begins a path through the points of `coords` (x0, y0, x1, y1, …): a line of thousands of
 * points is one call from Rust, not one per point. The caller strokes or fills it. */
export function tracePath(context, coords) {
  context.beginPath();
  context.moveTo(coords[0], coords[1]);
  for (let i = 2; i < coords.length; i += 2) context.lineTo(coords[i], coords[i + 1]);
}
