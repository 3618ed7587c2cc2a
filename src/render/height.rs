//! `height: "auto"`: a static chart as tall as its content needs.
//!
//! The layout has no notion of a needed height: it fits everything into the height it is
//! given. So the frame's own height (title, subtitle, legend, axis labels, notes, source) is
//! read off a layout at a tall probe height, and the plot is given the room its kind reads
//! well in: a row per category for horizontal bars, a landscape box for the others.

use crate::chart::{Chart, Size};
use crate::i18n;
use crate::layout::Layout;
use crate::model::Kind;
use crate::text::TextMeasure;

use super::options::{MAX_SIDE, MIN_SIDE};

/// Tall enough that notes (which may take a third of the height) all fit.
const PROBE: f64 = 4096.0;

/// The plot's height in CSS pixels for a chart `width` wide.
fn plot_height(chart: &Chart, width: f64) -> f64 {
    let data = chart.data();
    match data.kind {
        Kind::HBar => {
            // Every bar of a category side by side, each at least 10 px, and some air.
            let per_row = (10.0 * data.series.len() as f64 + 16.0).max(36.0);
            per_row * data.domain.len() as f64
        }
        Kind::Donut => (width * 0.5).clamp(180.0, 360.0),
        _ => (width * 0.45).clamp(160.0, 420.0),
    }
}

fn lay_out(chart: &Chart, width: f64, height: f64, measure: &dyn TextMeasure) -> Layout {
    let size = Size {
        width,
        height,
        scale: 1.0,
    };
    chart.layout(size, measure)
}

/// Whether a layout had to leave notes out ("… and 3 more notes").
fn notes_cut(chart: &Chart, layout: &Layout) -> bool {
    let locale = chart.options().locale;
    let notes = chart.data().notes.len();
    notes > 0
        && layout
            .texts
            .iter()
            .any(|t| (1..=notes).any(|n| t.text == i18n::more_notes(locale, n)))
}

/// The height, in whole CSS pixels, that `chart` needs at `width`.
pub fn auto_height(chart: &Chart, width: f64, measure: &dyn TextMeasure) -> f64 {
    let probe = lay_out(chart, width, PROBE, measure);
    let frame = PROBE - probe.plot.height();
    let mut height = (frame + plot_height(chart, width)).ceil();
    // Notes take at most a third of the height: grow until none is left out.
    for _ in 0..8 {
        if height >= MAX_SIDE || !notes_cut(chart, &lay_out(chart, width, height, measure)) {
            break;
        }
        height = (height * 1.25).ceil();
    }
    height.clamp(MIN_SIDE, MAX_SIDE)
}
