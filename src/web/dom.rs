//! The DOM a chart adds beside its canvas: a layer for highlights, a tooltip, a polite live
//! region, and the data table inside the canvas (its fallback content, read by screen readers).
//! Every text is set with `textContent`: dataset strings never become markup.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlCanvasElement, HtmlElement};

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

/// The parts added for one chart; `remove` takes them all away again.
pub(super) struct Parts {
    /// A transparent canvas over the chart, for the highlight: hovering never repaints the chart.
    pub layer: HtmlCanvasElement,
    pub tooltip: HtmlElement,
    pub live: HtmlElement,
    /// Attributes the chart set on the canvas, to restore on removal.
    set_attributes: Vec<&'static str>,
}

impl Parts {
    pub fn add(canvas: &HtmlCanvasElement) -> Option<Parts> {
        let body = document()?.body()?;
        let layer: HtmlCanvasElement = element("canvas")?.dyn_into().ok()?;
        set_style(
            &layer,
            &[
                ("position", "fixed"),
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
                ("pointer-events", "none"),
                ("display", "none"),
                ("z-index", "2147483647"),
                ("max-width", "280px"),
                ("padding", "6px 9px"),
                ("border-radius", "6px"),
                ("font", "13px/1.35 system-ui, sans-serif"),
                ("box-shadow", "0 2px 10px rgba(0,0,0,.25)"),
            ],
        );
        tooltip.set_attribute("aria-hidden", "true").ok()?;
        let live = element("div")?;
        set_style(&live, VISUALLY_HIDDEN);
        live.set_attribute("aria-live", "polite").ok()?;
        live.set_attribute("aria-atomic", "true").ok()?;
        body.append_child(&layer).ok()?;
        body.append_child(&tooltip).ok()?;
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
            layer,
            tooltip,
            live,
            set_attributes,
        })
    }

    /// Role and summary for assistive technology, and the data table as fallback content.
    pub fn describe(&self, canvas: &HtmlCanvasElement, summary: &str, rows: &[Vec<String>]) {
        if self.set_attributes.contains(&"role") {
            let _ = canvas.set_attribute("role", "figure");
        }
        if self.set_attributes.contains(&"aria-label") {
            let _ = canvas.set_attribute("aria-label", summary);
        }
        if let Some(table) = table(rows) {
            canvas.replace_children_with_node_1(&table);
        }
    }

    pub fn announce(&self, text: &str) {
        self.live.set_text_content(Some(text));
    }

    /// Shows the tooltip near `(x, y)` in viewport pixels, kept inside the window.
    pub fn show_tooltip(&self, lines: (&str, &str), (x, y): (f64, f64), colors: (&str, &str)) {
        let (title, body) = (element("strong"), element("div"));
        if let (Some(title), Some(body)) = (title, body) {
            title.set_text_content(Some(lines.0));
            body.set_text_content(Some(lines.1));
            self.tooltip.replace_children_with_node_2(&title, &body);
        }
        set_style(
            &self.tooltip,
            &[
                ("display", "block"),
                ("background", colors.0),
                ("color", colors.1),
            ],
        );
        let (width, height) = (
            f64::from(self.tooltip.offset_width()),
            f64::from(self.tooltip.offset_height()),
        );
        let (view_w, view_h) = viewport();
        let left = if x + 14.0 + width > view_w {
            x - 14.0 - width
        } else {
            x + 14.0
        };
        let top = if y + 14.0 + height > view_h {
            y - 14.0 - height
        } else {
            y + 14.0
        };
        set_style(
            &self.tooltip,
            &[
                ("left", &format!("{}px", left.max(0.0))),
                ("top", &format!("{}px", top.max(0.0))),
            ],
        );
    }

    pub fn hide_tooltip(&self) {
        set_style(&self.tooltip, &[("display", "none")]);
    }

    /// Puts the highlight layer exactly over the canvas, at its backing size; `false` if it
    /// cannot be placed.
    pub fn place_layer(&self, canvas: &HtmlCanvasElement) {
        let rect = canvas.get_bounding_client_rect();
        let (left, top) = (
            rect.left() + f64::from(canvas.client_left()),
            rect.top() + f64::from(canvas.client_top()),
        );
        set_style(
            &self.layer,
            &[
                ("display", "block"),
                ("left", &format!("{left}px")),
                ("top", &format!("{top}px")),
                ("width", &format!("{}px", canvas.client_width())),
                ("height", &format!("{}px", canvas.client_height())),
            ],
        );
        if self.layer.width() != canvas.width() {
            self.layer.set_width(canvas.width());
        }
        if self.layer.height() != canvas.height() {
            self.layer.set_height(canvas.height());
        }
    }

    pub fn hide_layer(&self) {
        set_style(&self.layer, &[("display", "none")]);
    }

    /// Takes every added element and attribute away.
    pub fn remove(&self, canvas: &HtmlCanvasElement) {
        self.layer.remove();
        self.tooltip.remove();
        self.live.remove();
        for name in &self.set_attributes {
            let _ = canvas.remove_attribute(name);
        }
        canvas.replace_children_with_node_0();
    }
}

fn viewport() -> (f64, f64) {
    let size = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    web_sys::window().map_or((0.0, 0.0), |w| {
        (size(w.inner_width()), size(w.inner_height()))
    })
}

/// `<table>` with a header row, built from text only.
fn table(rows: &[Vec<String>]) -> Option<Element> {
    let document = document()?;
    let table = document.create_element("table").ok()?;
    for (r, row) in rows.iter().enumerate() {
        let tr = document.create_element("tr").ok()?;
        for (c, cell) in row.iter().enumerate() {
            let tag = if r == 0 || c == 0 { "th" } else { "td" };
            let td = document.create_element(tag).ok()?;
            td.set_text_content(Some(cell));
            tr.append_child(&td).ok()?;
        }
        table.append_child(&tr).ok()?;
    }
    Some(table)
}
