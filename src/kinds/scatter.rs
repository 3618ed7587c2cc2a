//! `scatter`: one dot per (x, value) pair, each series with its own x (numbers or dates, in any
//! order, repeats allowed). An unknown value has an x but no y: a hatched tick on the x axis in
//! the series' colour, never a dot at zero.
//!
//! Dots are thinned per cell of the plot ([`CELL`] CSS pixels): of the points of a series falling
//! in one cell only the first is drawn, and every point lies within a dot's radius of a drawn dot.
//! A million points draw as at most one dot per cell, so the cost follows the canvas, not the
//! data. Hover finds the drawn dots (what the reader sees); the keyboard walks every point.

use super::order::walkable;
use super::{ChartKind, Mark, Move, Positions, POINT_RADIUS};
use crate::layout::cartesian::{visible_series, xy_plot};
use crate::layout::x_axis::notes;
use crate::layout::{rule, within, Dots, Frame, Ink, Layout, PointMark, Rect, UnknownMark};
use crate::locale::Locale;
use crate::model::Dataset;
use crate::scale::Linear;
use crate::view::XView;

/// The side of a thinning cell, in CSS pixels: its diagonal (1.98) is within the smallest dot's
/// radius, so the dot drawn for a cell covers every point of it.
const CELL: f64 = 1.4;
/// A dot's radius in CSS pixels: larger while dots are few enough to tell apart.
const DOT: f64 = 3.5;
const CROWDED_DOT: f64 = 2.5;
const DENSE_DOT: f64 = 2.0;

pub(super) struct Scatter;

impl ChartKind for Scatter {
    fn words(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::Fr => "Nuage de points",
            Locale::En => "Scatter plot",
        }
    }

    fn positions(&self) -> Positions {
        Positions::OwnX
    }

    fn place(&self, data: &Dataset, frame: &Frame, plot: Rect, out: &mut Layout) {
        place(data, frame, plot, out);
    }

    fn mark<'a>(
        &self,
        layout: &'a Layout,
        data: &Dataset,
        series: usize,
        index: usize,
    ) -> Option<Mark<'a>> {
        if let Some(point) = point(layout, data, series, index) {
            return Some(Mark::Point(point));
        }
        let unknown = layout.unknowns.iter().find(|u| u.covers(series, index))?;
        Some(Mark::Unknown(unknown))
    }

    fn datum_at(
        &self,
        layout: &Layout,
        _data: &Dataset,
        px: f64,
        py: f64,
    ) -> Option<(usize, usize)> {
        nearest_dot(layout, px, py).or_else(|| {
            let u = layout.unknowns.iter().find(|u| u.rect.contains(px, py))?;
            Some((u.series, u.index))
        })
    }

    fn table(&self, data: &Dataset, locale: Locale) -> Vec<Vec<String>> {
        table(data, locale)
    }

    fn step(
        &self,
        data: &Dataset,
        hidden: &[bool],
        current: Option<(usize, usize)>,
        step: Move,
    ) -> Option<(usize, usize)> {
        step_by_x(data, hidden, current, step)
    }

    fn keyboard_rank(&self, data: &Dataset, series: usize, index: usize) -> usize {
        let Some((xs, at)) = key(data, series, index) else {
            return index;
        };
        (xs.iter().enumerate())
            .filter(|(i, x)| (**x, *i) < at)
            .count()
    }
}

fn place(data: &Dataset, frame: &Frame, plot: Rect, out: &mut Layout) {
    let Some((first, last)) = data.x_extent() else {
        return;
    };
    let view = frame.x_view.unwrap_or(XView::full(first, last));
    let visible = visible_series(data, frame);
    let range = value_range(data, &visible, view).unwrap_or((0.0, 0.0));
    // A dot's radius inside the plot: its centre never sits on an axis.
    let xy = xy_plot(data, frame, plot, (view, range), frame.px(DOT), out);
    let (x, y) = (xy.x, xy.y);
    out.y_scale = Some(y);
    if xy.ticks.lo < 0.0 && xy.ticks.hi > 0.0 {
        let zero = y.map(0.0);
        let (from, to) = ((xy.left, zero), (xy.right, zero));
        out.rules.push(rule(from, to, frame.px(1.5), Ink::Axis));
    }
    let points: usize = visible.iter().map(|s| data.series[*s].values.len()).sum();
    let radius = frame.px(match points {
        0..=200 => DOT,
        201..=2_000 => CROWDED_DOT,
        _ => DENSE_DOT,
    });
    for series in visible {
        let dots = thin(data, series, (&x, &y), view, frame, out);
        out.dots.push(Dots {
            series,
            points: dots,
            radius,
        });
    }
    notes(data, frame, &x, (xy.top, xy.bottom), out);
}

/// Smallest and largest known value of the `visible` series at an x inside `view`.
fn value_range(data: &Dataset, visible: &[usize], view: XView) -> Option<(f64, f64)> {
    let mut range: Option<(f64, f64)> = None;
    for &series in visible {
        let xs = data.positions(series).unwrap_or_default();
        for (x, v) in xs.iter().zip(&data.series[series].values) {
            let (Some(v), true) = (v, *x >= view.lo && *x <= view.hi) else {
                continue;
            };
            range = Some(match range {
                None => (*v, *v),
                Some((lo, hi)) => (if *v < lo { *v } else { lo }, if *v > hi { *v } else { hi }),
            });
        }
    }
    range
}

/// The dots of `series` as drawn, `(x, y, index)` in device pixels: the first point of each
/// occupied cell. Its unknown values go to `out` as ticks on the x axis, one per pixel column.
fn thin(
    data: &Dataset,
    series: usize,
    (x, y): (&Linear, &Linear),
    view: XView,
    frame: &Frame,
    out: &mut Layout,
) -> Vec<(f64, f64, usize)> {
    let xs = data.positions(series).unwrap_or_default();
    let cell = frame.px(CELL);
    let (left, top) = (x.range.0, y.range.1);
    let columns = ((x.range.1 - left) / cell) as usize + 1;
    let rows = ((y.range.0 - top) / cell) as usize + 1;
    let mut taken = vec![false; columns * rows];
    let mut unknown_columns = vec![false; columns];
    let mut dots = Vec::new();
    for (index, (position, value)) in xs.iter().zip(&data.series[series].values).enumerate() {
        if *position < view.lo || *position > view.hi {
            continue;
        }
        let px = x.map(*position);
        let column = (((px - left) / cell) as usize).min(columns - 1);
        let Some(v) = value else {
            if !std::mem::replace(&mut unknown_columns[column], true) {
                unknown_tick(series, index, px, frame, out);
            }
            continue;
        };
        let py = y.map(*v);
        let row = (((py - top) / cell) as usize).min(rows - 1);
        if !std::mem::replace(&mut taken[row * columns + column], true) {
            dots.push((px, py, index));
        }
    }
    dots
}

/// An unknown value: a hatched tick in the series' colour standing on the x axis at its x.
fn unknown_tick(series: usize, index: usize, px: f64, frame: &Frame, out: &mut Layout) {
    let (half, bottom) = (frame.px(3.0), out.plot.y1);
    out.unknowns.push(UnknownMark {
        series,
        index,
        last: index,
        rect: Rect::spanning(px - half, bottom - frame.px(8.0), px + half, bottom),
        edge: true,
    });
}

/// Datum `index` of `series` as drawn, if its value is known and its x in view.
fn point(layout: &Layout, data: &Dataset, series: usize, index: usize) -> Option<PointMark> {
    let (x, y) = (layout.x_scale?, layout.y_scale?);
    let position = *data.positions(series)?.get(index)?;
    let value = (*data.series.get(series)?.values.get(index)?)?;
    let (lo, hi) = (x.domain.0.min(x.domain.1), x.domain.0.max(x.domain.1));
    let shown = layout.dots.iter().any(|d| d.series == series);
    (shown && position >= lo && position <= hi).then(|| PointMark {
        series,
        index,
        x: within(x.map(position), layout.width),
        y: within(y.map(value), layout.height),
        value,
    })
}

/// The drawn dot nearest `(px, py)` within [`POINT_RADIUS`], ties going to the first series.
fn nearest_dot(layout: &Layout, px: f64, py: f64) -> Option<(usize, usize)> {
    let reach = POINT_RADIUS * layout.scale;
    let mut best: Option<(f64, usize, usize)> = None;
    for dots in &layout.dots {
        for &(x, y, index) in &dots.points {
            let d = (x - px) * (x - px) + (y - py) * (y - py);
            if d <= reach * reach && best.map_or(true, |b| d < b.0) {
                best = Some((d, dots.series, index));
            }
        }
    }
    best.map(|(_, series, index)| (series, index))
}

/// `series`' x positions and datum `index`'s place in keyboard order: ascending x, then index.
fn key(data: &Dataset, series: usize, index: usize) -> Option<(&[f64], (f64, usize))> {
    let xs = data.positions(series)?;
    Some((xs, (*xs.get(index)?, index)))
}

/// The datum of `series` that comes first (or last, `last`) in keyboard order among those
/// after (before) `from`; any datum when `from` is `None`.
fn next_in_order(
    data: &Dataset,
    series: usize,
    from: Option<(f64, usize)>,
    last: bool,
) -> Option<usize> {
    let xs = data.positions(series)?;
    let keys = xs.iter().copied().zip(0..);
    let candidates = keys.filter(|k| match from {
        None => true,
        Some(f) if last => *k < f,
        Some(f) => *k > f,
    });
    let pick = |a: (f64, usize), b: (f64, usize)| if (b < a) != last { b } else { a };
    candidates.reduce(pick).map(|k| k.1)
}

/// The datum of `series` whose x is nearest `x` (the lower index on a tie).
fn nearest_x(data: &Dataset, series: usize, x: f64) -> Option<usize> {
    let xs = data.positions(series)?;
    let distance = |i: usize| (xs[i] - x).abs();
    (0..xs.len()).reduce(|a, b| if distance(b) < distance(a) { b } else { a })
}

/// Keyboard order for a scatter: left/right to the next point in x along the series, up/down to
/// the nearest x in the next visible series, Home/End to the series' smallest and largest x.
fn step_by_x(
    data: &Dataset,
    hidden: &[bool],
    current: Option<(usize, usize)>,
    step: Move,
) -> Option<(usize, usize)> {
    let visible = walkable(data, hidden);
    let first_series = *visible.first()?;
    let Some((series, index)) = current.filter(|(s, _)| visible.contains(s)) else {
        let end = next_in_order(data, first_series, None, step == Move::Last)?;
        return Some((first_series, end));
    };
    let (_, at) = key(data, series, index)?;
    let position = visible.iter().position(|s| *s == series).unwrap_or(0);
    let across = |to: usize| Some((to, nearest_x(data, to, at.0)?));
    match step {
        Move::Previous => Some((
            series,
            next_in_order(data, series, Some(at), true).unwrap_or(index),
        )),
        Move::Next => Some((
            series,
            next_in_order(data, series, Some(at), false).unwrap_or(index),
        )),
        Move::SeriesUp => across(visible[position.saturating_sub(1)]),
        Move::SeriesDown => across(visible[(position + 1).min(visible.len() - 1)]),
        Move::First => Some((series, next_in_order(data, series, None, false)?)),
        Move::Last => Some((series, next_in_order(data, series, None, true)?)),
    }
}

/// The readers' table of a scatter: a row per point (series, x, value), series by series, each
/// in ascending x; at most [`crate::datum::TABLE_ROWS`] rows.
fn table(data: &Dataset, locale: Locale) -> Vec<Vec<String>> {
    let header = match locale {
        Locale::Fr => ["Série", "x", "Valeur"],
        Locale::En => ["Series", "x", "Value"],
    };
    let mut rows = vec![header.iter().map(|h| h.to_string()).collect()];
    let limit = crate::datum::TABLE_ROWS;
    for (series, s) in data.series.iter().enumerate() {
        let Some(xs) = data.positions(series) else {
            continue;
        };
        for index in first_in_x_order(xs, limit + 1 - rows.len()) {
            if let Some(hit) = crate::datum::describe(data, locale, series, index) {
                rows.push(vec![s.name.clone(), hit.label, hit.text]);
            }
        }
    }
    crate::datum::rows_left_out(data.points(), &mut rows, locale);
    rows
}

/// The indices of the `limit` first points in keyboard order (ascending x, then index), in that
/// order. Without std's sort (a few KB of the module for one table): a radix sort of the x
/// (`crate::sort`) finds the `limit`-th smallest x, the fewer than `limit` points below it are
/// put in order by insertion, and the points at it follow in index order.
fn first_in_x_order(xs: &[f64], limit: usize) -> Vec<usize> {
    let limit = limit.min(xs.len());
    if limit == 0 {
        return Vec::new();
    }
    let mut sorted = xs.to_vec();
    crate::sort::numbers(&mut sorted);
    let last = sorted[limit - 1];
    let mut below: Vec<usize> = Vec::with_capacity(limit);
    for (index, x) in xs.iter().enumerate().filter(|(_, x)| **x < last) {
        // Insert after every point whose x is not larger: ties stay in index order.
        let at = below.partition_point(|i| xs[*i] <= *x);
        below.insert(at, index);
    }
    let at_last = (0..xs.len()).filter(|i| xs[*i] == last);
    let room = limit - below.len();
    below.extend(at_last.take(room));
    below
}

#[cfg(test)]
mod tests {
    use super::first_in_x_order;

    #[test]
    fn the_first_points_in_keyboard_order_match_a_full_sort() {
        let cases: [&[f64]; 4] = [
            &[3.0, 1.0, 2.0, 2.0, 1.0, 5.0],
            &[7.0; 9],
            &[-1.0, 4.0, -1.0, 0.0, 4.0, 4.0, 2.5],
            &[],
        ];
        for xs in cases {
            let mut all: Vec<usize> = (0..xs.len()).collect();
            all.sort_by(|a, b| xs[*a].total_cmp(&xs[*b]).then(a.cmp(b)));
            for limit in 0..=xs.len() + 1 {
                let expected: Vec<usize> = all.iter().copied().take(limit).collect();
                assert_eq!(first_in_x_order(xs, limit), expected, "{xs:?}, {limit}");
            }
        }
    }
}
