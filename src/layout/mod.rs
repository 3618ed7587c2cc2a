//! What a layout is and the tools to make one: the [`Layout`] (every mark of the chart with its
//! place in device pixels), the [`Frame`] it is made for, the frame's texts and legend, and the
//! axes and scaffold the kinds place their marks with. The pass itself (frame, then the kind's
//! marks) is `crate::place`. Drawing only paints a layout, and hit testing only reads one, so
//! both agree by construction.
//!
//! Sizes are given in CSS pixels and multiplied by the device pixel ratio (`scale`) here, once:
//! fonts, margins and line widths grow with it and the chart stays sharp on HiDPI screens.

pub(crate) mod axis;
pub(crate) mod cartesian;
pub mod decimate;
mod frame;
mod tween;
pub(crate) mod x_axis;

mod marks;

pub use frame::LegendBy;
pub(crate) use frame::{place_frame, with_note_markers, MIN_PLOT};
pub(crate) use marks::{rule, text};
pub use marks::{
    Align, BarMark, Dots, Ink, LegendEntry, LineMark, PointMark, Rect, RingMark, Rule, SliceMark,
    TextMark, UnknownMark,
};
pub use tween::{ease, tween};

use crate::locale::Locale;
use crate::model::Dataset;
use crate::scale::Linear;
use crate::text::TextMeasure;
use crate::view::XView;

#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    /// Device pixels per CSS pixel.
    pub scale: f64,
    pub plot: Rect,
    pub rules: Vec<Rule>,
    pub bars: Vec<BarMark>,
    pub unknowns: Vec<UnknownMark>,
    pub lines: Vec<LineMark>,
    /// Where the points of the lines are, for hover and the keyboard.
    pub line_points: Option<LinePoints>,
    pub rings: Vec<RingMark>,
    pub slices: Vec<SliceMark>,
    /// A scatter's dots, per series.
    pub dots: Vec<Dots>,
    pub legend: Vec<LegendEntry>,
    pub texts: Vec<TextMark>,
    /// Data x → device pixels, for charts with a continuous x axis (zoom and pan read it).
    pub x_scale: Option<Linear>,
    /// Values → device pixels, where the kind places points from the data (a scatter).
    pub y_scale: Option<Linear>,
    /// Whether some category names were left unwritten for lack of room (a height the page
    /// fixed too small): the readers' table says so, and names them all.
    pub names_thinned: bool,
}

/// The points of a line or area chart's series, placed from the data when asked for: a mark
/// stored per point cost ~5 MB and ~1.7 ms for a line of 166,650 points, for hover to read a
/// handful of them.
#[derive(Debug, Clone, PartialEq)]
pub struct LinePoints {
    /// The series drawn, ascending.
    pub series: Vec<usize>,
    /// The datum indices in view.
    pub window: std::ops::Range<usize>,
    pub x: Linear,
    pub y: Linear,
}

impl Layout {
    /// Datum `index` of `series` of `data` (the data this layout was made from) as drawn: a
    /// known value of a line in view.
    pub fn point(&self, data: &Dataset, series: usize, index: usize) -> Option<PointMark> {
        let lines = self.line_points.as_ref()?;
        if !lines.series.contains(&series) || !lines.window.contains(&index) {
            return None;
        }
        let value = (*data.series.get(series)?.values.get(index)?)?;
        Some(PointMark {
            series,
            index,
            x: self.point_x(data, index)?,
            y: self.y_at(lines, value),
            value,
        })
    }

    /// The x of datum `index` as drawn, whether its value is known or not.
    pub fn point_x(&self, data: &Dataset, index: usize) -> Option<f64> {
        let lines = self.line_points.as_ref()?;
        Some(self.x_at(lines, *data.domain.positions()?.get(index)?))
    }

    /// Data x → device pixels, kept on the canvas as every mark is.
    pub fn x_at(&self, lines: &LinePoints, x: f64) -> f64 {
        within(lines.x.map(x), self.width)
    }

    /// A value → device pixels, kept on the canvas as every mark is.
    pub fn y_at(&self, lines: &LinePoints, value: f64) -> f64 {
        within(lines.y.map(value), self.height)
    }

    /// Every point drawn, series by series, each in ascending x.
    pub fn points<'a>(&'a self, data: &'a Dataset) -> impl Iterator<Item = PointMark> + 'a {
        let lines = self.line_points.as_ref();
        let series = lines.map(|l| l.series.as_slice()).unwrap_or_default();
        let window = lines.map(|l| l.window.clone()).unwrap_or_default();
        series.iter().flat_map(move |s| {
            window
                .clone()
                .filter_map(move |index| self.point(data, *s, index))
        })
    }
}

/// What a layout is computed for.
pub struct Frame<'a> {
    /// CSS pixels.
    pub width: f64,
    pub height: f64,
    /// devicePixelRatio.
    pub scale: f64,
    pub locale: Locale,
    pub measure: &'a dyn TextMeasure,
    /// Legend entries switched off (series; for a donut, categories): they keep their colour
    /// and their entry.
    pub hidden: &'a [bool],
    /// The zoomed window of a continuous x axis; `None` shows all the data.
    pub x_view: Option<XView>,
}

impl Frame<'_> {
    /// CSS pixels → device pixels.
    pub(crate) fn px(&self, css: f64) -> f64 {
        css * self.scale
    }

    pub(crate) fn visible(&self, series: usize) -> bool {
        !self.hidden.get(series).copied().unwrap_or(false)
    }
}

/// The smallest canvas side, in CSS pixels, that gets a chart.
pub const MIN_SIZE: f64 = 48.0;

impl Layout {
    /// A layout with no marks yet, `width` by `height` device pixels, its plot the whole canvas.
    pub(crate) fn empty(width: f64, height: f64, scale: f64) -> Layout {
        Layout {
            width,
            height,
            scale,
            plot: Rect::spanning(0.0, 0.0, width, height),
            rules: Vec::new(),
            bars: Vec::new(),
            unknowns: Vec::new(),
            lines: Vec::new(),
            line_points: None,
            rings: Vec::new(),
            slices: Vec::new(),
            dots: Vec::new(),
            legend: Vec::new(),
            texts: Vec::new(),
            x_scale: None,
            y_scale: None,
            names_thinned: false,
        }
    }
}

/// `v` moved into `[0, max]`, NaN to 0 (as `v.max(0.0).min(max)`, written with comparisons:
/// wasm calls out for `f64::min` and `f64::max`, and this runs for every point of a line).
pub(crate) fn within(v: f64, max: f64) -> f64 {
    if v > max {
        max
    } else if v >= 0.0 {
        v
    } else {
        0.0
    }
}
