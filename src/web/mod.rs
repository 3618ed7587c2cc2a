//! The JavaScript surface (README "API"): `OutageChart` and `builtinDatasets`. The only module
//! that sees `JsValue`, the DOM or wasm-bindgen; everything it does with data goes through
//! [`Chart`], which is plain Rust.
//!
//! No panic may cross this boundary (with `panic = "abort"` one would stop every chart on the
//! page): errors become thrown `Error`s, and state is borrowed with `try_borrow_mut`.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, MediaQueryList, ResizeObserver};

mod canvas;
mod dom;
mod gesture;
mod interact;
mod measure;
mod read;
mod readers;
mod static_svg;
mod transition;

use std::any::Any;

use crate::chart::{Chart, Size};
use crate::datasets::builtin;
use crate::error::DataError;
use crate::input::Value;
use crate::layout::Layout;
use crate::locale::Locale;
use crate::math::Num;
use measure::CanvasMeasure;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Dataset v1: see the README. `null` in `values` means unknown, drawn as "not disclosed". */
export interface Dataset {
  title: string;
  subtitle?: string;
  source?: string;
  kind: "bar" | "hbar" | "stacked" | "line" | "area" | "donut" | "scatter";
  categories?: string[];
  x?: (number | string)[];
  unit?: { prefix?: string; suffix?: string };
  /** How values are written on marks and in tooltips: `digits` fraction digits (0–10), a notation. */
  format?: { digits?: number; notation?: "standard" | "compact" };
  /** `unknown`: the words for this series' nulls (default "not disclosed"), 1–60 characters. */
  series: {
    name: string;
    values: (number | null)[] | Float64Array;
    /** scatter only, and required there: this series' own x, one per value, in any order. */
    x?: (number | string)[] | Float64Array;
    color?: string;
    unknown?: string;
  }[];
  notes?: { at: string | number; text: string }[];
}

export interface ChartOptions {
  locale?: "fr" | "en";
  theme?: "light" | "dark" | "auto";
  animate?: boolean;
  /** "auto": the chart sets its canvas's CSS height to what its content needs at its width. */
  height?: "auto" | "css";
}

/** The datum under a point, as `hitTest` and the `chart-hover` / `chart-select` events give it. */
export interface Hit {
  series: string;
  index: number;
  label: string;
  value: number | null;
  text: string;
}
"#;

/// A chart drawn on a canvas.
#[wasm_bindgen]
pub struct OutageChart {
    /// `None` once destroyed.
    live: Option<Rc<RefCell<Live>>>,
}

/// Everything a chart on a page holds: the canvas, the chart and the observers it installed.
struct Live {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    chart: Chart,
    size: Size,
    /// What is on the canvas now: hit testing reads it instead of laying out again.
    layout: Option<Layout>,
    observer: Option<ResizeObserver>,
    on_resize: Option<Closure<dyn FnMut()>>,
    /// Matches while the device pixel ratio is the one drawn for; `change` means it moved.
    pixel_ratio_query: Option<MediaQueryList>,
    on_pixel_ratio: Option<Closure<dyn FnMut()>>,
    /// `prefers-color-scheme: dark`, followed live for the `auto` theme.
    dark_query: Option<(MediaQueryList, Closure<dyn FnMut()>)>,
    /// Whether that query matches, kept by its listener: `matches` costs more than a hover frame
    /// should spend on it.
    dark: bool,
    /// Highlight layer, tooltip, live region: `None` if the page would not take them.
    parts: Option<dom::Parts>,
    listeners: Option<interact::Listeners>,
    /// The last pointer position: offset (canvas CSS px) and client (viewport) coordinates.
    pointer: Option<(f64, f64, f64, f64)>,
    frame_pending: Option<i32>,
    on_frame: Option<Closure<dyn FnMut()>>,
    /// The datum last reported by `chart-hover`, and the one the keyboard is on.
    hovered: Option<(usize, usize)>,
    focus: Option<(usize, usize)>,
    /// The datum drawn on the highlight layer, so an unchanged hover repaints nothing.
    highlighted: Option<(usize, usize)>,
    gesture: gesture::Gesture,
    table_pending: Option<readers::Pending>,
    on_table: Option<Closure<dyn FnMut()>>,
    transition: Option<transition::Transition>,
    transition_pending: Option<i32>,
    on_transition_frame: Option<Closure<dyn FnMut()>>,
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
        let canvas: HtmlCanvasElement = canvas
            .dyn_into()
            .map_err(|_| JsError::new("canvas: expected an HTMLCanvasElement"))?;
        let chart = Chart::new(&read(&data)?, &read(&options)?, page_locale()).map_err(js_error)?;
        // The chart paints its own opaque background, so the canvas needs no alpha channel:
        // the browser then skips blending it with the page.
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"alpha".into(), &false.into());
        let context = canvas
            .get_context_with_context_options("2d", &options)
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
            .ok_or_else(|| JsError::new("canvas: could not get a 2D context"))?;
        let live = Rc::new(RefCell::new(Live {
            canvas,
            context,
            chart,
            size: Size {
                width: 0.0,
                height: 0.0,
                scale: 1.0,
            },
            layout: None,
            observer: None,
            on_resize: None,
            pixel_ratio_query: None,
            on_pixel_ratio: None,
            dark_query: None,
            dark: false,
            parts: None,
            listeners: None,
            pointer: None,
            frame_pending: None,
            on_frame: None,
            hovered: None,
            focus: None,
            highlighted: None,
            gesture: gesture::Gesture::default(),
            table_pending: None,
            on_table: None,
            transition: None,
            transition_pending: None,
            on_transition_frame: None,
        }));
        {
            let mut state = live.try_borrow_mut().map_err(busy)?;
            state.follow_color_scheme(Rc::downgrade(&live));
            state.redraw(true)?;
            state.follow_size(Rc::downgrade(&live));
            state.interact(Rc::downgrade(&live));
        }
        Ok(OutageChart { live: Some(live) })
    }

    /// Validates `data`, swaps it in and redraws; on error nothing changes.
    #[wasm_bindgen(js_name = setData)]
    pub fn set_data(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Dataset")] data: JsValue,
    ) -> Result<(), JsError> {
        let value = read(&data)?;
        let live = self.live()?;
        let mut state = live.try_borrow_mut().map_err(busy)?;
        state.chart.set_data(&value).map_err(js_error)?;
        (state.focus, state.hovered) = (None, None);
        state.describe_for_readers();
        if state.chart.options().auto_height {
            // New data asks for a new height: the chart is drawn at it, without a glide.
            return state.redraw(true);
        }
        state.redraw_moving()
    }

    /// The current dataset as a plain object.
    #[wasm_bindgen(getter, unchecked_return_type = "Dataset")]
    pub fn data(&self) -> Result<JsValue, JsError> {
        let live = self.live()?;
        let state = live.try_borrow().map_err(busy)?;
        to_js(&state.chart.data().to_value())
    }

    /// Merges `{ locale?, theme?, animate? }` and redraws; on error nothing changes.
    #[wasm_bindgen(js_name = setOptions)]
    pub fn set_options(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ChartOptions")] options: JsValue,
    ) -> Result<(), JsError> {
        let value = read(&options)?;
        let live = self.live()?;
        let mut state = live.try_borrow_mut().map_err(busy)?;
        state.chart.set_options(&value).map_err(js_error)?;
        state.describe_for_readers();
        // Words in another language, or a switch to `height: "auto"`, may ask for a new height.
        let auto_height = state.chart.options().auto_height;
        state.redraw(auto_height)
    }

    /// Re-reads the canvas's CSS size and the device pixel ratio, and redraws.
    pub fn resize(&self) -> Result<(), JsError> {
        let live = self.live()?;
        let mut state = live.try_borrow_mut().map_err(busy)?;
        // Sizes read here never reached the observer: have it report afresh from now on, or a
        // return to the size it last reported would go unnoticed.
        if let Some(observer) = &state.observer {
            observer.unobserve(&state.canvas);
            observer.observe(&state.canvas);
        }
        state.redraw(true)
    }

    /// The datum under `(x, y)` (CSS pixels from the canvas's top-left), or `undefined`.
    #[wasm_bindgen(js_name = hitTest, unchecked_return_type = "Hit | undefined")]
    pub fn hit_test(&self, x: f64, y: f64) -> Result<JsValue, JsError> {
        let live = self.live()?;
        let state = live.try_borrow().map_err(busy)?;
        Ok(state
            .hit_at(x, y)
            .map_or(JsValue::UNDEFINED, |hit| state.hit_value(&hit)))
    }

    /// The chart as a standalone SVG document.
    #[wasm_bindgen(js_name = toSvg)]
    pub fn to_svg(&self) -> Result<String, JsError> {
        let live = self.live()?;
        let state = live.try_borrow().map_err(busy)?;
        let measure = CanvasMeasure::new(&state.context);
        state
            .chart
            .to_svg(
                state.size.width,
                state.size.height,
                &measure,
                state.prefers_dark(),
            )
            .map_err(|e| JsError::new(&e))
    }

    /// Removes the observers and listeners this chart added; later calls throw. Idempotent.
    pub fn destroy(&mut self) {
        if let Some(live) = self.live.take() {
            if let Ok(mut state) = live.try_borrow_mut() {
                state.stop_following();
                state.stop_interacting();
            }
        }
    }

    fn live(&self) -> Result<&Rc<RefCell<Live>>, JsError> {
        self.live
            .as_ref()
            .ok_or_else(|| JsError::new("chart: this chart was destroyed"))
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

impl Live {
    /// Draws the chart; with `measure_size`, first matches the backing store to the canvas's
    /// CSS size × devicePixelRatio.
    fn redraw(&mut self, measure_size: bool) -> Result<(), JsError> {
        if measure_size || self.size.width == 0.0 {
            self.sync_size();
        }
        let measure = CanvasMeasure::new(&self.context);
        let layout = self.chart.layout(self.size, &measure);
        // A redraw ends any transition: it shows the finished chart.
        self.stop_transition();
        let painted = self.paint(&layout);
        self.layout = Some(layout);
        // The highlight was placed for the old drawing.
        self.clear_highlight();
        painted
    }

    /// The reader's colour scheme, as the query the chart follows last reported it.
    fn prefers_dark(&self) -> bool {
        self.dark
    }

    fn paint(&self, layout: &Layout) -> Result<(), JsError> {
        let mut backend = canvas::BatchingCanvas::new(self.canvas.clone())
            .ok_or_else(|| JsError::new("canvas: could not get a 2D context"))?;
        self.chart
            .paint(layout, self.prefers_dark(), &mut backend)
            .map_err(|e| JsError::new(&format!("canvas: {e}")))
    }

    /// Sets the backing store to CSS size × devicePixelRatio. Returns whether anything changed.
    fn sync_size(&mut self) -> bool {
        let scale = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
        let scale = if scale.is_finite() && scale > 0.0 {
            scale
        } else {
            1.0
        };
        let css_w = self.canvas.client_width();
        let css_h = if self.chart.options().auto_height {
            self.fit_height_to_content(css_w, scale)
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
        // A canvas that no CSS sizes takes its size from its backing store: growing that by the
        // pixel ratio would grow the canvas, and so on. Pin such a canvas at its CSS size. Only a
        // canvas whose CSS size was its old backing size can be one; asking any other would cost
        // a second layout.
        let maybe_unsized = u32::try_from(css_w) == Ok(old.0) && u32::try_from(css_h) == Ok(old.1);
        if maybe_unsized
            && old != new
            && (self.canvas.client_width(), self.canvas.client_height()) != (css_w, css_h)
        {
            let style = self.canvas.style();
            let _ = style.set_property("width", &format!("{css_w}px"));
            let _ = style.set_property("height", &format!("{css_h}px"));
        }
        let changed = size != self.size;
        self.size = size;
        changed
    }

    /// `height: "auto"`: sets the canvas's CSS height to what the chart's content asks for at
    /// `css_w`, and returns it.
    fn fit_height_to_content(&self, css_w: i32, scale: f64) -> i32 {
        let size = Size {
            width: f64::from(css_w),
            height: 0.0,
            scale,
        };
        let measure = CanvasMeasure::new(&self.context);
        let height = self.chart.content_height(size, &measure) as i32;
        if self.canvas.client_height() != height {
            let _ = self
                .canvas
                .style()
                .set_property("height", &format!("{height}px"));
        }
        height
    }

    /// Redraws when the canvas's size or the pixel ratio changes, until `stop_following`.
    fn follow_size(&mut self, me: Weak<RefCell<Live>>) {
        let on_resize = Closure::<dyn FnMut()>::new({
            let me = me.clone();
            move || {
                with_live(&me, |state| {
                    if state.sync_size() {
                        let _ = state.redraw(false);
                    }
                });
            }
        });
        if let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&self.canvas);
            self.observer = Some(observer);
        }
        self.on_resize = Some(on_resize);

        let on_pixel_ratio = Closure::<dyn FnMut()>::new(move || {
            with_live(&me, |state| {
                let _ = state.redraw(true);
                state.watch_pixel_ratio();
            });
        });
        self.on_pixel_ratio = Some(on_pixel_ratio);
        self.watch_pixel_ratio();
    }

    /// Redraws when the reader switches between light and dark, for the `auto` theme.
    fn follow_color_scheme(&mut self, me: Weak<RefCell<Live>>) {
        let Some(list) = media_query("(prefers-color-scheme: dark)") else {
            return;
        };
        let on_change = Closure::<dyn FnMut()>::new(move || {
            with_live(&me, |state| {
                state.dark = state.dark_query.as_ref().is_some_and(|(l, _)| l.matches());
                if state.chart.options().theme == crate::options::Theme::Auto {
                    let _ = state.redraw(false);
                }
            });
        });
        let _ = list.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        self.dark = list.matches();
        self.dark_query = Some((list, on_change));
    }

    /// (Re)listens for the device pixel ratio to leave its current value.
    fn watch_pixel_ratio(&mut self) {
        let Some(callback) = &self.on_pixel_ratio else {
            return;
        };
        let callback = callback.as_ref().unchecked_ref();
        if let Some(old) = self.pixel_ratio_query.take() {
            let _ = old.remove_event_listener_with_callback("change", callback);
        }
        let query = format!("(resolution: {}dppx)", Num(self.size.scale));
        if let Some(list) = media_query(&query) {
            let _ = list.add_event_listener_with_callback("change", callback);
            self.pixel_ratio_query = Some(list);
        }
    }

    /// Listeners and the readers' description (the highlight layer and tooltip come with the
    /// first hover, the live region with the first focus).
    fn interact(&mut self, me: Weak<RefCell<Live>>) {
        self.parts = dom::Parts::add(&self.canvas);
        self.listeners = Some(interact::listen(&self.canvas, &me));
        self.on_frame = Some(interact::frame_callback(&me));
        self.on_transition_frame = Some(transition::frame_callback(&me));
        self.on_table = Some(readers::table_callback(&me));
        self.describe_for_readers();
    }

    fn stop_interacting(&mut self) {
        if let Some(listeners) = self.listeners.take() {
            retire(Box::new(interact::unlisten(listeners)));
        }
        if let (Some(id), Some(window)) = (self.frame_pending.take(), web_sys::window()) {
            let _ = window.cancel_animation_frame(id);
        }
        if let Some(frame) = self.on_frame.take() {
            retire(Box::new(frame));
        }
        self.cancel_table();
        if let Some(build) = self.on_table.take() {
            retire(Box::new(build));
        }
        self.stop_transition();
        if let Some(frame) = self.on_transition_frame.take() {
            retire(Box::new(frame));
        }
        if let Some(parts) = self.parts.take() {
            parts.remove(&self.canvas);
        }
    }

    fn stop_following(&mut self) {
        if let Some(observer) = self.observer.take() {
            observer.disconnect();
        }
        if let (Some(list), Some(callback)) = (self.pixel_ratio_query.take(), &self.on_pixel_ratio)
        {
            let _ = list
                .remove_event_listener_with_callback("change", callback.as_ref().unchecked_ref());
        }
        if let Some(on_resize) = self.on_resize.take() {
            retire(Box::new(on_resize));
        }
        if let Some(on_pixel_ratio) = self.on_pixel_ratio.take() {
            retire(Box::new(on_pixel_ratio));
        }
        if let Some((list, on_change)) = self.dark_query.take() {
            let _ = list
                .remove_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
            retire(Box::new(on_change));
        }
    }
}

/// The page's `matchMedia(query)`, if it has one.
fn media_query(query: &str) -> Option<MediaQueryList> {
    web_sys::window()?.match_media(query).ok()?
}

/// Whether `query` matches the page now.
fn media_matches(query: &str) -> bool {
    media_query(query).is_some_and(|list| list.matches())
}

/// Runs `f` on a chart that still exists and is not in the middle of another call.
fn with_live<R>(me: &Weak<RefCell<Live>>, f: impl FnOnce(&mut Live) -> R) -> Option<R> {
    let live = me.upgrade()?;
    let mut state = live.try_borrow_mut().ok()?;
    Some(f(&mut state))
}

thread_local! {
    /// Closures of destroyed charts. `destroy` may run inside one of them (a page listener
    /// destroying the chart it listens to), so they are dropped later, from a timer.
    static RETIRED: RefCell<Vec<Box<dyn Any>>> = const { RefCell::new(Vec::new()) };
}

/// Drops `item` from a timer; one timer drops everything retired before it runs (a destroyed
/// chart retires seven closures: seven timers were seven tasks in the page's next turn).
fn retire(item: Box<dyn Any>) {
    let first = RETIRED.with(|r| {
        let mut retired = r.borrow_mut();
        retired.push(item);
        retired.len() == 1
    });
    if !first {
        return;
    }
    let drop_all = Closure::once_into_js(|| RETIRED.with(|r| r.borrow_mut().clear()));
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback(drop_all.unchecked_ref());
    }
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
