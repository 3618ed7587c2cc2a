//! The height a chart's content asks for at a given width: what `<outage-chart>`, a canvas with
//! `height: "auto"` and a static chart with `height: "auto"` are sized to.
//!
//! The layout fits everything into the height it is given, so the frame's own height (title,
//! subtitle and legend above, axis labels, notes and source below) is read off a layout at a
//! tall probe height, where every text is whole; the plot then gets the room its kind reads
//! well in: a row per category for horizontal bars (tall enough for a name on two lines), a
//! landscape box for the others.

use super::layout;
use crate::i18n;
use crate::layout::{Frame, Layout, MIN_PLOT, MIN_SIZE};
use crate::model::Dataset;
use crate::view::XView;

/// Tall enough for every text of any dataset to be laid out whole.
const PROBE: f64 = 4096.0;
/// The most a chart asks for, in CSS pixels: 10,000 categories must not ask for a mile.
pub const MAX_CONTENT_HEIGHT: f64 = 32_000.0;

/// The height in whole CSS pixels that `data` needs at `frame.width` (its `height` is ignored).
pub fn content_height(data: &Dataset, frame: &Frame) -> f64 {
    let at = |height: f64| layout(data, &Frame { height, ..*frame });
    // The frame's height does not depend on which x values are in view: the probe looks at the
    // first two only (a scatter, at a sliver of its x range), so a long line or a big scatter is
    // not placed (decimated, thinned) once more just to be measured.
    let narrow = match (data.domain.positions(), data.x_extent()) {
        (Some([first, second, ..]), _) => Some(XView::full(*first, *second)),
        (None, Some((lo, hi))) if hi > lo => Some(XView::full(lo, lo + (hi - lo) * 1e-9)),
        _ => frame.x_view,
    };
    let probe = layout(
        data,
        &Frame {
            height: PROBE,
            x_view: narrow,
            ..*frame
        },
    );
    let scale = probe.scale;
    let around_plot = PROBE - probe.plot.height() / scale;
    // Never a plot so low that the frame would shorten its texts to make room.
    let plot = (data.kind.spec())
        .plot_height(data, frame.width)
        .max(MIN_PLOT + 8.0);
    let mut height = (around_plot + plot).ceil();
    // Notes take at most a share of the height: grow until none is left out.
    for _ in 0..8 {
        let done = data.notes.is_empty()
            || height >= MAX_CONTENT_HEIGHT
            || !notes_left_out(data, frame, &at(height));
        if done {
            break;
        }
        height = (height * 1.25).ceil();
    }
    height.clamp(MIN_SIZE, MAX_CONTENT_HEIGHT)
}

/// Whether a layout had to leave notes out ("… and 3 more notes").
fn notes_left_out(data: &Dataset, frame: &Frame, layout: &Layout) -> bool {
    let notes = data.notes.len();
    notes > 0
        && (layout.texts.iter())
            .any(|t| (1..=notes).any(|n| t.text == i18n::more_notes(frame.locale, n)))
}
