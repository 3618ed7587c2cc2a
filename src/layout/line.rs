//! Line and area charts over a continuous x (numbers, or dates as milliseconds).

use super::axis::{horizontal_grid, vertical_ticks};
use super::decimate::Decimator;
use super::{rule, text};
use super::{Align, Frame, Ink, Layout, LineMark, LinePoints, Rect, Rule, UnknownMark};
use crate::format;
use crate::i18n;
use crate::model::{Dataset, Domain, Kind, NoteAt};
use crate::scale::{nice_ticks, Linear};
use crate::text::Font;
use crate::time_ticks::time_ticks;
use crate::view::XView;

const LABEL_SIZE: f64 = 12.0;

pub(super) fn place(data: &Dataset, frame: &Frame, plot: Rect, out: &mut Layout) {
    let Some(xs) = data.domain.positions() else {
        return;
    };
    let (Some(&first), Some(&last)) = (xs.first(), xs.last()) else {
        return;
    };
    let unit = data.unit();
    let font = Font::regular(frame.px(LABEL_SIZE));
    let line = font.size * 1.3;
    let full = XView::full(first, last);
    let view = frame.x_view.unwrap_or(full);
    // The points in the window, and those drawn: one more on each side so lines reach its edges.
    let inside = xs.partition_point(|x| *x < view.lo)..xs.partition_point(|x| *x <= view.hi);
    let (start, end) = (
        inside.start.saturating_sub(1),
        (inside.end + 1).min(xs.len()),
    );
    let (mut min, mut max) = window_range(data, frame, inside.clone()).unwrap_or((0.0, 0.0));
    if data.kind == Kind::Area {
        (min, max) = (min.min(0.0), max.max(0.0));
    }

    let axis_bottom = (plot.y1 - line - frame.px(6.0)).max(plot.y0);
    // Room above the plot for note markers.
    let markers = if data.notes.is_empty() { 0.0 } else { line };
    let top = (plot.y0 + frame.px(8.0) + markers).min(axis_bottom);
    let (ticks, labels, label_width) =
        vertical_ticks((min, max), axis_bottom - top, frame, &unit, font);
    let left = (plot.x0 + label_width + frame.px(8.0)).min(plot.x1);
    let right = (plot.x1 - frame.px(12.0)).max(left);
    let y = Linear::new((ticks.lo, ticks.hi), (axis_bottom, top));
    let domain = (view.lo, view.hi);
    let x = Linear::new(domain, (left, right));
    out.x_scale = Some(x);
    out.plot = Rect::spanning(left, plot.y0, plot.x1, axis_bottom);

    horizontal_grid(&ticks, labels, &y, (left, right), frame, font, out);
    x_axis(data, frame, &x, domain, axis_bottom, out);

    let baseline = y.map(0.0f64.max(ticks.lo).min(ticks.hi));
    let dots = inside.len() as f64 <= (right - left) / frame.px(10.0);
    let mut edge_lanes = 0;
    for (series, s) in data.series.iter().enumerate() {
        if !frame.visible(series) {
            continue;
        }
        let known = known_span(&s.values);
        let mut lane = None;
        let mut band = |span: (usize, usize, f64, f64), out: &mut Layout| {
            let inside_run = known.is_some_and(|(a, b)| span.0 > a && span.1 < b);
            if inside_run {
                unknown_band(series, span, (top, axis_bottom), frame, out);
            } else {
                let lane = *lane.get_or_insert_with(|| {
                    edge_lanes += 1;
                    edge_lanes - 1
                });
                edge_strip(
                    series,
                    span,
                    axis_bottom - frame.px(8.0) * lane as f64,
                    frame,
                    out,
                );
            }
        };
        // Drawn: each run cut to the plot, then decimated per pixel column. Hover reads the
        // real points (`LinePoints`), never these.
        let mut runs: Vec<Vec<(f64, f64)>> = Vec::new();
        let mut run = DrawnRun::new(left, right);
        // The unknown values in view not yet drawn: first and last index, and their x.
        let mut gap: Option<(usize, usize, f64, f64)> = None;
        let values = s.values.get(start..end).unwrap_or_default();
        let positions = xs.get(start..end).unwrap_or_default();
        for ((value, position), index) in values.iter().zip(positions).zip(start..) {
            let px = x.map(*position);
            let shown = inside.contains(&index);
            match value {
                Some(v) => {
                    let py = y.map(*v);
                    run.push((px, py));
                    if let Some(span) = gap.take() {
                        band(span, out);
                    }
                }
                None => {
                    runs.extend(run.take());
                    if shown {
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
            dots,
            fill_to: (data.kind == Kind::Area).then_some(baseline),
        });
    }
    out.line_points = Some(LinePoints {
        series: out.lines.iter().map(|l| l.series).collect(),
        window: inside,
        x,
        y,
    });
    if ticks.lo < 0.0 && ticks.hi > 0.0 || data.kind == Kind::Area {
        out.rules.push(rule(
            (left, baseline),
            (right, baseline),
            frame.px(1.5),
            Ink::Axis,
        ));
    }
    notes(data, frame, &x, (top, axis_bottom), out);
}

/// Smallest and largest known value of the visible series at the indices in `window`.
fn window_range(
    data: &Dataset,
    frame: &Frame,
    window: std::ops::Range<usize>,
) -> Option<(f64, f64)> {
    let mut range: Option<(f64, f64)> = None;
    for (_, series) in data
        .series
        .iter()
        .enumerate()
        .filter(|(i, _)| frame.visible(*i))
    {
        for v in series
            .values
            .get(window.clone())
            .unwrap_or_default()
            .iter()
            .flatten()
        {
            // Comparisons, not `f64::min`: values are finite, and wasm calls out for `min`.
            range = Some(match range {
                None => (*v, *v),
                Some((lo, hi)) => (if *v < lo { *v } else { lo }, if *v > hi { *v } else { hi }),
            });
        }
    }
    range
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

/// The x axis line, ticks and labels: round numbers, or for dates the dates of the data
/// (every few, so labels do not collide).
fn x_axis(
    data: &Dataset,
    frame: &Frame,
    x: &Linear,
    domain: (f64, f64),
    bottom: f64,
    out: &mut Layout,
) {
    let font = Font::regular(frame.px(LABEL_SIZE));
    let (left, right) = x.range;
    out.rules.push(rule(
        (left, bottom),
        (right, bottom),
        frame.px(1.0),
        Ink::Axis,
    ));
    for (centre, value, label) in fitted_x_ticks(data, frame, x, domain, font) {
        let at = x.map(value);
        out.rules.push(rule(
            (at, bottom),
            (at, bottom + frame.px(4.0)),
            frame.px(1.0),
            Ink::Axis,
        ));
        out.texts.push(text(
            label,
            centre,
            bottom + frame.px(6.0),
            font,
            Ink::Muted,
            Align::Center,
            Align::Start,
        ));
    }
}

/// The x ticks to label: `(label centre, value, label)`. Of the tick sets the axis could take
/// (calendar boundaries for dates, round numbers otherwise), the densest whose labels sit
/// side by side without touching, preferring any with at least three labels: fewer ticks
/// rather than overlapping ones, and never a lone label on an axis that has room for three.
/// Where no set fits whole, every other label of the sparsest set is dropped until they do.
fn fitted_x_ticks(
    data: &Dataset,
    frame: &Frame,
    x: &Linear,
    domain: (f64, f64),
    font: Font,
) -> Vec<(f64, f64, String)> {
    let (left, right) = x.range;
    let gap = frame.px(10.0);
    let candidates = (2..=12).rev().map(|target| {
        let ticks: Vec<(f64, String)> = match &data.domain {
            // Calendar ticks: hours, days, months or years, as the visible range asks.
            Domain::Dates { .. } => time_ticks(domain.0, domain.1, target, frame.locale),
            _ => nice_ticks(domain.0, domain.1, target)
                .values
                .into_iter()
                .filter(|v| *v >= domain.0 && *v <= domain.1)
                .map(|v| (v, format::x_value(v, frame.locale)))
                .collect(),
        };
        // Labels stay within the axis (plus the right margin); one wider than that is left out.
        let placed: Vec<(f64, f64, f64, String)> = ticks
            .into_iter()
            .filter_map(|(value, label)| {
                let width = frame.measure.width(&label, font);
                let (low, high) = (left + width / 2.0, right + frame.px(12.0) - width / 2.0);
                (low <= high).then(|| (x.map(value).clamp(low, high), width, value, label))
            })
            .collect();
        placed
    });
    let apart = |ticks: &[(f64, f64, f64, String)]| {
        ticks
            .windows(2)
            .all(|p| p[1].0 - p[1].1 / 2.0 - (p[0].0 + p[0].1 / 2.0) >= gap)
    };
    let mut fitting_fewer = None;
    let mut sparsest = Vec::new();
    for ticks in candidates {
        if apart(&ticks) && ticks.len() >= 3 {
            return ticks.into_iter().map(|t| (t.0, t.2, t.3)).collect();
        }
        if apart(&ticks) && fitting_fewer.is_none() && !ticks.is_empty() {
            fitting_fewer = Some(ticks.clone());
        }
        sparsest = ticks;
    }
    let mut ticks = fitting_fewer.unwrap_or(sparsest);
    while !apart(&ticks) && ticks.len() > 1 {
        ticks = ticks.into_iter().step_by(2).collect();
    }
    ticks.into_iter().map(|t| (t.0, t.2, t.3)).collect()
}

/// A dotted line at each note's x with its marker at the top.
fn notes(data: &Dataset, frame: &Frame, x: &Linear, (top, bottom): (f64, f64), out: &mut Layout) {
    let font = Font::bold(frame.px(LABEL_SIZE));
    for (number, note) in data.notes.iter().enumerate() {
        if let NoteAt::X { position, .. } = note.at {
            if position < x.domain.0 || position > x.domain.1 {
                continue;
            }
            let at = x.map(position);
            // Beside or inside a "not disclosed" band the band's dashed edge already marks the
            // place: a second dashed line a few pixels off would read as a double rule.
            let near = frame.px(4.0);
            let on_band = (out.unknowns.iter())
                .any(|u| !u.edge && at >= u.rect.x0 - near && at <= u.rect.x1 + near);
            if !on_band {
                out.rules.push(Rule {
                    from: (at, top),
                    to: (at, bottom),
                    width: frame.px(1.0),
                    ink: Ink::Muted,
                    dashed: true,
                });
            }
            out.texts.push(text(
                i18n::note_marker(number + 1),
                at,
                top - frame.px(2.0),
                font,
                Ink::Muted,
                Align::Center,
                Align::End,
            ));
        }
    }
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
