"""Writes the static-charts section of BENCHMARKS.md from bench/static.py's figures.

The section sits between two markers, so a new run replaces it; bench/run.mjs, which rewrites
the rest of BENCHMARKS.md, appends bench/static.md (this section) after its own parts.
"""

import time
from pathlib import Path

BEGIN = "<!-- static charts: written by make bench-static -->"
END = "<!-- end of static charts -->"

TEXT = """{begin}
## Static charts: the command line against vl-convert

Measured by `make bench-static` (`bench/static.py`) on {date}, on a shared 2-core machine: read the
ratio, not the absolute times. {runs} runs of each, alternating; medians, fastest in brackets.

| case | outage-charts | vl-convert {vl_version} | ratio | target | |
|---|---|---|---|---|---|
| user-gains to PNG, 640x360 at scale 2 (ms) | {cli} ({cli_min}) | {vl} ({vl_min}) | {ratio} | <= 0.1 | {verdict} |
| a batch of {batch:,} charts, time per chart (ms) | {batch_ms} | — | — | — | |

- **outage-charts** is timed as a whole process, from the caller: `outage-charts render
  user-gains.json -o user-gains.png --width 640 --height 360 --scale 2` started, run and reaped,
  its start-up, JSON reading, layout, drawing, PNG encoding and file write included.
- **vl-convert** (PyPI `vl-convert-python`, the Vega project's Rust converter) is timed in
  process and warm (`vegalite_to_png(spec, scale=2)` after three warm-up calls), for a Vega-Lite
  horizontal bar chart of the same data with the same title and subtitle, 640x360.
- **The batch** is {batch:,} different dataset files rendered one process after another, as a
  shell loop over a folder does (README, "Static charts"): the time of the whole loop divided by
  {batch:,}.

**Which rasteriser, and why.** Three ways to the same PNG were measured while building it: the
CPU time (user + system) of the whole process for this chart, median of 20 runs, same machine and
hour:

| route | CPU per chart | what it draws |
|---|---|---|
| SVG string → resvg 0.45 (usvg + tiny-skia, text shaped by rustybuzz) | 20–24 ms | everything, anti-aliased, shaped text |
| layout → plotters' own `BitMapBackend` | 5 ms, **without any text** | aliased lines and polygons; it has no way to draw our text style, so text would need a font rasteriser of our own anyway |
| layout → plotters `DrawingBackend` on a tiny-skia pixmap, glyphs by ab_glyph (chosen) | 9–10 ms (PNG: fdeflate, "up" filter) | everything, anti-aliased; text placed with the layout's own advance widths |

resvg spent its time parsing the SVG back into a tree, shaping the text again and filling a few
hundred tiny paths (the dashes of a "not disclosed" outline) one by one: this benchmark put it
at 0.20 of vl-convert, twice the target. The chosen route keeps the chart's own draw code (the same `draw()` that
paints the canvas and the SVG) and draws rectangles and axis-aligned rules as whole-pixel fills,
anti-aliasing only what is slanted or curved; its text uses exactly the advance widths the layout
measured, so a label ends where the layout said it would. What it gives up against resvg:
kerning (the measure has none either) and text shaping: Arabic letters are not joined, and a
label mixing right-to-left and left-to-right text keeps its logical order (the SVG, drawn by a
browser, has both right).
{end}
"""


def write(result, root: Path):
    ratio = result["ratio"]
    section = TEXT.format(
        begin=BEGIN, end=END, date=time.strftime("%Y-%m-%d"), runs=result["runs"],
        vl_version=result["vl_convert_version"],
        cli=result["cli_png_ms"], cli_min=result["cli_png_ms_min"],
        vl=result["vl_convert_png_ms"], vl_min=result["vl_convert_png_ms_min"],
        ratio=f"{ratio:.3f}", verdict="met" if ratio <= 0.1 else f"missed (x{ratio / 0.1:.2f})",
        batch=result["batch"], batch_ms=result["batch_ms_per_chart"],
    )
    (root / "bench/static.md").write_text(section)
    path = root / "BENCHMARKS.md"
    text = path.read_text() if path.exists() else "# Benchmarks\n"
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + text[text.index(END) + len(END) + 1 :]
    path.write_text(text.rstrip("\n") + "\n\n" + section)
    print("wrote bench/static.md and its section of BENCHMARKS.md")
