// The few loops that are faster written in JS than driven from Rust one call at a time.
// wasm-bindgen copies this module beside the glue (pkg/snippets/); the build bundles it into the
// glue (scripts/build.sh).

/** Writes the numbers of an array (or typed array) of numbers and nulls into `into`, a view on
 * the module's memory as long as it, and returns the indices of its null items, with those of
 * its `undefined` items and holes plus 2^31 in the same list (their slots get NaN): undefined
 * is an error, never null, and read.rs tells them apart. Returns `undefined` as soon as an item
 * is anything else. Written straight into wasm memory, a long series is never copied twice. */
export function fillNumbers(a, into) {
  // A page holding its data in a Float64Array hands it over as it is: nothing to check.
  if (a instanceof Float64Array) {
    into.set(a);
    return [];
  }
  const n = a.length, nulls = [];
  for (let i = 0; i < n; i++) {
    // A hole reads as undefined (`i in a` would tell it apart, but both are the same error),
    // so the loop over numbers costs what it did.
    const v = a[i];
    if (typeof v === "number") into[i] = v;
    else if (v === null) nulls.push(i);
    else if (v === undefined) {
      into[i] = NaN;
      nulls.push(i + 2147483648);
    } else return undefined;
  }
  return nulls;
}

/** A `<table>` from rows separated by U+001E, cells by U+001F (the first row and the first
 * cell of each row are headers), followed by a `<p>` for each of `paragraphs` (separated by
 * U+001E). Text only: cells and paragraphs become textContent, never markup. */
export function table(text, paragraphs) {
  const content = document.createDocumentFragment();
  content.append(rowsTable(text));
  if (paragraphs) {
    for (const line of paragraphs.split("\x1e")) {
      const p = document.createElement("p");
      p.textContent = line;
      content.append(p);
    }
  }
  return content;
}

function rowsTable(text) {
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

/** A filled or stroked circle in one call (plotters-canvas makes five per circle). */
export function circle(context, x, y, radius, color, width, fill) {
  context.beginPath();
  context.arc(x, y, radius, 0, 2 * Math.PI);
  if (fill) {
    context.fillStyle = color;
    context.fill();
  } else {
    context.strokeStyle = color;
    context.lineWidth = width;
    context.stroke();
  }
}

/** Filled circles at `coords` (x0, y0, x1, y1, …) as one path, filled once: a scatter's
 * thousands of dots are one call from Rust and one fill. */
export function fillDots(context, color, radius, coords) {
  context.beginPath();
  for (let i = 0; i < coords.length; i += 2) {
    context.moveTo(coords[i] + radius, coords[i + 1]);
    context.arc(coords[i], coords[i + 1], radius, 0, 2 * Math.PI);
  }
  context.fillStyle = color;
  context.fill();
}

/** Clears the whole canvas and moves the origin to (-x, -y), in one call. */
export function clearFrom(context, x, y) {
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  context.translate(-x, -y);
}

/** The `hitTest` result and event detail: `{ series, index, label, value, text }`. */
export function hitObject(series, index, label, value, text) {
  return { series, index, label, value: value ?? null, text };
}

/** Dispatches a bubbling CustomEvent carrying `detail`. Composed, so it leaves the shadow root
 * of an <outage-chart> element. */
export function emit(target, name, detail) {
  target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}

/** Strokes separate segments (x0, y0, x1, y1 for each) as one path in one call; dashed
 * (`dash` drawn, `gap` left, from each segment's start) unless `dash` is 0. */
export function strokeSegments(context, color, width, coords, dash, gap) {
  context.strokeStyle = color;
  context.lineWidth = width;
  context.beginPath();
  for (let i = 0; i < coords.length; i += 4) {
    context.moveTo(coords[i], coords[i + 1]);
    context.lineTo(coords[i + 2], coords[i + 3]);
  }
  if (dash) context.setLineDash([dash, gap]);
  context.stroke();
  if (dash) context.setLineDash([]);
}

/** Clears the tooltip canvas and draws its box (outlined in `border` unless it is empty) and
 * lines (separated by "\n", the first `boldLines` bold). `geometry`: scale, width, height,
 * horizontal and vertical padding, line height, font size, in CSS pixels. */
export function paintTooltip(context, geometry, background, color, border, lines, boldLines) {
  const [scale, width, height, padX, padY, lineHeight, fontSize] = geometry;
  context.setTransform(scale, 0, 0, scale, 0, 0);
  context.clearRect(0, 0, context.canvas.width / scale, context.canvas.height / scale);
  context.fillStyle = background;
  context.beginPath();
  if (context.roundRect) context.roundRect(0, 0, width, height, 6);
  else context.rect(0, 0, width, height);
  context.fill();
  if (border) {
    context.strokeStyle = border;
    context.lineWidth = 1;
    context.stroke();
  }
  context.fillStyle = color;
  context.textBaseline = "middle";
  lines.split("\n").forEach((line, i) => {
    context.font = `${i < boldLines ? "bold" : "normal"} ${fontSize}px sans-serif`;
    context.fillText(line, padX, padY + (i + 0.5) * lineHeight);
  });
}

/** Adds a listener for each of the comma-separated `names` to `target`, calling
 * `handler(index of the name, event)`; returns a function that removes them all. Not passive:
 * the wheel listener keeps the page from scrolling while the chart zooms. */
export function listenAll(target, names, handler) {
  const added = names.split(",").map((name, index) => {
    const listener = (event) => handler(index, event);
    target.addEventListener(name, listener, { passive: false });
    return [name, listener];
  });
  return () => added.forEach(([name, listener]) => target.removeEventListener(name, listener));
}
