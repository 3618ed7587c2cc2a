//! The one "mark of (series, index)" query and the hit test the kinds share: read straight from
//! the [`Layout`] that was drawn, so what a pointer, the keyboard or the highlight finds is
//! exactly what the reader sees.

use crate::layout::{BarMark, Layout, LinePoints, PointMark, Rect, SliceMark, UnknownMark};
use crate::math;
use crate::model::Dataset;

/// How far from a point (in CSS pixels) a pointer still finds it.
pub const POINT_RADIUS: f64 = 16.0;

/// The mark drawn for one datum.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mark<'a> {
    Bar(&'a BarMark),
    /// A "not disclosed" mark (on a line, one band may stand for a run of unknown values).
    Unknown(&'a UnknownMark),
    Slice(&'a SliceMark),
    /// A point of a line or a scatter: placed from the data when asked for, never stored.
    Point(PointMark),
}

impl Mark<'_> {
    /// Where the datum is drawn, in device pixels: the end of its bar, its point, the middle of
    /// its slice or of its "not disclosed" mark. Tooltips for the keyboard are placed there.
    pub fn anchor(&self) -> (f64, f64) {
        match self {
            Mark::Bar(b) => ((b.rect.x0 + b.rect.x1) / 2.0, b.rect.y0),
            Mark::Point(p) => (p.x, p.y),
            Mark::Slice(s) => {
                let (angle, r) = ((s.start + s.end) / 2.0, (s.inner + s.outer) / 2.0);
                (
                    s.center.0 + r * math::sin(angle),
                    s.center.1 - r * math::cos(angle),
                )
            }
            Mark::Unknown(u) => ((u.rect.x0 + u.rect.x1) / 2.0, (u.rect.y0 + u.rect.y1) / 2.0),
        }
    }

    /// The rectangle the mark covers, in device pixels (a point: just its centre).
    pub fn bounds(&self) -> Rect {
        match self {
            Mark::Bar(b) => b.rect,
            Mark::Unknown(u) => u.rect,
            Mark::Slice(s) => {
                let (cx, cy) = s.center;
                Rect::spanning(cx - s.outer, cy - s.outer, cx + s.outer, cy + s.outer)
            }
            Mark::Point(p) => Rect::spanning(p.x, p.y, p.x, p.y),
        }
    }
}

/// A bar, slice or "not disclosed" mark the layout stored for the datum.
pub(super) fn stored_mark(layout: &Layout, series: usize, index: usize) -> Option<Mark<'_>> {
    let same = |s: usize, i: usize| s == series && i == index;
    if let Some(b) = layout.bars.iter().find(|b| same(b.series, b.index)) {
        return Some(Mark::Bar(b));
    }
    if let Some(s) = layout.slices.iter().find(|s| same(s.series, s.index)) {
        return Some(Mark::Slice(s));
    }
    let u = layout.unknowns.iter().find(|u| u.covers(series, index))?;
    Some(Mark::Unknown(u))
}

/// A known value of a line in view, as drawn.
pub(super) fn point_mark<'a>(
    layout: &'a Layout,
    data: &Dataset,
    series: usize,
    index: usize,
) -> Option<Mark<'a>> {
    layout.point(data, series, index).map(Mark::Point)
}

/// Which datum lies under `(px, py)` (device pixels) for the kinds whose marks the layout
/// stores, and lines: a bar, a slice, the nearest line point, then a "not disclosed" mark.
pub(super) fn datum_at(
    layout: &Layout,
    data: &Dataset,
    px: f64,
    py: f64,
) -> Option<(usize, usize)> {
    layout
        .bars
        .iter()
        .find(|b| b.rect.contains(px, py))
        .map(|b| (b.series, b.index))
        .or_else(|| {
            layout
                .slices
                .iter()
                .find(|s| in_slice(s, px, py))
                .map(|s| (s.series, s.index))
        })
        .or_else(|| nearest_point(layout, data, px, py))
        .or_else(|| unknown_at(layout, data, px, py))
}

/// The unknown value under `(px, py)`: of those a band stands for, the one nearest in x.
fn unknown_at(layout: &Layout, data: &Dataset, px: f64, py: f64) -> Option<(usize, usize)> {
    layout
        .unknowns
        .iter()
        .find(|u| u.rect.contains(px, py))
        .map(|u| (u.series, nearest_in_band(layout, data, u, px)))
}

/// The nearest line point within [`POINT_RADIUS`], ties going to the first series (and within a
/// series to the first point).
///
/// Each series is searched outward from the pointer's x (x ascends with the index), and a side
/// stops once x alone is farther than the best point so far: a hover over a line of a million
/// points looks at a handful of them. Distances are compared squared.
fn nearest_point(layout: &Layout, data: &Dataset, px: f64, py: f64) -> Option<(usize, usize)> {
    let lines = layout.line_points.as_ref()?;
    let radius = POINT_RADIUS * layout.scale;
    let mut best: Option<(f64, usize, usize)> = None;
    for &series in &lines.series {
        if let Some((d, index)) = nearest_in_series(layout, data, lines, series, (px, py), radius) {
            if best.map_or(true, |b| d < b.0) {
                best = Some((d, series, index));
            }
        }
    }
    best.map(|(_, series, index)| (series, index))
}

/// The point of `series` nearest `(px, py)` with its squared distance, if within `radius`.
fn nearest_in_series(
    layout: &Layout,
    data: &Dataset,
    lines: &LinePoints,
    series: usize,
    (px, py): (f64, f64),
    radius: f64,
) -> Option<(f64, usize)> {
    let window = lines.window.clone();
    let xs = data.domain.positions()?.get(window.clone())?;
    let values = data.series.get(series)?.values.get(window.clone())?;
    // Placed as `Layout::point` places them, straight from the slices: a pointer far from a
    // dense line looks at every point within the radius, thousands of them.
    let x_at = |x: &f64| layout.x_at(lines, *x);
    let split = xs.partition_point(|x| x_at(x) < px);
    let mut best: Option<(f64, usize)> = None;
    for side in [
        &mut (0..split).rev() as &mut dyn Iterator<Item = usize>,
        &mut (split..xs.len()),
    ] {
        for k in side {
            let x = x_at(&xs[k]);
            let dx = (x - px) * (x - px);
            // Farther in x alone than the best (or the reach): so is every point beyond.
            if dx > best.map_or(radius * radius, |b| b.0) {
                break;
            }
            let Some(value) = values.get(k).copied().flatten() else {
                continue; // an unknown value: no point here
            };
            let y = layout.y_at(lines, value);
            let d = dx + (y - py) * (y - py);
            let index = window.start + k;
            let closer = best.map_or(true, |b| d < b.0 || d == b.0 && index < b.1);
            if d <= radius * radius && closer {
                best = Some((d, index));
            }
        }
    }
    best
}

/// Of the unknown values a band stands for, the one whose x is nearest `px`.
fn nearest_in_band(layout: &Layout, data: &Dataset, band: &UnknownMark, px: f64) -> usize {
    let (Some(x), Some(xs)) = (&layout.x_scale, data.domain.positions()) else {
        return band.index;
    };
    let Some(span) = xs.get(band.index..=band.last) else {
        return band.index;
    };
    let after = span.partition_point(|v| x.map(*v) < px);
    let before = after.saturating_sub(1);
    let distance = |k: usize| {
        span.get(k)
            .map_or(f64::INFINITY, |v| (x.map(*v) - px).abs())
    };
    band.index
        + if distance(after) < distance(before) {
            after
        } else {
            before
        }
}

fn in_slice(s: &SliceMark, px: f64, py: f64) -> bool {
    let (dx, dy) = (px - s.center.0, py - s.center.1);
    let r = math::hypot(dx, dy);
    // Angles clockwise from twelve o'clock, as slices are laid out.
    // atan2 is within ±π, so one turn added to a negative angle is its `rem_euclid(TAU)`,
    // without the software fmod an f64 `%` links into the module.
    let angle = math::atan2(dx, -dy);
    let angle = if angle < 0.0 {
        angle + std::f64::consts::TAU
    } else {
        angle
    };
    r >= s.inner && r <= s.outer && angle >= s.start && angle < s.end
}
