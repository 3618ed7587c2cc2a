//! The canvas a chart draws on: its 2D context, its CSS size, and the device pixel ratio its
//! backing store is sized for.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, MediaQueryList};

use super::canvas::BatchingCanvas;
use super::measure::CanvasMeasure;
use crate::chart::{Chart, Size};
use crate::math::Num;

pub(super) struct Surface {
    pub canvas: HtmlCanvasElement,
    /// Kept for measuring text: getting a context costs more than measuring a label.
    pub context: CanvasRenderingContext2d,
    /// What the chart was last laid out for: CSS size and pixel ratio.
    pub size: Size,
}

/// The page's canvas, or the error the constructor throws.
pub(super) fn expect_canvas(canvas: JsValue) -> Result<HtmlCanvasElement, JsError> {
    canvas
        .dyn_into()
        .map_err(|_| JsError::new("canvas: expected an HTMLCanvasElement"))
}

impl Surface {
    pub fn new(canvas: HtmlCanvasElement) -> Result<Surface, JsError> {
        // The chart paints its own opaque background, so the canvas needs no alpha channel:
        // the browser then skips blending it with the page.
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"alpha".into(), &false.into());
        let context = canvas
            .get_context_with_context_options("2d", &options)
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
            .ok_or_else(no_context)?;
        Ok(Surface {
            canvas,
            context,
            size: Size {
                width: 0.0,
                height: 0.0,
                scale: 1.0,
            },
        })
    }

    pub fn measure(&self) -> CanvasMeasure<'_> {
        CanvasMeasure::new(&self.context)
    }

    /// A drawing backend for the whole canvas.
    pub fn backend(&self) -> Result<BatchingCanvas, JsError> {
        BatchingCanvas::new(self.canvas.clone()).ok_or_else(no_context)
    }

    /// Sets the backing store to CSS size × devicePixelRatio (for `height: "auto"`, the CSS
    /// height to what `chart` needs first). Returns whether the size changed.
    pub fn sync(&mut self, chart: &Chart) -> bool {
        let scale = device_pixel_ratio();
        let css_w = self.canvas.client_width();
        let css_h = if chart.options().auto_height {
            self.fit_height_to_content(chart, css_w, scale)
        } else {
            self.canvas.client_height()
        };
        let size = Size {
            width: f64::from(css_w),
            height: f64::from(css_h),
            scale,
        };
        let backing = |css: i32| ((f64::from(css) * scale).round() as u32).max(1);
        let old = (self.canvas.width(), self.canvas.height());
        let new = (backing(css_w), backing(css_h));
        if old.0 != new.0 {
            self.canvas.set_width(new.0);
        }
        if old.1 != new.1 {
            self.canvas.set_height(new.1);
        }
        self.pin_if_unsized(old, new, (css_w, css_h));
        let changed = size != self.size;
        self.size = size;
        changed
    }

    /// A canvas that no CSS sizes takes its size from its backing store: growing that by the
    /// pixel ratio would grow the canvas, and so on. Pins such a canvas at its CSS size. Only a
    /// canvas whose CSS size was its old backing size can be one; asking any other would cost
    /// a second layout.
    fn pin_if_unsized(&self, old: (u32, u32), new: (u32, u32), (css_w, css_h): (i32, i32)) {
        let maybe_unsized = u32::try_from(css_w) == Ok(old.0) && u32::try_from(css_h) == Ok(old.1);
        if maybe_unsized
            && old != new
            && (self.canvas.client_width(), self.canvas.client_height()) != (css_w, css_h)
        {
            let style = self.canvas.style();
            let _ = style.set_property("width", &format!("{css_w}px"));
            let _ = style.set_property("height", &format!("{css_h}px"));
        }
    }

    /// `height: "auto"`: sets the canvas's CSS height to what the chart's content asks for at
    /// `css_w`, and returns it.
    fn fit_height_to_content(&self, chart: &Chart, css_w: i32, scale: f64) -> i32 {
        let size = Size {
            width: f64::from(css_w),
            height: 0.0,
            scale,
        };
        let height = chart.content_height(size, &self.measure()) as i32;
        if self.canvas.client_height() != height {
            let _ = self
                .canvas
                .style()
                .set_property("height", &format!("{height}px"));
        }
        height
    }

    /// A query that stops matching when the device pixel ratio leaves the one drawn for.
    pub fn pixel_ratio_query(&self) -> Option<MediaQueryList> {
        media_query(&format!("(resolution: {}dppx)", Num(self.size.scale)))
    }
}

fn no_context() -> JsError {
    JsError::new("canvas: could not get a 2D context")
}

/// The page's devicePixelRatio, 1 if it is missing or absurd.
fn device_pixel_ratio() -> f64 {
    let scale = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
    if scale.is_finite() && scale > 0.0 {
        scale
    } else {
        1.0
    }
}

/// The page's `matchMedia(query)`, if it has one.
pub(super) fn media_query(query: &str) -> Option<MediaQueryList> {
    web_sys::window()?.match_media(query).ok()?
}

/// Whether `query` matches the page now.
pub(super) fn media_matches(query: &str) -> bool {
    media_query(query).is_some_and(|list| list.matches())
}
