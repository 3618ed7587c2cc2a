//! outage-charts: honest, accessible charts drawn with plotters.
//!
//! One pipeline, plain Rust up to the backend:
//!
//! ```text
//! JS object / JSON ─▶ input::Value ─validate─▶ model::Dataset ─layout─▶ layout::Layout ─draw─▶ DrawingBackend
//!  (web::read, or      (a bounded     (every rule checked,   (device pixels, text     (canvas, SVG,
//!   serde_json)         plain tree)    errors path first)     measured by TextMeasure)  PNG pixmap, tests)
//! ```
//!
//! [`chart::Chart`] holds one chart's state and runs the stages; [`numbers`] decides how every
//! value is written; [`render`] makes static SVG with the built-in font's metrics; `web` (wasm
//! only) is the only module that touches `JsValue` and the DOM.
pub mod builtin_font;
pub mod chart;
pub mod datasets;
pub mod dates;
pub mod describe;
pub mod draw;
pub mod error;
pub mod exact;
mod font_metrics;
pub mod format;
pub mod hit;
pub mod i18n;
pub mod input;
pub mod interaction;
pub mod kinds;
pub mod layout;
pub mod locale;
pub mod math;
pub mod model;
pub mod navigate;
pub mod numbers;
pub mod options;
pub mod render;
pub mod scale;
pub mod text;
pub mod theme;
pub mod time_ticks;
pub mod tooltip;
pub mod validate;
pub mod view;
#[cfg(target_arch = "wasm32")]
pub mod web;
