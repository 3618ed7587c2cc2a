//! What a layout is made of: marks in device pixels, each knowing the datum it shows.

use crate::text::Font;

/// A rectangle in device pixels; `x1 >= x0`, `y1 >= y0`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    /// The rectangle spanning two corners given in any order.
    pub fn spanning(ax: f64, ay: f64, bx: f64, by: f64) -> Rect {
        Rect {
            x0: ax.min(bx),
            y0: ay.min(by),
            x1: ax.max(bx),
            y1: ay.max(by),
        }
    }

    pub fn width(&self) -> f64 {
        self.x1 - self.x0
    }

    pub fn height(&self) -> f64 {
        self.y1 - self.y0
    }

    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x0 && x <= self.x1 && y >= self.y0 && y <= self.y1
    }
}

/// Which colour of the palette a mark takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    Text,
    Muted,
    Grid,
    Axis,
    Unknown,
    Series(usize),
    /// A category's own colour: donut slices are told apart by category, not series.
    Category(usize),
    /// Black or white, whichever reads better on category `i`'s colour (labels on slices).
    OnCategory(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Start,
    Center,
    End,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TextMark {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub font: Font,
    pub ink: Ink,
    pub h_align: Align,
    pub v_align: Align,
}

/// A straight line: grid, axis, zero line, tick.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub from: (f64, f64),
    pub to: (f64, f64),
    pub width: f64,
    pub ink: Ink,
    pub dashed: bool,
}

/// A known value drawn as a bar.
#[derive(Debug, Clone, PartialEq)]
pub struct BarMark {
    pub series: usize,
    pub index: usize,
    pub rect: Rect,
    pub value: f64,
}

/// An unknown value: a hatched, dashed-outline region where the datum would be.
#[derive(Debug, Clone, PartialEq)]
pub struct UnknownMark {
    pub series: usize,
    pub index: usize,
    /// The last index the mark stands for: on a line, a run of unknown values is one band
    /// (a band per value would pile up into a smear of hatching and question marks).
    pub last: usize,
    pub rect: Rect,
    /// A run before the series' first known value or after its last, drawn as a strip on the
    /// x axis in the series' colour rather than a band over the plot.
    pub edge: bool,
}

impl UnknownMark {
    /// One unknown value drawn over `rect` (a bar's place, a row, a block on a stack).
    pub fn single(series: usize, index: usize, rect: Rect) -> UnknownMark {
        UnknownMark {
            series,
            index,
            last: index,
            rect,
            edge: false,
        }
    }

    /// Whether the mark shows datum `index` of `series`.
    pub fn covers(&self, series: usize, index: usize) -> bool {
        self.series == series && (self.index..=self.last).contains(&index)
    }
}

/// A known value drawn as a point of a line (made on demand by [`super::Layout::point`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PointMark {
    pub series: usize,
    pub index: usize,
    pub x: f64,
    pub y: f64,
    pub value: f64,
}

/// A donut slice: a ring sector. Angles are radians clockwise from twelve o'clock.
#[derive(Debug, Clone, PartialEq)]
pub struct SliceMark {
    pub series: usize,
    pub index: usize,
    pub center: (f64, f64),
    pub inner: f64,
    pub outer: f64,
    pub start: f64,
    pub end: f64,
    pub value: f64,
    /// The slice's share of its ring, 0 to 1.
    pub share: f64,
}

/// The empty track of a donut ring, drawn under its slices.
#[derive(Debug, Clone, PartialEq)]
pub struct RingMark {
    pub center: (f64, f64),
    pub inner: f64,
    pub outer: f64,
}

/// A line series: runs of connected points, broken where a value is unknown.
#[derive(Debug, Clone, PartialEq)]
pub struct LineMark {
    pub series: usize,
    pub runs: Vec<Vec<(f64, f64)>>,
    pub width: f64,
    /// Draw a dot on every point (when they are few enough to tell apart).
    pub dots: bool,
    /// For areas: the y (device pixels) the area is filled down or up to.
    pub fill_to: Option<f64>,
}

/// The dots of one scatter series as drawn: `(x, y, datum index)` in device pixels, at most one
/// per small cell of the plot.
#[derive(Debug, Clone, PartialEq)]
pub struct Dots {
    pub series: usize,
    pub points: Vec<(f64, f64, usize)>,
    pub radius: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    /// The series; for a donut, whose legend lists slices, the category.
    pub item: usize,
    pub ink: Ink,
    pub swatch: Rect,
    /// The whole clickable entry, swatch and name.
    pub area: Rect,
}

/// A solid straight line.
pub(crate) fn rule(from: (f64, f64), to: (f64, f64), width: f64, ink: Ink) -> Rule {
    Rule {
        from,
        to,
        width,
        ink,
        dashed: false,
    }
}

/// A text mark anchored at `(x, y)`.
pub(crate) fn text(
    text: String,
    x: f64,
    y: f64,
    font: Font,
    ink: Ink,
    h_align: Align,
    v_align: Align,
) -> TextMark {
    TextMark {
        text,
        x,
        y,
        font,
        ink,
        h_align,
        v_align,
    }
}
