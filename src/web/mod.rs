//! The JavaScript surface (README "API"): `OutageChart` and `builtinDatasets`. The only module
//! that sees `JsValue`, the DOM or wasm-bindgen; everything it does with data goes through
//! [`Chart`], which is plain Rust, and what the reader's pointer and keys do goes through
//! [`crate::interaction`].
//!
//! No panic may cross this boundary (with `panic = "abort"` one would stop every chart on the
//! page): errors become thrown `Error`s, or `chart-error` events when no call is there to throw
//! them, and state is borrowed with `try_borrow_mut`.
//!
//! By job: [`surface`] (canvas, size, pixel ratio), [`subscription`] (listeners that end when
//! dropped), [`scheduler`] (frame and idle callbacks), [`live`] (one chart on a page),
//! [`follow`] (size and colour scheme), [`interact`] (events into the interaction),
//! [`highlight`], [`zoom`], [`transition`], [`readers`] and [`dom`] (what the page shows),
//! [`outgoing`] (events for the page).

use std::cell::RefCell;
use std::rc::Rc;

use serde::Serialize;
use wasm_bindgen::prelude::*;

mod canvas;
mod dom;
mod follow;
mod highlight;
mod interact;
mod live;
mod measure;
mod on_page;
mod outgoing;
mod read;
mod readers;
mod scheduler;
mod static_svg;
mod subscription;
mod surface;
mod transition;
mod typescript;
mod zoom;

use crate::chart::Chart;
use crate::datasets::builtin;
use crate::error::DataError;
use crate::input::Value;
use crate::interaction::Scene;
use crate::locale::Locale;
use live::{call, Live};
use surface::{expect_canvas, Surface};

/// A chart drawn on a canvas.
#[wasm_bindgen]
pub struct OutageChart {
    /// `None` once destroyed.
    live: Option<Rc<RefCell<Live>>>,
}

#[wasm_bindgen]
impl OutageChart {
    /// Draws `data` on `canvas`, synchronously. Only a left-out (or `undefined`) `data` means
    /// the built-in "user-gains"; `null` throws like `setData(null)`.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "HTMLCanvasElement")] canvas: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "Dataset")] data: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "ChartOptions")] options: JsValue,
    ) -> Result<OutageChart, JsError> {
        let canvas = expect_canvas(canvas)?;
        let chart = Chart::new(&read(&data)?, &read(&options)?, page_locale()).map_err(js_error)?;
        let live = Live::start(Surface::new(canvas)?, chart)?;
        on_page::keep(&live);
        Ok(OutageChart { live: Some(live) })
    }

    /// Validates `data`, swaps it in and redraws; on error nothing changes.
    #[wasm_bindgen(js_name = setData)]
    pub fn set_data(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Dataset")] data: JsValue,
    ) -> Result<(), JsError> {
        let value = read(&data)?;
        call(self.live()?, |state| {
            state.chart.set_data(&value).map_err(js_error)?;
            state.interaction.new_data();
            state.describe_for_readers();
            if state.chart.options().auto_height {
                // New data asks for a new height: the chart is drawn at it, without a glide.
                return state.redraw(true);
            }
            state.redraw_moving()
        })
    }

    /// The current dataset as a plain object.
    #[wasm_bindgen(getter, unchecked_return_type = "Dataset")]
    pub fn data(&self) -> Result<JsValue, JsError> {
        let state = self.live()?.try_borrow().map_err(busy)?;
        to_js(&state.chart.data().to_value())
    }

    /// Merges `{ locale?, theme?, animate? }` and redraws; on error nothing changes.
    #[wasm_bindgen(js_name = setOptions)]
    pub fn set_options(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ChartOptions")] options: JsValue,
    ) -> Result<(), JsError> {
        let value = read(&options)?;
        call(self.live()?, |state| {
            state.chart.set_options(&value).map_err(js_error)?;
            state.describe_for_readers();
            // Words in another language, or a switch to `height: "auto"`, may ask for a new
            // height.
            let auto_height = state.chart.options().auto_height;
            state.redraw(auto_height)
        })
    }

    /// Re-reads the canvas's CSS size and the device pixel ratio, and redraws.
    pub fn resize(&self) -> Result<(), JsError> {
        call(self.live()?, |state| {
            state.renew_size_observer();
            state.redraw(true)
        })
    }

    /// The datum under `(x, y)` (CSS pixels from the canvas's top-left), or `undefined`.
    #[wasm_bindgen(js_name = hitTest, unchecked_return_type = "Hit | undefined")]
    pub fn hit_test(&self, x: f64, y: f64) -> Result<JsValue, JsError> {
        let state = self.live()?.try_borrow().map_err(busy)?;
        Ok(state
            .scene()
            .hit_at(x, y)
            .map_or(JsValue::UNDEFINED, |hit| {
                outgoing::hit_value(&state.chart, &hit)
            }))
    }

    /// The chart as a standalone SVG document.
    #[wasm_bindgen(js_name = toSvg)]
    pub fn to_svg(&self) -> Result<String, JsError> {
        let state = self.live()?.try_borrow().map_err(busy)?;
        let size = state.surface.size;
        let measure = state.surface.measure();
        state
            .chart
            .to_svg(size.width, size.height, &measure, state.dark)
            .map_err(|e| JsError::new(&e))
    }

    /// Removes the observers and listeners this chart added; later calls throw. Idempotent.
    pub fn destroy(&mut self) {
        if let Some(live) = self.live.take() {
            on_page::release(&live);
            // Busy (destroyed from inside its own call), the chart stops when that call
            // lets it go: `Live` stops on drop.
            if let Ok(mut state) = live.try_borrow_mut() {
                state.stop();
            }
        }
    }

    fn live(&self) -> Result<&Rc<RefCell<Live>>, JsError> {
        self.live
            .as_ref()
            .ok_or_else(|| JsError::new("chart: this chart was destroyed"))
    }
}

impl Drop for OutageChart {
    /// The page let go of the object (garbage collected, or `free()`): the chart goes on while
    /// its canvas is in the document, and stops once it leaves (see `on_page`).
    fn drop(&mut self) {
        if let Some(live) = self.live.take() {
            if let Ok(mut state) = live.try_borrow_mut() {
                state.let_go = true;
            }
            on_page::release_if_unreachable(&live);
        }
    }
}

/// `{ [name]: Dataset }` written in `locale` (the page's language when absent).
#[wasm_bindgen(js_name = builtinDatasets, unchecked_return_type = "Record<string, Dataset>")]
pub fn builtin_datasets(
    #[wasm_bindgen(unchecked_optional_param_type = "\"fr\" | \"en\"")] locale: JsValue,
) -> Result<JsValue, JsError> {
    let locale = match read(&locale)? {
        Value::Null | Value::Undefined => page_locale(),
        Value::String(s) if Locale::parse(&s).is_some() => Locale::parse(&s).unwrap_or_default(),
        other => {
            return Err(js_error(DataError::expected(
                "locale",
                "\"fr\" or \"en\"",
                &other,
            )))
        }
    };
    let all = builtin(locale)
        .into_iter()
        .map(|(name, data)| (name.to_string(), data.to_value()))
        .collect();
    to_js(&Value::Object(all))
}

/// A JS value as a [`Value`] tree (`undefined` is [`Value::Undefined`], never `null`).
fn read(js: &JsValue) -> Result<Value, JsError> {
    read::read(js).map_err(js_error)
}

fn to_js(value: &Value) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::new()
        .serialize_maps_as_objects(true)
        .serialize_missing_as_null(true);
    value
        .serialize(&serializer)
        .map_err(|e| JsError::new(&format!("dataset: could not be converted: {e}")))
}

fn js_error(e: DataError) -> JsError {
    JsError::new(&e.to_string())
}

fn busy<E>(_: E) -> JsError {
    JsError::new("chart: busy in another call on the same chart")
}

fn page_locale() -> Locale {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .map_or(Locale::En, |tag| Locale::from_language_tag(&tag))
}
