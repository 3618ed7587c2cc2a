//! Static charts: a dataset and options in, a standalone SVG document out, laid out with the
//! built-in font's metrics. `renderSvg` in the module and the command line both call
//! [`render_svg`], so the same call gives the same bytes in a browser, in Node and natively.

mod access;
mod options;

pub use options::{Height, StaticOptions, DEFAULT_HEIGHT, DEFAULT_WIDTH, MAX_SIDE, MIN_SIDE};

use crate::builtin_font::{BuiltinFont, FAMILY};
use crate::chart::{Chart, Size};
use crate::error::DataError;
use crate::input::Value;
use crate::locale::Locale;

/// A drawn static chart: the SVG document and its size in CSS pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct StaticSvg {
    pub svg: String,
    pub width: f64,
    pub height: f64,
}

/// A checked static chart and its size in CSS pixels, ready to lay out and draw on any backend
/// (the command line draws its PNGs from here).
#[derive(Debug, Clone)]
pub struct Prepared {
    pub chart: Chart,
    pub width: f64,
    pub height: f64,
}

/// Checks `data` and sizes its chart, or gives the first problem with `data` (path first).
pub fn prepare(data: &Value, options: &StaticOptions) -> Result<Prepared, DataError> {
    // `Chart::new` draws the built-in dataset for a left-out one; here a dataset is required
    // (and `null` is refused by validation, as everywhere).
    if *data == Value::Undefined {
        return Err(DataError::expected("dataset", "an object", data));
    }
    let chart = Chart::new(data, &options.chart_options(), Locale::En)?;
    let width = options.width;
    let height = match options.height {
        Height::Css(height) => height,
        // As tall as the `<outage-chart>` element makes itself for this content, within the
        // largest side a static chart may have.
        Height::Auto => {
            let size = Size {
                width,
                height: 0.0,
                scale: 1.0,
            };
            chart.content_height(size, &BuiltinFont).min(MAX_SIDE)
        }
    };
    Ok(Prepared {
        chart,
        width,
        height,
    })
}

/// `data` drawn as an SVG document, or the first problem with `data` (path first).
pub fn render_svg(data: &Value, options: &StaticOptions) -> Result<StaticSvg, DataError> {
    let Prepared {
        chart,
        width,
        height,
    } = prepare(data, options)?;
    let family = format!("{FAMILY}, sans-serif");
    let svg = chart
        .to_svg_in_font(width, height, &BuiltinFont, options.dark, &family)
        // Only a backend's write error lands here, and a string never fails to grow.
        .map_err(|e| DataError::new("svg", e))?;
    let svg = access::with_description(&svg, chart.data(), options.locale);
    Ok(StaticSvg { svg, width, height })
}
