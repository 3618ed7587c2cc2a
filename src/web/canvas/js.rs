//! The canvas loops written in JS (`helpers.js`): one call from Rust each, where plotters-canvas
//! makes a call per point, per dash or per context property.

use wasm_bindgen::prelude::*;
use web_sys::CanvasRenderingContext2d;

#[wasm_bindgen(module = "/src/web/helpers.js")]
extern "C" {
    /// Begins a path through the points of `coords` in one call: a line of a few thousand
    /// points would otherwise be a few thousand `lineTo` calls from Rust.
    #[wasm_bindgen(js_name = tracePath)]
    pub(super) fn trace_path(context: &CanvasRenderingContext2d, coords: &[f64]);

    /// `beginPath`, `arc`, the style and `fill` or `stroke`, in one call.
    pub(super) fn circle(
        context: &CanvasRenderingContext2d,
        x: f64,
        y: f64,
        radius: f64,
        color: &str,
        width: f64,
        fill: bool,
    );

    /// The pending lines, as one path: a style, a `moveTo` and `lineTo` per line, one `stroke`,
    /// dashed when `dash` is not 0.
    #[wasm_bindgen(js_name = strokeSegments)]
    pub(super) fn stroke_segments(
        context: &CanvasRenderingContext2d,
        color: &str,
        width: f64,
        coords: &[f64],
        dash: f64,
        gap: f64,
    );

    /// Filled circles of `radius` at `coords` (x0, y0, x1, y1, …) as one path, filled once.
    #[wasm_bindgen(js_name = fillDots)]
    pub(super) fn fill_dots(
        context: &CanvasRenderingContext2d,
        color: &str,
        radius: f64,
        coords: &[f64],
    );

    #[wasm_bindgen(js_name = clearFrom)]
    pub(super) fn clear_canvas_from(context: &CanvasRenderingContext2d, x: f64, y: f64);
}
