//! Line and area charts over a continuous x (numbers, or dates as milliseconds).

use super::{ChartKind, Positions};
use crate::layout::axis::LABEL_SIZE;
use crate::layout::cartesian::{value_range, xy_plot, XyPlot};
use crate::layout::decimate::Decimator;
use crate::layout::x_axis::notes;
use crate::layout::{rule, text};
use crate::layout::{Align, Frame, Ink, Layout, LineMark, LinePoints, Rect, UnknownMark};
use crate::locale::Locale;
use crate::model::Dataset;
use crate::text::Font;
use crate::view::XView;

/// One line per series over a shared, ascending x (`line`), or filled down or up to zero
/// (`area`).
pub(super) struct Line {
    area: bool,
}

pub(super) const LINE: Line = Line { area: false };
pub(super) const AREA: Line = Line { area: true };

impl ChartKind for Line {
    fn words(&self, locale: Locale) -> &'static str {
        match (self.area, locale) {
            (false, Locale::Fr) => "Graphique en courbes",
            (false, Locale::En) => "Line chart",
            (true, Locale::Fr) => "Graphique en aires",
            (true, Locale::En) => "Area chart",
        }
    }

    fn positions(&self) -> Positions {
        Positions::SharedX
    }

    fn place(&self, data: &Dataset, frame: &Frame, plot: Rect, out: &mut Layout) {
        place(data, frame, plot, self.area, out);
    }
}

fn place(data: &Dataset, frame: &Frame, plot: Rect, area: bool, out: &mut Layout) {
    let Some(xs) = data.domain.positions() else {
        return;
    };
    let (Some(&first), Some(&last)) = (xs.first(), xs.last()) else {
        return;
    };
    let view = frame.x_view.unwrap_or(XView::full(first, last));
    // The points in the window, and those drawn: one more on each side so lines reach its edges.
    let inside = xs.partition_point(|x| *x < view.lo)..xs.partition_point(|x| *x <= view.hi);
    let (mut min, mut max) = value_range(data, frame, Some(inside.clone())).unwrap_or((0.0, 0.0));
    if area {
        (min, max) = (min.min(0.0), max.max(0.0));
    }
    let xy = xy_plot(data, frame, plot, (view, (min, max)), 0.0, out);
    let ticks = &xy.ticks;
    let baseline = xy.y.map(0.0f64.max(ticks.lo).min(ticks.hi));
    let marks = Marks {
        dots: inside.len() as f64 <= (xy.right - xy.left) / frame.px(10.0),
        fill_to: area.then_some(baseline),
        inside: inside.clone(),
    };
    let mut edge_lanes = 0;
    for series in (0..data.series.len()).filter(|s| frame.visible(*s)) {
        place_series(data, frame, (series, &mut edge_lanes), &xy, &marks, out);
    }
    out.line_points = Some(LinePoints {
        series: out.lines.iter().map(|l| l.series).collect(),
        window: inside,
        x: xy.x,
        y: xy.y,
    });
    if ticks.lo < 0.0 && ticks.hi > 0.0 || area {
        let (from, to) = ((xy.left, baseline), (xy.right, baseline));
        out.rules.push(rule(from, to, frame.px(1.5), Ink::Axis));
    }
    notes(data, frame, &xy.x, (xy.top, xy.bottom), out);
}

/// What every series of one line chart is drawn with.
struct Marks {
    /// A dot on every point (few enough to tell apart).
    dots: bool,
    /// An area's baseline.
    fill_to: Option<f64>,
    /// The datum indices in view.
    inside: std::ops::Range<usize>,
}

/// One series: its line's runs (decimated per pixel column), a band over each run of unknown
/// values inside it, and a strip on the axis for those before its first known value or after
/// its last (in a lane of its own: `edge_lanes` counts the lanes taken).
fn place_series(
    data: &Dataset,
    frame: &Frame,
    (series, edge_lanes): (usize, &mut usize),
    xy: &XyPlot,
    marks: &Marks,
    out: &mut Layout,
) {
    let s = &data.series[series];
    let xs = data.domain.positions().unwrap_or_default();
    let inside = &marks.inside;
    let (start, end) = (
        inside.start.saturating_sub(1),
        (inside.end + 1).min(xs.len()),
    );
    let known = known_span(&s.values);
    let mut lane = None;
    let mut band = |span: (usize, usize, f64, f64), out: &mut Layout| {
        let inside_run = known.is_some_and(|(a, b)| span.0 > a && span.1 < b);
        if inside_run {
            unknown_band(series, span, (xy.top, xy.bottom), frame, out);
        } else {
            let lane = *lane.get_or_insert_with(|| {
                *edge_lanes += 1;
                *edge_lanes - 1
            });
            let bottom = xy.bottom - frame.px(8.0) * lane as f64;
            edge_strip(series, span, bottom, frame, out);
        }
    };
    // Drawn: each run cut to the plot, then decimated per pixel column. Hover reads the real
    // points (`LinePoints`), never these.
    let mut runs: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut run = DrawnRun::new(xy.left, xy.right);
    // The unknown values in view not yet drawn: first and last index, and their x.
    let mut gap: Option<(usize, usize, f64, f64)> = None;
    let values = s.values.get(start..end).unwrap_or_default();
    let positions = xs.get(start..end).unwrap_or_default();
    for ((value, position), index) in values.iter().zip(positions).zip(start..) {
        let px = xy.x.map(*position);
        match value {
            Some(v) => {
                run.push((px, xy.y.map(*v)));
                if let Some(span) = gap.take() {
                    band(span, out);
                }
            }
            None => {
                runs.extend(run.take());
                if inside.contains(&index) {
                    gap = Some(gap.map_or((index, index, px, px), |(first, _, from, _)| {
                        (first, index, from, px)
                    }));
                }
            }
        }
    }
    if let Some(span) = gap {
        band(span, out);
    }
    runs.extend(run.take());
    out.lines.push(LineMark {
        series,
        runs,
        width: frame.px(2.0),
        dots: marks.dots,
        fill_to: marks.fill_to,
    });
}

/// One run of a line as drawn, built a point at a time (ascending x): cut to `[left, right]`
/// with its ends moved onto the edges, then decimated per pixel column. The points of a long
/// line are never gathered first.
struct DrawnRun {
    left: f64,
    right: f64,
    previous: Option<(f64, f64)>,
    past_right: bool,
    points: Decimator,
}

impl DrawnRun {
    fn new(left: f64, right: f64) -> DrawnRun {
        DrawnRun {
            left,
            right,
            previous: None,
            past_right: false,
            points: Decimator::default(),
        }
    }

    fn push(&mut self, p: (f64, f64)) {
        let previous = self.previous.replace(p);
        if self.past_right || p.0 < self.left {
            return;
        }
        if let Some(q) = previous.filter(|q| q.0 < self.left) {
            self.points.push(edge(q, p, self.left));
        }
        if p.0 > self.right {
            if let Some(q) = previous.filter(|q| q.0 <= self.right) {
                self.points.push(edge(q, p, self.right));
            }
            self.past_right = true;
            return;
        }
        self.points.push(p);
    }

    /// The run's points if it has any, leaving it empty for the next run.
    fn take(&mut self) -> Option<Vec<(f64, f64)>> {
        let done = std::mem::replace(self, DrawnRun::new(self.left, self.right));
        Some(done.points.finish()).filter(|points| !points.is_empty())
    }
}

/// The point at x `at` on the segment from `a` to `b`.
fn edge(a: (f64, f64), b: (f64, f64), at: f64) -> (f64, f64) {
    let t = if b.0 != a.0 {
        (at - a.0) / (b.0 - a.0)
    } else {
        0.0
    };
    (at, a.1 + (b.1 - a.1) * t)
}

/// The first and last index of a known value, if any.
fn known_span(values: &[Option<f64>]) -> Option<(usize, usize)> {
    let first = values.iter().position(Option::is_some)?;
    let last = values.iter().rposition(Option::is_some)?;
    Some((first, last))
}

/// A run of unknown values before a series' first known value or after its last (a stock
/// before its listing): nothing was there to draw, so not a band over the whole plot, which
/// would claim a gap in the line. A thin hatched strip in the series' colour on the x axis, 6 px
/// tall, its bottom at `bottom` (series share the axis in lanes), says only that the series has
/// no figure there; hovering the strip names the values, the plot above it stays empty.
fn edge_strip(
    series: usize,
    (first, last, from, to): (usize, usize, f64, f64),
    bottom: f64,
    frame: &Frame,
    out: &mut Layout,
) {
    let half = frame.px(4.0);
    let top = bottom - frame.px(6.0);
    out.unknowns.push(UnknownMark {
        series,
        index: first,
        last,
        rect: Rect::spanning(
            (from - half).max(out.plot.x0),
            top,
            (to + half).min(out.plot.x1),
            bottom,
        ),
        edge: true,
    });
}

/// A dashed vertical band over a run of unknown values (`first..=last`, drawn from x `from` to
/// `to`), with "?" at its top.
fn unknown_band(
    series: usize,
    (first, last, from, to): (usize, usize, f64, f64),
    (top, bottom): (f64, f64),
    frame: &Frame,
    out: &mut Layout,
) {
    let half = frame.px(4.0);
    out.unknowns.push(UnknownMark {
        series,
        index: first,
        last,
        rect: Rect::spanning(from - half, top, to + half, bottom),
        edge: false,
    });
    // The "?" sits just inside the plot in the series' colour (note markers sit above it).
    let mark = Font::bold(frame.px(LABEL_SIZE));
    let y = top + frame.px(2.0);
    let ink = Ink::Series(series);
    out.texts.push(text(
        "?".into(),
        (from + to) / 2.0,
        y,
        mark,
        ink,
        Align::Center,
        Align::Start,
    ));
}

#[cfg(test)]
mod tests {
    use super::DrawnRun;

    fn drawn(points: &[(f64, f64)]) -> Option<Vec<(f64, f64)>> {
        let mut run = DrawnRun::new(10.0, 20.0);
        for p in points {
            run.push(*p);
        }
        run.take()
    }

    #[test]
    fn a_run_is_cut_to_the_plot_with_its_ends_on_the_edges() {
        let cut = drawn(&[
            (0.0, 0.0),
            (12.0, 5.0),
            (15.0, 1.0),
            (30.0, 2.0),
            (40.0, 9.0),
        ]);
        assert_eq!(
            cut,
            Some(vec![
                (10.0, 0.0 + 5.0 * 10.0 / 12.0),
                (12.0, 5.0),
                (15.0, 1.0),
                (20.0, 1.0 + 1.0 / 3.0)
            ])
        );
    }

    #[test]
    fn a_run_wholly_outside_the_plot_draws_nothing() {
        assert_eq!(drawn(&[(0.0, 1.0), (5.0, 2.0)]), None);
        assert_eq!(drawn(&[(25.0, 1.0), (30.0, 2.0)]), None);
    }

    #[test]
    fn taking_a_run_starts_the_next_afresh() {
        let mut run = DrawnRun::new(10.0, 20.0);
        run.push((11.0, 1.0));
        assert_eq!(run.take(), Some(vec![(11.0, 1.0)]));
        // The previous run's last point does not join the next run: a point past the edge,
        // alone, draws nothing.
        run.push((25.0, 3.0));
        assert_eq!(run.take(), None);
    }
}
