//! outage-charts: honest, accessible charts drawn with plotters.
//!
//! One pipeline, plain Rust up to the backend:
//!
//! ```text
//! setData(object) ─▶ input::Value ─validate─▶ model::Dataset ─layout─▶ layout::Layout ─draw─▶ DrawingBackend
//!  (web::read, or     (a bounded     (every rule checked,   (device pixels, text     (canvas, SVG,
//!   serde_json)        plain tree)    errors path first)     measured by TextMeasure)  PNG pixmap, tests)
//! ```
//!
//! - [`Chart`] holds one chart's state (dataset, options, hidden series, zoom) and runs the
//!   stages; `web` (wasm only) is the thin edge that gives it a canvas and events, and the only
//!   module that touches `JsValue` and the DOM.
//! - [`kinds`]: one module per chart kind, each answering for its positions, legend, layout,
//!   marks, hit test, keyboard order, readers' table and words through [`ChartKind`]; the table
//!   of kinds feeds the validator, the schema, the TypeScript types and the property tests.
//! - [`numbers`] decides how every value is written; [`describe`] puts the chart into words;
//!   [`interaction`] is hover, focus and gestures as a plain state machine.
//! - [`render`] makes static SVG (the command line adds PNG) with the built-in font's metrics.

pub use chart::{Chart, Size};
pub use error::DataError;
pub use input::Value;
pub use kinds::ChartKind;
pub use locale::Locale;
pub use model::{Dataset, Kind};
pub use render::{render_svg, StaticOptions};

pub mod builtin_font;
pub mod chart;
pub mod datasets;
mod dates;
pub mod datum;
pub mod describe;
pub mod draw;
pub mod error;
mod facts;
mod font_metrics;
pub mod format;
mod hash;
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
pub mod place;
pub mod render;
mod scale;
mod sort;
pub mod svg;
pub mod text;
pub mod theme;
mod time_ticks;
pub mod tooltip;
pub mod validate;
mod view;
#[cfg(target_arch = "wasm32")]
pub mod web;
