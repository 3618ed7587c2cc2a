//! The scaffold the cartesian kinds share (bars, lines, scatters): label typography, where the
//! x axis sits, which series are visible and the range of their values.

use super::Frame;
use crate::model::Dataset;
use crate::text::Font;

/// Axis labels, value labels and markers, in CSS pixels.
pub(crate) const LABEL_SIZE: f64 = 12.0;

/// The label font at the frame's scale, and the height of one line of it.
pub(crate) fn label_font(frame: &Frame) -> (Font, f64) {
    let font = Font::regular(frame.px(LABEL_SIZE));
    (font, font.size * 1.3)
}

/// The y of the x axis: `lines` lines of labels (and a gap) above the bottom of the plot.
pub(crate) fn axis_bottom(plot_y: (f64, f64), line: f64, lines: f64, frame: &Frame) -> f64 {
    (plot_y.1 - line * lines - frame.px(6.0)).max(plot_y.0)
}

/// The series the legend has not switched off, ascending.
pub(crate) fn visible_series(data: &Dataset, frame: &Frame) -> Vec<usize> {
    (0..data.series.len())
        .filter(|s| frame.visible(*s))
        .collect()
}

/// Smallest and largest known value of the visible series, at the indices in `window` (all of
/// them for `None`).
pub(crate) fn value_range(
    data: &Dataset,
    frame: &Frame,
    window: Option<std::ops::Range<usize>>,
) -> Option<(f64, f64)> {
    let mut range: Option<(f64, f64)> = None;
    for series in visible_series(data, frame) {
        let values = &data.series[series].values;
        let values = match &window {
            Some(w) => values.get(w.clone()).unwrap_or_default(),
            None => values,
        };
        for v in values.iter().flatten() {
            // Comparisons, not `f64::min`: values are finite, and wasm calls out for `min`.
            range = Some(match range {
                None => (*v, *v),
                Some((lo, hi)) => (if *v < lo { *v } else { lo }, if *v > hi { *v } else { hi }),
            });
        }
    }
    range
}
