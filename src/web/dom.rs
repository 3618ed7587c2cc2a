//! The DOM a chart adds beside its canvas: a layer for highlights, a canvas for the tooltip, a
//! polite live region, and the data table inside the canvas (its fallback content, read by
//! screen readers). Every text is set as text (`textContent`) or drawn: dataset strings never
//! become markup.

use std::cell::{Cell, OnceCell, RefCell};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Document, HtmlCanvasElement, HtmlElement, Node};

use super::canvas::BatchingCanvas;
use super::measure::CanvasMeasure;
use super::surface::media_matches;
use crate::layout::Rect;
use crate::math::Num;
use crate::tooltip::{self, tooltip_box, tooltip_place};

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

fn element(tag: &str) -> Option<HtmlElement> {
    document()?.create_element(tag).ok()?.dyn_into().ok()
}

fn set_style(el: &HtmlElement, css: &[(&str, &str)]) {
    let style = el.style();
    for (name, value) in css {
        let _ = style.set_property(name, value);
    }
}

/// Keeps an element out of sight but readable by assistive technology.
const VISUALLY_HIDDEN: &str = "position:absolute;width:1px;height:1px;overflow:hidden;\
    clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap";

/// The parts added for one chart; `remove` takes them all away again.
pub(super) struct Parts {
    /// The highlight layer and tooltip, made on the first hover or keyboard step: a chart
    /// nobody points at costs the page two elements fewer (and its first paint their styling).
    overlay: OnceCell<Option<Overlay>>,
    /// The polite live region, made when the canvas first takes focus: only keyboard steps
    /// announce, and a region must be on the page before its text changes to be read.
    live: OnceCell<Option<HtmlElement>>,
    /// Attributes the chart set on the canvas, to restore on removal.
    set_attributes: Vec<&'static str>,
}

/// What hovering shows above the page.
pub(super) struct Overlay {
    /// A transparent canvas over the chart, for the highlight: hovering never repaints the chart.
    layer: HtmlCanvasElement,
    /// The layer's drawing backend, kept: getting a context costs more than drawing a ring.
    layer_backend: RefCell<BatchingCanvas>,
    /// A canvas the tooltip is drawn on, fixed to the viewport like the layer.
    tooltip: HtmlCanvasElement,
    tooltip_context: CanvasRenderingContext2d,
    /// The scale the tooltip canvas was sized for.
    tooltip_scale: Cell<Option<f64>>,
    tooltip_shown: Cell<bool>,
    /// The size of the box drawn on it (CSS pixels), to place it beside the pointer.
    tooltip_size: Cell<(f64, f64)>,
    /// Whether the reader forces their own colours (high contrast) on the page: the tooltip is
    /// then drawn in their system colours, as the browser would draw a DOM tooltip. Read each
    /// time the tooltip appears, not on every move.
    forced_colors: Cell<bool>,
    /// Where the layer was last put (left, top, CSS width, CSS height): a pointer move over a
    /// still page then writes no style at all.
    layer_placed: Cell<Option<[f64; 4]>>,
}

impl Parts {
    pub fn add(canvas: &HtmlCanvasElement) -> Option<Parts> {
        let mut set_attributes = Vec::new();
        if !canvas.has_attribute("tabindex") {
            canvas.set_attribute("tabindex", "0").ok()?;
            set_attributes.push("tabindex");
        }
        for name in ["role", "aria-label"] {
            if !canvas.has_attribute(name) {
                set_attributes.push(name);
            }
        }
        Some(Parts {
            overlay: OnceCell::new(),
            live: OnceCell::new(),
            set_attributes,
        })
    }

    /// The live region, made now (next to the canvas, so it is read in the chart's place; on
    /// the body if the canvas has no parent) if it was not yet.
    pub fn live_region(&self, canvas: &HtmlCanvasElement) -> Option<&HtmlElement> {
        let make = || {
            let live = element("div")?;
            live.style().set_css_text(VISUALLY_HIDDEN);
            live.set_attribute("aria-live", "polite").ok()?;
            live.set_attribute("aria-atomic", "true").ok()?;
            if canvas.parent_node().is_some() {
                canvas.after_with_node_1(&live).ok()?;
            } else {
                document()?.body()?.append_child(&live).ok()?;
            }
            Some(live)
        };
        self.live.get_or_init(make).as_ref()
    }

    /// The layer and tooltip, made now if they were not yet.
    pub fn overlay(&self) -> Option<&Overlay> {
        self.overlay.get_or_init(Overlay::add).as_ref()
    }

    /// The layer and tooltip if they were made.
    fn made_overlay(&self) -> Option<&Overlay> {
        self.overlay.get().and_then(Option::as_ref)
    }

    /// Hides the highlight and the tooltip.
    pub fn hide_overlay(&self) {
        if let Some(overlay) = self.made_overlay() {
            overlay.hide_layer();
            overlay.hide_tooltip();
        }
    }

    /// Role and summary for assistive technology (unless the page set its own).
    pub fn label(&self, canvas: &HtmlCanvasElement, summary: &str) {
        if self.set_attributes.contains(&"role") {
            let _ = canvas.set_attribute("role", "figure");
        }
        if self.set_attributes.contains(&"aria-label") {
            let _ = canvas.set_attribute("aria-label", summary);
        }
    }

    /// The data table and the paragraphs under it (notes, source) as the canvas's fallback
    /// content.
    pub fn table(&self, canvas: &HtmlCanvasElement, rows: &[Vec<String>], paragraphs: &[String]) {
        let paragraphs: Vec<Vec<String>> = paragraphs.iter().map(|p| vec![p.clone()]).collect();
        canvas.replace_children_with_node_1(&table_from_text(
            &table_text(rows),
            &table_text(&paragraphs),
        ));
    }

    pub fn announce(&self, canvas: &HtmlCanvasElement, text: &str) {
        if let Some(live) = self.live_region(canvas) {
            live.set_text_content(Some(text));
        }
    }

    /// Takes every added element and attribute away.
    pub fn remove(&self, canvas: &HtmlCanvasElement) {
        if let Some(overlay) = self.made_overlay() {
            overlay.layer.remove();
            overlay.tooltip.remove();
        }
        if let Some(live) = self.live.get().and_then(Option::as_ref) {
            live.remove();
        }
        for name in &self.set_attributes {
            let _ = canvas.remove_attribute(name);
        }
        canvas.replace_children_with_node_0();
    }
}

impl Overlay {
    fn add() -> Option<Overlay> {
        let body = document()?.body()?;
        let on_top = |z: &str| -> Option<HtmlCanvasElement> {
            let canvas: HtmlCanvasElement = element("canvas")?.dyn_into().ok()?;
            canvas.style().set_css_text(&format!(
                "position:fixed;left:0;top:0;pointer-events:none;display:none;z-index:{z}"
            ));
            canvas.set_attribute("aria-hidden", "true").ok()?;
            body.append_child(&canvas).ok()?;
            Some(canvas)
        };
        let layer = on_top("2147483646")?;
        let tooltip = on_top("2147483647")?;
        Some(Overlay {
            layer_backend: RefCell::new(BatchingCanvas::new(layer.clone())?),
            layer,
            tooltip_context: tooltip.get_context("2d").ok()??.dyn_into().ok()?,
            tooltip,
            tooltip_scale: Cell::new(None),
            tooltip_shown: Cell::new(false),
            tooltip_size: Cell::new((0.0, 0.0)),
            forced_colors: Cell::new(false),
            layer_placed: Cell::new(None),
        })
    }

    /// Draws the tooltip for a datum of series `name` described by `body`, in `colors`
    /// (background, text), at `scale` device pixels per CSS pixel, and shows it.
    pub fn fill_tooltip(&self, (name, body): (&str, &str), colors: (&str, &str), scale: f64) {
        let context = &self.tooltip_context;
        let tip = tooltip_box(name, body, &CanvasMeasure::new(context));
        if self.tooltip_scale.get() != Some(scale) {
            // Sized once for the largest box: a new datum then writes no style and lays out
            // nothing, and the canvas's transparent rest lets the pointer through.
            let (width, height) = (tooltip::MAX_WIDTH, tooltip::MAX_HEIGHT);
            self.tooltip.set_width((width * scale).ceil() as u32);
            self.tooltip.set_height((height * scale).ceil() as u32);
            set_style(
                &self.tooltip,
                &[
                    ("width", &format!("{}px", Num(width))),
                    ("height", &format!("{}px", Num(height))),
                ],
            );
            self.tooltip_scale.set(Some(scale));
        }
        if !self.tooltip_shown.replace(true) {
            set_style(&self.tooltip, &[("display", "block")]);
            self.forced_colors
                .set(media_matches("(forced-colors: active)"));
        }
        let (background, color, border) = if self.forced_colors.get() {
            ("Canvas", "CanvasText", "CanvasText")
        } else {
            (colors.0, colors.1, "")
        };
        paint_tooltip(
            context,
            &[
                scale,
                tip.width,
                tip.height,
                tooltip::PADDING.0,
                tooltip::PADDING.1,
                tooltip::LINE_HEIGHT,
                tooltip::FONT_SIZE,
            ],
            background,
            color,
            border,
            &tip.lines.join("\n"),
            tip.bold_lines,
        );
        self.tooltip_size.set((tip.width, tip.height));
    }

    /// Puts the tooltip beside the pointer at `(x, y)` in viewport pixels, on the side where
    /// it fits. Only a transform is written and nothing is read back, so following the pointer
    /// costs the page no layout.
    pub fn move_tooltip(&self, pointer: (f64, f64)) {
        let (left, top) = tooltip_place(pointer, self.tooltip_size.get(), viewport());
        let at = format!("translate({}px, {}px)", Num(left), Num(top));
        set_style(&self.tooltip, &[("transform", &at)]);
    }

    pub fn hide_tooltip(&self) {
        if self.tooltip_shown.replace(false) {
            set_style(&self.tooltip, &[("display", "none")]);
        }
    }

    /// Puts the highlight layer over `region` of the canvas (device pixels, whole numbers), at
    /// the canvas's resolution. The canvas's box is read every time (the page may have
    /// scrolled); only a transform is written when the layer just moves.
    pub fn place_layer(&self, canvas: &HtmlCanvasElement, region: Rect, scale: f64) {
        let rect = canvas.get_bounding_client_rect();
        let left = rect.left() + f64::from(canvas.client_left()) + region.x0 / scale;
        let top = rect.top() + f64::from(canvas.client_top()) + region.y0 / scale;
        let (width, height) = (region.x1 - region.x0, region.y1 - region.y0);
        let placed = [left, top, width, height];
        let before = self.layer_placed.get();
        if before == Some(placed) {
            return;
        }
        if !matches!(before, Some([_, _, w, h]) if (w, h) == (width, height)) {
            set_style(
                &self.layer,
                &[
                    ("display", "block"),
                    ("width", &format!("{}px", Num(width / scale))),
                    ("height", &format!("{}px", Num(height / scale))),
                ],
            );
            self.layer.set_width(width as u32);
            self.layer.set_height(height as u32);
        }
        let at = format!("translate({}px, {}px)", Num(left), Num(top));
        set_style(&self.layer, &[("transform", &at)]);
        self.layer_placed.set(Some(placed));
    }

    /// Clears the layer and hands `draw` its backend, drawing in the chart's device pixels:
    /// the layer shows only `region` of them.
    pub fn paint_layer(&self, region: Rect, draw: impl FnOnce(&mut BatchingCanvas)) {
        if let Ok(mut backend) = self.layer_backend.try_borrow_mut() {
            backend.clear_from((region.x0, region.y0));
            draw(&mut backend);
        }
    }

    pub fn hide_layer(&self) {
        if self.layer_placed.take().is_some() {
            set_style(&self.layer, &[("display", "none")]);
        }
    }
}

fn viewport() -> (f64, f64) {
    let size = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    web_sys::window().map_or((0.0, 0.0), |w| {
        (size(w.inner_width()), size(w.inner_height()))
    })
}

#[wasm_bindgen(module = "/src/web/helpers.js")]
extern "C" {
    /// Builds the `<table>` and the paragraphs under it in one call: a thousand rows cell by
    /// cell from Rust would be thousands of calls and string conversions.
    #[wasm_bindgen(js_name = table)]
    fn table_from_text(text: &str, paragraphs: &str) -> Node;

    /// Clears the tooltip canvas and draws the box (outlined in `border` unless it is empty)
    /// and its lines (separated by "\n", the first `bold_lines` bold). `geometry`: scale,
    /// width, height, horizontal and vertical padding, line height, font size (CSS pixels).
    #[wasm_bindgen(js_name = paintTooltip)]
    fn paint_tooltip(
        context: &CanvasRenderingContext2d,
        geometry: &[f64],
        background: &str,
        color: &str,
        border: &str,
        lines: &str,
        bold_lines: usize,
    );
}

/// Rows and cells joined with the separators the table helper splits on. A separator inside
/// a cell (an invisible control character) becomes a space.
fn table_text(rows: &[Vec<String>]) -> String {
    let mut text = String::new();
    for (r, row) in rows.iter().enumerate() {
        if r > 0 {
            text.push('\u{1e}');
        }
        for (c, cell) in row.iter().enumerate() {
            if c > 0 {
                text.push('\u{1f}');
            }
            text.extend(cell.chars().map(|ch| match ch {
                '\u{1e}' | '\u{1f}' => ' ',
                ch => ch,
            }));
        }
    }
    text
}
