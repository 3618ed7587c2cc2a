//! The DOM a chart adds beside its canvas: a layer for highlights, a tooltip, a polite live
//! region, and the data table inside the canvas (its fallback content, read by screen readers).
//! Every text is set as text (`textContent`, or a kept text node's data): dataset strings never
//! become markup.

use std::cell::{Cell, OnceCell, RefCell};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlCanvasElement, HtmlElement, Text};

use crate::layout::Rect;

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
const VISUALLY_HIDDEN: &[(&str, &str)] = &[
    ("position", "absolute"),
    ("width", "1px"),
    ("height", "1px"),
    ("overflow", "hidden"),
    ("clip", "rect(0 0 0 0)"),
    ("clip-path", "inset(50%)"),
    ("white-space", "nowrap"),
];

/// The tooltip's distance from the pointer, its widest, and a height past most tooltips' (CSS
/// pixels): it flips to the other side of the pointer when that much would not fit.
const GAP: f64 = 14.0;
const TOOLTIP_MAX_WIDTH: f64 = 280.0;
const TOOLTIP_TALL: f64 = 64.0;

/// The parts added for one chart; `remove` takes them all away again.
pub(super) struct Parts {
    /// The highlight layer and tooltip, made on the first hover or keyboard step: a chart
    /// nobody points at costs the page two elements fewer (and its first paint their styling).
    overlay: OnceCell<Option<Overlay>>,
    pub live: HtmlElement,
    /// Attributes the chart set on the canvas, to restore on removal.
    set_attributes: Vec<&'static str>,
}

/// What hovering shows above the page.
pub(super) struct Overlay {
    /// A transparent canvas over the chart, for the highlight: hovering never repaints the chart.
    pub layer: HtmlCanvasElement,
    tooltip: HtmlElement,
    /// The tooltip's two lines (series name, then label and value), reused for every datum.
    /// Their text nodes are kept and their data replaced, so a new datum swaps no nodes.
    tooltip_lines: (Text, Text),
    /// Where the layer was last put (left, top, CSS width, CSS height): a pointer move over a
    /// still page then writes no style at all.
    layer_placed: Cell<Option<[f64; 4]>>,
    /// The tooltip's colours while it is shown (background, text): styles are written only
    /// when they change.
    tooltip_shown: RefCell<Option<(String, String)>>,
}

impl Parts {
    pub fn add(canvas: &HtmlCanvasElement) -> Option<Parts> {
        let body = document()?.body()?;
        let live = element("div")?;
        set_style(&live, VISUALLY_HIDDEN);
        live.set_attribute("aria-live", "polite").ok()?;
        live.set_attribute("aria-atomic", "true").ok()?;
        // Next to the canvas, so it is read in the chart's place; on the body if it has no parent.
        if canvas.parent_node().is_some() {
            canvas.after_with_node_1(&live).ok()?;
        } else {
            body.append_child(&live).ok()?;
        }
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
            live,
            set_attributes,
        })
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

    /// The data table as the canvas's fallback content.
    pub fn table(&self, canvas: &HtmlCanvasElement, rows: &[Vec<String>]) {
        canvas.replace_children_with_node_1(&table_from_text(&table_text(rows)));
    }

    pub fn announce(&self, text: &str) {
        self.live.set_text_content(Some(text));
    }

    /// Takes every added element and attribute away.
    pub fn remove(&self, canvas: &HtmlCanvasElement) {
        if let Some(overlay) = self.made_overlay() {
            overlay.layer.remove();
            overlay.tooltip.remove();
        }
        self.live.remove();
        for name in &self.set_attributes {
            let _ = canvas.remove_attribute(name);
        }
        canvas.replace_children_with_node_0();
    }
}

impl Overlay {
    fn add() -> Option<Overlay> {
        let body = document()?.body()?;
        let layer: HtmlCanvasElement = element("canvas")?.dyn_into().ok()?;
        set_style(
            &layer,
            &[
                ("position", "fixed"),
                ("left", "0"),
                ("top", "0"),
                ("pointer-events", "none"),
                ("display", "none"),
                ("z-index", "2147483646"),
            ],
        );
        layer.set_attribute("aria-hidden", "true").ok()?;
        let tooltip = element("div")?;
        set_style(
            &tooltip,
            &[
                ("position", "fixed"),
                ("left", "0"),
                ("top", "0"),
                ("pointer-events", "none"),
                ("display", "none"),
                ("z-index", "2147483647"),
                ("max-width", &format!("{TOOLTIP_MAX_WIDTH}px")),
                ("padding", "6px 9px"),
                ("border-radius", "6px"),
                ("font", "13px/1.35 system-ui, sans-serif"),
                ("box-shadow", "0 2px 10px rgba(0,0,0,.25)"),
                // Its own compositor layer, and a layout that cannot reach the page: a new text
                // lays out the tooltip alone, and a move is a transform.
                ("contain", "layout style"),
                ("will-change", "transform"),
            ],
        );
        tooltip.set_attribute("aria-hidden", "true").ok()?;
        let (first, second) = (element("strong")?, element("div")?);
        let tooltip_lines = (Text::new().ok()?, Text::new().ok()?);
        first.append_child(&tooltip_lines.0).ok()?;
        second.append_child(&tooltip_lines.1).ok()?;
        tooltip.append_with_node_2(&first, &second).ok()?;
        body.append_child(&layer).ok()?;
        body.append_child(&tooltip).ok()?;
        Some(Overlay {
            layer,
            tooltip,
            tooltip_lines,
            layer_placed: Cell::new(None),
            tooltip_shown: RefCell::new(None),
        })
    }

    /// Fills the tooltip with a datum's two lines and colours and shows it.
    pub fn fill_tooltip(&self, lines: (&str, &str), colors: (&str, &str)) {
        self.tooltip_lines.0.set_data(lines.0);
        self.tooltip_lines.1.set_data(lines.1);
        let wanted = (colors.0.to_string(), colors.1.to_string());
        if self.tooltip_shown.borrow().as_ref() != Some(&wanted) {
            set_style(
                &self.tooltip,
                &[
                    ("display", "block"),
                    ("background", colors.0),
                    ("color", colors.1),
                ],
            );
            self.tooltip_shown.replace(Some(wanted));
        }
    }

    /// Moves the tooltip beside `(x, y)` in viewport pixels, flipped to the left or above where
    /// its largest size would leave the window. Only a transform is written and nothing is
    /// read back, so following the pointer costs the page no layout.
    pub fn move_tooltip(&self, (x, y): (f64, f64)) {
        let (view_w, view_h) = viewport();
        let horizontal = if x + GAP + TOOLTIP_MAX_WIDTH > view_w && x > view_w / 2.0 {
            format!("calc({}px - 100%)", x - GAP)
        } else {
            format!("{}px", x + GAP)
        };
        let vertical = if y + GAP + TOOLTIP_TALL > view_h && y > view_h / 2.0 {
            format!("calc({}px - 100%)", y - GAP)
        } else {
            format!("{}px", y + GAP)
        };
        let at = format!("translate({horizontal}, {vertical})");
        set_style(&self.tooltip, &[("transform", &at)]);
    }

    pub fn hide_tooltip(&self) {
        if self.tooltip_shown.take().is_some() {
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
                    ("width", &format!("{}px", width / scale)),
                    ("height", &format!("{}px", height / scale)),
                ],
            );
            self.layer.set_width(width as u32);
            self.layer.set_height(height as u32);
        }
        let at = format!("translate({left}px, {top}px)");
        set_style(&self.layer, &[("transform", &at)]);
        self.layer_placed.set(Some(placed));
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
    /// Builds the `<table>` in one call: a thousand rows cell by cell from Rust would be
    /// thousands of calls and string conversions.
    #[wasm_bindgen(js_name = table)]
    fn table_from_text(text: &str) -> Element;
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
