"""make bench-static: the command line's PNG against vl-convert, in one run.

(a) outage-charts as a whole process (start-up, reading the JSON, layout, SVG, rasterising,
    PNG encoding, writing the file), the built-in user-gains chart at 640x360, scale 2;
(b) vl-convert (PyPI vl-convert-python, the Vega project's Rust renderer) in this process and
    warm, rendering the equivalent Vega-Lite bar chart to PNG at the same size and scale;
(c) a batch of 1,000 charts: one outage-charts process per chart, run one after another, as a
    shell loop over a folder would.

Runs alternate (a, b, a, b, ...) so that a machine whose speed drifts affects both alike;
medians are reported. Usage: python bench/static.py CLI OUT_DIR [--runs N] [--batch N] [--write]
Prints one JSON object; with --write, also writes bench/static.md and puts it in BENCHMARKS.md
(bench/run.mjs keeps it there when it rewrites the rest).
"""

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import vl_convert as vlc

cli, out_dir = sys.argv[1], Path(sys.argv[2])
args = sys.argv[3:]
runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 30
batch = int(args[args.index("--batch") + 1]) if "--batch" in args else 1000
out_dir.mkdir(parents=True, exist_ok=True)

data_path = out_dir / "user-gains.json"
data_path.write_bytes(subprocess.run([cli, "dataset", "user-gains"], check=True, capture_output=True).stdout)
data = json.loads(data_path.read_text())

# The same chart in Vega-Lite: horizontal bars, title and subtitle, 640x360 CSS px overall.
spec = {
    "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
    "width": 640, "height": 360, "autosize": {"type": "fit", "contains": "padding"},
    "title": {"text": data["title"], "subtitle": data["subtitle"], "anchor": "start"},
    "data": {"values": [
        {"category": c, "value": v} for c, v in zip(data["categories"], data["series"][0]["values"])
    ]},
    "mark": "bar",
    "encoding": {
        "y": {"field": "category", "type": "nominal", "title": None, "sort": None},
        "x": {"field": "value", "type": "quantitative", "title": data["series"][0]["name"]},
    },
}

png_path = out_dir / "user-gains.png"
command = [cli, "render", str(data_path), "-o", str(png_path), "--width", "640", "--height", "360", "--scale", "2"]


def cli_once():
    start = time.perf_counter()
    subprocess.run(command, check=True)
    return time.perf_counter() - start


def vl_once():
    start = time.perf_counter()
    png = vlc.vegalite_to_png(spec, scale=2)
    elapsed = time.perf_counter() - start
    assert png[:4] == b"\x89PNG"
    return elapsed


# Warm both: vl-convert's first call starts its JavaScript engine and compiles Vega.
for _ in range(3):
    cli_once()
    vl_once()
a, b = [], []
for _ in range(runs):
    a.append(cli_once())
    b.append(vl_once())
(out_dir / "vl-convert.png").write_bytes(vlc.vegalite_to_png(spec, scale=2))

# The batch: 1,000 different files (the same chart with its value moved), one process each.
inputs = out_dir / "batch"
inputs.mkdir(exist_ok=True)
for k in range(batch):
    data["series"][0]["values"][0] = 70_000_000 + k * 1000
    (inputs / f"{k:04}.json").write_text(json.dumps(data))
start = time.perf_counter()
for k in range(batch):
    subprocess.run([cli, "render", str(inputs / f"{k:04}.json"), "-o", str(inputs / f"{k:04}.png"),
                    "--width", "640", "--height", "360", "--scale", "2"], check=True)
batch_seconds = time.perf_counter() - start

ms = lambda xs: round(statistics.median(xs) * 1000, 2)
result = {
    "runs": runs,
    "cli_png_ms": ms(a), "cli_png_ms_min": round(min(a) * 1000, 2),
    "vl_convert_png_ms": ms(b), "vl_convert_png_ms_min": round(min(b) * 1000, 2),
    "ratio": round(statistics.median(a) / statistics.median(b), 3),
    "batch": batch, "batch_ms_per_chart": round(batch_seconds * 1000 / batch, 2),
    "vl_convert_version": getattr(vlc, "__version__", "?"),
}
print(json.dumps(result))
if "--write" in args:
    import static_report
    static_report.write(result, Path(__file__).resolve().parent.parent)
