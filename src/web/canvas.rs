//! plotters-canvas, with fewer calls into JS. Every plotters-canvas primitive sets its style and
//! opens its own path: a hatched "not disclosed" region is a hundred `stroke()`s, and every
//! label sets font, colour, alignment and baseline again. This backend wraps it and:
//!
//! - gathers consecutive straight lines of one style into a single path, stroked once;
//! - dashes a line with the canvas's line dash, not a line per dash;
//! - traces paths and polygons in one call to a JS helper instead of a `lineTo` per point;
//! - draws unrotated text itself, setting only the context state that changed;
//! - draws a circle in one call to a JS helper, and a scatter's dots as one filled path.
//!
//! Rectangles, pixels and rotated text are drawn here too, as plotters-canvas draws them: its
//! own code writes colours and fonts with `{}` of an `f64`, which would link std's float
//! printers into the module (~20 KB); this backend writes them with [`Num`]. plotters-canvas
//! still owns the canvas (size, preparation, presentation).

use plotters::backend::DrawingBackend;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::draw::{pt, Batching};
use crate::math::Num;
use js::{circle, clear_canvas_from, fill_dots, stroke_segments, trace_path};
use text::TextState;

mod js;
mod text;

type Result<T = ()> = std::result::Result<T, DrawingErrorKind<CanvasFailed>>;
type Inner<T = ()> =
    std::result::Result<T, DrawingErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>>;

/// A drawing call the canvas refused, with its message.
#[derive(Debug)]
pub struct CanvasFailed(String);

impl std::fmt::Display for CanvasFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CanvasFailed {}

/// plotters-canvas's error, carried over.
fn lift<T>(result: Inner<T>) -> Result<T> {
    result.map_err(|e| match e {
        DrawingErrorKind::DrawingError(e) => {
            DrawingErrorKind::DrawingError(CanvasFailed(e.to_string()))
        }
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    })
}

/// A colour, width and dash (drawn, left; `(0, 0)` for solid), compared exactly: lines batch
/// only when all match.
#[derive(Clone, Copy, PartialEq)]
struct LineStyle {
    rgb: (u8, u8, u8),
    alpha: f64,
    width: u32,
    dash: (f64, f64),
}

pub struct BatchingCanvas {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
    lines: Option<LineStyle>,
    /// Pending lines as `x0, y0, x1, y1` each, for one `strokeSegments` call.
    segments: Vec<f64>,
    text: Option<TextState>,
}

impl BatchingCanvas {
    pub fn new(canvas: HtmlCanvasElement) -> Option<BatchingCanvas> {
        let context = canvas
            .get_context("2d")
            .ok()??
            .dyn_into::<CanvasRenderingContext2d>()
            .ok()?;
        Some(BatchingCanvas {
            inner: CanvasBackend::with_canvas_object(canvas)?,
            context,
            lines: None,
            segments: Vec::new(),
            text: None,
        })
    }

    /// Adds a straight line to the pending ones, stroking those first if their style differs.
    fn add_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
        dash: (f64, f64),
    ) {
        let color = style.color();
        if color.alpha == 0.0 {
            return;
        }
        let style = LineStyle {
            rgb: color.rgb,
            alpha: color.alpha,
            width: style.stroke_width(),
            dash,
        };
        if self.lines != Some(style) {
            self.flush();
            self.lines = Some(style);
        }
        let ((x0, y0), (x1, y1)) = crisp(from, to);
        self.segments.extend_from_slice(&[x0, y0, x1, y1]);
    }

    /// Strokes the gathered lines as one path.
    fn flush(&mut self) {
        let Some(style) = self.lines.take() else {
            return;
        };
        stroke_segments(
            &self.context,
            &css_color(style.rgb, style.alpha),
            f64::from(style.width),
            &self.segments,
            style.dash.0,
            style.dash.1,
        );
        self.segments.clear();
    }

    /// After the pending lines, begins a path through `points` in one JS call; `false` (and
    /// nothing done) when there is nothing to draw.
    fn begin_path(
        &mut self,
        points: impl IntoIterator<Item = BackendCoord>,
        color: BackendColor,
    ) -> bool {
        let coords = flat(points);
        if color.alpha == 0.0 || coords.is_empty() {
            return false;
        }
        self.flush();
        trace_path(&self.context, &coords);
        true
    }

    /// Clears the whole canvas and moves the origin so that `(x, y)` is drawn at its top-left
    /// corner. Forgets the text state too: a canvas whose size was set since has lost it.
    pub fn clear_from(&mut self, (x, y): (f64, f64)) {
        self.flush();
        self.text = None;
        clear_canvas_from(&self.context, x, y);
    }

    /// A filled rectangle in `color`, after the pending lines. Forgets the text colour: the
    /// fill colour is text's colour too.
    fn fill_rect(&mut self, (x, y): (f64, f64), (w, h): (f64, f64), color: BackendColor) {
        self.flush();
        self.text = None;
        self.context
            .set_fill_style_str(&css_color(color.rgb, color.alpha));
        self.context.fill_rect(x, y, w, h);
    }
}

impl Drop for BatchingCanvas {
    fn drop(&mut self) {
        self.flush();
    }
}

fn css_color((r, g, b): (u8, u8, u8), alpha: f64) -> String {
    format!("rgba({r},{g},{b},{})", Num(alpha))
}

/// Points as `x0, y0, x1, y1, …`, for [`trace_path`].
fn flat(points: impl IntoIterator<Item = BackendCoord>) -> Vec<f64> {
    points
        .into_iter()
        .flat_map(|(x, y)| [f64::from(x), f64::from(y)])
        .collect()
}

/// Vertical and horizontal lines moved half a pixel, as plotters-canvas does, so a 1 px line
/// covers one row of pixels instead of blurring over two.
fn crisp(from: BackendCoord, to: BackendCoord) -> ((f64, f64), (f64, f64)) {
    let (mut a, mut b) = (
        (f64::from(from.0), f64::from(from.1)),
        (f64::from(to.0), f64::from(to.1)),
    );
    if a.0 == b.0 {
        a.0 -= 0.5;
        b.0 -= 0.5;
    }
    if a.1 == b.1 {
        a.1 -= 0.5;
        b.1 -= 0.5;
    }
    (a, b)
}

impl Batching for BatchingCanvas {
    /// With the canvas's own line dash: one segment, not one per dash.
    fn draw_dashed_line<S: BackendStyle>(
        &mut self,
        from: (f64, f64),
        to: (f64, f64),
        style: &S,
        dash: (f64, f64),
    ) -> Result {
        self.add_line(pt(from.0, from.1), pt(to.0, to.1), style, dash);
        Ok(())
    }

    /// One path of arcs, filled once: a scatter's thousands of dots are one call, not a
    /// `beginPath`, `arc`, style and `fill` each.
    fn fill_dots<S: BackendStyle>(
        &mut self,
        dots: &[(f64, f64, usize)],
        radius: u32,
        style: &S,
    ) -> Result {
        let color = style.color();
        if color.alpha == 0.0 || dots.is_empty() {
            return Ok(());
        }
        self.flush();
        self.text = None; // the fill colour is text's colour too
        let coords: Vec<f64> = dots.iter().flat_map(|&(x, y, _)| [x, y]).collect();
        let color = css_color(color.rgb, color.alpha);
        fill_dots(&self.context, &color, f64::from(radius), &coords);
        Ok(())
    }
}

impl DrawingBackend for BatchingCanvas {
    type ErrorType = CanvasFailed;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Result {
        lift(self.inner.ensure_prepared())
    }

    fn present(&mut self) -> Result {
        self.flush();
        lift(self.inner.present())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result {
        if color.alpha != 0.0 {
            let at = (f64::from(point.0), f64::from(point.1));
            self.fill_rect(at, (1.0, 1.0), color);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result {
        self.add_line(from, to, style, (0.0, 0.0));
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let at = (f64::from(upper_left.0), f64::from(upper_left.1));
        let size = (
            f64::from(bottom_right.0 - upper_left.0),
            f64::from(bottom_right.1 - upper_left.1),
        );
        if fill {
            self.fill_rect(at, size, color);
        } else {
            self.flush();
            self.context
                .set_stroke_style_str(&css_color(color.rgb, color.alpha));
            self.context.set_line_width(f64::from(style.stroke_width()));
            self.context.stroke_rect(at.0, at.1, size.0, size.1);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result {
        let color = style.color();
        if self.begin_path(path, color) {
            self.context
                .set_stroke_style_str(&css_color(color.rgb, color.alpha));
            self.context.set_line_width(f64::from(style.stroke_width()));
            self.context.stroke();
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result {
        let color = style.color();
        if self.begin_path(vert, color) {
            self.text = None; // the fill colour is text's colour too
            self.context
                .set_fill_style_str(&css_color(color.rgb, color.alpha));
            self.context.close_path();
            self.context.fill();
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.flush();
        if fill {
            self.text = None; // the fill colour is text's colour too
        }
        circle(
            &self.context,
            f64::from(center.0),
            f64::from(center.1),
            f64::from(radius),
            &css_color(color.rgb, color.alpha),
            f64::from(style.stroke_width()),
            fill,
        );
        Ok(())
    }

    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        pos: BackendCoord,
    ) -> Result {
        self.text(text, style, pos)
    }
}

/// A canvas call's exception, as a drawing error.
fn failed(e: JsValue) -> DrawingErrorKind<CanvasFailed> {
    let message = e
        .as_string()
        .unwrap_or_else(|| "a canvas call failed".into());
    DrawingErrorKind::DrawingError(CanvasFailed(message))
}
