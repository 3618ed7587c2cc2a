//! The scaffold the cartesian kinds share (bars, lines, scatters): label typography, where the
//! x axis sits, which series are visible and the range of their values.

use super::axis::{horizontal_grid, label_font, vertical_ticks};
use super::x_axis::x_axis;
use super::{Frame, Layout, Rect};
use crate::model::Dataset;
use crate::scale::{Linear, Ticks};
use crate::view::XView;

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
        // A plain loop, not `.flatten()`: built for size, the adapter stays a call per value,
        // and a first paint runs this loop unoptimised over every value of a long series.
        for v in values {
            let Some(v) = *v else { continue };
            // Comparisons, not `f64::min`: values are finite, and wasm calls out for `min`.
            range = Some(match range {
                None => (v, v),
                Some((lo, hi)) => (if v < lo { v } else { lo }, if v > hi { v } else { hi }),
            });
        }
    }
    range
}

/// The frame of a plot with a continuous x axis and a value axis (lines, areas, scatters), as
/// placed by [`xy_plot`].
pub(crate) struct XyPlot {
    pub x: Linear,
    pub y: Linear,
    pub ticks: Ticks,
    /// The top of the plot and the x axis's y.
    pub top: f64,
    pub bottom: f64,
    /// The x axis's ends.
    pub left: f64,
    pub right: f64,
}

/// Places the value axis (ticks for `range`, gridlines, labels), the x axis for `view` and room
/// above for note markers inside `plot`; `inset` keeps marks that far (device pixels) from the
/// axes' ends, so a dot is never cut by the axis it sits on.
pub(crate) fn xy_plot(
    data: &Dataset,
    frame: &Frame,
    plot: Rect,
    (view, range): (XView, (f64, f64)),
    inset: f64,
    out: &mut Layout,
) -> XyPlot {
    let (font, line) = label_font(frame);
    let bottom = axis_bottom((plot.y0, plot.y1), line, 1.0, frame);
    let markers = if data.notes.is_empty() { 0.0 } else { line };
    let top = (plot.y0 + frame.px(8.0) + markers).min(bottom);
    let (ticks, labels, label_width) =
        vertical_ticks(range, bottom - top, frame, &data.unit(), font);
    let left = (plot.x0 + label_width + frame.px(8.0)).min(plot.x1);
    let right = (plot.x1 - frame.px(12.0)).max(left);
    let y = Linear::new((ticks.lo, ticks.hi), (bottom - inset, top + inset));
    let x = Linear::new((view.lo, view.hi), (left + inset, right - inset));
    out.x_scale = Some(x);
    out.plot = Rect::spanning(left, plot.y0, plot.x1, bottom);
    horizontal_grid(&ticks, labels, &y, (left, right), frame, font, out);
    x_axis(data, frame, &x, (view.lo, view.hi), bottom, out);
    XyPlot {
        x,
        y,
        ticks,
        top,
        bottom,
        left,
        right,
    }
}
