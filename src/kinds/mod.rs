//! Chart kinds. Each kind is one module answering everything about itself through
//! [`ChartKind`]: what positions its data, what its legend lists, its layout, the mark drawn for
//! a datum (which hover, keyboard, highlight and hit testing all read), its tween and its words.
//!
//! Adding a kind: a module here implementing [`ChartKind`], its arm in [`Kind::spec`], and its
//! variant and row in the table of kinds in `model.rs`. The validator, `chart.data`, the
//! schema's and the TypeScript types' lists of kinds and the property tests all read that table
//! (tests fail where a list disagrees with it).

mod bar;
mod donut;
mod hbar;
mod line;
mod marks;
mod order;
mod scatter;

pub use donut::sector_outline;
pub use marks::{Mark, POINT_RADIUS};
pub use order::Move;

pub use crate::layout::LegendBy;
use crate::layout::{Frame, Layout, Rect};
use crate::locale::Locale;
use crate::model::{Dataset, Kind};

impl Kind {
    /// The module that answers for this kind.
    pub fn spec(self) -> &'static dyn ChartKind {
        match self {
            Kind::Bar => &bar::BAR,
            Kind::HBar => &hbar::HBar,
            Kind::Stacked => &bar::STACKED,
            Kind::Line => &line::LINE,
            Kind::Area => &line::AREA,
            Kind::Donut => &donut::Donut,
            Kind::Scatter => &scatter::Scatter,
        }
    }

    /// Bar-like kinds label their data with `categories`; the others use x values.
    pub fn uses_categories(self) -> bool {
        self.spec().positions() == Positions::Categories
    }
}

/// What positions a kind's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Positions {
    /// `categories`: one value per category.
    Categories,
    /// `x`, shared by every series, strictly ascending.
    SharedX,
    /// `series[i].x`: each series its own x, in any order.
    OwnX,
}

/// Everything about one chart kind. Called through `&dyn`, so no optimiser inlines every kind into
/// one function: the browser compiles a wasm function whole on its first call, and a reader's
/// first chart should not wait for the code of kinds it does not show.
pub trait ChartKind: Sync {
    /// What the summary calls a chart of this kind ("Bar chart", "Graphique en barres").
    fn words(&self, locale: Locale) -> &'static str;

    fn positions(&self) -> Positions;

    fn legend_by(&self) -> LegendBy {
        LegendBy::Series
    }

    /// Whether negative values are allowed (a donut's shares cannot be).
    fn allows_negative(&self) -> bool {
        true
    }

    /// Places the kind's marks, axes and labels inside `plot` (the frame already placed the
    /// title, legend and notes).
    fn place(&self, data: &Dataset, frame: &Frame, plot: Rect, out: &mut Layout);

    /// The plot's height in CSS pixels a chart `width` wide asks for (see `content_height`).
    fn plot_height(&self, _data: &Dataset, width: f64) -> f64 {
        (width * 0.45).clamp(160.0, 420.0)
    }

    /// The mark drawn for datum `index` of `series`, if it is drawn.
    fn mark<'a>(
        &self,
        layout: &'a Layout,
        data: &Dataset,
        series: usize,
        index: usize,
    ) -> Option<Mark<'a>> {
        marks::stored_mark(layout, series, index)
            .or_else(|| marks::point_mark(layout, data, series, index))
    }

    /// The datum under `(px, py)` in device pixels.
    fn datum_at(
        &self,
        layout: &Layout,
        data: &Dataset,
        px: f64,
        py: f64,
    ) -> Option<(usize, usize)> {
        marks::datum_at(layout, data, px, py)
    }

    /// The data as rows of text for the readers' table, header row first.
    fn table(&self, data: &Dataset, locale: Locale) -> Vec<Vec<String>> {
        crate::datum::position_table(data, locale)
    }

    /// Where the keyboard moves from `current` (series, index); see [`crate::navigate::step`].
    fn step(
        &self,
        data: &Dataset,
        hidden: &[bool],
        current: Option<(usize, usize)>,
        step: Move,
    ) -> Option<(usize, usize)> {
        order::step_by_index(data, hidden, current, step)
    }

    /// The place of datum `index` of `series` in keyboard order, from 0 ("3 of 10").
    fn keyboard_rank(&self, _data: &Dataset, _series: usize, index: usize) -> usize {
        index
    }

    /// The layout `t` of the way from `from` to `to` (eased, 0..=1).
    fn tween(&self, from: &Layout, to: &Layout, t: f64) -> Layout {
        crate::layout::tween(from, to, t)
    }
}
