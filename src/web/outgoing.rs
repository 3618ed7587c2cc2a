//! Events a chart dispatches on its canvas for the page: `chart-hover`, `chart-select`, and
//! `chart-error` for a failure no call could throw (a redraw after a resize, a theme change, a
//! zoom). They wait until the chart is released, so a listener may call back into the chart,
//! even destroy it.

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use crate::chart::Chart;
use crate::hit::Hit;

#[wasm_bindgen(module = "/src/web/helpers.js")]
extern "C" {
    /// Dispatches a bubbling, composed CustomEvent in one call (six from Rust through web-sys).
    fn emit(target: &HtmlCanvasElement, name: &str, detail: &JsValue);

    /// The `Hit` object in one call (serde makes one per field and more).
    #[wasm_bindgen(js_name = hitObject)]
    fn hit_object(series: &str, index: u32, label: &str, value: Option<f64>, text: &str)
        -> JsValue;
}

/// A page event to dispatch once the chart is no longer borrowed.
pub(super) struct Outgoing {
    canvas: HtmlCanvasElement,
    name: &'static str,
    detail: JsValue,
}

impl Outgoing {
    pub fn new(canvas: &HtmlCanvasElement, name: &'static str, detail: JsValue) -> Outgoing {
        Outgoing {
            canvas: canvas.clone(),
            name,
            detail,
        }
    }

    /// `chart-error` with `{ message }`, as `<outage-chart>` reports a rejected value.
    pub fn error(canvas: &HtmlCanvasElement, error: JsError) -> Outgoing {
        let error = JsValue::from(error);
        let message = js_sys::Reflect::get(&error, &"message".into()).unwrap_or(error);
        let detail = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&detail, &"message".into(), &message);
        Outgoing::new(canvas, "chart-error", detail.into())
    }

    pub fn dispatch(self) {
        emit(&self.canvas, self.name, &self.detail);
    }
}

/// A datum as `hitTest` returns it and the events carry it.
pub(super) fn hit_value(chart: &Chart, hit: &Hit) -> JsValue {
    let data = chart.data();
    let name = data.series.get(hit.series).map_or("", |s| s.name.as_str());
    let index = u32::try_from(hit.index).unwrap_or(u32::MAX);
    hit_object(name, index, &hit.label, hit.value, &hit.text)
}
