//! outage-charts: honest, accessible charts drawn with plotters.
pub mod chart;
pub mod datasets;
pub mod dates;
pub mod draw;
pub mod error;
pub mod format;
pub mod i18n;
pub mod input;
pub mod layout;
pub mod locale;
pub mod model;
pub mod options;
pub mod scale;
pub mod text;
pub mod theme;
pub mod validate;
#[cfg(target_arch = "wasm32")]
mod web;
